// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "Progress.h"

namespace hp::corridor {

// A grid of movement resistance: cell (col, row) at index row * width + col; resistance ≥ 1 per
// cell, +inf where an animal cannot go (sea, no data). cellKm: the side of a square cell.
struct ResistanceCells {
  int width = 0;
  int height = 0;
  double cellKm = 0;
  std::vector<float> resistance;

  static constexpr float kImpassable = std::numeric_limits<float>::infinity();
  std::size_t size() const { return std::size_t(width) * std::size_t(height); }
};

// The least accumulated cost of reaching each cell from the nearest source, moving to any of the 8
// neighbours; a step costs the mean resistance of its two cells times its length (cellKm, or
// √2 · cellKm diagonally), so cost is in "km through resistance-1 forest". +inf where unreachable.
// `from`: each cell's predecessor on its least-cost path (-1 for sources and unreachable cells).
struct CostSurface {
  std::vector<double> cost;
  std::vector<std::int32_t> from;
};

// Dijkstra's algorithm over the grid's implicit 8-neighbour graph, with a binary heap of cells and
// lazy deletion. Sources must be valid indices; impassable sources are skipped. Throws hp::Cancelled
// when `progress` says stop (checked every 64k settled cells).
CostSurface accumulateCost(const ResistanceCells& grid, const std::vector<std::int32_t>& sources,
                           const Progress& progress = {});

// The cells of the least-cost path from a source to `target`, source first; empty when unreachable.
std::vector<std::int32_t> pathTo(const CostSurface& surface, std::int32_t target);

}  // namespace hp::corridor
