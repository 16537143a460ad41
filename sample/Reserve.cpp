// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/Reserve.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "geo/Error.h"
#include "sample/GeosUtil.h"
#include "sample/Noise.h"

namespace hp::sample {

namespace {

// The all-land point in the western third with the highest mean canopy within 4.5 km, like the real park's
// core in the Borisovskoe plateau and the Black Mountains on the Chinese border.
Point reserveCentre(const Region& region, const Grid<float>& blockCanopy) {
  const Grid<float>& g = blockCanopy;
  const int reach = int(std::round(4500 / g.cellSizeM));
  double best = -1;
  Point centre{region.extent.minX + 15000, region.extent.centerY()};
  for (int row = 0; row < g.height; ++row) {
    const double y = g.centerY(row);
    if (y < region.extent.minY + 25000 || y > region.extent.maxY - 25000) continue;
    for (int col = 0; col < g.width; ++col) {
      const double x = g.centerX(col);
      if (x < region.extent.minX + 6000 || x > region.extent.minX + 30000) continue;
      double sum = 0;
      int count = 0;
      bool allLand = true;
      for (int r = row - reach; r <= row + reach && allLand; r += 2)
        for (int c = col - reach; c <= col + reach; c += 2) {
          const float v = g.at(std::clamp(c, 0, g.width - 1), std::clamp(r, 0, g.height - 1));
          if (v < 0) {
            allLand = false;
            break;
          }
          sum += v;
          ++count;
        }
      if (allLand && count && sum / count > best) best = sum / count, centre = {x, y};
    }
  }
  return centre;
}

}  // namespace

GeomPtr makeReserve(std::vector<Parcel>& parcels, const Region& region, const Grid<float>& blockCanopy,
                    std::uint32_t seed, const GeosContext& ctx) {
  const Point centre = reserveCentre(region, blockCanopy);
  const std::uint32_t stream = streamFor(seed, Purpose::Reserve);
  struct Ranked {
    double distance;
    std::size_t index;
  };
  std::vector<Ranked> ranked;
  for (std::size_t i = 0; i < parcels.size(); ++i) {
    const Parcel& p = parcels[i];
    if (p.use == LandUse::Village) continue;
    // A 12 x 20 km ellipse (north-south, along the border), its edge roughened by the parcels themselves.
    const double d = std::hypot((p.seed.x - centre.x) / 12000, (p.seed.y - centre.y) / 20000) *
                     (0.85 + 0.3 * hashUnit(p.id, 0, stream));
    ranked.push_back({d, i});
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return a.distance < b.distance || (a.distance == b.distance && a.index < b.index);
  });
  std::vector<GeomPtr> chosen;
  double areaKm2 = 0;
  for (const Ranked& r : ranked) {
    if (areaKm2 >= kReserveTargetKm2) break;
    Parcel& p = parcels[r.index];
    p.inReserve = true;
    areaKm2 += p.areaHa / 100;
    chosen.push_back(adoptOrThrow(ctx, GEOSGeom_clone_r(ctx.handle(), p.shape.get()), "copying"));
  }
  if (chosen.empty()) throw Error(ErrorCode::InvalidInput, {}, "the sample region has no parcels for a reserve");
  GeomPtr all = collect(ctx, std::move(chosen), GEOS_GEOMETRYCOLLECTION);
  GeomPtr reserve = adopt(ctx, GEOSCoverageUnion_r(ctx.handle(), all.get()));
  if (!reserve) reserve = adoptOrThrow(ctx, GEOSUnaryUnion_r(ctx.handle(), all.get()), "joining the reserve");
  return validPolygonal(ctx, std::move(reserve));
}

VectorLayer reserveLayer(const GEOSGeometry* reserve, const GeosContext& ctx) {
  VectorLayer layer;
  layer.layerName = "reserve";
  layer.crs = Crs::fromEpsg(kSampleEpsg);
  layer.fields = {{"name", FieldType::String}, {"area_km2", FieldType::Real}};
  Feature f;
  f.fid = 1;
  f.attributes = {std::string(kReserveName), std::round(areaOf(ctx, reserve) / 1e4) / 100};
  f.geometry = toOgr(ctx, reserve);
  layer.features.push_back(std::move(f));
  return layer;
}

}  // namespace hp::sample
