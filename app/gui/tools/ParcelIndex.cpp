// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/ParcelIndex.h"

#include <algorithm>
#include <cmath>

namespace hp::gui {

namespace {

bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d) {
  auto cross = [](QPointF o, QPointF p, QPointF q) {
    return (p.x() - o.x()) * (q.y() - o.y()) - (p.y() - o.y()) * (q.x() - o.x());
  };
  const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  auto on = [](QPointF p, QPointF q, QPointF r) {
    return std::min(p.x(), q.x()) <= r.x() && r.x() <= std::max(p.x(), q.x()) && std::min(p.y(), q.y()) <= r.y() &&
           r.y() <= std::max(p.y(), q.y());
  };
  return (d1 == 0 && on(c, d, a)) || (d2 == 0 && on(c, d, b)) || (d3 == 0 && on(a, b, c)) ||
         (d4 == 0 && on(a, b, d));
}

}  // namespace

bool ringsContain(const QList<QPolygonF>& rings, const QPointF& p) {
  int inside = 0;
  for (const QPolygonF& ring : rings)
    if (ring.containsPoint(p, Qt::OddEvenFill)) ++inside;
  return inside % 2 == 1;
}

bool ringsIntersect(const QList<QPolygonF>& rings, const QPolygonF& other) {
  if (other.isEmpty()) return false;
  for (const QPolygonF& ring : rings) {
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
      for (qsizetype j = 0, m = other.size(); j < m; ++j) {
        if (segmentsCross(ring[i], ring[(i + 1) % n], other[j], other[(j + 1) % m])) return true;
      }
    }
  }
  // No edges cross: one lies wholly inside the other.
  if (ringsContain(rings, other.first())) return true;
  for (const QPolygonF& ring : rings)
    if (!ring.isEmpty() && other.containsPoint(ring.first(), Qt::OddEvenFill)) return true;
  return false;
}

ParcelIndex::ParcelIndex(std::shared_ptr<const VectorData> data, const QString& idField) : data_(std::move(data)) {
  if (!data_) return;
  const qsizetype field = data_->fieldNames.indexOf(idField);
  ids_.reserve(data_->features.size());
  for (const FeatureShape& f : data_->features) {
    ids_.push_back(featureParcelId(f.attributes, int(field), f.fid));
  }
}

std::vector<std::size_t> ParcelIndex::candidates(const QRectF& rect) const {
  std::vector<std::size_t> out;
  if (isEmpty()) return out;
  const QRectF r = rect.normalized();
  for (const std::size_t i : data_->featuresIn({r.left(), r.top(), r.right(), r.bottom()}))
    if (data_->features[i].kind == FeatureShape::Kind::Polygon) out.push_back(i);
  return out;
}

QList<ParcelId> ParcelIndex::idsContaining(const QPointF& p) const {
  QList<ParcelId> out;
  for (std::size_t i : candidates(QRectF(p, p)))
    if (ringsContain(data_->features[i].parts, p)) out.append(ids_[i]);
  return out;
}

QList<ParcelId> ParcelIndex::idsIntersecting(const QRectF& rect) const {
  const QRectF r = rect.normalized();
  return idsIntersecting(QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()}));
}

QList<ParcelId> ParcelIndex::idsIntersecting(const QPolygonF& ring) const {
  QList<ParcelId> out;
  for (std::size_t i : candidates(ring.boundingRect()))
    if (ringsIntersect(data_->features[i].parts, ring)) out.append(ids_[i]);
  return out;
}

}  // namespace hp::gui
