// SPDX-License-Identifier: GPL-3.0-or-later
// hp::countRingCrossings: hand-counted crossings of small rings, and the early stop at the limit.
#include <QtTest>

#include <cmath>

#include "geo/RingCrossings.h"

using namespace hp;

namespace {

Ring ring(std::initializer_list<RingPoint> points) { return Ring(points); }

// The regular star polygon {n/k}: vertex j is the unit circle's point jk mod n. For n prime each of its
// n edges crosses 2(k - 1) others, no three through one point: n(k - 1) crossings.
Ring star(int n, int k) {
  Ring r;
  for (int j = 0; j < n; ++j) {
    const double a = 2 * M_PI * double((j * k) % n) / n;
    r.push_back({std::cos(a), std::sin(a)});
  }
  return r;
}

const std::size_t kNoLimit = 1000000;

}  // namespace

Q_DECLARE_METATYPE(std::vector<hp::Ring>)

class TestRingCrossings : public QObject {
  Q_OBJECT

 private slots:
  void counts_data() {
    QTest::addColumn<std::vector<Ring>>("rings");
    QTest::addColumn<int>("crossings");
    const Ring square = ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}});
    QTest::newRow("square") << std::vector<Ring>{square} << 0;
    QTest::newRow("square, open, repeated vertex") << std::vector<Ring>{ring({{0, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}})} << 0;
    QTest::newRow("bow tie") << std::vector<Ring>{ring({{0, 0}, {10, 10}, {10, 0}, {0, 10}, {0, 0}})} << 1;
    QTest::newRow("pentagram {5/2}") << std::vector<Ring>{star(5, 2)} << 5;
    QTest::newRow("{7/3}") << std::vector<Ring>{star(7, 3)} << 14;
    // A hole sticking out of its shell through the right side: its two horizontal edges cross it.
    QTest::newRow("hole across the shell") << std::vector<Ring>{square, ring({{5, 4}, {15, 4}, {15, 6}, {5, 6}, {5, 4}})} << 2;
    // A hole touching the shell at (10, 5): two of its edges end there, on the shell's right edge.
    QTest::newRow("hole touching the shell") << std::vector<Ring>{square, ring({{5, 4}, {10, 5}, {5, 6}, {5, 4}})} << 2;
    // A second square on the first's right: the shared edge (x = 10) overlaps itself, and at each shared
    // corner the first's two edges there meet the second's two: 4 + 4 pairs, the shared edge's pair in both.
    QTest::newRow("two parts sharing an edge") << std::vector<Ring>{square, ring({{10, 0}, {20, 0}, {20, 10}, {10, 10}, {10, 0}})} << 7;
    QTest::newRow("fewer than 3 vertices") << std::vector<Ring>{ring({{0, 0}, {1, 1}, {0, 0}})} << 0;
  }
  void counts() {
    QFETCH(std::vector<Ring>, rings);
    QFETCH(int, crossings);
    QCOMPARE(countRingCrossings(rings, kNoLimit), std::size_t(crossings));
  }

  // The count stops one past the limit.
  void stopsPastTheLimit() {
    QCOMPARE(countRingCrossings({star(101, 2)}, 10), std::size_t(11));
    QCOMPARE(countRingCrossings({star(101, 2)}, 101), std::size_t(101));
    QCOMPARE(countRingCrossings({star(101, 2)}, 100), std::size_t(101));
  }
};

QTEST_GUILESS_MAIN(TestRingCrossings)
#include "test_ring_crossings.moc"
