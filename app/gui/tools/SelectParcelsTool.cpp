// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/SelectParcelsTool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include "gui/map/MapCanvas.h"

namespace hp::gui {

namespace {
// A press and release closer than this many pixels is a click, not a rectangle.
constexpr double kDragThresholdPx = 4;
}  // namespace

SelectParcelsTool::SelectParcelsTool(MapCanvas* canvas) : MapTool(canvas) { setCursor(Qt::PointingHandCursor); }

void SelectParcelsTool::setParcels(std::shared_ptr<const VectorData> parcels, const QString& idField) {
  index_ = ParcelIndex(std::move(parcels), idField);
}

void SelectParcelsTool::canvasPressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  pressed_ = true;
  dragging_ = false;
  startWidget_ = currentWidget_ = event->position();
}

void SelectParcelsTool::canvasMoveEvent(QMouseEvent* event) {
  if (!pressed_) return;
  currentWidget_ = event->position();
  if ((currentWidget_ - startWidget_).manhattanLength() >= kDragThresholdPx) dragging_ = true;
  if (dragging_) canvas()->update();
}

void SelectParcelsTool::canvasReleaseEvent(QMouseEvent* event) {
  if (!pressed_ || event->button() != Qt::LeftButton) return;
  pressed_ = false;
  currentWidget_ = event->position();
  if ((currentWidget_ - startWidget_).manhattanLength() >= kDragThresholdPx) dragging_ = true;
  const bool area = dragging_;
  dragging_ = false;
  canvas()->update();
  const SelectionOp op = selectionOpFor(event->modifiers(), area);
  if (area) {
    const QRectF rect = QRectF(canvas()->toMap(startWidget_), canvas()->toMap(currentWidget_)).normalized();
    emit parcelsPicked(index_.idsIntersecting(rect), op);
  } else {
    emit parcelsPicked(index_.idsContaining(canvas()->toMap(currentWidget_)), op);
  }
}

bool SelectParcelsTool::canvasKeyPressEvent(QKeyEvent* event) {
  if (event->key() != Qt::Key_Escape || !pressed_) return false;
  pressed_ = dragging_ = false;
  canvas()->update();
  return true;
}

void SelectParcelsTool::paint(QPainter& painter) {
  if (!dragging_) return;
  painter.save();
  painter.setPen(QPen(QColor(255, 0, 0), 1));
  painter.setBrush(QColor(255, 0, 0, 50));
  painter.drawRect(QRectF(startWidget_, currentWidget_).normalized());
  painter.restore();
}

void SelectParcelsTool::deactivate() {
  pressed_ = dragging_ = false;
  MapTool::deactivate();
}

}  // namespace hp::gui
