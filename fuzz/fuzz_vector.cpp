// SPDX-License-Identifier: GPL-3.0-or-later
// The vector reader as parcels, basins and the reserve are read (readVectorLayer). The first byte picks
// the file's extension (GeoPackage, GeoJSON, KML, GML, CSV, FlatGeobuf) and the read options (polygons
// only, reprojection to UTM 52N as a project does, empty layers allowed); the rest is the file.
#include <array>

#include "FuzzSupport.h"
#include "geo/Error.h"
#include "io/VectorReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  hp::fuzz::setUpGdal();
  if (size < 1) return 0;
  static const std::array<const char*, 6> extensions{".gpkg", ".geojson", ".kml", ".gml", ".csv", ".fgb"};
  const std::uint8_t choice = data[0];
  const hp::fuzz::MemFile file(std::string("/vsimem/fuzz_layer") + extensions[(choice & 0x0f) % extensions.size()],
                               data + 1, size - 1);
  hp::VectorReadOptions options;
  options.polygonsOnly = (choice & 0x10) != 0;
  options.allowEmpty = (choice & 0x20) != 0;
  static const hp::Crs utm52 = hp::Crs::fromEpsg(32652);
  if (choice & 0x40) options.targetCrs = utm52;
  try {
    for (const std::string& layer : hp::listVectorLayers(file.path())) {
      options.layerName = layer;
      (void)hp::readVectorLayer(file.path(), options);
    }
  } catch (const hp::Error&) {
  }
  return 0;
}
