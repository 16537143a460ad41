// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/Parcels.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sample/ForestCover.h"
#include "sample/GeosUtil.h"
#include "sample/Noise.h"

namespace hp::sample {

namespace {

constexpr int kCandidateSites = 40000;

double villageDistance(const Settlements& s, Point p) {
  double best = std::numeric_limits<double>::infinity();
  for (const Settlement& v : s.places) best = std::min(best, std::hypot(p.x - v.center.x, p.y - v.center.y) - v.radiusM);
  return std::max(best, 0.0);
}

// How far a site here keeps from its neighbours: sparse in the forest, dense on open land, densest
// within 2.5 km of a village.
double spacingAt(double meanCanopy, double toVillageM) {
  const double open = 1 - smoothstep(25, 65, meanCanopy);
  double spacing = kForestSpacingM + (kFarmSpacingM - kForestSpacingM) * open;
  if (toVillageM < 2500) spacing = std::min(spacing, kVillageSpacingM + 0.3 * toVillageM);
  return spacing;
}

struct Site {
  Point p;
  double spacingM;
};

// Dart throwing: candidates in a fixed pseudo-random order, each kept when it is far enough from every
// site kept before. Neighbours are looked up in buckets as wide as the largest spacing.
std::vector<Site> throwSites(const Region& region, const Grid<std::uint8_t>& canopy, const Grid<float>& blockCanopy,
                             const Settlements& settlements, std::uint32_t seed) {
  Random random(streamFor(seed, Purpose::ParcelSeeds));
  const double bucketM = kForestSpacingM;
  const int bw = int(std::ceil(region.extent.width() / bucketM)), bh = int(std::ceil(region.extent.height() / bucketM));
  std::vector<std::vector<int>> buckets(std::size_t(bw) * bh);
  std::vector<Site> sites;
  for (int k = 0; k < kCandidateSites; ++k) {
    const Point p{random.uniform(region.extent.minX, region.extent.maxX), random.uniform(region.extent.minY, region.extent.maxY)};
    if (canopy.at(canopy.colOf(p.x), canopy.rowOf(p.y)) == kSeaNodata) continue;
    const double mean = blockCanopy.at(blockCanopy.colOf(p.x), blockCanopy.rowOf(p.y));
    const double spacing = spacingAt(mean < 0 ? 0 : mean, villageDistance(settlements, p));
    const int bx = std::min(int((p.x - region.extent.minX) / bucketM), bw - 1);
    const int by = std::min(int((p.y - region.extent.minY) / bucketM), bh - 1);
    bool free = true;
    for (int y = std::max(by - 1, 0); y <= std::min(by + 1, bh - 1) && free; ++y)
      for (int x = std::max(bx - 1, 0); x <= std::min(bx + 1, bw - 1) && free; ++x)
        for (int i : buckets[std::size_t(y) * bw + x]) {
          const Site& s = sites[std::size_t(i)];
          if (std::hypot(s.p.x - p.x, s.p.y - p.y) < 0.5 * (spacing + s.spacingM)) {
            free = false;
            break;
          }
        }
    if (!free) continue;
    buckets[std::size_t(by) * bw + bx].push_back(int(sites.size()));
    sites.push_back({p, spacing});
  }
  return sites;
}

// One Voronoi cell cut to the region and the land.
GeomPtr clipCell(const GeosContext& ctx, const GEOSGeometry* cell, const Region& region, const GEOSGeometry* land,
                 const GEOSPreparedGeometry* preparedLand) {
  const Extent& e = region.extent;
  GeomPtr inRegion = adoptOrThrow(ctx, GEOSClipByRect_r(ctx.handle(), cell, e.minX, e.minY, e.maxX, e.maxY), "clipping a parcel");
  inRegion = validPolygonal(ctx, std::move(inRegion));
  if (!inRegion) return inRegion;
  if (GEOSPreparedContainsProperly_r(ctx.handle(), preparedLand, inRegion.get()) == 1) return inRegion;
  // Only the land near the cell takes part in the exact intersection: the coast has many vertices.
  double x0, y0, x1, y1;
  GEOSGeom_getXMin_r(ctx.handle(), inRegion.get(), &x0);
  GEOSGeom_getYMin_r(ctx.handle(), inRegion.get(), &y0);
  GEOSGeom_getXMax_r(ctx.handle(), inRegion.get(), &x1);
  GEOSGeom_getYMax_r(ctx.handle(), inRegion.get(), &y1);
  const double pad = 100;
  GeomPtr nearLand = validPolygonal(
      ctx, adoptOrThrow(ctx, GEOSClipByRect_r(ctx.handle(), land, x0 - pad, y0 - pad, x1 + pad, y1 + pad), "clipping the land"));
  if (!nearLand) return nearLand;
  GeomPtr cut = adoptOrThrow(ctx, GEOSIntersection_r(ctx.handle(), inRegion.get(), nearLand.get()), "cutting a parcel to the land");
  return validPolygonal(ctx, polygonalPart(ctx, cut.get()));
}

}  // namespace

std::vector<Parcel> makeParcels(const Region& region, const Grid<std::uint8_t>& canopy, const Grid<float>& blockCanopy,
                                const Settlements& settlements, const GEOSGeometry* land, std::uint32_t seed,
                                const GeosContext& ctx, const Progress& progress, double from, double to) {
  const std::vector<Site> sites = throwSites(region, canopy, blockCanopy, settlements, seed);
  reportProgress(progress, from + 0.1 * (to - from), "parcels");
  if (sites.empty()) return {};

  std::vector<GeomPtr> points;
  for (const Site& s : sites) points.push_back(adoptOrThrow(ctx, GEOSGeom_createPointFromXY_r(ctx.handle(), s.p.x, s.p.y), "making a point"));
  GeomPtr multipoint = collect(ctx, std::move(points), GEOS_MULTIPOINT);
  const Extent& e = region.extent;
  GeomPtr frame = adoptOrThrow(ctx, GEOSGeom_createRectangle_r(ctx.handle(), e.minX, e.minY, e.maxX, e.maxY), "making the frame");
  GeomPtr diagram = adoptOrThrow(ctx, GEOSVoronoiDiagram_r(ctx.handle(), multipoint.get(), frame.get(), 0.0, 0), "Voronoi diagram");
  PreparedPtr preparedLand = prepare(ctx, land);

  std::vector<Parcel> parcels;
  const int cells = GEOSGetNumGeometries_r(ctx.handle(), diagram.get());
  for (int i = 0; i < cells; ++i) {
    if (i % 32 == 0) reportProgress(progress, from + (to - from) * (0.1 + 0.9 * i / cells), "parcels");
    const GEOSGeometry* cell = GEOSGetGeometryN_r(ctx.handle(), diagram.get(), i);
    // Cells come in the triangulation's order, not the sites'. A Voronoi cell is convex, so its centroid
    // lies inside it, and the site nearest to any point inside a cell is that cell's site.
    GeomPtr centroid = adoptOrThrow(ctx, GEOSGetCentroid_r(ctx.handle(), cell), "centroid");
    double cx = 0, cy = 0;
    GEOSGeomGetX_r(ctx.handle(), centroid.get(), &cx);
    GEOSGeomGetY_r(ctx.handle(), centroid.get(), &cy);
    std::size_t owner = 0;
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t s = 0; s < sites.size(); ++s)
      if (const double d = std::hypot(sites[s].p.x - cx, sites[s].p.y - cy); d < best) best = d, owner = s;

    GeomPtr shape = clipCell(ctx, cell, region, land, preparedLand.get());
    if (!shape || GEOSisEmpty_r(ctx.handle(), shape.get())) continue;
    Parcel p;
    p.shape = std::move(shape);
    p.seed = sites[owner].p;
    p.areaHa = areaOf(ctx, p.shape.get()) / 1e4;
    p.villageDistanceM = villageDistance(settlements, p.seed);
    const double mean = blockCanopy.at(blockCanopy.colOf(p.seed.x), blockCanopy.rowOf(p.seed.y));
    p.use = p.villageDistanceM < 1000 ? LandUse::Village : mean < 40 ? LandUse::Farmland : LandUse::Forest;
    parcels.push_back(std::move(p));
  }

  // Cadastral numbering: 5 km bands from the north, west to east within a band.
  auto band = [&](const Parcel& p) { return int((e.maxY - p.seed.y) / 5000); };
  std::sort(parcels.begin(), parcels.end(), [&](const Parcel& a, const Parcel& b) {
    const int ba = band(a), bb = band(b);
    if (ba != bb) return ba < bb;
    if (a.seed.x != b.seed.x) return a.seed.x < b.seed.x;
    return a.seed.y > b.seed.y;
  });
  for (std::size_t i = 0; i < parcels.size(); ++i) parcels[i].id = int(i) + 1;
  return parcels;
}

namespace {

const char* useName(LandUse use) {
  switch (use) {
    case LandUse::Village: return "village";
    case LandUse::Farmland: return "farmland";
    case LandUse::Forest: return "forest";
  }
  return "forest";
}

// Picks from weighted choices with a uniform number u in [0, 1).
template <std::size_t N>
const char* pick(const std::pair<const char*, double> (&choices)[N], double u) {
  double total = 0;
  for (const auto& c : choices) total += c.second;
  double acc = 0;
  for (const auto& c : choices) {
    acc += c.second / total;
    if (u < acc) return c.first;
  }
  return choices[N - 1].first;
}

}  // namespace

VectorLayer parcelsLayer(const std::vector<Parcel>& parcels, std::uint32_t seed, const GeosContext& ctx) {
  const std::uint32_t stream = streamFor(seed, Purpose::ParcelAttributes);
  VectorLayer layer;
  layer.layerName = "parcels";
  layer.crs = Crs::fromEpsg(kSampleEpsg);
  layer.fields = {{"parcel_id", FieldType::Integer}, {"owner", FieldType::String},   {"status", FieldType::String},
                  {"price_usd", FieldType::Real},    {"area_ha", FieldType::Real},   {"land_use", FieldType::String}};
  for (const Parcel& p : parcels) {
    auto draw = [&](int k) { return hashUnit(p.id, k, stream); };
    const char* owner;
    const char* status;
    double usdPerHa;
    // Land prices of the Russian Far East, roughly: village plots dear, farmland middling, forest cheap and
    // cheaper the further from a road or village.
    const double nearness = std::exp(-p.villageDistanceM / 8000);
    switch (p.use) {
      case LandUse::Village:
        owner = pick({{"municipal", 5}, {"private", 4}, {"lease", 1}}, draw(1));
        status = pick({{"available", 3}, {"under negotiation", 2}, {"not for sale", 5}}, draw(2));
        usdPerHa = 1500 + 1500 * draw(3);
        break;
      case LandUse::Farmland:
        owner = pick({{"private", 5}, {"lease", 3}, {"state", 2}}, draw(1));
        status = pick({{"available", 45}, {"under negotiation", 25}, {"not for sale", 30}}, draw(2));
        usdPerHa = (300 + 700 * draw(3)) * (1 + 0.5 * nearness);
        break;
      case LandUse::Forest:
      default:
        owner = pick({{"state", 65}, {"lease", 25}, {"municipal", 6}, {"indigenous community", 4}}, draw(1));
        status = pick({{"available", 40}, {"under negotiation", 15}, {"not for sale", 45}}, draw(2));
        usdPerHa = (50 + 150 * draw(3)) * (1 + nearness);
        break;
    }
    if (p.inReserve) owner = "state", status = "protected";
    // Priced to the hundred dollars, never below a hundred.
    const double price = std::max(100.0, std::round(usdPerHa * p.areaHa / 100) * 100);
    Feature f;
    f.fid = p.id;
    f.attributes = {std::int64_t(p.id), std::string(owner), std::string(status), price,
                    std::round(p.areaHa * 100) / 100, std::string(useName(p.use))};
    f.geometry = toOgr(ctx, p.shape.get());
    layer.features.push_back(std::move(f));
  }
  return layer;
}

}  // namespace hp::sample
