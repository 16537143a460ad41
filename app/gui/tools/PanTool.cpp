// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/PanTool.h"

#include <QMouseEvent>

#include "gui/map/MapCanvas.h"

namespace hp::gui {

PanTool::PanTool(MapCanvas* canvas) : MapTool(canvas) { setCursor(Qt::OpenHandCursor); }

void PanTool::canvasPressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !canvas()->viewport().isValid()) return;
  dragging_ = true;
  start_ = event->position();
  startViewport_ = canvas()->viewport();
  canvas()->setCursor(Qt::ClosedHandCursor);
}

void PanTool::canvasMoveEvent(QMouseEvent* event) {
  if (!dragging_) return;
  const QPointF d = event->position() - start_;
  canvas()->previewViewport(startViewport_.pannedByPixels(d.x(), d.y()));
}

void PanTool::canvasReleaseEvent(QMouseEvent* event) {
  if (!dragging_ || event->button() != Qt::LeftButton) return;
  dragging_ = false;
  const QPointF d = event->position() - start_;
  canvas()->setCursor(cursor());
  if (d.manhattanLength() < 1) return;  // a click: nothing moved, nothing to draw
  canvas()->setViewport(startViewport_.pannedByPixels(d.x(), d.y()));
}

}  // namespace hp::gui
