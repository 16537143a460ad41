// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "io/VectorLayer.h"

namespace hp {

// OGR driver for a file name's extension: .gpkg, .shp, .geojson/.json, .kml, .csv, .fgb.
// Throws Error(InvalidInput) for any other extension.
std::string vectorDriverForPath(const std::string& path);

enum class WriteMode {
  ReplaceFile,   // delete any existing file first
  ReplaceLayer,  // keep the file's other layers (GeoPackage), replace this one
};

// Writes `layer` under `layerName` (defaults to layer.layerName). KML is always written in
// WGS84 as the format requires; every other format keeps the layer's CRS. Throws Error(WriteFailed).
void writeVectorLayer(const std::string& path, const VectorLayer& layer, const std::string& layerName = {},
                      WriteMode mode = WriteMode::ReplaceFile);

}  // namespace hp
