// SPDX-License-Identifier: GPL-3.0-or-later
// Satellite import at scale: a ~1e9-pixel 10 m input warped onto a 30 m forest grid, in bounded memory.
// Prints the peak RSS (target < 1 GB) and the import time as a ratio against GDAL reading the input
// once (the floor: every input pixel must be decoded). Usage: bench_import [CACHE_DIR] [SIDE_PX]
#include <gdal_priv.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "geo/GdalSupport.h"
#include "imagery/ForestImport.h"
#include "io/RasterSource.h"

namespace {

double seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

long peakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

void writeRaster(const std::string& path, int side, double pixel, bool input) {
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
  char** opts = nullptr;
  for (const char* o : {"TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=YES", "NUM_THREADS=ALL_CPUS"}) opts = CSLAddString(opts, o);
  GDALDatasetUniquePtr ds(drv->Create(path.c_str(), side, side, 1, GDT_Byte, opts));
  CSLDestroy(opts);
  double gt[6] = {600000, pixel, 0, 4800000, 0, -pixel};
  ds->SetGeoTransform(gt);
  OGRSpatialReference srs;
  srs.importFromEPSG(32652);
  ds->SetSpatialRef(&srs);
  ds->GetRasterBand(1)->SetNoDataValue(255);
  std::vector<GByte> row(std::size_t(side) * 256);
  for (int y = 0; y < side; y += 256) {
    const int h = std::min(256, side - y);
    for (int r = 0; r < h; ++r)
      for (int x = 0; x < side; ++x) {
        // Smooth stripes with some texture: compressible but not constant.
        const int v = input ? ((x / 97 + (y + r) / 131) % 7) * 14 + ((x * 7 + r * 3) % 5) : 50;
        row[std::size_t(r) * side + x] = GByte(v);
      }
    if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, y, side, h, row.data(), side, h, GDT_Byte, 0, 0, nullptr) != CE_None)
      std::abort();
  }
}

}  // namespace

int main(int argc, char** argv) {
  hp::gdal::ensureRegistered();
  const std::string dir = argc > 1 ? argv[1] : "/tmp/hp-bench-import";
  const int side = argc > 2 ? std::atoi(argv[2]) : 31623;  // 31623² ≈ 1.0e9 pixels at 10 m
  std::filesystem::create_directories(dir);
  const std::string input = dir + "/input_" + std::to_string(side) + ".tif";
  const std::string forest = dir + "/forest_" + std::to_string(side) + ".tif";
  if (!std::filesystem::exists(input)) {
    std::printf("writing %s (%d x %d)...\n", input.c_str(), side, side);
    writeRaster(input, side, 10.0, true);
  }
  if (!std::filesystem::exists(forest)) writeRaster(forest, side / 3, 30.0, false);

  // The floor: GDAL decoding every input pixel once, block row by block row.
  auto t0 = std::chrono::steady_clock::now();
  {
    const hp::RasterSource src = hp::RasterSource::open(input);
    std::vector<std::uint8_t> buf(std::size_t(side) * 256);
    for (int y = 0; y < side; y += 256) src.read(1, hp::PixelWindow{0, y, side, std::min(256, side - y)}, buf.data());
  }
  const double readSeconds = seconds(t0);
  const long rssAfterRead = peakRssMb();

  hp::imagery::ImportRequest request;
  request.files = {input};
  t0 = std::chrono::steady_clock::now();
  const auto summary = hp::imagery::importForestCover(request, forest, dir + "/out.tif");
  const double importSeconds = seconds(t0);
  std::filesystem::remove(dir + "/out.tif");

  std::printf("input pixels        %lld\n", (long long)side * side);
  std::printf("gdal read (floor)   %.2f s\n", readSeconds);
  std::printf("import              %.2f s  (ratio %.2f x the floor)\n", importSeconds, importSeconds / readSeconds);
  std::printf("peak RSS            %ld MB after read, %ld MB after import (target < 1024 MB)\n", rssAfterRead, peakRssMb());
  std::printf("mean canopy         %.2f -> %.2f %%\n", summary.meanCanopyBefore, summary.meanCanopyAfter);
  return peakRssMb() < 1024 ? 0 : 1;
}
