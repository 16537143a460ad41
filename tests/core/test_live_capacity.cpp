// SPDX-License-Identifier: GPL-3.0-or-later
// A kept capacity session gives, candidate by candidate, exactly the figures of evaluateCandidates.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "capacity/CapacitySession.h"
#include "geo/Error.h"
#include "project/ProjectCapacity.h"
#include "support/EqualAreaSquareProject.h"

using namespace hp;
using namespace hp::project;

// Bit-for-bit: NaN mean canopy equals NaN.
static bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

static void compareFigures(const CandidateFigures& a, const CandidateFigures& b) {
  QCOMPARE(a.capacity.id, b.capacity.id);
  QCOMPARE(a.capacity.areaKm2, b.capacity.areaKm2);
  QCOMPARE(a.capacity.habitatKm2, b.capacity.habitatKm2);
  QVERIFY(same(a.capacity.meanCanopyPct, b.capacity.meanCanopyPct));
  QCOMPARE(a.capacity.patches, b.capacity.patches);
  QCOMPARE(a.capacity.largestPatchKm2, b.capacity.largestPatchKm2);
  QCOMPARE(a.capacity.leopards, b.capacity.leopards);
  QCOMPARE(a.capacity.leopardsFractional, b.capacity.leopardsFractional);
  QCOMPARE(a.capacity.leopardsMin, b.capacity.leopardsMin);
  QCOMPARE(a.capacity.leopardsMax, b.capacity.leopardsMax);
  QCOMPARE(a.costUsd, b.costUsd);
  QCOMPARE(a.parcels, b.parcels);
}

class TestLiveCapacity : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  Project project_;

  std::string p(const char* name) { return tmp_.filePath(name).toStdString(); }

 private slots:
  void initTestCase() {
    // EPSG:6933 (equal-area), 100 m pixels, 200 x 200 px: canopy 100 % on the 10 km square
    // x 0..10 km, y 0..10 km; 0 % elsewhere. One basin covers everything.
    QCOMPARE(test::writeEqualAreaForest(p("forest.tif"), 200, test::canopyOnSquare), CE_None);
    // Parcels 1 and 2: the west and east halves (50 km² each), 3: a 5 km strip outside the forest.
    // The existing reserve: the west half again.
    project_ = test::writeEqualAreaSquareLayers(tmp_.path().toStdString(), {1, 2, 3}, {1.0e6, 2.5e6, 0.5e6});
    project_.candidates = test::equalAreaSquareCandidates();
  }

  void sessionEqualsEvaluateCandidates() {
    const ProjectData data = loadProjectData(project_);
    const std::vector<CandidateFigures> batch = evaluateCandidates(project_, data, true);
    capacity::CapacitySession session(data.inputs, data.model);
    // Twice: the kept raster and transforms give the same answer on reuse.
    for (int pass = 0; pass < 2; ++pass)
      for (std::size_t i = 0; i < project_.candidates.size(); ++i)
        compareFigures(evaluateCandidate(session, project_.candidates[i], data), batch[i]);
    // The reserve alone, as the batch's last row.
    const model::RegionCapacity reserve = session.evaluate(reserveRegion(data));
    QCOMPARE(reserve.leopards, batch.back().capacity.leopards);
    QCOMPARE(reserve.habitatKm2, batch.back().capacity.habitatKm2);
    QCOMPARE(reserve.areaKm2, batch.back().capacity.areaKm2);
  }

  void withReserve() {
    // East half + the reserve (west half) = the whole forest square: 100 km² habitat -> 2 leopards.
    const ProjectData data = loadProjectData(project_);
    capacity::CapacitySession session(data.inputs, data.model);
    const CandidateFigures f = evaluateCandidate(session, {"east", "#000000", {"2"}, {}}, data, true);
    QCOMPARE(f.capacity.leopards, 1L);  // alone: 50 km², 1.21 -> 1
    QVERIFY(f.withReserve);
    QCOMPARE(f.withReserve->leopards, 2L);
    QVERIFY(std::abs(f.withReserve->habitatKm2 - 100.0) < 0.01);
    QCOMPARE(f.costUsd, 2.5e6);  // the reserve is not bought
  }

  void cancelStops() {
    const ProjectData data = loadProjectData(project_);
    capacity::CapacitySession session(data.inputs, data.model);
    const Progress stop = [](double, const std::string&) { return false; };
    QVERIFY_THROWS_EXCEPTION(Cancelled, evaluateCandidate(session, project_.candidates[0], data, false, stop));
    // Still usable afterwards.
    QCOMPARE(evaluateCandidate(session, project_.candidates[0], data).capacity.leopards, 2L);
  }
};

QTEST_GUILESS_MAIN(TestLiveCapacity)
#include "test_live_capacity.moc"
