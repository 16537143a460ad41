// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/Polyline.h"

#include <algorithm>
#include <cmath>

#include "sample/Noise.h"

namespace hp::sample {

Point jitteredCenter(const Grid<float>& grid, int col, int row, std::uint32_t stream, double amount) {
  const double dx = (hashUnit(col, row, stream) - 0.5) * 2 * amount;
  const double dy = (hashUnit(col, row, stream + 1u) - 0.5) * 2 * amount;
  return {grid.centerX(col) + dx * grid.cellSizeM, grid.centerY(row) + dy * grid.cellSizeM};
}

Polyline smoothed(const Polyline& line, int iterations) {
  Polyline current = line;
  for (int it = 0; it < iterations && current.points.size() > 2; ++it) {
    Polyline next;
    const std::size_t n = current.points.size();
    next.points.reserve(2 * n);
    next.widthsM.reserve(2 * n);
    next.points.push_back(current.points.front());
    next.widthsM.push_back(current.widthsM.front());
    for (std::size_t i = 0; i + 1 < n; ++i) {
      const Point& a = current.points[i];
      const Point& b = current.points[i + 1];
      const double wa = current.widthsM[i], wb = current.widthsM[i + 1];
      // The first and last segments keep their outer end, so the line still meets what it joins.
      if (i > 0) {
        next.points.push_back({0.75 * a.x + 0.25 * b.x, 0.75 * a.y + 0.25 * b.y});
        next.widthsM.push_back(0.75 * wa + 0.25 * wb);
      }
      if (i + 2 < n) {
        next.points.push_back({0.25 * a.x + 0.75 * b.x, 0.25 * a.y + 0.75 * b.y});
        next.widthsM.push_back(0.25 * wa + 0.75 * wb);
      }
    }
    next.points.push_back(current.points.back());
    next.widthsM.push_back(current.widthsM.back());
    current = std::move(next);
  }
  return current;
}

void burnPolyline(Grid<std::uint8_t>& mask, const Polyline& line, std::uint8_t value) {
  const double minHalfM = 0.71 * mask.cellSizeM;
  for (std::size_t i = 0; i + 1 < line.points.size(); ++i) {
    const Point a = line.points[i], b = line.points[i + 1];
    const double ha = std::max(line.widthsM[i] / 2, minHalfM), hb = std::max(line.widthsM[i + 1] / 2, minHalfM);
    const double reach = std::max(ha, hb);
    const double vx = b.x - a.x, vy = b.y - a.y;
    const double len2 = vx * vx + vy * vy;
    const double x0 = std::min(a.x, b.x) - reach, x1 = std::max(a.x, b.x) + reach;
    const double y0 = std::min(a.y, b.y) - reach, y1 = std::max(a.y, b.y) + reach;
    // Skip segments wholly off the grid (an outlet may point past the edge).
    if (x1 < mask.originX || x0 > mask.originX + mask.width * mask.cellSizeM || y0 > mask.originY ||
        y1 < mask.originY - mask.height * mask.cellSizeM)
      continue;
    const int c0 = mask.colOf(x0), c1 = mask.colOf(x1), r0 = mask.rowOf(y1), r1 = mask.rowOf(y0);
    for (int row = r0; row <= r1; ++row)
      for (int col = c0; col <= c1; ++col) {
        std::uint8_t& cell = mask.at(col, row);
        if (cell >= value) continue;
        const double px = mask.centerX(col), py = mask.centerY(row);
        const double t = len2 > 0 ? std::clamp(((px - a.x) * vx + (py - a.y) * vy) / len2, 0.0, 1.0) : 0.0;
        const double dx = px - (a.x + t * vx), dy = py - (a.y + t * vy);
        const double half = ha + (hb - ha) * t;
        if (dx * dx + dy * dy <= half * half) cell = value;
      }
  }
}

}  // namespace hp::sample
