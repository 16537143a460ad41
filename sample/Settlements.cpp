// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/Settlements.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

#include "sample/Noise.h"

namespace hp::sample {

namespace {

constexpr int kDx[8] = {-1, 0, 1, -1, 1, -1, 0, 1};
constexpr int kDy[8] = {-1, -1, -1, 0, 0, 1, 1, 1};
constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Candidate {
  double score;
  std::int32_t cell;
};

std::vector<Settlement> choosePlaces(const Hydrology& h, std::uint32_t seed) {
  const std::uint32_t stream = streamFor(seed, Purpose::Settlements);
  const Grid<std::uint8_t>& land = h.land;
  // Keep 2 km off the region's edges, so each village lies wholly inside.
  const int margin = int(std::ceil(2000 / land.cellSizeM));
  std::vector<Candidate> candidates;
  for (int row = margin; row < land.height - margin; ++row)
    for (int col = margin; col < land.width - margin; ++col) {
      const std::size_t i = land.index(col, row);
      if (!land.cells[i] || h.elevationM.cells[i] > 70 || h.slope.cells[i] > 0.05) continue;
      bool coastal = false;
      for (int r = row - 3; r <= row + 3 && !coastal; ++r)
        for (int c = col - 3; c <= col + 3 && !coastal; ++c) coastal = !land.at(c, r);
      const double river = std::log1p(h.drainageKm2.cells[i]);
      if (!coastal && river < std::log1p(8.0)) continue;  // villages sit on a river or the sea
      const double score = 0.6 * river + (coastal ? 1.5 : 0.0) - h.elevationM.cells[i] / 60 + 1.2 * hashUnit(col, row, stream);
      candidates.push_back({score, std::int32_t(i)});
    }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.score > b.score || (a.score == b.score && a.cell < b.cell);
  });

  std::vector<Settlement> places;
  for (const Candidate& c : candidates) {
    const Point p{land.centerX(c.cell % land.width), land.centerY(c.cell / land.width)};
    const bool spaced = std::all_of(places.begin(), places.end(), [&](const Settlement& s) {
      return std::hypot(s.center.x - p.x, s.center.y - p.y) >= kMinSettlementSpacingM;
    });
    if (!spaced) continue;
    // The first and best placed is the district town (like Slavyanka), the others villages of 0.5-1.2 km.
    const double radius = places.empty() ? 1900 : 500 + 700 * hashUnit(c.cell, 1, stream);
    places.push_back({p, radius});
    if (int(places.size()) == kMaxSettlements) break;
  }
  return places;
}

// Least-cost distances from one cell over land, with each cell's predecessor on its cheapest path.
struct CostField {
  std::vector<double> cost;
  std::vector<std::int32_t> previous;
};

CostField leastCost(const Hydrology& h, const std::vector<double>& stepCost, std::int32_t from) {
  const Grid<std::uint8_t>& land = h.land;
  CostField f{std::vector<double>(land.cells.size(), kInfinity), std::vector<std::int32_t>(land.cells.size(), -1)};
  using Item = std::pair<double, std::int32_t>;  // (cost, cell): ties go to the lower cell
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> open;
  f.cost[from] = 0;
  open.push({0, from});
  while (!open.empty()) {
    const auto [cost, cell] = open.top();
    open.pop();
    if (cost > f.cost[cell]) continue;
    const int col = cell % land.width, row = cell / land.width;
    for (int k = 0; k < 8; ++k) {
      const int c = col + kDx[k], r = row + kDy[k];
      if (!land.contains(c, r)) continue;
      const auto next = std::int32_t(land.index(c, r));
      if (!std::isfinite(stepCost[next])) continue;
      const double length = (kDx[k] != 0 && kDy[k] != 0) ? 1.41421356237 : 1.0;
      const double total = cost + length * 0.5 * (stepCost[cell] + stepCost[next]);
      if (total < f.cost[next]) {
        f.cost[next] = total;
        f.previous[next] = cell;
        open.push({total, next});
      }
    }
  }
  return f;
}

Polyline roadAlong(const Hydrology& h, const CostField& field, std::int32_t to, std::uint32_t jitter) {
  Polyline road;
  for (std::int32_t cell = to; cell >= 0; cell = field.previous[cell]) {
    road.points.push_back(jitteredCenter(h.elevationM, cell % h.land.width, cell / h.land.width, jitter, 0.25));
    road.widthsM.push_back(30);
  }
  return smoothed(road, 2);
}

}  // namespace

Settlements placeSettlements(const Hydrology& h, std::uint32_t seed) {
  Settlements s;
  s.places = choosePlaces(h, seed);
  if (s.places.empty()) return s;

  // A step over flat lowland costs about 1; a 10 % slope triples it and every 100 m of height adds a half,
  // so roads keep to the valleys; the noise bends them round ground that is wet or owned by someone else.
  const std::uint32_t detour = streamFor(seed, Purpose::RoadJitter) + 3u;
  std::vector<double> stepCost(h.land.cells.size(), kInfinity);
  for (int row = 0; row < h.land.height; ++row)
    for (int col = 0; col < h.land.width; ++col) {
      const std::size_t i = h.land.index(col, row);
      if (!h.land.cells[i]) continue;
      const double xKm = (h.land.centerX(col) - h.land.originX) / 1000, yKm = (h.land.originY - h.land.centerY(row)) / 1000;
      stepCost[i] = 1 + 20 * h.slope.cells[i] + h.elevationM.cells[i] / 200 +
                    2.0 * (1 + fractalNoise(xKm / 2, yKm / 2, detour, 3)) +
                    (h.drainageKm2.cells[i] >= kRiverThresholdKm2 ? 1.0 : 0.0);
    }

  const std::uint32_t jitter = streamFor(seed, Purpose::RoadJitter);
  std::vector<std::int32_t> cells;
  std::vector<CostField> fields;
  for (const Settlement& p : s.places) {
    cells.push_back(std::int32_t(h.land.index(h.land.colOf(p.center.x), h.land.rowOf(p.center.y))));
    fields.push_back(leastCost(h, stepCost, cells.back()));
  }

  // Prim's minimum spanning tree over the least-cost distances, starting from the town.
  const std::size_t n = s.places.size();
  std::vector<bool> joined(n, false);
  joined[0] = true;
  for (std::size_t added = 1; added < n; ++added) {
    std::size_t bestFrom = 0, bestTo = 0;
    double best = kInfinity;
    for (std::size_t a = 0; a < n; ++a) {
      if (!joined[a]) continue;
      for (std::size_t b = 0; b < n; ++b)
        if (!joined[b] && fields[a].cost[cells[b]] < best) best = fields[a].cost[cells[b]], bestFrom = a, bestTo = b;
    }
    if (!std::isfinite(best)) break;  // the rest lie on islands
    joined[bestTo] = true;
    s.roads.push_back(roadAlong(h, fields[bestFrom], cells[bestTo], jitter));
  }

  // Roads out of the region: north from the northernmost settlement, west from the westernmost.
  auto exitRoad = [&](std::size_t from, bool north) {
    std::int32_t bestCell = -1;
    double best = kInfinity;
    const int count = north ? h.land.width : h.land.height;
    for (int k = 0; k < count; ++k) {
      const auto cell = std::int32_t(north ? h.land.index(k, 0) : h.land.index(0, k));
      if (fields[from].cost[cell] < best) best = fields[from].cost[cell], bestCell = cell;
    }
    if (bestCell >= 0) s.roads.push_back(roadAlong(h, fields[from], bestCell, jitter));
  };
  std::size_t northmost = 0, westmost = 0;
  for (std::size_t k = 1; k < n; ++k) {
    if (s.places[k].center.y > s.places[northmost].center.y) northmost = k;
    if (s.places[k].center.x < s.places[westmost].center.x) westmost = k;
  }
  exitRoad(northmost, true);
  exitRoad(westmost, false);
  return s;
}

}  // namespace hp::sample
