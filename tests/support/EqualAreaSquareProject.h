// SPDX-License-Identifier: GPL-3.0-or-later
// The capacity tests' project: a 10 km square of forest in EPSG:6933 (equal-area), one river basin over all
// of it, three 5 x 10 km parcel strips and the west strip as the existing reserve.
#pragma once

#include <gdal_priv.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "geo/Crs.h"
#include "geo/GdalSupport.h"
#include "io/VectorWriter.h"
#include "project/Project.h"
#include "support/TestGeometry.h"

namespace hp::test {

// Writes a size x size GTiff of 100 m pixels in EPSG:6933 from origin (-5000, 15000) (column c spans
// x = -5000 + 100c), no-data 255, pixel (col, row) = value(col, row). Returns RasterIO's result.
inline CPLErr writeEqualAreaForest(const std::string& path, int size, const std::function<GByte(int col, int row)>& value) {
  gdal::ensureRegistered();
  GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(path.c_str(), size, size, 1, GDT_Byte, nullptr));
  double gt[6] = {-5000, 100, 0, 15000, 0, -100};
  ds->SetGeoTransform(gt);
  ds->SetSpatialRef(Crs::fromEpsg(6933).ogr());
  ds->GetRasterBand(1)->SetNoDataValue(255);
  std::vector<GByte> v(std::size_t(size) * size);
  for (int r = 0; r < size; ++r)
    for (int c = 0; c < size; ++c) v[std::size_t(r) * size + c] = value(c, r);
  return ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, size, size, v.data(), size, size, GDT_Byte, 0, 0, nullptr);
}

// Canopy 100 % on the 10 km square x 0..10 km, y 0..10 km (columns and rows 50..149 of a 200 px forest),
// 0 % elsewhere.
inline GByte canopyOnSquare(int col, int row) { return col >= 50 && col < 150 && row >= 50 && row < 150 ? 100 : 0; }

// Writes into `folder`: basins.gpkg, basin_id 1 over x, y -5..15 km; parcels.gpkg, parcel_id parcelIds[i]
// (and price_usd pricesUsd[i] when prices are given) on the strip x 5i..5(i + 1) km, y 0..10 km, i = 0..2
// (the west and east halves of the square, then a strip outside it); reserve.gpkg, the first parcel again.
// Returns the project of the four layers (forest.tif in `folder` as the forest) in EPSG:6933, no candidates.
inline project::Project writeEqualAreaSquareLayers(const std::string& folder, const std::vector<std::int64_t>& parcelIds,
                                                   const std::vector<double>& pricesUsd = {}) {
  const Crs ea = Crs::fromEpsg(6933);
  auto clonedRect = [](double ax, double ay, double bx, double by) { return OGRGeometryUniquePtr(rect(ax, ay, bx, by)->clone()); };
  VectorLayer basins;
  basins.crs = ea;
  basins.fields = {{"basin_id", FieldType::Integer}};
  basins.features.push_back({1, {std::int64_t(1)}, clonedRect(-5000, -5000, 15000, 15000)});
  writeVectorLayer(folder + "/basins.gpkg", basins);
  VectorLayer parcels;
  parcels.crs = ea;
  parcels.fields = {{"parcel_id", FieldType::Integer}};
  if (!pricesUsd.empty()) parcels.fields.push_back({"price_usd", FieldType::Real});
  for (std::size_t i = 0; i < parcelIds.size(); ++i) {
    Feature f{std::int64_t(i) + 1, {parcelIds[i]}, clonedRect(5000.0 * double(i), 0, 5000.0 * double(i + 1), 10000)};
    if (!pricesUsd.empty()) f.attributes.emplace_back(pricesUsd.at(i));
    parcels.features.push_back(std::move(f));
  }
  writeVectorLayer(folder + "/parcels.gpkg", parcels);
  VectorLayer reserve = parcels.clone();
  reserve.features.resize(1);
  writeVectorLayer(folder + "/reserve.gpkg", reserve);

  project::Project project;
  project.crs = ea;
  project.layers = {{project::LayerRole::Forest, "f", folder + "/forest.tif", "", true, 1, ""},
                    {project::LayerRole::Basins, "b", folder + "/basins.gpkg", "", true, 1, ""},
                    {project::LayerRole::Parcels, "p", folder + "/parcels.gpkg", "", true, 1, ""},
                    {project::LayerRole::Reserve, "r", folder + "/reserve.gpkg", "", true, 1, ""}};
  return project;
}

// Candidates over writeEqualAreaSquareLayers(folder, {1, 2, 3}, ...): both halves, the west half, the
// square drawn, and the east half with the outside strip and an unknown parcel 99.
inline std::vector<project::Candidate> equalAreaSquareCandidates() {
  return {
      {"both halves", "#ff0000", {"1", "2"}, {}},
      {"west half", "#00ff00", {"1"}, {}},
      {"drawn square", "#0000ff", {}, {rect(0, 0, 10000, 10000)}},
      {"half and strip, unknown 99", "#000000", {"2", "3", "99"}, {}},
  };
}

}  // namespace hp::test
