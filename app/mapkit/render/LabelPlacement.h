// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

#include <vector>

namespace hp::gui {

// Where labels already stand on one map image, so that no label is drawn over another (QGIS's
// labelling engine does this for every layer together). First come, first placed: a layer labels its
// features in order and a later label that would overlap a placed one is left out.
class LabelPlacement {
 public:
  LabelPlacement(double widthPx, double heightPx);

  // Places `box` (screen pixels) when it overlaps no label placed before; false when it would.
  bool place(const QRectF& box);
  std::size_t placedCount() const { return placed_; }

 private:
  // Boxes are kept in the cells of a coarse grid they touch, so a test looks at a few neighbours.
  static constexpr double kCellPx = 64;
  int columns_, rows_;
  std::vector<std::vector<QRectF>> cells_;
  std::size_t placed_ = 0;
};

}  // namespace hp::gui
