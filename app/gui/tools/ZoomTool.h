// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

#include "gui/tools/MapTool.h"

namespace hp::gui {

// Zoom in or out: drag a box, or click to zoom by the canvas's wheel factor at that point. Zooming in
// fits the box to the view; zooming out shrinks the current view into the box (QGIS's rule).
class ZoomTool : public MapTool {
  Q_OBJECT
 public:
  enum class Direction { In, Out };
  ZoomTool(MapCanvas* canvas, Direction direction);

  Direction direction() const { return direction_; }
  void canvasPressEvent(QMouseEvent* event) override;
  void canvasMoveEvent(QMouseEvent* event) override;
  void canvasReleaseEvent(QMouseEvent* event) override;
  void paint(QPainter& painter) override;
  void deactivate() override;

 private:
  Direction direction_;
  bool dragging_ = false;
  QPointF start_;
  QRectF box_;
};

}  // namespace hp::gui
