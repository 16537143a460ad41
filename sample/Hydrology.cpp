// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/Hydrology.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <queue>

#include "sample/Noise.h"

namespace hp::sample {

namespace {

constexpr int kDx[8] = {-1, 0, 1, -1, 1, -1, 0, 1};
constexpr int kDy[8] = {-1, -1, -1, 0, 0, 1, 1, 1};

// The relief averaged onto cells twice as large, roughened by a few metres: on a smooth slope steepest
// descent runs dead straight, and rivers in nature wander.
void coarsen(const Terrain& t, Hydrology& h, std::uint32_t seed) {
  const std::uint32_t roughness = streamFor(seed, Purpose::RiverJitter) + 11u;
  const Grid<float>& e = t.elevationM;
  h.elevationM = Grid<float>((e.width + 1) / 2, (e.height + 1) / 2, e.originX, e.originY, 2 * e.cellSizeM, 0.0f);
  h.slope = h.elevationM.like(0.0f);
  h.land = h.elevationM.like<std::uint8_t>(0);
  for (int row = 0; row < h.elevationM.height; ++row)
    for (int col = 0; col < h.elevationM.width; ++col) {
      double elevation = 0, landness = 0, slope = 0;
      for (int k = 0; k < 4; ++k) {
        const int c = std::min(2 * col + (k & 1), e.width - 1), r = std::min(2 * row + (k >> 1), e.height - 1);
        elevation += e.at(c, r);
        landness += t.landness.at(c, r);
        slope += t.slope.at(c, r);
      }
      const double xKm = (h.elevationM.centerX(col) - e.originX) / 1000, yKm = (e.originY - h.elevationM.centerY(row)) / 1000;
      h.elevationM.at(col, row) = float(elevation / 4 + 12 * fractalNoise(xKm / 1.5, yKm / 1.5, roughness, 3));
      h.slope.at(col, row) = float(slope / 4);
      h.land.at(col, row) = landness > 0 ? 1 : 0;
    }
}

// Priority flood (Barnes, Lehman & Mulla 2014) from every outlet, always growing into the lowest cell on
// the front: each land cell drains to the neighbour it was reached from. The elevations are left as they
// are, so a pit drains by a channel breached through its rim along the lowest ground instead of across a
// filled flat (where flow runs in straight lines). Returns the cells in the order they were reached,
// downstream before upstream, and each cell's outlet number.
std::vector<std::int32_t> floodFromOutlets(Hydrology& h, std::vector<std::int32_t>& outletOf) {
  const int w = h.land.width, ht = h.land.height;
  h.downstream = h.land.like<std::int32_t>(-2);
  outletOf.assign(h.land.cells.size(), -1);
  struct Item {
    float elevation;
    std::uint32_t order;  // ties go first-come, first-served: the same queue every run
    std::int32_t cell;
  };
  auto later = [](const Item& a, const Item& b) {
    return a.elevation > b.elevation || (a.elevation == b.elevation && a.order > b.order);
  };
  std::priority_queue<Item, std::vector<Item>, decltype(later)> open(later);
  std::uint32_t order = 0;
  std::int32_t outlets = 0;
  for (int row = 0; row < ht; ++row)
    for (int col = 0; col < w; ++col) {
      if (!h.land.at(col, row)) continue;
      bool outlet = col == 0 || row == 0 || col == w - 1 || row == ht - 1;
      for (int k = 0; k < 8 && !outlet; ++k) outlet = !h.land.at(col + kDx[k], row + kDy[k]);
      if (!outlet) continue;
      const auto cell = std::int32_t(h.land.index(col, row));
      h.downstream.cells[cell] = -1;
      outletOf[cell] = outlets++;
      open.push({h.elevationM.cells[cell], order++, cell});
    }

  std::vector<std::int32_t> reached;
  reached.reserve(h.land.cells.size());
  while (!open.empty()) {
    const Item item = open.top();
    open.pop();
    reached.push_back(item.cell);
    const int col = item.cell % w, row = item.cell / w;
    for (int k = 0; k < 8; ++k) {
      const int c = col + kDx[k], r = row + kDy[k];
      if (!h.land.contains(c, r)) continue;
      const auto next = std::int32_t(h.land.index(c, r));
      if (!h.land.cells[next] || h.downstream.cells[next] != -2) continue;
      h.downstream.cells[next] = item.cell;
      outletOf[next] = outletOf[item.cell];
      open.push({h.elevationM.cells[next], order++, next});
    }
  }
  return reached;
}

// Gives every sea cell the label of the nearest land (breadth first, 4-connected), so that the fine
// basin raster can look up a label anywhere near the coast.
void spreadOverSea(const Grid<std::uint8_t>& land, std::vector<std::int32_t>& label) {
  const int w = land.width;
  std::deque<std::int32_t> queue;
  for (std::size_t i = 0; i < label.size(); ++i)
    if (label[i] >= 0) queue.push_back(std::int32_t(i));
  while (!queue.empty()) {
    const std::int32_t cell = queue.front();
    queue.pop_front();
    const int col = cell % w, row = cell / w;
    for (const auto& [dc, dr] : {std::pair{1, 0}, std::pair{-1, 0}, std::pair{0, 1}, std::pair{0, -1}}) {
      if (!land.contains(col + dc, row + dr)) continue;
      const auto next = std::int32_t(land.index(col + dc, row + dr));
      if (label[next] >= 0) continue;
      label[next] = label[cell];
      queue.push_back(next);
    }
  }
}

// Merges the watersheds of single outlets into a handful of river basins. Returns the basin of each
// outlet label, numbered by land area, largest first.
std::vector<std::int32_t> mergeBasins(const Hydrology& h, const std::vector<std::int32_t>& label, int labels) {
  std::vector<double> area(labels, 0.0);
  for (std::size_t i = 0; i < label.size(); ++i)
    if (h.land.cells[i]) area[label[i]] += 1;
  double landCells = 0;
  for (double a : area) landCells += a;

  // Shared border, counted in cell edges. Borders through the sea count a thousandth, so that an
  // island or coastal strip joins a basin it touches on land when it can.
  std::vector<std::map<std::int32_t, double>> border(labels);
  const int w = h.land.width, ht = h.land.height;
  for (int row = 0; row < ht; ++row)
    for (int col = 0; col < w; ++col) {
      const std::size_t i = h.land.index(col, row);
      for (const auto& [dc, dr] : {std::pair{1, 0}, std::pair{0, 1}}) {
        if (!h.land.contains(col + dc, row + dr)) continue;
        const std::size_t j = h.land.index(col + dc, row + dr);
        if (label[i] == label[j]) continue;
        const double weight = (h.land.cells[i] && h.land.cells[j]) ? 1.0 : 0.001;
        border[label[i]][label[j]] += weight;
        border[label[j]][label[i]] += weight;
      }
    }

  std::vector<std::int32_t> parent(labels);
  for (int i = 0; i < labels; ++i) parent[i] = i;
  std::vector<std::int32_t> active(labels);
  for (int i = 0; i < labels; ++i) active[i] = i;
  while (active.size() > 1) {
    std::size_t smallest = 0;
    for (std::size_t k = 1; k < active.size(); ++k)
      if (area[active[k]] < area[active[smallest]]) smallest = k;
    const std::int32_t a = active[smallest];
    const int count = int(active.size());
    const bool tooMany = count > kMaxBasins;
    const bool tooSmall = count > kMinBasins && area[a] < kMinBasinShare * landCells;
    if (!tooMany && !tooSmall) break;
    if (border[a].empty()) break;  // a single label covers everything left
    std::int32_t b = -1;
    double best = -1;
    for (const auto& [other, weight] : border[a])  // std::map: ties go to the lower label
      if (weight > best) best = weight, b = other;
    for (const auto& [other, weight] : border[a]) {
      border[other].erase(a);
      if (other == b) continue;
      border[b][other] += weight;
      border[other][b] += weight;
    }
    border[a].clear();
    area[b] += area[a];
    parent[a] = b;
    active.erase(active.begin() + std::ptrdiff_t(smallest));
  }

  std::sort(active.begin(), active.end(), [&](std::int32_t x, std::int32_t y) {
    return area[x] > area[y] || (area[x] == area[y] && x < y);
  });
  std::vector<std::int32_t> rank(labels, -1);
  for (std::size_t k = 0; k < active.size(); ++k) rank[active[k]] = std::int32_t(k);
  std::vector<std::int32_t> basinOf(labels);
  for (int i = 0; i < labels; ++i) {
    std::int32_t root = i;
    while (parent[root] != root) root = parent[root];
    basinOf[i] = rank[root];
  }
  return basinOf;
}

// Where a river leaves the grid: the lowest sea neighbour, or half a cell past the edge.
Point mouthBeyond(const Hydrology& h, int col, int row) {
  const Grid<float>& g = h.elevationM;
  int bestK = -1;
  for (int k = 0; k < 8; ++k) {
    const int c = col + kDx[k], r = row + kDy[k];
    if (g.contains(c, r) && !h.land.at(c, r) && (bestK < 0 || g.at(c, r) < g.at(col + kDx[bestK], row + kDy[bestK])))
      bestK = k;
  }
  if (bestK >= 0) return {g.centerX(col + kDx[bestK]), g.centerY(row + kDy[bestK])};
  const double dx = col == 0 ? -1 : col == g.width - 1 ? 1 : 0;
  const double dy = row == 0 ? 1 : row == g.height - 1 ? -1 : 0;
  return {g.centerX(col) + dx * g.cellSizeM, g.centerY(row) + dy * g.cellSizeM};
}

// Rivers: every cell draining at least kRiverThresholdKm2, traced from each head down to the coast, the
// edge or the river it joins. Width grows with the logarithm of upstream area, from 45 to 260 m.
std::vector<Polyline> traceRivers(const Hydrology& h, std::uint32_t seed) {
  const std::uint32_t jitter = streamFor(seed, Purpose::RiverJitter);
  const std::size_t n = h.land.cells.size();
  const int w = h.land.width;
  auto isRiver = [&](std::size_t i) { return h.land.cells[i] && h.drainageKm2.cells[i] >= kRiverThresholdKm2; };
  std::vector<std::uint8_t> hasRiverAbove(n, 0), traced(n, 0);
  for (std::size_t i = 0; i < n; ++i)
    if (isRiver(i) && h.downstream.cells[i] >= 0) hasRiverAbove[h.downstream.cells[i]] = 1;
  auto widthAt = [&](std::size_t i) {
    return std::min(260.0, 45 + 40 * std::log2(h.drainageKm2.cells[i] / kRiverThresholdKm2));
  };

  std::vector<Polyline> rivers;
  for (std::size_t head = 0; head < n; ++head) {
    if (!isRiver(head) || hasRiverAbove[head]) continue;
    Polyline line;
    auto cell = std::int32_t(head);
    while (true) {
      const int col = cell % w, row = cell / w;
      line.points.push_back(jitteredCenter(h.elevationM, col, row, jitter, 0.3));
      line.widthsM.push_back(widthAt(std::size_t(cell)));
      if (traced[cell]) break;  // joined a river already drawn
      traced[cell] = 1;
      const std::int32_t next = h.downstream.cells[cell];
      if (next < 0) {
        line.points.push_back(mouthBeyond(h, col, row));
        line.widthsM.push_back(line.widthsM.back());
        break;
      }
      cell = next;
    }
    if (line.points.size() >= 2) rivers.push_back(smoothed(line, 2));
  }
  return rivers;
}

}  // namespace

Hydrology analyseHydrology(const Terrain& terrain, std::uint32_t seed) {
  Hydrology h;
  coarsen(terrain, h, seed);
  std::vector<std::int32_t> outletOf;
  const std::vector<std::int32_t> reached = floodFromOutlets(h, outletOf);

  const double cellKm2 = h.land.cellSizeM * h.land.cellSizeM / 1e6;
  h.drainageKm2 = h.land.like(0.0f);
  for (std::size_t i = 0; i < h.land.cells.size(); ++i)
    if (h.land.cells[i]) h.drainageKm2.cells[i] = float(cellKm2);
  for (auto it = reached.rbegin(); it != reached.rend(); ++it)
    if (const std::int32_t down = h.downstream.cells[*it]; down >= 0) h.drainageKm2.cells[down] += h.drainageKm2.cells[*it];

  int outlets = 0;
  for (std::int32_t o : outletOf) outlets = std::max(outlets, o + 1);
  std::vector<std::int32_t> label = outletOf;
  spreadOverSea(h.land, label);
  const std::vector<std::int32_t> basinOf = mergeBasins(h, label, outlets);
  h.basin = h.land.like<std::int32_t>(0);
  for (std::size_t i = 0; i < label.size(); ++i) h.basin.cells[i] = label[i] >= 0 ? basinOf[label[i]] : 0;
  h.basinCount = 0;
  for (std::int32_t b : basinOf) h.basinCount = std::max(h.basinCount, b + 1);

  h.rivers = traceRivers(h, seed);
  return h;
}

}  // namespace hp::sample
