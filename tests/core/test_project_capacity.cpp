// SPDX-License-Identifier: GPL-3.0-or-later
// Candidate reserves of a project through the capacity engine: parcels, drawn polygons, cost, reserve.
#include <QTemporaryDir>
#include <QtTest>

#include "geo/Error.h"
#include "project/ProjectCapacity.h"
#include "support/EqualAreaSquareProject.h"

using namespace hp;
using namespace hp::project;

class TestProjectCapacity : public QObject {
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

  void candidates() {
    const ProjectData data = loadProjectData(project_);
    const std::vector<CandidateFigures> f = evaluateCandidates(project_, data, true);
    QCOMPARE(f.size(), std::size_t(5));
    // 100 km² of q = 1 habitat in one patch: 100 / 41.44 = 2.41 -> 2; range: 100/310.8 = 0.32 -> 0 at
    // 120 sq mi, 2 at 16 sq mi.
    QCOMPARE(f[0].capacity.leopards, 2L);
    QVERIFY(std::abs(f[0].capacity.leopardsFractional - 100.0 / 41.4398) < 0.01);
    QCOMPARE(f[0].capacity.leopardsMin, 0L);
    QCOMPARE(f[0].capacity.leopardsMax, 2L);
    QCOMPARE(f[0].costUsd, 3.5e6);
    QCOMPARE(f[0].parcels, std::size_t(2));
    QVERIFY(std::abs(f[0].capacity.areaKm2 - 100.0) < 0.01);
    // 50 km²: 50 / 41.44 = 1.21 -> 1.
    QCOMPARE(f[1].capacity.leopards, 1L);
    QCOMPARE(f[1].costUsd, 1.0e6);
    // The drawn square is the same land as both halves: same figures, no cost.
    QCOMPARE(f[2].capacity.leopards, 2L);
    QVERIFY(std::abs(f[2].capacity.habitatKm2 - 100.0) < 0.01);
    QCOMPARE(f[2].costUsd, 0.0);
    // The east half (50 km² habitat -> 1) and the bare strip (0); the unknown id is skipped.
    QCOMPARE(f[3].capacity.leopards, 1L);
    QVERIFY(std::abs(f[3].capacity.areaKm2 - 100.0) < 0.01);
    QVERIFY(std::abs(f[3].capacity.habitatKm2 - 50.0) < 0.01);
    QCOMPARE(f[3].costUsd, 3.0e6);
    QCOMPARE(f[3].parcels, std::size_t(2));
    // The reserve row.
    QCOMPARE(f[4].capacity.id, std::string("reserve"));
    QCOMPARE(f[4].capacity.leopards, 1L);
  }

  void unknownIdsReported() {
    const ProjectData data = loadProjectData(project_);
    std::vector<std::string> unknown;
    const capacity::Region r = candidateRegion(project_.candidates[3], data, &unknown);
    QCOMPARE(r.parts.size(), std::size_t(2));
    QCOMPARE(unknown, std::vector<std::string>{"99"});
  }

  void modelFromProject() {
    // A higher habitat threshold than 100 % is invalid; 100 still counts the 100 % pixels.
    Project p = project_;
    p.modelJson = R"({"min_canopy_pct": 100})";
    const ProjectData data = loadProjectData(p);
    QCOMPARE(data.model.minCanopyPct, 100.0);
    p.modelJson = R"({"min_canopy": 50})";
    QVERIFY_THROWS_EXCEPTION(Error, loadProjectData(p));
  }
};

QTEST_GUILESS_MAIN(TestProjectCapacity)
#include "test_project_capacity.moc"
