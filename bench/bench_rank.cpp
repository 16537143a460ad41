// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking pipeline on 20 000 parcels (issue #4: greedy order and budget optimum each within
// 30 s), against a baseline measured in the same run: one capacity-engine pass over the same
// raster and parcels (each parcel on its own).
//
//   bench_rank CACHE_DIR [--side N] [--parcels N] [--budget-share F] [--time-limit S] [--blm W] [--threads N]
//
// The first run writes CACHE_DIR/{canopy.tif, parcels.gpkg, basins.gpkg, reserve.gpkg}; later runs
// reuse them. Prints each phase's time and its ratio to the baseline, the selection and the gap.
#include <gdal_priv.h>
#include <geos_c.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "capacity/CapacityEngine.h"
#include "geo/GdalSupport.h"
#include "geo/Geos.h"
#include "io/VectorReader.h"
#include "io/VectorWriter.h"
#include "ranking/AtomBuilder.h"
#include "ranking/BudgetOptimum.h"
#include "ranking/GreedyOrder.h"
#include "ranking/ParcelRanking.h"
#include "ranking/SharedBoundaries.h"
#include "bench_support.h"

namespace {

using hp::bench::Clock;
using hp::bench::secondsSince;
using hp::bench::ValueNoise;

// UTM 52N, 30 m pixels. Parcels cover x ≥ kX0 + kReserveM; the reserve lies west of them.
constexpr double kX0 = 260000, kY0 = 4900000, kPixelM = 30, kReserveM = 6000;

void writeCanopy(const std::string& path, int side) {
  std::printf("writing %s (%d x %d)...\n", path.c_str(), side, side);
  std::fflush(stdout);
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
  char** opts = nullptr;
  for (const char* o : {"TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE"}) opts = CSLAddString(opts, o);
  GDALDatasetUniquePtr ds(drv->Create(path.c_str(), side, side, 1, GDT_Byte, opts));
  CSLDestroy(opts);
  if (!ds) std::exit(3);
  double gt[6] = {kX0, kPixelM, 0, kY0, 0, -kPixelM};
  ds->SetGeoTransform(gt);
  ds->SetSpatialRef(hp::Crs::fromEpsg(32652).ogr());
  ds->GetRasterBand(1)->SetNoDataValue(255);
  const ValueNoise massif(side, 1500, 1), hills(side, 300, 2), stands(side, 60, 3);
  std::mt19937 rng(5);
  std::vector<GByte> strip(std::size_t(side) * 256);
  for (int y0 = 0; y0 < side; y0 += 256) {
    const int rows = std::min(256, side - y0);
    for (int r = 0; r < rows; ++r)
      for (int x = 0; x < side; ++x) {
        const int y = y0 + r;
        const float f = 0.5f * massif.at(x, y) + 0.3f * hills.at(x, y) + 0.2f * stands.at(x, y);
        double canopy = (f - 0.35) * 260.0 + double(rng() % 9) - 4.0;
        if ((x + 3 * y) % 1200 < 3) canopy = 0;  // roads and rivers
        strip[std::size_t(r) * std::size_t(side) + std::size_t(x)] = GByte(std::lround(std::clamp(canopy, 0.0, 100.0)));
      }
    if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, y0, side, rows, strip.data(), side, rows, GDT_Byte, 0, 0, nullptr) != CE_None)
      std::exit(3);
  }
}

// Voronoi cells of `seeds` clipped to the box, with an id and (when `prices`) a price.
hp::VectorLayer voronoiLayer(const std::string& name, const std::vector<std::pair<double, double>>& seeds, double x0, double y0,
                             double x1, double y1, bool prices) {
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
  layer.fields = {{"parcel_id", hp::FieldType::Integer}};
  if (prices) layer.fields.push_back({"price_usd", hp::FieldType::Real});
  // Land dearer towards the east and near the bumps, ~30 000 USD per km² on average, ±20 % per parcel.
  std::mt19937 rng(17);
  std::uniform_real_distribution<double> noise(0.8, 1.2);
  for (int i = 0; i < GEOSGetNumGeometries_r(h, cells.get()); ++i) {
    hp::GeomPtr clipped = hp::adopt(ctx, GEOSIntersection_r(h, GEOSGetGeometryN_r(h, cells.get(), i), box.get()));
    if (!clipped || GEOSisEmpty_r(h, clipped.get())) continue;
    const std::int64_t id = std::int64_t(layer.features.size() + 1);
    hp::Feature f;
    f.fid = id;
    f.attributes.emplace_back(std::in_place_type<std::int64_t>, id);
    f.geometry = hp::toOgr(ctx, clipped.get());
    if (prices) {
      double area = 0, cx = 0, cy = 0;
      GEOSArea_r(h, clipped.get(), &area);
      hp::GeomPtr c = hp::adopt(ctx, GEOSGetCentroid_r(h, clipped.get()));
      GEOSGeomGetX_r(h, c.get(), &cx);
      GEOSGeomGetY_r(h, c.get(), &cy);
      const double east = (cx - x0) / (x1 - x0);
      const double usdPerKm2 = 30000 * (0.6 + 0.8 * east) * noise(rng);
      f.attributes.emplace_back(std::in_place_type<double>, std::round(area / 1e6 * usdPerKm2 * 100) / 100);
    }
    layer.features.push_back(std::move(f));
  }
  return layer;
}

void writeVectors(const std::string& dir, int side, int parcels) {
  const double x1 = kX0 + side * kPixelM, y1 = kY0 - side * kPixelM, px0 = kX0 + kReserveM;
  const int cols = int(std::lround(std::sqrt(double(parcels)))), rows = (parcels + cols - 1) / cols;
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> jitter(-0.35, 0.35);
  std::vector<std::pair<double, double>> seeds;
  const double dx = (x1 - px0) / cols, dy = (kY0 - y1) / rows;
  for (int j = 0; j < rows; ++j)
    for (int i = 0; i < cols && int(seeds.size()) < parcels; ++i)
      seeds.emplace_back(px0 + (i + 0.5 + jitter(rng)) * dx, y1 + (j + 0.5 + jitter(rng)) * dy);
  std::printf("writing %zu parcels, basins and the reserve...\n", seeds.size());
  std::fflush(stdout);
  hp::writeVectorLayer(dir + "/parcels.gpkg", voronoiLayer("parcels", seeds, px0, y1, x1, kY0, true));
  std::vector<std::pair<double, double>> basinSeeds;
  std::uniform_real_distribution<double> ux(kX0, x1), uy(y1, kY0);
  for (int i = 0; i < 9; ++i) basinSeeds.emplace_back(ux(rng), uy(rng));
  hp::writeVectorLayer(dir + "/basins.gpkg", voronoiLayer("basins", basinSeeds, kX0 + 1500, y1 + 1500, x1 - 1500, kY0 - 1500, false));
  // The reserve: the western strip's middle half, touching the first column of parcels.
  const double ry0 = y1 + (kY0 - y1) * 0.25, ry1 = y1 + (kY0 - y1) * 0.75;
  hp::VectorLayer reserve;
  reserve.layerName = "reserve";
  reserve.crs = hp::Crs::fromEpsg(32652);
  OGRGeometry* g = nullptr;
  const std::string wkt = "POLYGON((" + std::to_string(kX0) + " " + std::to_string(ry0) + "," + std::to_string(px0) + " " +
                          std::to_string(ry0) + "," + std::to_string(px0) + " " + std::to_string(ry1) + "," + std::to_string(kX0) +
                          " " + std::to_string(ry1) + "," + std::to_string(kX0) + " " + std::to_string(ry0) + "))";
  OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g);
  reserve.features.push_back({1, {}, OGRGeometryUniquePtr(g)});
  hp::writeVectorLayer(dir + "/reserve.gpkg", reserve);
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  int side = 6000, parcels = 20000, threads = 0;
  double budgetShare = 0.1, timeLimit = 30, blm = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--side") side = std::atoi(next().c_str());
    else if (a == "--parcels") parcels = std::atoi(next().c_str());
    else if (a == "--threads") threads = std::atoi(next().c_str());
    else if (a == "--budget-share") budgetShare = std::atof(next().c_str());
    else if (a == "--time-limit") timeLimit = std::atof(next().c_str());
    else if (a == "--blm") blm = std::atof(next().c_str());
    else dir = a;
  }
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each figure as soon as it is measured
  if (dir.empty()) {
    std::fprintf(stderr,
                 "usage: bench_rank CACHE_DIR [--side N] [--parcels N] [--budget-share F] [--time-limit S] [--blm W] [--threads N]\n");
    return 2;
  }
  try {
    hp::gdal::ensureRegistered();
    std::filesystem::create_directories(dir);
    const std::string canopy = dir + "/canopy.tif";
    if (!std::filesystem::exists(canopy)) writeCanopy(canopy, side);
    if (!std::filesystem::exists(dir + "/reserve.gpkg")) writeVectors(dir, side, parcels);

    hp::VectorReadOptions polygons;
    polygons.polygonsOnly = true;
    const hp::VectorLayer layer = hp::readVectorLayer(dir + "/parcels.gpkg", polygons);
    const hp::VectorLayer reserveLayer = hp::readVectorLayer(dir + "/reserve.gpkg", polygons);
    hp::capacity::CapacityInputs inputs;
    inputs.forestPath = canopy;
    inputs.basins = hp::readVectorLayer(dir + "/basins.gpkg", polygons);
    std::vector<hp::capacity::Region> regions;
    std::vector<double> costs;
    const int priceField = layer.fieldIndex("price_usd");
    double totalCost = 0;
    for (const hp::Feature& f : layer.features) {
      regions.push_back({std::to_string(f.fid), layer.crs, {std::shared_ptr<const OGRGeometry>(f.geometry->clone())}});
      costs.push_back(hp::toNumber(f.attributes[std::size_t(priceField)]).value_or(0));
      totalCost += costs.back();
    }
    hp::capacity::Region reserve{"reserve", reserveLayer.crs, {}};
    for (const hp::Feature& f : reserveLayer.features) reserve.parts.emplace_back(f.geometry->clone());
    hp::capacity::EngineOptions engine;
    engine.threads = threads;
    std::printf("%zu parcels on a %d x %d raster (30 m), %u cores\n", regions.size(), side, side, std::thread::hardware_concurrency());

    // Baseline: the capacity engine, every parcel on its own (what `habitat-cli capacity` does).
    auto t = Clock::now();
    std::vector<hp::capacity::Region> withReserve = regions;
    withReserve.push_back(reserve);
    const auto capacity = hp::capacity::evaluateRegions(inputs, withReserve, {}, {}, engine);
    const double baselineS = secondsSince(t);
    long singles = 0;
    for (const auto& c : capacity) singles += c.leopards;
    std::printf("baseline  capacity engine, one pass:     %7.2f s   (Σ leopards of parcels alone and reserve: %ld)\n", baselineS,
                singles);

    t = Clock::now();
    const hp::ranking::BuiltAtoms built = hp::ranking::buildParcelAtoms(inputs, regions, reserve, {}, {}, engine);
    const double atomsS = secondsSince(t);
    std::printf("atoms     one pass, %zu atoms, %zu touching pairs: %7.2f s   ratio %.2f\n", built.atoms.atoms.size(),
                built.atoms.touching.size(), atomsS, atomsS / baselineS);

    t = Clock::now();
    hp::VectorLayer all = layer.clone();
    for (const hp::Feature& f : reserveLayer.features) all.features.push_back({f.fid, {}, OGRGeometryUniquePtr(f.geometry->clone())});
    hp::ranking::BudgetOptimumOptions options;
    for (const hp::ranking::SelectionEdge& e : hp::ranking::sharedBoundaries(all)) {
      const int n = int(regions.size());
      const int a = e.a < n ? e.a : int(hp::ranking::ParcelAtoms::kReserve), b = e.b < n ? e.b : int(hp::ranking::ParcelAtoms::kReserve);
      if (a != b || a != hp::ranking::ParcelAtoms::kReserve) options.boundaries.push_back({a, b, e.lengthKm});
    }
    const double boundariesS = secondsSince(t);
    std::printf("boundaries shared boundaries (GEOS):      %7.2f s   ratio %.2f\n", boundariesS, boundariesS / baselineS);

    t = Clock::now();
    const std::vector<hp::ranking::OrderStep> order = hp::ranking::greedyOrder(built.atoms, costs);
    const double greedyS = secondsSince(t);
    std::printf("greedy    acquisition order, %zu steps:  %7.2f s   ratio %.2f   (target <= 30 s)\n", order.size(), greedyS,
                greedyS / baselineS);

    options.budget = budgetShare * totalCost;
    options.timeLimitSeconds = timeLimit;
    options.blm = blm;
    options.areasKm2 = built.parcelAreaKm2;
    options.greedyOrder = order;  // as rankParcels does
    t = Clock::now();
    const hp::ranking::BudgetResult best = hp::ranking::optimiseBudget(built.atoms, costs, options);
    const double optimumS = secondsSince(t);
    std::size_t greedyFits = 0;
    long greedyLeopards = 0;
    for (const auto& s : order)
      if (s.cumulativeCost <= options.budget) ++greedyFits, greedyLeopards = s.cumulativeLeopards;
    std::printf("optimum   budget %.0f USD (%.0f %% of %.0f), BLM %g: %7.2f s   ratio %.2f   (target <= 30 s)\n", options.budget,
                100 * budgetShare, totalCost, blm, optimumS, optimumS / baselineS);
    std::printf("          %zu parcels, %ld leopards (%.3f fractional), cost %.0f, boundary %.1f km; greedy prefix: %zu parcels, %ld leopards\n",
                best.parcels.size(), best.leopards, best.leopardsFractional, best.cost, best.boundaryKm, greedyFits, greedyLeopards);
    const long bound = hp::ranking::wholeLeopardUpperBound(built.atoms, costs, options.budget);
    const double objective = double(best.leopards) - blm * best.boundaryKm;
    std::printf("          upper bound %ld leopards: proven gap %.2f %%\n", bound,
                100 * std::max(0.0, double(bound) - objective) / std::max(std::abs(objective), 1e-9));
    std::printf("          proven optimal: %s; gap of the linear start (CBC, %s): %.4f %%; start %ld leopards, %d local-search moves\n",
                best.provenOptimal ? "yes" : "no", hp::ranking::mipStatusName(best.linearStatus), 100 * best.linearGap,
                best.startLeopards, best.localSearchMoves);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_rank: %s\n", e.what());
    return 1;
  }
  return 0;
}
