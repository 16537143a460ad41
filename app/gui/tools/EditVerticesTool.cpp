// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/EditVerticesTool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

#include "gui/map/MapCanvas.h"
#include "gui/tools/DrawPolygonTool.h"
#include "gui/tools/ParcelIndex.h"

namespace hp::gui {

namespace {
double distance(const QPointF& a, const QPointF& b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }
}  // namespace

EditVerticesTool::EditVerticesTool(MapCanvas* canvas) : MapTool(canvas) { setCursor(Qt::CrossCursor); }

void EditVerticesTool::setPolygons(const QList<QList<QPolygonF>>& polygons) {
  polygons_ = polygons;
  dragging_ = changed_ = false;
  working_.clear();
  if (picked_ >= polygons_.size()) picked_ = -1;
  if (picked_ < 0 || current_.ring >= polygons_[picked_].size() ||
      current_.index >= polygons_[picked_][current_.ring].size())
    current_ = {};
  if (canvas()) canvas()->update();
}

void EditVerticesTool::pickPolygon(int index) {
  picked_ = (index >= 0 && index < polygons_.size()) ? index : -1;
  current_ = {};
  if (canvas()) canvas()->update();
}

const QList<QPolygonF>& EditVerticesTool::shownRings() const {
  static const QList<QPolygonF> none;
  if (dragging_) return working_;
  return picked_ >= 0 ? polygons_[picked_] : none;
}

EditVerticesTool::VertexRef EditVerticesTool::vertexAt(const QPointF& widgetPos) const {
  VertexRef best;
  double bestDistance = kHitPx;
  const QList<QPolygonF>& rings = shownRings();
  for (int r = 0; r < rings.size(); ++r)
    for (int i = 0; i < rings[r].size(); ++i) {
      const double d = distance(canvas()->toWidget(rings[r][i]), widgetPos);
      if (d <= bestDistance) {
        bestDistance = d;
        best = {r, i};
      }
    }
  return best;
}

EditVerticesTool::VertexRef EditVerticesTool::edgeAt(const QPointF& widgetPos, QPointF* mapPoint) const {
  VertexRef best;
  double bestDistance = kHitPx;
  const QList<QPolygonF>& rings = shownRings();
  for (int r = 0; r < rings.size(); ++r) {
    const QPolygonF& ring = rings[r];
    for (int i = 0, n = int(ring.size()); i < n; ++i) {
      const QPointF a = canvas()->toWidget(ring[i]), b = canvas()->toWidget(ring[(i + 1) % n]);
      const QPointF on = nearestOnSegment(widgetPos, a, b);
      const double d = distance(on, widgetPos);
      if (d <= bestDistance) {
        bestDistance = d;
        best = {r, i + 1};
        if (mapPoint) *mapPoint = canvas()->toMap(on);
      }
    }
  }
  return best;
}

int EditVerticesTool::polygonAt(const QPointF& mapPos) const {
  // The top one (drawn last) wins where polygons overlap.
  for (int p = int(polygons_.size()) - 1; p >= 0; --p)
    if (ringsContain(polygons_[p], mapPos)) return p;
  return -1;
}

void EditVerticesTool::canvasPressEvent(QMouseEvent* event) {
  if (!canvas()->viewport().isValid()) return;
  const QPointF at = event->position();
  if (event->button() == Qt::RightButton) {
    if (picked_ >= 0 && !dragging_) {
      const VertexRef v = vertexAt(at);
      if (v.isValid()) removeVertex(v);
    }
    return;
  }
  if (event->button() != Qt::LeftButton) return;
  if (picked_ >= 0) {
    const VertexRef v = vertexAt(at);
    if (v.isValid()) {
      working_ = polygons_[picked_];
      drag_ = current_ = v;
      dragging_ = true;
      changed_ = false;
      canvas()->update();
      return;
    }
    QPointF onEdge;
    const VertexRef e = edgeAt(at, &onEdge);
    if (e.isValid()) {
      working_ = polygons_[picked_];
      const SnapResult s = snapCursor(snapper_, *canvas(), at);
      working_[e.ring].insert(e.index, s.snapped() ? s.point : onEdge);
      drag_ = current_ = e;
      dragging_ = changed_ = true;
      canvas()->update();
      return;
    }
  }
  pickPolygon(polygonAt(canvas()->toMap(at)));
}

void EditVerticesTool::canvasMoveEvent(QMouseEvent* event) {
  const SnapResult s = snapCursor(snapper_, *canvas(), event->position());
  cursorMap_ = s.point;
  cursorSnap_ = s.kind;
  if (dragging_) {
    QPointF& vertex = working_[drag_.ring][drag_.index];
    if (vertex != s.point) {
      vertex = s.point;
      changed_ = true;
    }
  }
  canvas()->update();
}

void EditVerticesTool::canvasReleaseEvent(QMouseEvent* event) {
  if (!dragging_ || event->button() != Qt::LeftButton) return;
  const QList<QPolygonF> rings = working_;
  const bool changed = changed_;
  dragging_ = changed_ = false;
  working_.clear();
  if (changed) commit(rings);
  canvas()->update();
}

void EditVerticesTool::removeVertex(VertexRef v) {
  QList<QPolygonF> rings = polygons_[picked_];
  if (rings[v.ring].size() <= 3) {
    emit statusMessage(tr("A polygon keeps at least 3 vertices; delete the polygon instead."));
    return;
  }
  rings[v.ring].remove(v.index);
  current_ = {};
  commit(rings);
}

bool EditVerticesTool::commit(const QList<QPolygonF>& rings) {
  if (!makesValidPolygon(rings)) {
    emit statusMessage(tr("That edit would make the polygon cross itself, so it was not made."));
    canvas()->update();
    return false;
  }
  // Shown at once; the document's change comes back through setPolygons().
  polygons_[picked_] = rings;
  canvas()->update();
  emit polygonEdited(picked_, rings);
  return true;
}

bool EditVerticesTool::wantsKey(const QKeyEvent* event) const {
  switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace: return current_.isValid() && !dragging_;
    case Qt::Key_Escape: return dragging_ || picked_ >= 0;
    default: return false;
  }
}

bool EditVerticesTool::canvasKeyPressEvent(QKeyEvent* event) {
  if (!wantsKey(event)) return false;
  if (event->key() == Qt::Key_Escape) {
    if (dragging_) {
      dragging_ = changed_ = false;
      working_.clear();
      canvas()->update();
    } else {
      pickPolygon(-1);
    }
    return true;
  }
  removeVertex(current_);
  return true;
}

void EditVerticesTool::paint(QPainter& painter) {
  const QList<QPolygonF>& rings = shownRings();
  MapCanvas& c = *canvas();
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  for (int r = 0; r < rings.size(); ++r) {
    QPolygonF screen;
    for (const QPointF& p : rings[r]) screen.append(c.toWidget(p));
    painter.setPen(QPen(QColor(255, 0, 0), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(screen);
    for (int i = 0; i < screen.size(); ++i) {
      const bool current = current_.ring == r && current_.index == i;
      painter.setPen(QPen(QColor(255, 0, 0), 1));
      painter.setBrush(current ? QColor(0, 0, 255) : QColor(255, 0, 0));
      painter.drawRect(QRectF(screen[i] - QPointF(4, 4), QSizeF(8, 8)));
    }
  }
  painter.restore();
  if (dragging_) Snapper::paintMarker(painter, c.toWidget(cursorMap_), cursorSnap_);
}

void EditVerticesTool::deactivate() {
  dragging_ = changed_ = false;
  working_.clear();
  picked_ = -1;
  current_ = {};
  MapTool::deactivate();
}

}  // namespace hp::gui
