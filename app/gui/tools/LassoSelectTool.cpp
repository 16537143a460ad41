// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/LassoSelectTool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include "gui/map/MapCanvas.h"

namespace hp::gui {

LassoSelectTool::LassoSelectTool(MapCanvas* canvas) : MapTool(canvas) { setCursor(Qt::CrossCursor); }

void LassoSelectTool::setParcels(std::shared_ptr<const VectorData> parcels, const QString& idField) {
  index_ = ParcelIndex(std::move(parcels), idField);
}

void LassoSelectTool::canvasPressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  drawing_ = true;
  lassoMap_ = QPolygonF({canvas()->toMap(event->position())});
}

void LassoSelectTool::canvasMoveEvent(QMouseEvent* event) {
  if (!drawing_) return;
  lassoMap_.append(canvas()->toMap(event->position()));
  canvas()->update();
}

void LassoSelectTool::canvasReleaseEvent(QMouseEvent* event) {
  if (!drawing_ || event->button() != Qt::LeftButton) return;
  drawing_ = false;
  lassoMap_.append(canvas()->toMap(event->position()));
  const QPolygonF lasso = lassoMap_;
  lassoMap_.clear();
  canvas()->update();
  const SelectionOp op = selectionOpFor(event->modifiers(), true);
  // A lasso without area is a click: pick the parcel under it, as QGIS does.
  if (lasso.boundingRect().width() == 0 && lasso.boundingRect().height() == 0) {
    emit parcelsPicked(index_.idsContaining(lasso.first()), selectionOpFor(event->modifiers(), false));
    return;
  }
  emit parcelsPicked(index_.idsIntersecting(lasso), op);
}

bool LassoSelectTool::canvasKeyPressEvent(QKeyEvent* event) {
  if (event->key() != Qt::Key_Escape || !drawing_) return false;
  drawing_ = false;
  lassoMap_.clear();
  canvas()->update();
  return true;
}

void LassoSelectTool::paint(QPainter& painter) {
  if (!drawing_ || lassoMap_.size() < 2) return;
  QPolygonF widget;
  widget.reserve(lassoMap_.size());
  for (const QPointF& p : lassoMap_) widget.append(canvas()->toWidget(p));
  painter.save();
  painter.setPen(QPen(QColor(255, 0, 0), 1));
  painter.setBrush(QColor(255, 0, 0, 50));
  painter.drawPolygon(widget);
  painter.restore();
}

void LassoSelectTool::deactivate() {
  drawing_ = false;
  lassoMap_.clear();
  MapTool::deactivate();
}

}  // namespace hp::gui
