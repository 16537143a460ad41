// SPDX-License-Identifier: GPL-3.0-or-later
// Exact pixel coverage fractions (core/model/CoverageFraction.h): hand cases, then random polygons
// (with holes, vertices on pixel corners and edges along grid lines) against GEOS intersection areas.
#include <QtTest>

#include <cmath>
#include <numbers>
#include <random>

#include "geo/Geos.h"
#include "model/CoverageFraction.h"

using namespace hp;
using namespace hp::model;

namespace {

PixelRing ring(std::initializer_list<std::pair<double, double>> points, bool hole = false) {
  PixelRing r;
  r.hole = hole;
  for (const auto& [c, row] : points) r.points.push_back({c, row});
  return r;
}

PixelRing box(double c0, double r0, double c1, double r1, bool hole = false) {
  return ring({{c0, r0}, {c1, r0}, {c1, r1}, {c0, r1}}, hole);
}

using Rings = std::vector<PixelRing>;

// Coverage of a w × h grid computed by GEOS: area(polygon ∩ pixel) for every pixel.
std::vector<double> geosCoverage(const GeosContext& ctx, const Rings& rings, int w, int h) {
  auto makeRing = [&](const PixelRing& r) {
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx.handle(), unsigned(r.points.size() + 1), 2);
    for (std::size_t i = 0; i <= r.points.size(); ++i) {
      const PixelPoint& p = r.points[i % r.points.size()];
      GEOSCoordSeq_setXY_r(ctx.handle(), seq, unsigned(i), p.col, p.row);
    }
    return GEOSGeom_createLinearRing_r(ctx.handle(), seq);
  };
  // Exterior rings each become a polygon with the holes that lie inside it.
  std::vector<GEOSGeometry*> polygons;
  for (const PixelRing& outer : rings) {
    if (outer.hole) continue;
    std::vector<GEOSGeometry*> holes;
    for (const PixelRing& h : rings)
      if (h.hole) holes.push_back(makeRing(h));
    polygons.push_back(
        GEOSGeom_createPolygon_r(ctx.handle(), makeRing(outer), holes.data(), unsigned(holes.size())));
  }
  GeomPtr shape = adopt(ctx, GEOSGeom_createCollection_r(ctx.handle(), GEOS_MULTIPOLYGON, polygons.data(),
                                                         unsigned(polygons.size())));
  std::vector<double> out(std::size_t(w * h), 0.0);
  for (int r = 0; r < h; ++r)
    for (int c = 0; c < w; ++c) {
      GeomPtr cell = adopt(ctx, GEOSGeom_createRectangle_r(ctx.handle(), c, r, c + 1, r + 1));
      GeomPtr part = adopt(ctx, GEOSIntersection_r(ctx.handle(), shape.get(), cell.get()));
      double area = 0;
      if (part) GEOSArea_r(ctx.handle(), part.get(), &area);
      out[std::size_t(r * w + c)] = area;
    }
  return out;
}

// A star-shaped ring around (cx, cy): n vertices at increasing angles, radii in [rMin, rMax].
PixelRing star(std::mt19937& rng, double cx, double cy, double rMin, double rMax, int n, bool snap, bool hole) {
  std::uniform_real_distribution<double> radius(rMin, rMax), jitter(0.0, 1.0);
  PixelRing r;
  r.hole = hole;
  for (int i = 0; i < n; ++i) {
    const double a = 2 * std::numbers::pi * (i + 0.5 * jitter(rng)) / n;
    double x = cx + radius(rng) * std::cos(a), y = cy + radius(rng) * std::sin(a);
    if (snap) x = std::round(x * 2) / 2, y = std::round(y * 2) / 2;  // vertices on pixel corners and edge midpoints
    r.points.push_back({x, y});
  }
  if (hole) std::reverse(r.points.begin(), r.points.end());
  return r;
}

}  // namespace

class TestCoverageFraction : public QObject {
  Q_OBJECT

 private slots:
  void handCases_data() {
    QTest::addColumn<Rings>("rings");
    QTest::addColumn<int>("col");
    QTest::addColumn<int>("row");
    QTest::addColumn<double>("fraction");
    // Grid 4 × 4, pixel (col,row) is [col, col+1] × [row, row+1].
    QTest::newRow("square half over pixel 0") << Rings{box(0.5, 0, 1.5, 1)} << 0 << 0 << 0.5;  // x 0.5..1 of 0..1
    QTest::newRow("…and half over pixel 1") << Rings{box(0.5, 0, 1.5, 1)} << 1 << 0 << 0.5;
    QTest::newRow("quarter at a corner") << Rings{box(0.5, 0.5, 1.5, 1.5)} << 1 << 1 << 0.25;  // 0.5 × 0.5
    QTest::newRow("whole pixel") << Rings{box(1, 1, 2, 2)} << 1 << 1 << 1.0;
    QTest::newRow("whole pixel, neighbour untouched") << Rings{box(1, 1, 2, 2)} << 2 << 1 << 0.0;
    // Triangle (0,0) (2,0) (0,2): x + y ≤ 2.
    QTest::newRow("triangle: pixel 0,0 wholly inside") << Rings{ring({{0, 0}, {2, 0}, {0, 2}})} << 0 << 0 << 1.0;
    QTest::newRow("triangle: pixel 1,0 half (x+y≤2 cuts its diagonal)") << Rings{ring({{0, 0}, {2, 0}, {0, 2}})} << 1 << 0 << 0.5;
    QTest::newRow("triangle: pixel 1,1 only a corner point") << Rings{ring({{0, 0}, {2, 0}, {0, 2}})} << 1 << 1 << 0.0;
    // Triangle (0,0) (1,0) (0,1) inside one pixel: area 1/2.
    QTest::newRow("small triangle in a pixel") << Rings{ring({{0, 0}, {1, 0}, {0, 1}})} << 0 << 0 << 0.5;
    // Triangle (0,0.5) (3,0.5) (0,1.5): slope 1/3; over pixel (1,0): y from 0.5 to 1 and x ≤ 3 − 3(y−0.5):
    // width inside pixel 1 is 1 for y ≤ 5/6, then 3 − 3(y − 0.5) − 1 falling to 0.5 at y = 1:
    // 1 × (1/3) + (1 + 0.5)/2 × (1/6) = 1/3 + 1/8 = 0.458333…
    QTest::newRow("shallow triangle") << Rings{ring({{0, 0.5}, {3, 0.5}, {0, 1.5}})} << 1 << 0 << (1.0 / 3 + 1.0 / 8);
    // Square 0..4 with a hole 1.5..2.5: each of the four middle pixels loses a quarter.
    QTest::newRow("hole takes a quarter") << Rings{box(0, 0, 4, 4), box(1.5, 1.5, 2.5, 2.5, true)} << 1 << 1 << 0.75;
    QTest::newRow("hole: pixel outside it is whole") << Rings{box(0, 0, 4, 4), box(1.5, 1.5, 2.5, 2.5, true)} << 0 << 0 << 1.0;
    QTest::newRow("hole: whole pixel hole") << Rings{box(0, 0, 4, 4), box(1, 1, 2, 2, true)} << 1 << 1 << 0.0;
    QTest::newRow("hole given clockwise or not") << Rings{box(0, 0, 4, 4), ring({{1.5, 1.5}, {1.5, 2.5}, {2.5, 2.5}, {2.5, 1.5}}, true)} << 2 << 2 << 0.75;
    QTest::newRow("exterior given clockwise") << Rings{ring({{0.5, 0}, {0.5, 1}, {1.5, 1}, {1.5, 0}})} << 0 << 0 << 0.5;
    QTest::newRow("multipolygon: second part") << Rings{box(0, 0, 1, 1), box(2.25, 3, 3, 4)} << 2 << 3 << 0.75;
    QTest::newRow("beyond the grid: clipped") << Rings{box(-3, -3, 1.5, 7)} << 0 << 3 << 1.0;
    QTest::newRow("beyond the grid: partial column") << Rings{box(-3, -3, 1.5, 7)} << 1 << 0 << 0.5;
    QTest::newRow("covers the grid, edges outside") << Rings{box(-10, -10, 10, 10)} << 3 << 3 << 1.0;
    QTest::newRow("thin sliver 0.01 wide") << Rings{box(2.2, 0, 2.21, 4)} << 2 << 1 << 0.01;
  }
  void handCases() {
    QFETCH(Rings, rings);
    QFETCH(int, col);
    QFETCH(int, row);
    QFETCH(double, fraction);
    const std::vector<double> grid = coverageFractions(rings, 4, 4);
    const double got = grid[std::size_t(row * 4 + col)];
    QVERIFY2(std::abs(got - fraction) < 1e-12, qPrintable(QString::number(got, 'g', 17)));
  }

  void outsideTheGridIsEmpty() {
    CoverageRows rows({box(10, 10, 12, 12)}, 4, 4);
    QVERIFY(rows.isEmpty());
    CoverageRows left({box(-5, 0, -1, 4)}, 4, 4);
    QVERIFY(left.isEmpty());
  }

  void interiorIsOneConstantSegment() {
    // A 100-pixel-wide square: rows inside it come back as a constant 1 segment, not 100 values.
    CoverageRows rows({box(10, 10, 110, 20)}, 200, 40);
    const auto segments = rows.row(15);
    QCOMPARE(segments.size(), std::size_t(1));
    QCOMPARE(segments[0].begin, 10);
    QCOMPARE(segments[0].end, 110);
    QVERIFY(segments[0].values == nullptr);
    QCOMPARE(segments[0].constant, 1.0);
  }

  void rowsMaySkip() {
    // Asking only every third row gives the same values as the dense grid.
    const Rings rings{ring({{0.3, 0.2}, {17.7, 3.1}, {12.2, 19.9}, {1.1, 14.4}})};
    const std::vector<double> dense = coverageFractions(rings, 20, 20);
    CoverageRows rows(rings, 20, 20);
    for (int r = rows.rowBegin(); r < rows.rowEnd(); r += 3) {
      std::vector<double> got(20, 0.0);
      for (const CoverageSegment& s : rows.row(r))
        for (int c = s.begin; c < s.end; ++c) got[std::size_t(c)] = s.at(c);
      for (int c = 0; c < 20; ++c) QCOMPARE(got[std::size_t(c)], dense[std::size_t(r * 20 + c)]);
    }
  }

  void randomPolygonsMatchGeos_data() {
    QTest::addColumn<bool>("snap");
    QTest::addColumn<bool>("withHole");
    QTest::addColumn<int>("seed");
    QTest::newRow("free vertices") << false << false << 1;
    QTest::newRow("free vertices with a hole") << false << true << 2;
    QTest::newRow("vertices on half-pixel lattice") << true << false << 3;
    QTest::newRow("lattice with a hole") << true << true << 4;
  }
  void randomPolygonsMatchGeos() {
    QFETCH(bool, snap);
    QFETCH(bool, withHole);
    QFETCH(int, seed);
    GeosContext ctx;
    std::mt19937 rng{static_cast<std::uint32_t>(seed)};
    const int w = 24, h = 20;
    double worst = 0;
    for (int trial = 0; trial < 25; ++trial) {
      // Centre may sit near an edge of the grid, so parts of the polygon fall outside it.
      std::uniform_real_distribution<double> cx(-2, w + 2), cy(-2, h + 2);
      const double x = cx(rng), y = cy(rng);
      // Radii and vertex counts keep the rings simple and the hole inside, snapped or not.
      Rings rings{star(rng, x, y, 6, 11, 8 + int(rng() % 9), snap, false)};
      if (withHole) rings.push_back(star(rng, x, y, 1.5, 2.5, 3 + int(rng() % 4), snap, true));
      const std::vector<double> ours = coverageFractions(rings, w, h);
      const std::vector<double> theirs = geosCoverage(ctx, rings, w, h);
      for (std::size_t i = 0; i < ours.size(); ++i) worst = std::max(worst, std::abs(ours[i] - theirs[i]));
    }
    QVERIFY2(worst < 1e-9, qPrintable(QString::number(worst, 'g', 6)));
  }
};

QTEST_APPLESS_MAIN(TestCoverageFraction)
#include "test_coverage_fraction.moc"
