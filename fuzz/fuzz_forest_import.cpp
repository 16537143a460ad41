// SPDX-License-Identifier: GPL-3.0-or-later
// Forest import (imagery::importForestCover) of one input raster onto a small forest grid. The first
// byte picks the method (canopy, NDVI from bands 1 and 2, WorldCover classes, loss from 2010); the
// rest is the input file. The grid is made here, 48 × 48 pixels of 30 m in UTM 52N at (680000,
// 4791000): the sample region's forest cropped at pixel (1000, 1000), so crops of the sample overlap it.
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <array>
#include <vector>

#include "FuzzSupport.h"
#include "geo/Error.h"
#include "imagery/ForestImport.h"

namespace {

const char* const kGridPath = "/vsimem/fuzz_forest_grid.tif";

void makeForestGrid() {
  GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
  GDALDatasetUniquePtr grid(gtiff->Create(kGridPath, 48, 48, 1, GDT_Byte, nullptr));
  std::array<double, 6> transform{680000.0, 30.0, 0.0, 4791000.0, 0.0, -30.0};
  grid->SetGeoTransform(transform.data());
  OGRSpatialReference utm52;
  utm52.importFromEPSG(32652);
  grid->SetSpatialRef(&utm52);
  GDALRasterBand* band = grid->GetRasterBand(1);
  band->SetNoDataValue(255);
  std::vector<GByte> canopy(48 * 48);
  for (std::size_t i = 0; i < canopy.size(); ++i) canopy[i] = GByte(i % 101);  // 0..100 %, every value
  canopy[0] = 255;  // one sea pixel
  (void)band->RasterIO(GF_Write, 0, 0, 48, 48, canopy.data(), 48, 48, GDT_Byte, 0, 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  hp::fuzz::setUpGdal();
  static const bool gridMade = (makeForestGrid(), true);
  (void)gridMade;
  if (size < 1) return 0;
  const hp::fuzz::MemFile input("/vsimem/fuzz_import_input.tif", data + 1, size - 1);
  hp::imagery::ImportRequest request;
  request.files = {input.path()};
  switch (data[0] % 4) {
    case 0: request.method = hp::imagery::ImportMethod::Canopy; break;
    case 1:
      request.method = hp::imagery::ImportMethod::Ndvi;
      request.redBand = 1;
      request.nirBand = 2;
      break;
    case 2:
      request.method = hp::imagery::ImportMethod::Classes;
      request.classes = hp::imagery::worldCoverTable();
      break;
    default:
      request.method = hp::imagery::ImportMethod::Loss;
      request.lossFromYear = 10;  // Hansen's loss year: 2010
      break;
  }
  const std::string out = (hp::fuzz::tempDir().path() / "imported.tif").string();
  try {
    (void)hp::imagery::importForestCover(request, kGridPath, out);
  } catch (const hp::Error&) {
  }
  hp::fuzz::tempDir().clear();
  return 0;
}
