// SPDX-License-Identifier: GPL-3.0-or-later
// A generated ranking problem big enough that every phase of rankParcels runs its long loops (more
// than 16 free parcels: CBC and the local search, not enumeration), small enough for a test: a grid
// of square parcels over a forest of blobs in UTM 52N, one basin, a reserve west of the parcels.
#pragma once

#include <gdal_priv.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "geo/Crs.h"
#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/VectorWriter.h"
#include "project/Project.h"
#include "ranking/ParcelRanking.h"
#include "support/TestGeometry.h"

namespace hp::test {

struct RankGrid {
  int columns = 20, rows = 20;  // parcels
  double parcelM = 1500;        // side of a parcel
  double reserveM = 9000;       // width of the reserve strip west of the parcels
};

struct RankGridFiles {
  std::string forest, basins, parcels, reserve;
  double totalCostUsd = 0;
  int parcelCount = 0;

  ranking::RankingInputs inputs() const {
    ranking::RankingInputs in;
    in.forestPath = forest;
    in.basinsPath = basins;
    in.parcelsPath = parcels;
    in.reservePath = reserve;
    return in;
  }
  project::Project project() const {
    project::Project p;
    p.crs = Crs::fromEpsg(32652);
    p.layers = {{project::LayerRole::Forest, "Forest cover", forest, "", true, 1, ""},
                {project::LayerRole::Basins, "River basins", basins, "", true, 1, ""},
                {project::LayerRole::Parcels, "Parcels", parcels, "", true, 1, ""},
                {project::LayerRole::Reserve, "Reserve", reserve, "", true, 1, ""}};
    return p;
  }
};

// Writes forest.tif (100 m pixels; canopy 95 % in overlapping round blobs, 30 % elsewhere),
// basins.gpkg, parcels.gpkg (parcel_id 1.., price_usd from 1,000 to 1,900 per parcel in a fixed
// pattern) and reserve.gpkg into `folder`. Throws hp::Error when a file cannot be written.
inline RankGridFiles writeRankGrid(const std::string& folder, const RankGrid& grid = {}) {
  gdal::ensureRegistered();
  const Crs utm = Crs::fromEpsg(32652);
  const double x0 = 500000, y0 = 4800000, px = 100;
  const double widthM = grid.reserveM + grid.columns * grid.parcelM, heightM = grid.rows * grid.parcelM;
  const int width = int(std::ceil(widthM / px)), height = int(std::ceil(heightM / px));
  RankGridFiles files{folder + "/forest.tif", folder + "/basins.gpkg", folder + "/parcels.gpkg", folder + "/reserve.gpkg", 0, 0};
  {
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(files.forest.c_str(), width, height, 1, GDT_Byte, nullptr));
    if (!ds) throw Error(ErrorCode::WriteFailed, files.forest, "cannot create the raster");
    double gt[6] = {x0, px, 0, y0 + heightM, 0, -px};
    ds->SetGeoTransform(gt);
    ds->SetSpatialRef(utm.ogr());
    std::vector<GByte> v(std::size_t(width) * std::size_t(height));
    for (int r = 0; r < height; ++r)
      for (int c = 0; c < width; ++c) {
        const double x = c * px / 1000, y = r * px / 1000;  // km
        const double blob = std::sin(x / 2.3) * std::cos(y / 3.1) + 0.6 * std::sin((x + y) / 4.7);
        v[std::size_t(r) * std::size_t(width) + std::size_t(c)] = blob > 0.1 ? 95 : 30;
      }
    if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, width, height, v.data(), width, height, GDT_Byte, 0, 0, nullptr) != CE_None)
      throw Error(ErrorCode::WriteFailed, files.forest, "cannot write the raster");
  }
  auto cloned = [](double ax, double ay, double bx, double by) { return OGRGeometryUniquePtr(rect(ax, ay, bx, by)->clone()); };
  VectorLayer basins;
  basins.crs = utm;
  basins.fields = {{"basin_id", FieldType::Integer}};
  basins.features.push_back({1, {std::int64_t(1)}, cloned(x0, y0, x0 + widthM, y0 + heightM)});
  writeVectorLayer(files.basins, basins);

  VectorLayer parcels;
  parcels.crs = utm;
  parcels.fields = {{"parcel_id", FieldType::Integer}, {"price_usd", FieldType::Real}};
  for (int j = 0; j < grid.rows; ++j)
    for (int i = 0; i < grid.columns; ++i) {
      const std::int64_t id = std::int64_t(parcels.features.size()) + 1;
      const double price = 1000.0 + 100.0 * double((i * 7 + j * 13) % 10);
      files.totalCostUsd += price;
      const double ax = x0 + grid.reserveM + i * grid.parcelM, ay = y0 + j * grid.parcelM;
      parcels.features.push_back({id, {id, price}, cloned(ax, ay, ax + grid.parcelM, ay + grid.parcelM)});
    }
  files.parcelCount = int(parcels.features.size());
  writeVectorLayer(files.parcels, parcels);

  VectorLayer reserve;
  reserve.crs = utm;
  reserve.features.push_back({1, {}, cloned(x0, y0 + heightM * 0.25, x0 + grid.reserveM, y0 + heightM * 0.75)});
  writeVectorLayer(files.reserve, reserve);
  return files;
}

}  // namespace hp::test
