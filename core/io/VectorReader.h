// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "Progress.h"
#include "io/VectorLayer.h"

namespace hp {

struct VectorReadOptions {
  std::string layerName;    // empty: the first layer
  Crs targetCrs;            // empty: keep the layer's own CRS
  bool requireCrs = true;   // a layer without a CRS is an Error(MissingCrs)
  bool allowEmpty = false;  // a layer without features is an Error(EmptyLayer)
  bool polygonsOnly = false;  // non-polygonal features are skipped with a warning
  Progress progress;          // hears the features read (and the reprojection); false stops with hp::Cancelled
};

// Names of the vector layers in a file (GeoPackage, Shapefile, GeoJSON, KML, /vsizip/...).
std::vector<std::string> listVectorLayers(const std::string& path);

// Reads one layer whole. Invalid polygons are repaired (GEOS MakeValid, STRUCTURE method) and
// null geometries skipped, each noted in VectorLayer::warnings. Throws hp::Error naming the file;
// Error(InvalidGeometry) naming the feature when an invalid polygon crosses itself at more than
// 10 000 points (its repair would take minutes).
VectorLayer readVectorLayer(const std::string& path, const VectorReadOptions& options = {});

// Reprojects a layer in place; throws Error(ReprojectionFailed).
void reproject(VectorLayer& layer, const Crs& target);

}  // namespace hp
