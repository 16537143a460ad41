// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_core.h>

#include <string>
#include <vector>

#include "io/VectorLayer.h"

class OGRLayer;

namespace hp {

// A file name's extension in lower case, with its dot (".gpkg"); empty when it has none.
std::string lowerExtension(const std::string& path);

// The one choice of OGR driver by a file name's extension: .gpkg, .shp, .geojson/.json, .kml, .csv,
// .fgb; empty for any other extension. .kml is LIBKML when GDAL has it (a feature's BRUSH becomes a
// filled PolyStyle, as Google Earth shows it; the KML driver only outlines polygons), else KML.
std::string vectorDriverForExtension(const std::string& path);
// KML or LIBKML: the drivers whose files are WGS 84 longitude/latitude.
bool isKmlDriver(const std::string& driver);
// As vectorDriverForExtension, but throws Error(InvalidInput) for any other extension.
std::string vectorDriverForPath(const std::string& path);

// Creates `feature` in `layer`: attribute i goes to field fieldIndexes[i] (skipped when negative; a
// null value makes a null field); the geometry, unless `geometryType` is wkbNone, is a copy transformed
// by `transform` (when given) and made a MultiPolygon when `geometryType` is one; `style`, when not
// empty, is the OGR feature style string (KML turns PEN/BRUSH into its <Style>). Returns what
// OGRLayer::CreateFeature returns.
OGRErr createFeature(OGRLayer& layer, const Feature& feature, const std::vector<int>& fieldIndexes,
                     OGRwkbGeometryType geometryType, const CoordinateTransform* transform = nullptr,
                     const std::string& style = {});

enum class WriteMode {
  ReplaceFile,   // delete any existing file first
  ReplaceLayer,  // keep the file's other layers (GeoPackage), replace this one
};

// Writes `layer` under `layerName` (defaults to layer.layerName). KML is always written in
// WGS84 as the format requires; every other format keeps the layer's CRS. Throws Error(WriteFailed).
void writeVectorLayer(const std::string& path, const VectorLayer& layer, const std::string& layerName = {},
                      WriteMode mode = WriteMode::ReplaceFile);

}  // namespace hp
