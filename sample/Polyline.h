// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "sample/Grid.h"

namespace hp::sample {

struct Point {
  double x = 0;  // m
  double y = 0;  // m
};

// A line drawn into the canopy raster: a river or a road, its width varying along it.
struct Polyline {
  std::vector<Point> points;
  std::vector<double> widthsM;  // one per point
};

// The centre of a cell moved by up to `amount` cells in x and y, the same for every line through it,
// so that lines traced along grid cells meander instead of running in eight directions.
Point jitteredCenter(const Grid<float>& grid, int col, int row, std::uint32_t stream, double amount);

// Chaikin corner cutting, `iterations` times; the end points stay where they are.
Polyline smoothed(const Polyline& line, int iterations);

// Sets to `value` every cell of `mask` whose centre lies within half the line's width of it and holds
// less than `value`. The half width is at least 0.71 cells, so a thin line stays 8-connected.
void burnPolyline(Grid<std::uint8_t>& mask, const Polyline& line, std::uint8_t value);

}  // namespace hp::sample
