// SPDX-License-Identifier: GPL-3.0-or-later
// What a candidate adds to the existing reserve (issue 17, point 1): golden cases computed by hand.
// EPSG:6933 is equal-area, so a 100 m pixel is 0.01 km² and every figure below is exact arithmetic.
// Canopy is 100 % (quality 1), so a leopard needs T_min = 16 sq mi = 41.439809765 km² (T_max =
// 120 sq mi = 310.798573240 km² for the low end of the range).
//
//   y 0..10 km   habitat x 0..8.5 km   | bare 8.5..10 km |   habitat x 10..15 km
//                [reserve 0..5 km][join 5..8.5 km]           [apart 10..15 km]
//                  [inside 1..4 km]
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "model/ReserveAddition.h"
#include "project/ProjectCapacity.h"
#include "support/EqualAreaSquareProject.h"

using namespace hp;
using namespace hp::project;

namespace {
constexpr double kTmin = 41.439809765;  // km²

OGRGeometryUniquePtr box(double x0, double x1) { return OGRGeometryUniquePtr(test::rect(x0, 0, x1, 10000)->clone()); }

// Habitat on x 0..8.5 km and x 10..15 km (columns 50..134 and 150..199), rows 50..149 (y 0..10 km).
GByte forest(int col, int row) {
  const bool y = row >= 50 && row < 150;
  return y && ((col >= 50 && col < 135) || col >= 150) ? 100 : 0;
}
}  // namespace

class TestReserveAddition : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  Project project_;

  std::string p(const char* name) { return tmp_.filePath(name).toStdString(); }

 private slots:
  void initTestCase() {
    QCOMPARE(test::writeEqualAreaForest(p("forest.tif"), 200, forest), CE_None);
    const Crs ea = Crs::fromEpsg(6933);
    VectorLayer basins;
    basins.crs = ea;
    basins.fields = {{"basin_id", FieldType::Integer}};
    basins.features.push_back({1, {std::int64_t(1)}, OGRGeometryUniquePtr(test::rect(-5000, -5000, 15000, 15000)->clone())});
    writeVectorLayer(p("basins.gpkg"), basins);
    // Text ids as cadastral registers write them.
    VectorLayer parcels;
    parcels.crs = ea;
    parcels.fields = {{"parcel_id", FieldType::String}, {"price_usd", FieldType::Real}};
    parcels.features.push_back({1, {std::string("25:34:010101:12"), 2.0e6}, box(5000, 8500)});   // join
    parcels.features.push_back({2, {std::string("25:34:010101:13"), 1.5e6}, box(1000, 4000)});   // inside
    parcels.features.push_back({3, {std::string("KR-2231-07"), 5.0e6}, box(10000, 15000)});      // apart
    writeVectorLayer(p("parcels.gpkg"), parcels);
    VectorLayer reserve;
    reserve.crs = ea;
    reserve.fields = {{"name", FieldType::String}};
    reserve.features.push_back({1, {std::string("Kedrovaya Pad")}, box(0, 5000)});
    writeVectorLayer(p("reserve.gpkg"), reserve);

    project_.crs = ea;
    project_.layers = {{LayerRole::Forest, "f", p("forest.tif"), "", true, 1, ""},
                       {LayerRole::Basins, "b", p("basins.gpkg"), "", true, 1, ""},
                       {LayerRole::Parcels, "p", p("parcels.gpkg"), "", true, 1, ""},
                       {LayerRole::Reserve, "r", p("reserve.gpkg"), "", true, 1, ""}};
    project_.candidates = {{"join", "#ff0000", {"25:34:010101:12"}, {}},
                           {"inside", "#00ff00", {"25:34:010101:13"}, {}},
                           {"apart", "#0000ff", {"KR-2231-07"}, {}},
                           {"join and apart", "#000000", {"25:34:010101:12", "KR-2231-07"}, {}}};
  }

  void joiningAPatchAddsMoreThanItHoldsAlone() {
    const ProjectData data = loadProjectData(project_);
    const std::vector<CandidateFigures> f = evaluateCandidates(project_, data, true);
    QCOMPARE(f.size(), std::size_t(5));
    const model::RegionCapacity& reserve = f.back().capacity;
    QCOMPARE(reserve.id, std::string("reserve"));
    // The reserve: 50 km², 50 / 41.44 = 1.21 -> 1 leopard (0 at T_max: 50 / 310.8).
    QVERIFY(std::abs(reserve.habitatKm2 - 50.0) < 1e-6);
    QCOMPARE(reserve.leopards, 1L);
    QCOMPARE(reserve.leopardsMin, 0L);

    // join alone: 35 km², 0.845 -> 0 leopards. With the reserve: one 85 km² patch, 2.05 -> 2. Adds 1.
    QCOMPARE(f[0].capacity.leopards, 0L);
    QVERIFY(std::abs(f[0].capacity.leopardsFractional - 35.0 / kTmin) < 1e-6);
    QVERIFY(f[0].withReserve);
    QVERIFY(std::abs(f[0].withReserve->habitatKm2 - 85.0) < 1e-6);
    QCOMPARE(f[0].withReserve->patches, 1L);
    QCOMPARE(f[0].withReserve->leopards, 2L);

    std::vector<model::ReserveAddition> added;
    for (std::size_t i = 0; i < 4; ++i) {
      QVERIFY(f[i].added);
      added.push_back(*f[i].added);
    }
    QVERIFY(!f[4].added);  // the reserve's own row
    QCOMPARE(added[0].leopards, 1L);
    QVERIFY(std::abs(added[0].areaKm2 - 35.0) < 1e-6);
    QVERIFY(std::abs(added[0].habitatKm2 - 35.0) < 1e-6);
    QVERIFY(std::abs(added[0].leopardsFractional - 35.0 / kTmin) < 1e-6);
    // Range: at T_max 85 / 310.8 and 50 / 310.8 both floor to 0 (adds 0); at T_min 2 - 1 = 1.
    QCOMPARE(added[0].leopardsMin, 0L);
    QCOMPARE(added[0].leopardsMax, 1L);
    QCOMPARE(added[0].leopardsPerMillionUsd, 0.5);  // 1 leopard for $2.0M

    // inside: already owned land adds nothing, though alone its 30 km² would be 0.72 -> 0 anyway.
    QVERIFY(std::abs(f[1].capacity.habitatKm2 - 30.0) < 1e-6);
    QCOMPARE(added[1].leopards, 0L);
    QVERIFY(std::abs(added[1].areaKm2) < 1e-6);
    QVERIFY(std::abs(added[1].leopardsFractional) < 1e-9);
    QCOMPARE(added[1].leopardsPerMillionUsd, 0.0);

    // apart: its own 50 km² patch, 1 leopard alone, and 1 added (two patches: 1 + 1 = 2).
    QCOMPARE(f[2].capacity.leopards, 1L);
    QCOMPARE(f[2].withReserve->patches, 2L);
    QCOMPARE(f[2].withReserve->leopards, 2L);
    QCOMPARE(added[2].leopards, 1L);
    QCOMPARE(added[2].leopardsPerMillionUsd, 0.2);

    // join and apart: alone 0 + 1 = 1 (patches of 35 and 50 km²); with the reserve 2 + 1 = 3; adds 2.
    QCOMPARE(f[3].capacity.leopards, 1L);
    QCOMPARE(f[3].withReserve->leopards, 3L);
    QCOMPARE(added[3].leopards, 2L);
    QCOMPARE(f[3].costUsd, 7.0e6);
  }

  void keptSessionGivesTheSameFigures() {
    const ProjectData data = loadProjectData(project_);
    const std::vector<CandidateFigures> batch = evaluateCandidates(project_, data, true);
    capacity::CapacitySession session(data.inputs, data.model);
    for (std::size_t i = 0; i < project_.candidates.size(); ++i) {
      const CandidateFigures one = evaluateCandidate(session, project_.candidates[i], data, true);
      QCOMPARE(one.capacity.leopards, batch[i].capacity.leopards);
      QVERIFY(one.withReserve);
      QCOMPARE(one.withReserve->leopards, batch[i].withReserve->leopards);
      QVERIFY(std::abs(one.withReserve->habitatKm2 - batch[i].withReserve->habitatKm2) < 1e-9);
      QCOMPARE(one.added->leopards, batch[i].added->leopards);
      // The reserve alone kept by the caller gives the same as evaluating it each time.
      const std::optional<model::RegionCapacity> reserve = evaluateReserve(session, data);
      QVERIFY(reserve);
      QCOMPARE(reserve->leopards, batch.back().capacity.leopards);
      const CandidateFigures kept = evaluateCandidate(session, project_.candidates[i], data, true, {}, nullptr, &*reserve);
      QCOMPARE(kept.added->leopards, batch[i].added->leopards);
      QCOMPARE(kept.added->leopardsMax, batch[i].added->leopardsMax);
    }
    // Without a reserve layer there is nothing to add to.
    Project noReserve = project_;
    noReserve.layers.pop_back();
    const std::vector<CandidateFigures> alone = evaluateCandidates(noReserve, loadProjectData(noReserve), true);
    QCOMPARE(alone.size(), std::size_t(4));
    QVERIFY(!alone[0].withReserve);
    QVERIFY(!alone[0].added);
  }

  void rangeSpansEveryAssumption() {
    // Floors make differences non-monotone: here T_max adds 2, T_min adds 0 and the weighted figure 1.
    model::RegionCapacity with, reserve;
    with.leopards = 4; with.leopardsMin = 3; with.leopardsMax = 5;
    reserve.leopards = 3; reserve.leopardsMin = 1; reserve.leopardsMax = 5;
    const model::ReserveAddition a = model::reserveAddition(with, reserve, 0);
    QCOMPARE(a.leopards, 1L);
    QCOMPARE(a.leopardsMin, 0L);
    QCOMPARE(a.leopardsMax, 2L);
    QVERIFY(std::isnan(a.leopardsPerMillionUsd));  // nothing paid
  }
};

QTEST_GUILESS_MAIN(TestReserveAddition)
#include "test_reserve_addition.moc"
