// SPDX-License-Identifier: GPL-3.0-or-later
// The data of bench_capacity (and bench_live_drag): a 16000 × 16000 Byte canopy raster with 20 000
// Voronoi parcels and nine basins, written into a cache folder once.
#pragma once

#include <gdal_priv.h>
#include <geos_c.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "geo/Geos.h"
#include "io/VectorLayer.h"
#include "io/VectorWriter.h"
#include "bench_support.h"

namespace hp::bench {

// UTM 52N, 30 m pixels, the raster's top-left corner; `side` pixels square.
constexpr double kX0 = 260000, kY0 = 4900000, kPixelM = 30;

// Canopy with spatial structure: forest massifs, clearings, valleys and fine texture; a lake of nodata.
inline void writeCanopy(const std::string& path, int side) {
  std::printf("writing %s (%d x %d, Byte, DEFLATE, 256 x 256 tiles)...\n", path.c_str(), side, side);
  std::fflush(stdout);
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
  char** opts = nullptr;
  for (const char* o : {"TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER",
                        "NUM_THREADS=ALL_CPUS"})
    opts = CSLAddString(opts, o);
  GDALDatasetUniquePtr ds(drv->Create(path.c_str(), side, side, 1, GDT_Byte, opts));
  CSLDestroy(opts);
  if (!ds) std::exit(3);
  double gt[6] = {kX0, kPixelM, 0, kY0, 0, -kPixelM};
  ds->SetGeoTransform(gt);
  OGRSpatialReference srs;
  srs.importFromEPSG(32652);
  ds->SetSpatialRef(&srs);
  ds->GetRasterBand(1)->SetNoDataValue(255);
  const ValueNoise massif(side, 2000, 1), hills(side, 400, 2), stands(side, 90, 3), texture(side, 12, 4);
  std::mt19937 rng(5);
  std::vector<GByte> strip(std::size_t(side) * 256);
  const double lakeX = side * 0.7, lakeY = side * 0.3, lakeR = side * 0.03;
  for (int y0 = 0; y0 < side; y0 += 256) {
    const int rows = std::min(256, side - y0);
    for (int r = 0; r < rows; ++r) {
      const int y = y0 + r;
      for (int x = 0; x < side; ++x) {
        const float f = 0.45f * massif.at(x, y) + 0.25f * hills.at(x, y) + 0.2f * stands.at(x, y) + 0.1f * texture.at(x, y);
        double canopy = (f - 0.35) * 260.0 + double(rng() % 9) - 4.0;
        if ((x + 3 * y) % 1500 < 4) canopy = 0;  // roads and rivers cut the forest
        canopy = std::clamp(canopy, 0.0, 100.0);
        const double dx = x - lakeX, dy = y - lakeY;
        strip[std::size_t(r) * side + x] = dx * dx + dy * dy < lakeR * lakeR ? 255 : GByte(std::lround(canopy));
      }
    }
    if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, y0, side, rows, strip.data(), side, rows, GDT_Byte, 0, 0, nullptr) !=
        CE_None)
      std::exit(3);
  }
}

// Voronoi cells of `seeds` clipped to the box; each becomes a feature.
inline hp::VectorLayer voronoiLayer(const std::string& name, const std::string& idField, const std::vector<std::pair<double, double>>& seeds,
                             double x0, double y0, double x1, double y1) {
  hp::GeosContext ctx;
  GEOSContextHandle_t h = ctx.handle();
  GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, unsigned(seeds.size()), 2);
  for (std::size_t i = 0; i < seeds.size(); ++i) GEOSCoordSeq_setXY_r(h, seq, unsigned(i), seeds[i].first, seeds[i].second);
  hp::GeomPtr points = hp::adopt(ctx, GEOSGeom_createLineString_r(h, seq));
  hp::GeomPtr box = hp::adopt(ctx, GEOSGeom_createRectangle_r(h, x0, y0, x1, y1));
  hp::GeomPtr cells = hp::adopt(ctx, GEOSVoronoiDiagram_r(h, points.get(), box.get(), 0, 0));
  hp::VectorLayer layer;
  layer.layerName = name;
  layer.crs = hp::Crs::fromEpsg(32652);
  layer.fields = {{idField, hp::FieldType::Integer}};
  for (int i = 0; i < GEOSGetNumGeometries_r(h, cells.get()); ++i) {
    hp::GeomPtr clipped = hp::adopt(ctx, GEOSIntersection_r(h, GEOSGetGeometryN_r(h, cells.get(), i), box.get()));
    if (!clipped || GEOSisEmpty_r(h, clipped.get())) continue;
    layer.features.push_back({std::int64_t(layer.features.size() + 1), {std::int64_t(layer.features.size() + 1)},
                              hp::toOgr(ctx, clipped.get())});
  }
  return layer;
}

inline void writeVectors(const std::string& dir, int side, int parcels) {
  const double x1 = kX0 + side * kPixelM, y1 = kY0 - side * kPixelM;
  // A jittered grid as close to square cells as `parcels` allows.
  const int cols = int(std::lround(std::sqrt(double(parcels)))), rows = (parcels + cols - 1) / cols;
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> jitter(-0.35, 0.35);
  std::vector<std::pair<double, double>> seeds;
  const double dx = (x1 - kX0) / cols, dy = (kY0 - y1) / rows;
  for (int j = 0; j < rows; ++j)
    for (int i = 0; i < cols && int(seeds.size()) < parcels; ++i)
      seeds.emplace_back(kX0 + (i + 0.5 + jitter(rng)) * dx, y1 + (j + 0.5 + jitter(rng)) * dy);
  std::printf("writing %zu parcels and basins...\n", seeds.size());
  std::fflush(stdout);
  hp::writeVectorLayer(dir + "/parcels.gpkg", voronoiLayer("parcels", "parcel_id", seeds, kX0, y1, x1, kY0));
  // Nine basins; a 3 km margin along the edges lies in none.
  std::vector<std::pair<double, double>> basinSeeds;
  std::uniform_real_distribution<double> ux(kX0, x1), uy(y1, kY0);
  for (int i = 0; i < 9; ++i) basinSeeds.emplace_back(ux(rng), uy(rng));
  hp::writeVectorLayer(dir + "/basins.gpkg", voronoiLayer("basins", "basin_id", basinSeeds, kX0 + 3000, y1 + 3000, x1 - 3000, kY0 - 3000));
}

// CACHE_DIR/{canopy.tif, parcels.gpkg, basins.gpkg}, written unless there already.
inline void ensureCapacityData(const std::string& dir, int side = 16000, int parcels = 20000) {
  std::filesystem::create_directories(dir);
  if (!std::filesystem::exists(dir + "/canopy.tif")) writeCanopy(dir + "/canopy.tif", side);
  if (!std::filesystem::exists(dir + "/parcels.gpkg") || !std::filesystem::exists(dir + "/basins.gpkg"))
    writeVectors(dir, side, parcels);
}

}  // namespace hp::bench
