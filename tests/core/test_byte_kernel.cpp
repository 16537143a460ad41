// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's vector loops over Byte canopy rows (core/capacity/ByteKernel.h) against plain
// loops, on random rows mixing long uniform stretches with speckle, every alignment and length.
#include <QtTest>

#include <random>
#include <vector>

#include "capacity/ByteKernel.h"

using namespace hp::capacity;

namespace {

struct Run {
  int begin, end;
  double total;
  bool operator==(const Run&) const = default;
};

std::vector<std::uint8_t> randomRow(std::mt19937& rng, int n) {
  // kReadPadding spare bytes after the row, filled with habitat values to catch over-reads.
  std::vector<std::uint8_t> row(static_cast<std::size_t>(n) + kReadPadding, 80);
  int i = 0;
  while (i < n) {  // the row proper
    const int len = 1 + int(rng() % 40);
    const int kind = int(rng() % 4);
    const std::uint8_t base = std::uint8_t(rng() % 256);
    for (int k = 0; k < len && i < n; ++k, ++i)
      row[std::size_t(i)] = kind == 0 ? std::uint8_t(rng() % 256) : kind == 1 ? std::uint8_t(60 + rng() % 41) : base;
  }
  return row;
}

}  // namespace

class TestByteKernel : public QObject {
  Q_OBJECT

 private slots:
  void matchesPlainLoops_data() {
    QTest::addColumn<int>("habitatMin");
    QTest::addColumn<int>("nodata");
    QTest::newRow("default, nodata 255") << 60 << -1;
    QTest::newRow("nodata 0") << 60 << 0;
    QTest::newRow("nodata 80 inside the habitat range") << 60 << 80;
    QTest::newRow("min 0") << 0 << -1;
    QTest::newRow("min 100") << 100 << -1;
  }
  void matchesPlainLoops() {
    QFETCH(int, habitatMin);
    QFETCH(int, nodata);
    const ByteThresholds t{std::uint8_t(habitatMin), nodata};
    double perKm2[256];
    for (int v = 0; v < 256; ++v) perKm2[v] = 1.0 + v / 1024.0;  // sums exact in binary
    std::mt19937 rng(99);
    for (int trial = 0; trial < 300; ++trial) {
      const int n = 1 + int(rng() % 300);
      const std::vector<std::uint8_t> row = randomRow(rng, n);
      // A piece [c0, c1) of the row; bytes past c1 are real data the kernels must ignore.
      const int c0 = int(rng() % std::size_t(n)), c1 = c0 + int(rng() % std::size_t(n - c0 + 1));
      std::uint64_t count = 0, sum = 0, wantCount = 0, wantSum = 0;
      sumValidCanopy(row.data() + c0, c1 - c0, t, count, sum);
      std::vector<Run> runs, want;
      habitatRuns(row.data() + c0, c1 - c0, c0, t, perKm2, [&](int b, int e, double total) { runs.push_back({b, e, total}); });
      int start = -1;
      double total = 0;
      for (int c = c0; c < c1; ++c) {
        const int v = row[std::size_t(c)];
        const bool valid = v <= 100 && v != nodata;
        wantCount += valid;
        wantSum += valid ? std::uint64_t(v) : 0;
        if (valid && v >= habitatMin) {
          if (start < 0) start = c, total = 0;
          total += perKm2[v];
        } else if (start >= 0) {
          want.push_back({start, c, total});
          start = -1;
        }
      }
      if (start >= 0) want.push_back({start, c1, total});
      QCOMPARE(count, wantCount);
      QCOMPARE(sum, wantSum);
      QCOMPARE(runs.size(), want.size());
      for (std::size_t i = 0; i < runs.size(); ++i) {
        QCOMPARE(runs[i].begin, want[i].begin);
        QCOMPARE(runs[i].end, want[i].end);
        QCOMPARE(runs[i].total, want[i].total);
      }
    }
  }
};

QTEST_APPLESS_MAIN(TestByteKernel)
#include "test_byte_kernel.moc"
