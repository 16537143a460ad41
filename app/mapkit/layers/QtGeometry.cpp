// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/QtGeometry.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace hp::gui {

namespace {

QPolygonF openRing(const QPolygonF& ring) {
  QPolygonF open = ring;
  while (open.size() > 1 && open.first() == open.last()) open.removeLast();
  return open;
}

double absArea(const QPolygonF& ring) {
  double a = 0;
  for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
    const QPointF& p = ring[i];
    const QPointF& q = ring[(i + 1) % n];
    a += p.x() * q.y() - q.x() * p.y();
  }
  return std::abs(a) / 2;
}

std::unique_ptr<OGRLinearRing> toLinearRing(const QPolygonF& ring) {
  auto out = std::make_unique<OGRLinearRing>();
  for (const QPointF& p : ring) out->addPoint(p.x(), p.y());
  out->closeRings();
  return out;
}

void appendRings(const OGRPolygon* polygon, QList<QPolygonF>& out) {
  for (const OGRLinearRing* ring : *polygon) {
    QPolygonF r;
    r.reserve(ring->getNumPoints());
    for (const OGRPoint& p : *ring) r.append(QPointF(p.getX(), p.getY()));
    r = openRing(r);
    if (r.size() >= 3) out.append(r);
  }
}

}  // namespace

OGRGeometryUniquePtr geometryFromRings(const QList<QPolygonF>& rings) {
  std::vector<QPolygonF> usable;
  for (const QPolygonF& ring : rings) {
    QPolygonF r = openRing(ring);
    if (r.size() >= 3 && absArea(r) > 0) usable.push_back(std::move(r));
  }
  if (usable.empty()) return nullptr;
  // Largest first, so the smallest container of a ring is the last container met before it.
  std::stable_sort(usable.begin(), usable.end(),
                   [](const QPolygonF& a, const QPolygonF& b) { return absArea(a) > absArea(b); });
  const std::size_t n = usable.size();
  std::vector<int> parent(n, -1);
  std::vector<int> depth(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    // A ring's first vertex decides which rings contain it; rings are assumed not to cross.
    const QPointF probe = usable[i].first();
    for (std::size_t j = 0; j < i; ++j) {
      if (usable[j].containsPoint(probe, Qt::OddEvenFill)) {
        ++depth[i];
        if (parent[i] < 0 || absArea(usable[j]) <= absArea(usable[std::size_t(parent[i])])) parent[i] = int(j);
      }
    }
  }
  std::vector<std::unique_ptr<OGRPolygon>> polygons(n);
  std::vector<int> polygonOf(n, -1);
  for (std::size_t i = 0; i < n; ++i) {
    if (depth[i] % 2 == 0) {
      polygons[i] = std::make_unique<OGRPolygon>();
      polygons[i]->addRingDirectly(toLinearRing(usable[i]).release());
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (depth[i] % 2 == 1 && parent[i] >= 0 && polygons[std::size_t(parent[i])])
      polygons[std::size_t(parent[i])]->addRingDirectly(toLinearRing(usable[i]).release());
  }
  std::vector<std::unique_ptr<OGRPolygon>> outers;
  for (auto& p : polygons)
    if (p) outers.push_back(std::move(p));
  if (outers.size() == 1) return OGRGeometryUniquePtr(outers.front().release());
  auto multi = std::make_unique<OGRMultiPolygon>();
  for (auto& p : outers) multi->addGeometryDirectly(p.release());
  return OGRGeometryUniquePtr(multi.release());
}

QList<QPolygonF> ringsFromGeometry(const OGRGeometry* geometry) {
  QList<QPolygonF> out;
  if (!geometry) return out;
  switch (wkbFlatten(geometry->getGeometryType())) {
    case wkbPolygon:
      appendRings(geometry->toPolygon(), out);
      break;
    case wkbMultiPolygon:
      for (const OGRPolygon* polygon : *geometry->toMultiPolygon()) appendRings(polygon, out);
      break;
    default:
      break;
  }
  return out;
}

}  // namespace hp::gui
