// SPDX-License-Identifier: GPL-3.0-or-later
// Corridors (issue 17, point 2): the cost-distance pass against a plain textbook Dijkstra on an
// explicit graph, hand-computed least costs around a wall, resistance from canopy, and a project's
// reserve-to-candidate link through a forest channel, with and without a road across it.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>
#include <set>

#include "corridor/CostDistance.h"
#include "corridor/Corridors.h"
#include "corridor/PlaceCosts.h"
#include "corridor/ResistanceGrid.h"
#include "geo/Error.h"
#include "project/ProjectCapacity.h"
#include "support/EqualAreaSquareProject.h"

using namespace hp;
using namespace hp::corridor;

namespace {

ResistanceCells uniform(int w, int h, double cellKm) {
  ResistanceCells g;
  g.width = w;
  g.height = h;
  g.cellKm = cellKm;
  g.resistance.assign(g.size(), 1.0f);
  return g;
}

// The textbook algorithm on an explicit adjacency list, with a std::set as the priority queue.
std::vector<double> plainDijkstra(const ResistanceCells& g, const std::vector<std::int32_t>& sources) {
  const int n = int(g.size());
  std::vector<std::vector<std::pair<int, double>>> edges(static_cast<std::size_t>(n));
  for (int y = 0; y < g.height; ++y)
    for (int x = 0; x < g.width; ++x)
      for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx) {
          const int nx = x + dx, ny = y + dy;
          if ((dx == 0 && dy == 0) || nx < 0 || ny < 0 || nx >= g.width || ny >= g.height) continue;
          const int a = y * g.width + x, b = ny * g.width + nx;
          const double ra = g.resistance[std::size_t(a)], rb = g.resistance[std::size_t(b)];
          if (std::isinf(ra) || std::isinf(rb)) continue;
          const double length = (dx != 0 && dy != 0) ? std::sqrt(2.0) * g.cellKm : g.cellKm;
          edges[std::size_t(a)].push_back({b, (ra + rb) / 2 * length});
        }
  std::vector<double> dist(static_cast<std::size_t>(n), std::numeric_limits<double>::infinity());
  std::set<std::pair<double, int>> queue;
  for (const std::int32_t s : sources) {
    if (std::isinf(g.resistance[std::size_t(s)])) continue;
    dist[std::size_t(s)] = 0;
    queue.insert({0.0, s});
  }
  while (!queue.empty()) {
    const auto [d, u] = *queue.begin();
    queue.erase(queue.begin());
    for (const auto& [v, w] : edges[std::size_t(u)])
      if (d + w < dist[std::size_t(v)]) {
        queue.erase({dist[std::size_t(v)], v});
        dist[std::size_t(v)] = d + w;
        queue.insert({dist[std::size_t(v)], v});
      }
  }
  return dist;
}

}  // namespace

class TestCorridors : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  std::string p(const char* name) { return tmp_.filePath(name).toStdString(); }

 private slots:
  void agreesWithPlainDijkstra() {
    std::mt19937 random(17);
    std::uniform_real_distribution<float> resistance(1.0f, 12.0f);
    std::bernoulli_distribution wall(0.08);
    ResistanceCells g = uniform(31, 23, 0.09);
    for (float& r : g.resistance) r = wall(random) ? ResistanceCells::kImpassable : resistance(random);
    const std::vector<std::int32_t> sources = {0, 5 * 31 + 17, 22 * 31 + 30};
    const CostSurface fast = accumulateCost(g, sources);
    const std::vector<double> plain = plainDijkstra(g, sources);
    int reached = 0;
    for (std::size_t i = 0; i < g.size(); ++i) {
      QCOMPARE(std::isinf(fast.cost[i]), std::isinf(plain[i]));
      if (std::isinf(plain[i])) continue;
      ++reached;
      QVERIFY2(std::abs(fast.cost[i] - plain[i]) < 1e-9, qPrintable(QStringLiteral("cell %1: %2 vs %3").arg(i).arg(fast.cost[i]).arg(plain[i])));
      // The path found costs what the surface says, step by step.
      const std::vector<std::int32_t> path = pathTo(fast, std::int32_t(i));
      double along = 0;
      for (std::size_t k = 1; k < path.size(); ++k) {
        const int a = path[k - 1], b = path[k];
        const bool diagonal = a % 31 != b % 31 && a / 31 != b / 31;
        along += (double(g.resistance[std::size_t(a)]) + double(g.resistance[std::size_t(b)])) / 2.0 *
                 (diagonal ? std::sqrt(2.0) : 1.0) * 0.09;
      }
      QVERIFY(std::abs(along - fast.cost[i]) < 1e-9);
    }
    QVERIFY(reached > 600);  // most of the 713 cells
  }

  void handComputedCosts() {
    const ResistanceCells g = uniform(11, 11, 0.1);
    const CostSurface s = accumulateCost(g, {0});
    QVERIFY(std::abs(s.cost[5] - 0.5) < 1e-12);                                   // 5 east
    QVERIFY(std::abs(s.cost[3 * 11 + 3] - 0.3 * std::sqrt(2.0)) < 1e-12);         // 3 diagonal
    QVERIFY(std::abs(s.cost[2 * 11 + 5] - 0.1 * (3 + 2 * std::sqrt(2.0))) < 1e-12);  // 2 diagonal + 3 east

    // A wall down column 5 with a gap in the bottom row only: (0,0) -> (5,10) -> (10,0), each leg 5
    // diagonal and 5 straight steps.
    ResistanceCells walled = g;
    for (int y = 0; y < 10; ++y) walled.resistance[std::size_t(y * 11 + 5)] = ResistanceCells::kImpassable;
    const CostSurface w = accumulateCost(walled, {0});
    QVERIFY(std::abs(w.cost[10] - 0.1 * (10 * std::sqrt(2.0) + 10)) < 1e-12);
    const std::vector<std::int32_t> path = pathTo(w, 10);
    QVERIFY(std::find(path.begin(), path.end(), 10 * 11 + 5) != path.end());  // through the gap
    // A cell walled in on all sides is unreachable.
    ResistanceCells boxed = g;
    for (const int c : {3 * 11 + 7, 3 * 11 + 8, 3 * 11 + 9, 4 * 11 + 7, 4 * 11 + 9, 5 * 11 + 7, 5 * 11 + 8, 5 * 11 + 9})
      boxed.resistance[std::size_t(c)] = ResistanceCells::kImpassable;
    QVERIFY(std::isinf(accumulateCost(boxed, {0}).cost[4 * 11 + 8]));
    QVERIFY(pathTo(accumulateCost(boxed, {0}), 4 * 11 + 8).empty());
  }

  // leastCostOfPlaces (rank --reach-km): 100 m cells 10 × 3 from the middle row's first cell. A place
  // covering the centres of columns 5 and 6 costs 5 steps = 0.5 km; one smaller than a cell, inside
  // column 8 of the middle row, the cell it touches, 0.8; one without parts 0; one off the grid inf.
  void leastCostOfPlaces() {
    CorridorGrid grid;
    grid.cells = uniform(10, 3, 0.1);
    grid.crs = Crs::fromEpsg(6933);
    grid.transform.c = {0, 100, 0, 300, 0, -100};
    const CostSurface surface = accumulateCost(grid.cells, {10});
    using Parts = std::vector<std::shared_ptr<const OGRGeometry>>;
    const std::vector<Parts> places{{test::rect(500, 0, 700, 300)}, {test::rect(820, 120, 840, 140)}, {}, {test::rect(5000, 0, 5100, 100)}};
    const std::vector<double> cost = hp::corridor::leastCostOfPlaces(grid, surface, places, grid.crs);
    QCOMPARE(cost.size(), std::size_t(4));
    QVERIFY2(std::abs(cost[0] - 0.5) < 1e-9, qPrintable(QString::number(cost[0])));
    QVERIFY2(std::abs(cost[1] - 0.8) < 1e-9, qPrintable(QString::number(cost[1])));
    QCOMPARE(cost[2], 0.0);
    QVERIFY(std::isinf(cost[3]));
  }

  void resistanceFromCanopy() {
    // 4 x 2 pixels of 100 m: canopy 100 on the west half, 0 on the east, one no-data pixel pair.
    QCOMPARE(test::writeEqualAreaForest(p("small.tif"), 4, [](int col, int row) -> GByte {
               if (row >= 2) return 255;
               return col < 2 ? 100 : 0;
             }), CE_None);
    ResistanceModel model;
    model.cellSizeM = 200;
    const CorridorGrid grid = buildResistanceGrid(p("small.tif"), model);
    QCOMPARE(grid.cells.width, 2);
    QCOMPARE(grid.cells.height, 2);
    QCOMPARE(grid.cells.cellKm, 0.2);
    QCOMPARE(grid.cells.resistance[0], 1.0f);   // canopy 100
    QCOMPARE(grid.cells.resistance[1], 10.0f);  // canopy 0: open ground
    QVERIFY(std::isinf(grid.cells.resistance[2]));  // all no-data: impassable
    model.cellSizeM = 50;
    QVERIFY_THROWS_EXCEPTION(Error, buildResistanceGrid(p("small.tif"), model));  // finer than a pixel
  }

  void reserveToCandidateThroughAChannel() {
    // 200 x 200 px of 100 m in EPSG:6933 (x = -5000 + 100 col, y = 15000 - 100 row), no-data (impassable)
    // everywhere except: the reserve block, columns 20..39; the candidate block, columns 160..179 (both
    // rows 90..109); and a 3-pixel channel, rows 99..101, columns 40..159, all at canopy 100.
    QCOMPARE(test::writeEqualAreaForest(p("forest.tif"), 200, [](int col, int row) -> GByte {
               const bool block = row >= 90 && row < 110 && ((col >= 20 && col < 40) || (col >= 160 && col < 180));
               const bool channel = row >= 99 && row <= 101 && col >= 40 && col < 160;
               return block || channel ? 100 : 255;
             }), CE_None);
    auto x = [](double col) { return -5000 + 100 * col; };
    auto y = [](double row) { return 15000 - 100 * row; };
    const Crs ea = Crs::fromEpsg(6933);
    VectorLayer parcels;
    parcels.crs = ea;
    parcels.fields = {{"parcel_id", FieldType::String}};
    parcels.features.push_back({1, {std::string("east block")}, OGRGeometryUniquePtr(test::rect(x(160), y(110), x(180), y(90))->clone())});
    writeVectorLayer(p("parcels.gpkg"), parcels);
    VectorLayer reserve = parcels.clone();
    reserve.features.front().geometry.reset(test::rect(x(20), y(110), x(40), y(90))->clone());
    writeVectorLayer(p("reserve.gpkg"), reserve);
    project::Project project;
    project.crs = ea;
    project.layers = {{project::LayerRole::Forest, "f", p("forest.tif"), "", true, 1, ""},
                      {project::LayerRole::Parcels, "p", p("parcels.gpkg"), "", true, 1, ""},
                      {project::LayerRole::Reserve, "r", p("reserve.gpkg"), "", true, 1, ""}};
    project.candidates = {{"east", "#ff0000", {"east block"}, {}}};
    const project::ProjectData data = project::loadProjectData(project);

    CorridorOptions options;
    options.resistance.cellSizeM = 100;
    const std::vector<CorridorLink> links = projectCorridors(project, data, options);
    QCOMPARE(links.size(), std::size_t(1));
    const CorridorLink& l = links.front();
    QCOMPARE(l.from, std::string("reserve"));
    QCOMPARE(l.to, std::string("east"));
    QVERIFY(l.reachable);
    // Column 39 to column 160 along the channel: 121 steps of 0.1 km at resistance 1.
    QVERIFY2(std::abs(l.costKm - 12.1) < 1e-9, qPrintable(QString::number(l.costKm, 'f', 9)));
    // EASE-Grid 2.0 is equal-area with true scale at 30°: at the equator x = a·k0·λ with
    // k0 = cos 30° / sqrt(1 - e² sin² 30°), so a grid km east is 1 / k0 km on the ground and the path
    // (5 km north of the equator, where the scale differs by < 1e-6) is 12.1 / k0 = 13.9602 km long...
    const double e2 = 0.00669437999014, s30 = 0.5;
    const double k0 = std::cos(30.0 * M_PI / 180.0) / std::sqrt(1 - e2 * s30 * s30);
    QVERIFY2(std::abs(l.lengthKm - 12.1 / k0) < 1e-4, qPrintable(QString::number(l.lengthKm, 'f', 6)));
    // ... and the corridor is the channel (every detour in it costs < 1 km more): 360 cells of 0.01 km²
    // (equal-area), so the mean width is 3.6 km² / 13.9602 km = 0.2579 km: the channel's 0.3 grid km
    // times k0 on the ground, times 120/121 (the path runs centre to centre, a cell longer than the channel).
    QVERIFY2(std::abs(l.corridorAreaKm2 - 3.6) < 1e-6, qPrintable(QString::number(l.corridorAreaKm2, 'f', 6)));
    QVERIFY2(std::abs(l.widthKm - 0.3 * k0 * 120.0 / 121.0) < 1e-4, qPrintable(QString::number(l.widthKm, 'f', 6)));
    QVERIFY(l.path);
    QCOMPARE(l.path->toLineString()->getNumPoints(), 122);

    // A road across the channel at column 100: entering and leaving its cell add 2 × ½ × 20 × 0.1 km.
    VectorLayer roads;
    roads.crs = ea;
    auto road = std::make_unique<OGRLineString>();
    road->addPoint(x(100.5), y(80));
    road->addPoint(x(100.5), y(120));
    roads.features.push_back({1, {}, OGRGeometryUniquePtr(road.release())});
    options.roads = &roads;
    const CorridorLink crossed = projectCorridors(project, data, options).front();
    QVERIFY2(std::abs(crossed.costKm - 14.1) < 1e-9, qPrintable(QString::number(crossed.costKm, 'f', 9)));

    // The layer written for export: one feature with the figures and the path.
    const VectorLayer layer = corridorsLayer(links, ea);
    QCOMPARE(layer.features.size(), std::size_t(1));
    QCOMPARE(std::get<std::string>(layer.features[0].attributes[0]), std::string("reserve"));
    QCOMPARE(std::get<double>(layer.features[0].attributes[3]), l.costKm);
  }
};

QTEST_GUILESS_MAIN(TestCorridors)
#include "test_corridors.moc"
