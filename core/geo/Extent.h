// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <limits>

namespace hp {

// Axis-aligned rectangle in some CRS's units. An empty extent has min > max.
struct Extent {
  double minX = std::numeric_limits<double>::infinity();
  double minY = std::numeric_limits<double>::infinity();
  double maxX = -std::numeric_limits<double>::infinity();
  double maxY = -std::numeric_limits<double>::infinity();

  bool isEmpty() const { return !(minX <= maxX && minY <= maxY); }
  double width() const { return isEmpty() ? 0.0 : maxX - minX; }
  double height() const { return isEmpty() ? 0.0 : maxY - minY; }
  double centerX() const { return (minX + maxX) / 2; }
  double centerY() const { return (minY + maxY) / 2; }

  void include(double x, double y) {
    minX = std::min(minX, x);
    minY = std::min(minY, y);
    maxX = std::max(maxX, x);
    maxY = std::max(maxY, y);
  }
  void include(const Extent& other) {
    if (other.isEmpty()) return;
    include(other.minX, other.minY);
    include(other.maxX, other.maxY);
  }
  bool intersects(const Extent& o) const {
    return !isEmpty() && !o.isEmpty() && minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY;
  }
  bool contains(double x, double y) const { return x >= minX && x <= maxX && y >= minY && y <= maxY; }
  bool contains(const Extent& o) const {
    return !o.isEmpty() && contains(o.minX, o.minY) && contains(o.maxX, o.maxY);
  }
};

}  // namespace hp
