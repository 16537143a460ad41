// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/Basins.h"

#include <gdal_alg.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "sample/ForestCover.h"
#include "sample/GdalProgress.h"
#include "sample/GeosUtil.h"
#include "sample/Noise.h"

namespace hp::sample {

namespace {

// Rivers of south-west Primorye and names in their manner, the largest basin first.
constexpr const char* kRiverNames[] = {
    "Barabashevka", "Narva",     "Kedrovaya", "Ryazanovka",  "Tesnaya",    "Amba",     "Shkotovka",
    "Gladkaya",     "Tsukanovka", "Krounovka", "Bolshaya Pad", "Filippovka", "Mramornaya", "Adimi",
    "Poyma",        "Kamenka",   "Sukhaya",   "Kholodnaya",  "Medvezhya",  "Lesnaya",
};
constexpr int kNameCount = int(sizeof kRiverNames / sizeof kRiverNames[0]);
static_assert(kNameCount >= kMaxBasins);

// Basin number + 1 on land, 0 at sea.
std::vector<std::int32_t> labelPixels(const Grid<std::uint8_t>& canopy, const Hydrology& h, std::uint32_t seed) {
  const std::uint32_t warp = streamFor(seed, Purpose::BasinWarp);
  // The wobble as two noise fields on a 150 m grid, interpolated per pixel.
  Grid<float> wobbleX(int(std::ceil(canopy.width * canopy.cellSizeM / 150)) + 1,
                      int(std::ceil(canopy.height * canopy.cellSizeM / 150)) + 1, canopy.originX, canopy.originY, 150, 0.0f);
  Grid<float> wobbleY = wobbleX.like(0.0f);
  for (int row = 0; row < wobbleX.height; ++row)
    for (int col = 0; col < wobbleX.width; ++col) {
      const double xKm = col * 0.15, yKm = row * 0.15;
      wobbleX.at(col, row) = float(200 * fractalNoise(xKm / 1.2, yKm / 1.2, warp, 3));
      wobbleY.at(col, row) = float(200 * fractalNoise(xKm / 1.2, yKm / 1.2, warp + 5u, 3));
    }
  std::vector<std::int32_t> labels(canopy.cells.size(), 0);
  for (int row = 0; row < canopy.height; ++row) {
    const double y = canopy.centerY(row);
    const AxisWeight ay = axisWeight((wobbleX.originY - y) / wobbleX.cellSizeM, wobbleX.height);
    for (int col = 0; col < canopy.width; ++col) {
      if (canopy.at(col, row) == kSeaNodata) continue;
      const double x = canopy.centerX(col);
      const AxisWeight ax = axisWeight((x - wobbleX.originX) / wobbleX.cellSizeM, wobbleX.width);
      const double wx = x + bilinear(wobbleX, ax, ay), wy = y + bilinear(wobbleY, ax, ay);
      labels[canopy.index(col, row)] = h.basin.at(h.basin.colOf(wx), h.basin.rowOf(wy)) + 1;
    }
  }
  return labels;
}

}  // namespace

std::vector<Basin> makeBasins(const Region& region, const Grid<std::uint8_t>& canopy, const Hydrology& hydrology,
                              std::uint32_t seed, const GeosContext& ctx, const Progress& progress, double from,
                              double to) {
  gdal::ensureRegistered();
  gdal::ErrorCollector errors;
  auto fail = [&](const std::string& what) {
    throw Error(ErrorCode::InvalidGeometry, {}, "basins: " + what + (errors.failure().empty() ? "" : ": " + errors.failure()));
  };
  std::vector<std::int32_t> labels = labelPixels(canopy, hydrology, seed);

  GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
  GDALDriver* memVector = GetGDALDriverManager()->GetDriverByName("Memory");
  if (!mem || !memVector) fail("GDAL lacks its in-memory drivers");
  GDALDatasetUniquePtr raster(mem->Create("", canopy.width, canopy.height, 1, GDT_Int32, nullptr));
  if (!raster) fail("cannot make the label raster");
  GeoTransform gt = region.transform();
  raster->SetGeoTransform(gt.c.data());
  GDALRasterBand* band = raster->GetRasterBand(1);
  band->SetNoDataValue(0);  // the sea: masked out, never polygonised
  if (band->RasterIO(GF_Write, 0, 0, canopy.width, canopy.height, labels.data(), canopy.width, canopy.height, GDT_Int32,
                     0, 0, nullptr) != CE_None)
    fail("cannot fill the label raster");
  labels = {};

  GDALDatasetUniquePtr vectors(memVector->Create("", 0, 0, 0, GDT_Unknown, nullptr));
  if (!vectors) fail("cannot make a memory layer");
  OGRLayer* layer = vectors->CreateLayer("pieces", nullptr, wkbPolygon, nullptr);
  OGRFieldDefn labelField("label", OFTInteger);
  if (!layer || layer->CreateField(&labelField) != OGRERR_NONE) fail("cannot make a memory layer");
  GdalProgress polygonizeProgress(progress, from, from + 0.7 * (to - from), "basins");
  const CPLErr polygonized = GDALPolygonize(GDALRasterBand::ToHandle(band), GDALRasterBand::ToHandle(band->GetMaskBand()),
                                            OGRLayer::ToHandle(layer), 0, nullptr, &GdalProgress::callback,
                                            polygonizeProgress.arg());
  polygonizeProgress.throwIfCancelled();
  if (polygonized != CE_None) fail("polygonising the basin labels failed");

  std::vector<std::vector<GeomPtr>> pieces(std::size_t(hydrology.basinCount));
  layer->ResetReading();
  for (OGRFeatureUniquePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
    const int label = f->GetFieldAsInteger(0);
    if (label < 1 || label > hydrology.basinCount || !f->GetGeometryRef()) continue;
    pieces[std::size_t(label - 1)].push_back(toGeos(ctx, *f->GetGeometryRef()));
  }

  std::vector<Basin> basins;
  for (int b = 0; b < hydrology.basinCount; ++b) {
    reportProgress(progress, from + (to - from) * (0.7 + 0.3 * b / hydrology.basinCount), "basins");
    std::vector<GeomPtr>& parts = pieces[std::size_t(b)];
    if (parts.empty()) continue;  // the wobble can starve a basin that only just reaches land
    GeomPtr shape;
    if (parts.size() == 1) {
      shape = std::move(parts.front());
    } else {
      GeomPtr all = collect(ctx, std::move(parts), GEOS_GEOMETRYCOLLECTION);
      shape = adoptOrThrow(ctx, GEOSUnaryUnion_r(ctx.handle(), all.get()), "dissolving a basin");
    }
    shape = validPolygonal(ctx, std::move(shape));
    if (!shape) continue;
    basins.push_back({int(basins.size()) + 1, kRiverNames[basins.size() % kNameCount], std::move(shape)});
  }
  return basins;
}

GeomPtr unionOfBasins(const std::vector<Basin>& basins, const GeosContext& ctx) {
  std::vector<GeomPtr> copies;
  for (const Basin& b : basins) copies.push_back(adoptOrThrow(ctx, GEOSGeom_clone_r(ctx.handle(), b.shape.get()), "copying"));
  GeomPtr all = collect(ctx, std::move(copies), GEOS_GEOMETRYCOLLECTION);
  GeomPtr land = adopt(ctx, GEOSCoverageUnion_r(ctx.handle(), all.get()));
  if (!land) land = adoptOrThrow(ctx, GEOSUnaryUnion_r(ctx.handle(), all.get()), "joining the basins");
  return validPolygonal(ctx, std::move(land));
}

VectorLayer basinsLayer(const std::vector<Basin>& basins, const GeosContext& ctx) {
  VectorLayer layer;
  layer.layerName = "basins";
  layer.crs = Crs::fromEpsg(kSampleEpsg);
  layer.fields = {{"basin_id", FieldType::Integer}, {"name", FieldType::String}};
  for (const Basin& b : basins) {
    Feature f;
    f.fid = b.id;
    f.attributes = {std::int64_t(b.id), b.name};
    f.geometry = toOgr(ctx, b.shape.get());
    layer.features.push_back(std::move(f));
  }
  return layer;
}

}  // namespace hp::sample
