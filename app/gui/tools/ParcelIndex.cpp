// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/ParcelIndex.h"

#include <algorithm>
#include <cmath>

namespace hp::gui {

namespace {

QRectF rectOf(const Extent& e) { return QRectF(QPointF(e.minX, e.minY), QPointF(e.maxX, e.maxY)); }

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
  const QRectF all = rectOf(data_->extent);
  const std::size_t n = std::max<std::size_t>(1, data_->features.size());
  // About one feature per cell on average.
  cell_ = std::max(1e-9, std::sqrt(std::max(all.width() * all.height(), 1e-18) / double(n)));
  x0_ = all.left();
  y0_ = all.top();
  columns_ = std::clamp(int(std::ceil(all.width() / cell_)), 1, 2048);
  rows_ = std::clamp(int(std::ceil(all.height() / cell_)), 1, 2048);
  cell_ = std::max(all.width() / columns_, all.height() / rows_);
  if (cell_ <= 0) cell_ = 1;
  buckets_.assign(std::size_t(columns_) * std::size_t(rows_), {});
  for (std::size_t i = 0; i < data_->features.size(); ++i) {
    const FeatureShape& f = data_->features[i];
    if (f.kind != FeatureShape::Kind::Polygon) continue;
    const QRectF b = rectOf(f.bbox);
    const int c0 = std::clamp(int((b.left() - x0_) / cell_), 0, columns_ - 1);
    const int c1 = std::clamp(int((b.right() - x0_) / cell_), 0, columns_ - 1);
    const int r0 = std::clamp(int((b.top() - y0_) / cell_), 0, rows_ - 1);
    const int r1 = std::clamp(int((b.bottom() - y0_) / cell_), 0, rows_ - 1);
    for (int r = r0; r <= r1; ++r)
      for (int c = c0; c <= c1; ++c) buckets_[std::size_t(r) * std::size_t(columns_) + std::size_t(c)].push_back(i);
  }
}

std::vector<std::size_t> ParcelIndex::candidates(const QRectF& rect) const {
  std::vector<std::size_t> out;
  if (isEmpty()) return out;
  const QRectF r = rect.normalized();
  if (!r.intersects(rectOf(data_->extent)) && !rectOf(data_->extent).contains(r.topLeft())) return out;
  const int c0 = std::clamp(int(std::floor((r.left() - x0_) / cell_)), 0, columns_ - 1);
  const int c1 = std::clamp(int(std::floor((r.right() - x0_) / cell_)), 0, columns_ - 1);
  const int r0 = std::clamp(int(std::floor((r.top() - y0_) / cell_)), 0, rows_ - 1);
  const int r1 = std::clamp(int(std::floor((r.bottom() - y0_) / cell_)), 0, rows_ - 1);
  for (int y = r0; y <= r1; ++y)
    for (int x = c0; x <= c1; ++x) {
      for (std::size_t i : buckets_[std::size_t(y) * std::size_t(columns_) + std::size_t(x)]) {
        const QRectF b = rectOf(data_->features[i].bbox);
        if (b.left() <= r.right() && r.left() <= b.right() && b.top() <= r.bottom() && r.top() <= b.bottom())
          out.push_back(i);
      }
    }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
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
