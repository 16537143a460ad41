// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/render/LabelPlacement.h"

#include <algorithm>
#include <cmath>

namespace hp::gui {

LabelPlacement::LabelPlacement(double widthPx, double heightPx)
    : columns_(std::max(1, int(std::ceil(widthPx / kCellPx)))), rows_(std::max(1, int(std::ceil(heightPx / kCellPx)))),
      cells_(std::size_t(columns_) * std::size_t(rows_)) {}

bool LabelPlacement::place(const QRectF& box) {
  const int c0 = std::clamp(int(std::floor(box.left() / kCellPx)), 0, columns_ - 1);
  const int c1 = std::clamp(int(std::floor(box.right() / kCellPx)), 0, columns_ - 1);
  const int r0 = std::clamp(int(std::floor(box.top() / kCellPx)), 0, rows_ - 1);
  const int r1 = std::clamp(int(std::floor(box.bottom() / kCellPx)), 0, rows_ - 1);
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c)
      for (const QRectF& other : cells_[std::size_t(r) * std::size_t(columns_) + std::size_t(c)])
        if (other.intersects(box)) return false;
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c) cells_[std::size_t(r) * std::size_t(columns_) + std::size_t(c)].push_back(box);
  ++placed_;
  return true;
}

}  // namespace hp::gui
