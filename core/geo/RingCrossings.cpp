// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/RingCrossings.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>

namespace hp {

namespace {

struct Edge {
  RingPoint a, b;
  double minX, maxX, minY, maxY;
  std::size_t ring, index, ringEdges;
};

int orientation(const RingPoint& p, const RingPoint& q, const RingPoint& r) {
  const double d = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  return (d > 0) - (d < 0);
}

// r on segment pq, given the three are collinear.
bool within(const RingPoint& p, const RingPoint& q, const RingPoint& r) {
  return std::min(p.x, q.x) <= r.x && r.x <= std::max(p.x, q.x) && std::min(p.y, q.y) <= r.y &&
         r.y <= std::max(p.y, q.y);
}

bool meet(const Edge& e, const Edge& f) {
  const int o1 = orientation(e.a, e.b, f.a), o2 = orientation(e.a, e.b, f.b);
  const int o3 = orientation(f.a, f.b, e.a), o4 = orientation(f.a, f.b, e.b);
  if (o1 != o2 && o3 != o4) return true;
  return (o1 == 0 && within(e.a, e.b, f.a)) || (o2 == 0 && within(e.a, e.b, f.b)) ||
         (o3 == 0 && within(f.a, f.b, e.a)) || (o4 == 0 && within(f.a, f.b, e.b));
}

// Consecutive edges of one ring share a vertex by construction: that is not a crossing.
bool consecutive(const Edge& e, const Edge& f) {
  if (e.ring != f.ring) return false;
  const std::size_t d = e.index > f.index ? e.index - f.index : f.index - e.index;
  return d == 1 || d + 1 == e.ringEdges;
}

}  // namespace

std::size_t countRingCrossings(const std::vector<Ring>& rings, std::size_t limit) {
  std::vector<Edge> edges;
  for (std::size_t r = 0; r < rings.size(); ++r) {
    // Repeated vertices dropped: a zero-length edge would make its neighbours non-consecutive.
    Ring ring;
    for (const RingPoint& p : rings[r])
      if (std::isfinite(p.x) && std::isfinite(p.y) && (ring.empty() || p.x != ring.back().x || p.y != ring.back().y))
        ring.push_back(p);
    while (ring.size() > 1 && ring.front().x == ring.back().x && ring.front().y == ring.back().y) ring.pop_back();
    if (ring.size() < 3) continue;
    for (std::size_t i = 0; i < ring.size(); ++i) {
      const RingPoint& a = ring[i];
      const RingPoint& b = ring[(i + 1) % ring.size()];
      edges.push_back({a, b, std::min(a.x, b.x), std::max(a.x, b.x), std::min(a.y, b.y), std::max(a.y, b.y), r, i,
                       ring.size()});
    }
  }
  std::sort(edges.begin(), edges.end(), [](const Edge& e, const Edge& f) { return e.minX < f.minX; });

  std::size_t count = 0;
  std::vector<const Edge*> open;
  for (const Edge& e : edges) {
    std::erase_if(open, [&](const Edge* f) { return f->maxX < e.minX; });
    for (const Edge* f : open) {
      if (f->maxY < e.minY || e.maxY < f->minY || consecutive(e, *f) || !meet(e, *f)) continue;
      if (++count > limit) return count;
    }
    open.push_back(&e);
  }
  return count;
}

static void collectRings(const OGRGeometry& g, std::vector<Ring>& out) {
  const auto type = wkbFlatten(g.getGeometryType());
  if (type == wkbPolygon) {
    for (const OGRLinearRing* ring : *g.toPolygon()) {
      Ring points;
      points.reserve(std::size_t(ring->getNumPoints()));
      for (int i = 0; i < ring->getNumPoints(); ++i) points.push_back({ring->getX(i), ring->getY(i)});
      out.push_back(std::move(points));
    }
  } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    for (const OGRGeometry* part : *g.toGeometryCollection()) collectRings(*part, out);
  }
}

std::vector<Ring> ringsOf(const OGRGeometry& geometry) {
  std::vector<Ring> rings;
  collectRings(geometry, rings);
  return rings;
}

}  // namespace hp
