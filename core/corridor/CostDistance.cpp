// SPDX-License-Identifier: GPL-3.0-or-later
#include "corridor/CostDistance.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace hp::corridor {

CostSurface accumulateCost(const ResistanceCells& grid, const std::vector<std::int32_t>& sources,
                           const Progress& progress) {
  const std::size_t n = grid.size();
  CostSurface s;
  s.cost.assign(n, std::numeric_limits<double>::infinity());
  s.from.assign(n, -1);
  using Entry = std::pair<double, std::int32_t>;  // (cost, cell); min-heap on cost
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
  for (const std::int32_t c : sources) {
    if (std::isinf(grid.resistance[std::size_t(c)]) || s.cost[std::size_t(c)] == 0) continue;
    s.cost[std::size_t(c)] = 0;
    heap.emplace(0.0, c);
  }
  static constexpr int kDx[8] = {1, -1, 0, 0, 1, 1, -1, -1};
  static constexpr int kDy[8] = {0, 0, 1, -1, 1, -1, 1, -1};
  const double straight = grid.cellKm, diagonal = grid.cellKm * std::sqrt(2.0);
  std::size_t settled = 0;
  while (!heap.empty()) {
    const auto [cost, cell] = heap.top();
    heap.pop();
    if (cost > s.cost[std::size_t(cell)]) continue;  // a stale entry: the cell was reached cheaper
    if ((++settled & 0xFFFF) == 0) reportProgress(progress, double(settled) / double(n), "corridors");
    const int x = cell % grid.width, y = cell / grid.width;
    const double here = grid.resistance[std::size_t(cell)];
    for (int k = 0; k < 8; ++k) {
      const int nx = x + kDx[k], ny = y + kDy[k];
      if (nx < 0 || ny < 0 || nx >= grid.width || ny >= grid.height) continue;
      const std::int32_t next = ny * grid.width + nx;
      const double there = grid.resistance[std::size_t(next)];
      if (std::isinf(there)) continue;
      const double through = cost + 0.5 * (here + there) * (k < 4 ? straight : diagonal);
      if (through < s.cost[std::size_t(next)]) {
        s.cost[std::size_t(next)] = through;
        s.from[std::size_t(next)] = cell;
        heap.emplace(through, next);
      }
    }
  }
  return s;
}

std::vector<std::int32_t> pathTo(const CostSurface& surface, std::int32_t target) {
  std::vector<std::int32_t> path;
  if (target < 0 || std::isinf(surface.cost[std::size_t(target)])) return path;
  for (std::int32_t c = target; c >= 0; c = surface.from[std::size_t(c)]) path.push_back(c);
  std::reverse(path.begin(), path.end());
  return path;
}

}  // namespace hp::corridor
