// SPDX-License-Identifier: GPL-3.0-or-later
// The export tests' project: a 10 km square of full canopy in UTM 52N, one river basin over all of it and
// parcels as 5 x 10 km strips across the square, so every figure is easy to compute by hand.
#pragma once

#include <gdal_priv.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/Crs.h"
#include "geo/GdalSupport.h"
#include "io/VectorWriter.h"
#include "project/Project.h"
#include "support/TestGeometry.h"

namespace hp::test {

struct SquareForestOptions {
  double x0 = 600000, y0 = 4800000;  // the square's lower-left corner, UTM 52N metres
  unsigned char canopyAround = 10;    // canopy % of the pixels outside the square (inside: 100)
  std::optional<double> noData;       // the forest band's no-data value, when set
  std::vector<double> parcelPrices = {1.0e6, 2.5e6, 0.5e6};  // price_usd of parcel 1, 2, ...
  std::vector<std::string> parcelOwners;  // when given: a third field, owner_description, parallel to the prices
};

// Writes forest.tif, basins.gpkg and parcels.gpkg into `folder` and returns a project of them (UTM 52N,
// layers "Forest cover", "River basins", "Parcels"; no candidates).
// forest.tif: 200 x 200 pixels of 100 m from (x0 - 5 km, y0 + 15 km): canopy 100 % on x0..x0 + 10 km,
// y0..y0 + 10 km, options.canopyAround elsewhere. basins.gpkg: basin_id 1 over the whole raster.
// parcels.gpkg: parcel i (parcel_id i, from 1) is the strip x0 + 5 (i - 1) km .. x0 + 5 i km, y0..y0 + 10 km.
// Returns a project without layers when GDAL cannot write the raster; the vector writer throws hp::Error.
inline project::Project writeSquareForestProject(const std::string& folder, const SquareForestOptions& options = {}) {
  gdal::ensureRegistered();
  const Crs utm = Crs::fromEpsg(32652);
  const double x0 = options.x0, y0 = options.y0;
  const std::string forest = folder + "/forest.tif", basinsPath = folder + "/basins.gpkg",
                    parcelsPath = folder + "/parcels.gpkg";
  {
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(forest.c_str(), 200, 200, 1, GDT_Byte, nullptr));
    if (!ds) return {};
    double gt[6] = {x0 - 5000, 100, 0, y0 + 15000, 0, -100};
    ds->SetGeoTransform(gt);
    ds->SetSpatialRef(utm.ogr());
    if (options.noData) ds->GetRasterBand(1)->SetNoDataValue(*options.noData);
    std::vector<GByte> v(200 * 200, options.canopyAround);
    for (int r = 50; r < 150; ++r)
      for (int c = 50; c < 150; ++c) v[r * 200 + c] = 100;
    if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 200, 200, v.data(), 200, 200, GDT_Byte, 0, 0, nullptr) != CE_None)
      return {};
  }
  auto clonedRect = [](double ax, double ay, double bx, double by) { return OGRGeometryUniquePtr(rect(ax, ay, bx, by)->clone()); };
  VectorLayer basins;
  basins.crs = utm;
  basins.fields = {{"basin_id", FieldType::Integer}};
  basins.features.push_back({1, {std::int64_t(1)}, clonedRect(x0 - 5000, y0 - 5000, x0 + 15000, y0 + 15000)});
  writeVectorLayer(basinsPath, basins);

  VectorLayer parcels;
  parcels.crs = utm;
  parcels.fields = {{"parcel_id", FieldType::Integer}, {"price_usd", FieldType::Real}};
  const bool owners = !options.parcelOwners.empty();
  if (owners) parcels.fields.push_back({"owner_description", FieldType::String});
  for (std::size_t i = 0; i < options.parcelPrices.size(); ++i) {
    const std::int64_t id = std::int64_t(i) + 1;
    Feature f{id, {id, options.parcelPrices[i]}, clonedRect(x0 + 5000.0 * double(i), y0, x0 + 5000.0 * double(i + 1), y0 + 10000)};
    if (owners) f.attributes.emplace_back(options.parcelOwners.at(i));
    parcels.features.push_back(std::move(f));
  }
  writeVectorLayer(parcelsPath, parcels);

  project::Project project;
  project.crs = utm;
  project.layers = {{project::LayerRole::Forest, "Forest cover", forest, "", true, 1, ""},
                    {project::LayerRole::Basins, "River basins", basinsPath, "", true, 1, ""},
                    {project::LayerRole::Parcels, "Parcels", parcelsPath, "", true, 1, ""}};
  return project;
}

}  // namespace hp::test
