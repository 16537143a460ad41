// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/Snapper.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

#include "gui/map/MapCanvas.h"

namespace hp::gui {

namespace {
double distance2(const QPointF& a, const QPointF& b) {
  const QPointF d = a - b;
  return d.x() * d.x() + d.y() * d.y();
}
}  // namespace

QPointF nearestOnSegment(const QPointF& p, const QPointF& a, const QPointF& b) {
  const QPointF ab = b - a;
  const double len2 = ab.x() * ab.x() + ab.y() * ab.y();
  if (len2 <= 0) return a;
  const double t = std::clamp(((p.x() - a.x()) * ab.x() + (p.y() - a.y()) * ab.y()) / len2, 0.0, 1.0);
  return a + t * ab;
}

void Snapper::setParcels(std::shared_ptr<const VectorData> parcels, const QString& idField) {
  index_ = ParcelIndex(std::move(parcels), idField);
}

SnapResult Snapper::snap(const QPointF& mapPos, double mapUnitsPerPixel) const {
  SnapResult result;
  result.point = mapPos;
  if (!enabled_ || index_.isEmpty() || !(mapUnitsPerPixel > 0)) return result;
  const double tolerance = tolerancePx_ * mapUnitsPerPixel;
  const QRectF box(mapPos - QPointF(tolerance, tolerance), QSizeF(2 * tolerance, 2 * tolerance));
  const std::vector<std::size_t> near = index_.candidates(box);
  const double limit2 = tolerance * tolerance;
  double bestVertex = std::numeric_limits<double>::infinity();
  double bestEdge = std::numeric_limits<double>::infinity();
  QPointF vertex, edge;
  for (std::size_t i : near) {
    for (const QPolygonF& ring : index_.data()->features[i].parts) {
      const qsizetype n = ring.size();
      for (qsizetype k = 0; k < n; ++k) {
        const QPointF& a = ring[k];
        const double dv = distance2(a, mapPos);
        if (dv < bestVertex) {
          bestVertex = dv;
          vertex = a;
        }
        const QPointF on = nearestOnSegment(mapPos, a, ring[(k + 1) % n]);
        const double de = distance2(on, mapPos);
        if (de < bestEdge) {
          bestEdge = de;
          edge = on;
        }
      }
    }
  }
  if (bestVertex <= limit2) {
    result.kind = SnapResult::Kind::Vertex;
    result.point = vertex;
  } else if (bestEdge <= limit2) {
    result.kind = SnapResult::Kind::Edge;
    result.point = edge;
  }
  return result;
}

SnapResult Snapper::snapWidget(const MapCanvas& canvas, const QPointF& widgetPos) const {
  return snap(canvas.toMap(widgetPos), canvas.viewport().mapUnitsPerPixel);
}

SnapResult snapCursor(const Snapper* snapper, const MapCanvas& canvas, const QPointF& widgetPos) {
  if (snapper) return snapper->snapWidget(canvas, widgetPos);
  return {SnapResult::Kind::None, canvas.toMap(widgetPos)};
}

void Snapper::paintMarker(QPainter& painter, const QPointF& at, SnapResult::Kind kind) {
  if (kind == SnapResult::Kind::None) return;
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setBrush(Qt::NoBrush);
  const double r = 6;
  for (const QPen& pen : {QPen(Qt::white, 4), QPen(QColor(255, 0, 255), 2)}) {
    painter.setPen(pen);
    if (kind == SnapResult::Kind::Vertex) {
      painter.drawRect(QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    } else {
      painter.drawLine(at + QPointF(-r, -r), at + QPointF(r, r));
      painter.drawLine(at + QPointF(-r, r), at + QPointF(r, -r));
    }
  }
  painter.restore();
}

}  // namespace hp::gui
