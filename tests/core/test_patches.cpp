// SPDX-License-Identifier: GPL-3.0-or-later
// Streaming 8-connected patch labelling (core/model/Patches.h): hand cases and a random grid
// checked against a plain flood fill.
#include <QtTest>

#include <cmath>
#include <queue>
#include <random>

#include "model/Patches.h"
#include "model/Territory.h"

using namespace hp::model;

namespace {

const double kTMin = 41.439809765376;   // 16 sq mi
const double kTMax = 310.79857324032;   // 120 sq mi

// A grid of strings ('#' = habitat pixel of 1 km² holding 1/T_min equivalents) fed row by row.
PatchTotals label(const QStringList& rows, double pixelKm2 = 1.0) {
  PatchLabeller labeller(kTMin, kTMax);
  for (int r = 0; r < rows.size(); ++r) {
    std::vector<HabitatRun> runs;
    const QString& row = rows[r];
    for (int c = 0; c < row.size();) {
      if (row[c] != '#') {
        ++c;
        continue;
      }
      int e = c;
      while (e < row.size() && row[e] == '#') ++e;
      runs.push_back({c, e, (e - c) * pixelKm2, (e - c) * pixelKm2 / kTMin});
      c = e;
    }
    labeller.addRow(r, runs);
  }
  return labeller.finish();
}

}  // namespace

class TestPatches : public QObject {
  Q_OBJECT

 private slots:
  void shapes_data() {
    QTest::addColumn<QStringList>("grid");
    QTest::addColumn<int>("patches");
    QTest::addColumn<double>("largestKm2");
    QTest::newRow("one run") << QStringList{"..###.."} << 1 << 3.0;
    QTest::newRow("diagonal touch is one patch (8-connected)") << QStringList{"##...", "..##."} << 1 << 4.0;
    QTest::newRow("one column apart is two") << QStringList{"##...", "...##"} << 2 << 2.0;
    QTest::newRow("anti-diagonal touch") << QStringList{"...##", ".##.."} << 1 << 4.0;
    QTest::newRow("U merges at the bottom") << QStringList{"#...#", "#...#", "#####"} << 1 << 9.0;
    QTest::newRow("empty row separates") << QStringList{"###", "...", "###"} << 2 << 3.0;
    QTest::newRow("comb: three teeth, one spine")
        << QStringList{"#.#.#", "#.#.#", "#####", "....."} << 1 << 11.0;
    QTest::newRow("spiral")
        << QStringList{"#######", "#.....#", "#.###.#", "#.#.#.#", "#.#...#", "#.#####"} << 1 << 27.0;
    QTest::newRow("nothing") << QStringList{".....", "....."} << 0 << 0.0;
    // Rows whose runs each continue one run above (the labeller's short cut), then rows that do not.
    QTest::newRow("three columns, each run continuing one")
        << QStringList{"#..#..#", "#..#..#", ".#.#.#.", ".#.#.#."} << 3 << 4.0;
    QTest::newRow("two columns meeting after one-to-one rows")
        << QStringList{"##...##", ".##.##.", ".##.##.", "..###.."} << 1 << 15.0;
    QTest::newRow("a run touching two above is not one-to-one") << QStringList{"#.#..#", "###..#", "###..#"} << 2 << 8.0;
    QTest::newRow("a run touching the next one above is not one-to-one")
        << QStringList{"#...#", ".#.#.", "..#.#"} << 1 << 6.0;
  }
  void shapes() {
    QFETCH(QStringList, grid);
    QFETCH(int, patches);
    QFETCH(double, largestKm2);
    const PatchTotals t = label(grid);
    QCOMPARE(t.patches, long(patches));
    QCOMPARE(t.largestPatchKm2, largestKm2);
  }

  void floorPerPatch() {
    // Two patches of 50 pixels × 1 km² = 50 km² each: 50 / 41.4398 = 1.2066 → 1 leopard each, 2 in all;
    // Σ equivalents 2.4131. Minimum: 50 / 310.7986 = 0.16 → 0. Maximum: same as leopards at q = 1 → 2.
    const QString half(50, '#');
    const PatchTotals t = label({half + "." + half});
    QCOMPARE(t.patches, 2L);
    QCOMPARE(t.leopards, 2L);
    QCOMPARE(t.leopardsMin, 0L);
    QCOMPARE(t.leopardsMax, 2L);
    QVERIFY(std::abs(t.equivalents - 100 / kTMin) < 1e-12);  // 2.4131
    QCOMPARE(t.habitatKm2, 100.0);

    // Four patches of 25 km²: 25 / 41.4398 = 0.603 each → 0 whole leopards though Σ is still 2.4131.
    const QString quarter(25, '#');
    const PatchTotals q = label({quarter + "." + quarter + "." + quarter + "." + quarter});
    QCOMPARE(q.patches, 4L);
    QCOMPARE(q.leopards, 0L);
    QCOMPARE(q.leopardsMax, 0L);
    QVERIFY(std::abs(q.equivalents - 100 / kTMin) < 1e-12);

    // One patch of 400 km²: 400 / 41.4398 = 9.65 → 9; min 400 / 310.7986 = 1.29 → 1; max 9.
    const PatchTotals big = label({QString(400, '#')});
    QCOMPARE(big.leopards, 9L);
    QCOMPARE(big.leopardsMin, 1L);
    QCOMPARE(big.leopardsMax, 9L);
  }

  void gapInRowNumbersSeparates() {
    PatchLabeller labeller(kTMin, kTMax);
    const HabitatRun run{0, 3, 3.0, 0.0};
    labeller.addRow(0, std::span(&run, 1));
    labeller.addRow(2, std::span(&run, 1));  // row 1 never arrived: not touching
    QCOMPARE(labeller.finish().patches, 2L);
  }

  void randomGridMatchesFloodFill() {
    std::mt19937 rng(20240603);
    for (int trial = 0; trial < 40; ++trial) {
      const int w = 1 + int(rng() % 60), h = 1 + int(rng() % 60);
      const double density = 0.2 + 0.6 * (rng() % 1000) / 1000.0;
      std::vector<std::vector<char>> g(static_cast<std::size_t>(h), std::vector<char>(static_cast<std::size_t>(w)));
      QStringList rows;
      for (int r = 0; r < h; ++r) {
        QString s;
        for (int c = 0; c < w; ++c) {
          g[std::size_t(r)][std::size_t(c)] = (rng() % 1000) < density * 1000 ? 1 : 0;
          s += g[std::size_t(r)][std::size_t(c)] ? '#' : '.';
        }
        rows << s;
      }
      // Reference: breadth-first flood fill over the 8 neighbours.
      std::vector<std::vector<int>> seen(static_cast<std::size_t>(h), std::vector<int>(static_cast<std::size_t>(w), 0));
      long patches = 0, leopards = 0;
      double largest = 0;
      for (int r = 0; r < h; ++r)
        for (int c = 0; c < w; ++c) {
          if (!g[std::size_t(r)][std::size_t(c)] || seen[std::size_t(r)][std::size_t(c)]) continue;
          ++patches;
          long size = 0;
          std::queue<std::pair<int, int>> todo;
          todo.push({r, c});
          seen[std::size_t(r)][std::size_t(c)] = 1;
          while (!todo.empty()) {
            auto [y, x] = todo.front();
            todo.pop();
            ++size;
            for (int dy = -1; dy <= 1; ++dy)
              for (int dx = -1; dx <= 1; ++dx) {
                const int ny = y + dy, nx = x + dx;
                if (ny < 0 || nx < 0 || ny >= h || nx >= w) continue;
                if (!g[std::size_t(ny)][std::size_t(nx)] || seen[std::size_t(ny)][std::size_t(nx)]) continue;
                seen[std::size_t(ny)][std::size_t(nx)] = 1;
                todo.push({ny, nx});
              }
          }
          largest = std::max(largest, double(size) * 20.0);
          leopards += wholeLeopards(size * 20.0 / kTMin);
        }
      const PatchTotals t = label(rows, 20.0);  // 20 km² pixels so patches hold whole leopards
      QCOMPARE(t.patches, patches);
      QCOMPARE(t.largestPatchKm2, largest);
      QCOMPARE(t.leopards, leopards);
    }
  }
};

QTEST_APPLESS_MAIN(TestPatches)
#include "test_patches.moc"
