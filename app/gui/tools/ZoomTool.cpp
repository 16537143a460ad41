// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/ZoomTool.h"

#include <QMouseEvent>
#include <QPainter>

#include "gui/map/MapCanvas.h"

namespace hp::gui {

// Drags shorter than this many pixels are clicks.
static constexpr double kMinBoxPx = 4;

ZoomTool::ZoomTool(MapCanvas* canvas, Direction direction) : MapTool(canvas), direction_(direction) {
  setCursor(Qt::CrossCursor);
}

void ZoomTool::canvasPressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !canvas()->viewport().isValid()) return;
  dragging_ = true;
  start_ = event->position();
  box_ = QRectF(start_, start_);
}

void ZoomTool::canvasMoveEvent(QMouseEvent* event) {
  if (!dragging_) return;
  box_ = QRectF(start_, event->position()).normalized();
  canvas()->update();
}

void ZoomTool::canvasReleaseEvent(QMouseEvent* event) {
  if (!dragging_ || event->button() != Qt::LeftButton) return;
  dragging_ = false;
  box_ = QRectF(start_, event->position()).normalized();
  canvas()->update();
  MapCanvas& c = *canvas();
  if (box_.width() < kMinBoxPx || box_.height() < kMinBoxPx) {
    const double factor = direction_ == Direction::In ? MapCanvas::kWheelZoomFactor : 1.0 / MapCanvas::kWheelZoomFactor;
    c.zoomAt(event->position(), factor);
    box_ = QRectF();
    return;
  }
  const QPointF a = c.toMap(box_.topLeft());
  const QPointF b = c.toMap(box_.bottomRight());
  if (direction_ == Direction::In) {
    Extent e;
    e.include(a.x(), a.y());
    e.include(b.x(), b.y());
    c.zoomToExtent(e);
  } else {
    // The whole current view shrinks to fit inside the box: map units per pixel grow by the box-to-view
    // ratio of the tighter side.
    const double factor = std::min(box_.width() / c.width(), box_.height() / c.height());
    render::MapViewport v = c.viewport();
    const QPointF centre = c.toMap(box_.center());
    v.mapUnitsPerPixel /= factor;
    v.centerX = centre.x();
    v.centerY = centre.y();
    c.setViewport(v);
  }
  box_ = QRectF();
}

void ZoomTool::paint(QPainter& painter) {
  if (!dragging_ || box_.isEmpty()) return;
  painter.setPen(QPen(QColor(40, 90, 200), 1, Qt::DashLine));
  painter.setBrush(QColor(40, 90, 200, 40));
  painter.drawRect(box_);
}

void ZoomTool::deactivate() {
  dragging_ = false;
  box_ = QRectF();
  MapTool::deactivate();
}

}  // namespace hp::gui
