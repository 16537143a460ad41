// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/DrawPolygonTool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include "geo/GdalSupport.h"
#include "gui/map/MapCanvas.h"
#include "mapkit/layers/QtGeometry.h"

namespace hp::gui {

QPolygonF withoutRepeatedPoints(const QPolygonF& ring) {
  QPolygonF out;
  for (const QPointF& p : ring)
    if (out.isEmpty() || out.back() != p) out.append(p);
  while (out.size() > 1 && out.back() == out.front()) out.removeLast();
  return out;
}

bool makesValidPolygon(const QList<QPolygonF>& rings) {
  const OGRGeometryUniquePtr polygon = geometryFromRings(rings);
  gdal::ErrorCollector quiet;  // GEOS says where a ring crosses itself as a warning; the caller says it better
  return polygon && polygon->IsValid();
}

DrawPolygonTool::DrawPolygonTool(MapCanvas* canvas) : MapTool(canvas) { setCursor(Qt::CrossCursor); }

void DrawPolygonTool::canvasPressEvent(QMouseEvent* event) {
  if (event->button() == Qt::RightButton) {
    if (isDrawing()) finish();
    return;
  }
  if (event->button() != Qt::LeftButton || !canvas()->viewport().isValid()) return;
  const SnapResult s = snapCursor(snapper_, *canvas(), event->position());
  vertices_.append(s.point);
  cursorMap_ = s.point;
  cursorSnap_ = s.kind;
  hasCursor_ = true;
  canvas()->update();
}

void DrawPolygonTool::canvasMoveEvent(QMouseEvent* event) {
  if (!canvas()->viewport().isValid()) return;
  const SnapResult s = snapCursor(snapper_, *canvas(), event->position());
  cursorMap_ = s.point;
  cursorSnap_ = s.kind;
  hasCursor_ = true;
  canvas()->update();
}

void DrawPolygonTool::canvasDoubleClickEvent(QMouseEvent* event) {
  // The first click of the double-click has already placed its vertex.
  if (event->button() == Qt::LeftButton && isDrawing()) finish();
}

bool DrawPolygonTool::wantsKey(const QKeyEvent* event) const {
  if (!isDrawing()) return false;
  switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Backspace:
    case Qt::Key_Escape: return true;
    default: return false;
  }
}

bool DrawPolygonTool::canvasKeyPressEvent(QKeyEvent* event) {
  if (!isDrawing()) return false;
  switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: finish(); return true;
    case Qt::Key_Backspace:
      vertices_.removeLast();
      canvas()->update();
      return true;
    case Qt::Key_Escape:
      cancel();
      emit statusMessage(tr("Drawing cancelled."));
      return true;
    default: return false;
  }
}

bool DrawPolygonTool::finish() {
  const QPolygonF ring = withoutRepeatedPoints(vertices_);
  if (ring.size() < 3) {
    emit statusMessage(tr("A polygon needs at least 3 vertices; keep clicking, or press Esc to cancel."));
    return false;
  }
  if (!makesValidPolygon({ring})) {
    emit statusMessage(tr("The polygon crosses itself, so nothing was added. Remove vertices with Backspace "
                          "and finish again, or press Esc to cancel."));
    return false;
  }
  vertices_.clear();
  canvas()->update();
  emit polygonFinished(ring);
  return true;
}

void DrawPolygonTool::cancel() {
  vertices_.clear();
  if (canvas()) canvas()->update();
}

void DrawPolygonTool::paint(QPainter& painter) {
  MapCanvas& c = *canvas();
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  if (isDrawing()) {
    QPolygonF band;
    for (const QPointF& p : vertices_) band.append(c.toWidget(p));
    if (hasCursor_) band.append(c.toWidget(cursorMap_));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 0, 0, 40));
    if (band.size() >= 3) painter.drawPolygon(band);
    painter.setPen(QPen(QColor(255, 0, 0), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(band);
    if (band.size() >= 3) {  // the closing edge the polygon will get
      painter.setPen(QPen(QColor(255, 0, 0), 1, Qt::DashLine));
      painter.drawLine(band.back(), band.front());
    }
    painter.setPen(QPen(QColor(255, 0, 0), 1));
    painter.setBrush(Qt::white);
    for (qsizetype i = 0; i < vertices_.size(); ++i) painter.drawEllipse(band[i], 3.5, 3.5);
  }
  painter.restore();
  if (hasCursor_) Snapper::paintMarker(painter, c.toWidget(cursorMap_), cursorSnap_);
}

void DrawPolygonTool::deactivate() {
  cancel();
  hasCursor_ = false;
  MapTool::deactivate();
}

}  // namespace hp::gui
