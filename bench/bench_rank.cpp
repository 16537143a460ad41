// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking pipeline on 20 000 parcels (issue #4: greedy order and budget optimum each within
// 30 s) and on 100 000 (issue #16: with progress and cancel), against a baseline measured in the
// same run: one capacity-engine pass over the same raster and parcels (each parcel on its own).
//
//   bench_rank CACHE_DIR [--side N] [--parcels N] [--budget-share F] [--time-limit S] [--blm W] [--threads N]
//                        [--rank] [--cancel]
//
// The first run writes CACHE_DIR/{canopy.tif, parcels.gpkg, basins.gpkg, reserve.gpkg}; later runs
// reuse them. Prints each phase's time and its ratio to the baseline, the selection and the gap,
// each phase's progress reports (how many, the gaps between them as percentiles: a cancel is heard
// at the next report) and the peak RSS so far. --rank: rankParcels end to end on the same files (what
// `habitat-cli rank` runs), its phase times and proven gap. --cancel: the budget optimum once more,
// cancelled at its first report after half its time limit, and how long the cancel took.
#include <gdal_priv.h>
#include <geos_c.h>
#include <ogr_geometry.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "capacity/CapacityEngine.h"
#include "geo/Error.h"
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

double peakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return double(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

// A phase's progress reports: when each came and its fraction, for the gaps between them.
class ReportWatch {
 public:
  hp::Progress progress(std::function<bool(double, const std::string&)> also = {}) {
    start_ = Clock::now();
    times_.clear();
    fractions_.clear();
    stages_.clear();
    return [this, also](double fraction, const std::string& stage) {
      times_.push_back(secondsSince(start_));
      fractions_.push_back(fraction);
      if (stages_.empty() || stages_.back().second != stage) stages_.emplace_back(times_.size() - 1, stage);
      return also ? also(fraction, stage) : true;
    };
  }
  // "N reports, gap p50/p99/max ... s, largest step ... %, monotone, ends at 1".
  void print(const char* phase) const {
    if (times_.empty()) {
      std::printf("          progress of %s: no reports\n", phase);
      return;
    }
    std::vector<double> gaps{times_.front()};
    double step = fractions_.front();
    bool monotone = true;
    std::size_t longest = 0;
    for (std::size_t k = 1; k < times_.size(); ++k) {
      gaps.push_back(times_[k] - times_[k - 1]);
      if (gaps.back() > gaps[longest]) longest = k;
      step = std::max(step, fractions_[k] - fractions_[k - 1]);
      monotone = monotone && fractions_[k] >= fractions_[k - 1];
    }
    std::vector<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    auto percentile = [&](double q) { return sorted[std::min(sorted.size() - 1, std::size_t(q * double(sorted.size() - 1) + 0.5))]; };
    std::printf("          progress of %s: %zu reports, gap between reports p50 %.4f s, p99 %.4f s, max %.3f s; largest step %.2f %%; %s; last %.3f; peak RSS %.0f MB\n",
                phase, times_.size(), percentile(0.5), percentile(0.99), sorted.back(), 100 * step,
                monotone ? "monotone" : "NOT MONOTONE", fractions_.back(), peakRssMb());
    // Where the longest silence ended: the stage of the report after it, and of the one before.
    auto stageAt = [this](std::size_t k) {
      std::string name;
      for (const auto& [first, stage] : stages_)
        if (first <= k) name = stage;
      return name;
    };
    std::printf("          longest gap %.3f s: from '%s' (at %.3f) to '%s' (at %.3f)\n", gaps[longest],
                longest > 0 ? stageAt(longest - 1).c_str() : "start", longest > 0 ? fractions_[longest - 1] : 0.0,
                stageAt(longest).c_str(), fractions_[longest]);
  }

 private:
  Clock::time_point start_;
  std::vector<double> times_, fractions_;
  std::vector<std::pair<std::size_t, std::string>> stages_;  // first report of each run of one stage
};

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  int side = 6000, parcels = 20000, threads = 0;
  double budgetShare = 0.1, timeLimit = 30, blm = 0;
  bool endToEnd = false, cancel = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--side") side = std::atoi(next().c_str());
    else if (a == "--parcels") parcels = std::atoi(next().c_str());
    else if (a == "--threads") threads = std::atoi(next().c_str());
    else if (a == "--budget-share") budgetShare = std::atof(next().c_str());
    else if (a == "--time-limit") timeLimit = std::atof(next().c_str());
    else if (a == "--blm") blm = std::atof(next().c_str());
    else if (a == "--rank") endToEnd = true;
    else if (a == "--cancel") cancel = true;
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
    auto t = Clock::now();
    if (!std::filesystem::exists(canopy)) writeCanopy(canopy, side);
    if (!std::filesystem::exists(dir + "/reserve.gpkg")) writeVectors(dir, side, parcels);
    const double generateS = secondsSince(t);
    if (generateS > 0.5) std::printf("data      generated in %.1f s\n", generateS);
    ReportWatch watch;

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
    t = Clock::now();
    std::vector<hp::capacity::Region> withReserve = regions;
    withReserve.push_back(reserve);
    const auto capacity = hp::capacity::evaluateRegions(inputs, withReserve, {}, {}, engine);
    const double baselineS = secondsSince(t);
    long singles = 0;
    for (const auto& c : capacity) singles += c.leopards;
    std::printf("baseline  capacity engine, one pass:     %7.2f s   (Σ leopards of parcels alone and reserve: %ld)\n", baselineS,
                singles);

    t = Clock::now();
    const hp::ranking::BuiltAtoms built = hp::ranking::buildParcelAtoms(inputs, regions, reserve, {}, watch.progress(), engine);
    const double atomsS = secondsSince(t);
    std::printf("atoms     one pass, %zu atoms, %zu touching pairs: %7.2f s   ratio %.2f\n", built.atoms.atoms.size(),
                built.atoms.touching.size(), atomsS, atomsS / baselineS);
    watch.print("atoms");

    t = Clock::now();
    hp::VectorLayer all = layer.clone();
    for (const hp::Feature& f : reserveLayer.features) all.features.push_back({f.fid, {}, OGRGeometryUniquePtr(f.geometry->clone())});
    hp::ranking::BudgetOptimumOptions options;
    for (const hp::ranking::SelectionEdge& e : hp::ranking::sharedBoundaries(all, watch.progress())) {
      const int n = int(regions.size());
      const int a = e.a < n ? e.a : int(hp::ranking::ParcelAtoms::kReserve), b = e.b < n ? e.b : int(hp::ranking::ParcelAtoms::kReserve);
      if (a != b || a != hp::ranking::ParcelAtoms::kReserve) options.boundaries.push_back({a, b, e.lengthKm});
    }
    const double boundariesS = secondsSince(t);
    std::printf("boundaries shared boundaries (GEOS):      %7.2f s   ratio %.2f\n", boundariesS, boundariesS / baselineS);
    watch.print("shared boundaries");

    t = Clock::now();
    const std::vector<hp::ranking::OrderStep> order = hp::ranking::greedyOrder(built.atoms, costs, {}, watch.progress());
    const double greedyS = secondsSince(t);
    std::printf("greedy    acquisition order, %zu steps:  %7.2f s   ratio %.2f   (target <= 30 s)\n", order.size(), greedyS,
                greedyS / baselineS);
    watch.print("greedy order");

    options.budget = budgetShare * totalCost;
    options.timeLimitSeconds = timeLimit;
    options.blm = blm;
    options.areasKm2 = built.parcelAreaKm2;
    options.greedyOrder = order;  // as rankParcels does
    t = Clock::now();
    const hp::ranking::BudgetResult best = hp::ranking::optimiseBudget(built.atoms, costs, options, watch.progress());
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
    std::printf("          linear start %.2f s (with boundary: %s), local search %s\n", best.linearSeconds,
                best.linearWithBoundary ? "yes" : "no", best.localSearchStoppedByTime ? "stopped by the time limit" : "converged");
    watch.print("budget optimum");

    if (cancel) {
      // Refuse at the first report after half the time limit, then time how long the call takes to end.
      Clock::time_point refusedAt;
      bool refused = false;
      std::string stage;
      const auto begin = Clock::now();
      t = Clock::now();
      try {
        hp::ranking::optimiseBudget(built.atoms, costs, options, watch.progress([&](double, const std::string& s) {
          if (refused || secondsSince(begin) < 0.5 * timeLimit) return true;
          refused = true;
          stage = s;
          refusedAt = Clock::now();
          return false;
        }));
        std::printf("cancel    the budget optimum ended before half its time limit (%.2f s): nothing to cancel\n", secondsSince(t));
      } catch (const hp::Cancelled&) {
        std::printf("cancel    budget optimum refused at %.2f s (stage '%s'): hp::Cancelled %.4f s later\n",
                    std::chrono::duration<double>(refusedAt - begin).count(), stage.c_str(), secondsSince(refusedAt));
      }
      watch.print("the cancelled budget optimum");
    }

    if (endToEnd) {
      hp::ranking::RankingInputs in;
      in.forestPath = canopy;
      in.basinsPath = dir + "/basins.gpkg";
      in.parcelsPath = dir + "/parcels.gpkg";
      in.reservePath = dir + "/reserve.gpkg";
      hp::ranking::RankingOptions ro;
      ro.budget = options.budget;
      ro.blm = blm;
      ro.timeLimitSeconds = timeLimit;
      t = Clock::now();
      const hp::ranking::RankingResult r = hp::ranking::rankParcels(in, ro, watch.progress());
      const double rankS = secondsSince(t);
      const hp::ranking::RankingSeconds& p = r.phaseSeconds;
      std::printf("rank      rankParcels end to end: %7.2f s   ratio %.2f; reading %.2f, atoms %.2f, boundaries %.2f, greedy %.2f, optimum %.2f (linear start %.2f), table %.2f s\n",
                  rankS, rankS / baselineS, p.reading, p.atoms, p.boundaries, p.greedyOrder, p.budgetOptimum, p.linearStart, p.table);
      std::printf("          %zu parcels, %ld leopards (%.3f fractional), bound %ld: proven gap %.2f %%; linear start %s, gap %.4f %%; time limit reached: %s\n",
                  r.selectedIds.size(), r.leopards, r.leopardsFractional, r.leopardsUpperBound, 100 * r.optimalityGap,
                  r.linearStatus.c_str(), 100 * r.linearGap, r.timeLimitReached ? "yes" : "no");
      watch.print("rankParcels");
    }
    std::printf("peak RSS  %.0f MB\n", peakRssMb());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_rank: %s\n", e.what());
    return 1;
  }
  return 0;
}
