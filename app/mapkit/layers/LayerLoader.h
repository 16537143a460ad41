// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <vector>

#include "Progress.h"
#include "mapkit/layers/MapLayer.h"

namespace hp::gui {

// What the user asked to open: File ▸ Add Raster, File ▸ Add Vector, or a file named on the command line.
enum class LayerKind { Any, Raster, Vector };

// Opens every layer `path` holds (one for a raster, one per vector layer of a GeoPackage) placed in `mapCrs`;
// when `mapCrs` is empty the first layer's CRS is used for the rest. Any file GDAL reads, /vsizip/ paths
// included. All or nothing: throws hp::Error naming the file at the first layer that fails. Runs on a
// worker as well (each call opens its own datasets); `progress` spans all of the file's layers and stops
// with hp::Cancelled.
std::vector<std::shared_ptr<MapLayer>> openLayers(const QString& path, LayerKind kind, const Crs& mapCrs,
                                                  const Progress& progress = {});

}  // namespace hp::gui
