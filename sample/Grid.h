// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace hp::sample {

// A north-up raster in memory, placed in metres: cell (col, row) spans x from originX + col*cellSizeM
// eastwards and y from originY - row*cellSizeM southwards, one cellSizeM each.
template <typename T>
struct Grid {
  int width = 0;
  int height = 0;
  double originX = 0;  // west edge, m
  double originY = 0;  // north edge, m
  double cellSizeM = 1;
  std::vector<T> cells;

  Grid() = default;
  Grid(int w, int h, double x0, double y0, double sizeM, T fill)
      : width(w), height(h), originX(x0), originY(y0), cellSizeM(sizeM),
        cells(std::size_t(w) * std::size_t(h), fill) {}

  std::size_t index(int col, int row) const { return std::size_t(row) * std::size_t(width) + std::size_t(col); }
  T& at(int col, int row) { return cells[index(col, row)]; }
  const T& at(int col, int row) const { return cells[index(col, row)]; }
  bool contains(int col, int row) const { return col >= 0 && row >= 0 && col < width && row < height; }

  double centerX(int col) const { return originX + (col + 0.5) * cellSizeM; }
  double centerY(int row) const { return originY - (row + 0.5) * cellSizeM; }
  // The cell holding (x, y), clamped to the grid.
  int colOf(double x) const { return std::clamp(int(std::floor((x - originX) / cellSizeM)), 0, width - 1); }
  int rowOf(double y) const { return std::clamp(int(std::floor((originY - y) / cellSizeM)), 0, height - 1); }

  // An empty grid of another type over the same cells.
  template <typename U>
  Grid<U> like(U fill) const {
    return Grid<U>(width, height, originX, originY, cellSizeM, fill);
  }
};

// One axis of a bilinear lookup: the two cell centres around a coordinate and the weight of the second.
// Computed once per column or row and reused for every grid of the same geometry.
struct AxisWeight {
  int low = 0;
  int high = 0;
  double t = 0;
};

// `cells` is the coordinate in cell units from the grid's first edge (centres sit at i + 0.5).
inline AxisWeight axisWeight(double cells, int count) {
  const double f = std::clamp(cells - 0.5, 0.0, double(count - 1));
  const int low = std::min(int(f), count - 1);
  return {low, std::min(low + 1, count - 1), f - low};
}

template <typename T>
double bilinear(const Grid<T>& g, const AxisWeight& ax, const AxisWeight& ay) {
  const double v00 = g.at(ax.low, ay.low), v10 = g.at(ax.high, ay.low);
  const double v01 = g.at(ax.low, ay.high), v11 = g.at(ax.high, ay.high);
  const double upper = v00 + (v10 - v00) * ax.t;
  const double lower = v01 + (v11 - v01) * ax.t;
  return upper + (lower - upper) * ay.t;
}

template <typename T>
double bilinearAt(const Grid<T>& g, double x, double y) {
  return bilinear(g, axisWeight((x - g.originX) / g.cellSizeM, g.width), axisWeight((g.originY - y) / g.cellSizeM, g.height));
}

}  // namespace hp::sample
