// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>

#include "gui/tools/MapTool.h"
#include "render/MapViewport.h"

namespace hp::gui {

// Drag to move the map. While dragging, the canvas shows its last image shifted; it renders on release.
class PanTool : public MapTool {
  Q_OBJECT
 public:
  explicit PanTool(MapCanvas* canvas);

  void canvasPressEvent(QMouseEvent* event) override;
  void canvasMoveEvent(QMouseEvent* event) override;
  void canvasReleaseEvent(QMouseEvent* event) override;

 private:
  bool dragging_ = false;
  QPointF start_;
  render::MapViewport startViewport_;
};

}  // namespace hp::gui
