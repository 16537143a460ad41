// SPDX-License-Identifier: GPL-3.0-or-later
// The small UTM 52N region the GUI and export tests share: a 200 x 150 pixel, 30 m forest at
// x 680000..686000, y 4795500..4800000, two river basins, 4 x 3 parcels and the Kedrovaya Pad reserve.
#pragma once

#include <QtGlobal>

#include <gdal_priv.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "geo/Crs.h"
#include "geo/GdalSupport.h"
#include "io/VectorWriter.h"

namespace hp::test::region {

inline constexpr double kX0 = 680000, kY0 = 4800000, kPixelM = 30;
inline constexpr int kCols = 200, kRows = 150;

// The rectangle x0..x1, y0..y1 as a closed polygon.
inline OGRGeometryUniquePtr box(double x0, double y0, double x1, double y1) {
  auto ring = std::make_unique<OGRLinearRing>();
  ring->addPoint(x0, y0);
  ring->addPoint(x1, y0);
  ring->addPoint(x1, y1);
  ring->addPoint(x0, y1);
  ring->addPoint(x0, y0);
  auto polygon = std::make_unique<OGRPolygon>();
  polygon->addRingDirectly(ring.release());
  return OGRGeometryUniquePtr(polygon.release());
}

inline Feature feature(std::int64_t fid, std::vector<FieldValue> values, OGRGeometryUniquePtr geometry) {
  Feature f;
  f.fid = fid;
  f.attributes = std::move(values);
  f.geometry = std::move(geometry);
  return f;
}

// forest.tif at `path`: kCols x kRows GTiff bytes, pixel (col, row) = canopy(col, row), no-data 255, with
// the GTiff creation `options` (may be null). Aborts the test (qFatal) when the pixels cannot be written.
inline GDALDatasetUniquePtr writeForest(const std::string& path, const std::function<int(int col, int row)>& canopy,
                                        CSLConstList options = nullptr) {
  gdal::ensureRegistered();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  GDALDatasetUniquePtr ds(driver->Create(path.c_str(), kCols, kRows, 1, GDT_Byte, options));
  double gt[6] = {kX0, kPixelM, 0, kY0, 0, -kPixelM};
  ds->SetGeoTransform(gt);
  OGRSpatialReference srs;
  srs.importFromEPSG(32652);
  ds->SetSpatialRef(&srs);
  std::vector<GByte> values(std::size_t(kCols) * kRows);
  for (int r = 0; r < kRows; ++r)
    for (int c = 0; c < kCols; ++c) values[std::size_t(r) * kCols + std::size_t(c)] = GByte(canopy(c, r));
  GDALRasterBand* band = ds->GetRasterBand(1);
  band->SetNoDataValue(255);
  if (band->RasterIO(GF_Write, 0, 0, kCols, kRows, values.data(), kCols, kRows, GDT_Byte, 0, 0, nullptr) != CE_None)
    qFatal("cannot write the fixture raster");
  return ds;
}

// basins.gpkg: "Barabashevka" (x < 683750, basin_id 1) and "Narva" (x >= 683750, basin_id 2).
inline void writeBasins(const std::string& path) {
  VectorLayer basins;
  basins.layerName = "basins";
  basins.crs = Crs::fromEpsg(32652);
  basins.fields = {{"basin_id", FieldType::Integer}, {"name", FieldType::String}};
  basins.features.push_back(feature(1, {std::int64_t(1), std::string("Barabashevka")}, box(680000, 4795500, 683750, 4800000)));
  basins.features.push_back(feature(2, {std::int64_t(2), std::string("Narva")}, box(683750, 4795500, 686000, 4800000)));
  writeVectorLayer(path, basins);
}

// parcels.gpkg: 4 x 3 squares of 1500 m; the square with its lower-left corner at
// (680000 + 1500 i, 4795500 + 1500 j) has fid parcel_id = 1 + 4*j + i and attributes(parcel_id, i, j).
inline void writeParcels(const std::string& path, std::vector<FieldDef> fields,
                         const std::function<std::vector<FieldValue>(int id, int i, int j)>& attributes) {
  VectorLayer parcels;
  parcels.layerName = "parcels";
  parcels.crs = Crs::fromEpsg(32652);
  parcels.fields = std::move(fields);
  for (int j = 0; j < 3; ++j)
    for (int i = 0; i < 4; ++i) {
      const int id = 1 + 4 * j + i;
      const double x = 680000 + 1500.0 * i, y = 4795500 + 1500.0 * j;
      parcels.features.push_back(feature(id, attributes(id, i, j), box(x, y, x + 1500, y + 1500)));
    }
  writeVectorLayer(path, parcels);
}

// reserve.gpkg: "Kedrovaya Pad", x 680600..682400, y 4797000..4799400.
inline void writeReserve(const std::string& path) {
  VectorLayer reserve;
  reserve.layerName = "reserve";
  reserve.crs = Crs::fromEpsg(32652);
  reserve.fields = {{"name", FieldType::String}};
  reserve.features.push_back(feature(1, {std::string("Kedrovaya Pad")}, box(680600, 4797000, 682400, 4799400)));
  writeVectorLayer(path, reserve);
}

}  // namespace hp::test::region
