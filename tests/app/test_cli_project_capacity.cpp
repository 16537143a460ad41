// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli capacity --project [--candidates] [--forest-version]: the same figures as core computes.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "project/ProjectCapacity.h"
#include "project/ProjectFile.h"
#include "sample/SampleProject.h"
#include "support/CliRunner.h"

using namespace hp;


class TestCliProjectCapacity : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString project_;

  int run(const QStringList& args, QString* err = nullptr) {
    const test::CliResult r = test::runCli(args);
    if (err) *err = r.err;
    return r.exitCode;
  }

 private slots:
  void initTestCase() { project_ = QString::fromStdString(project::writeSample(tmp_.filePath("s").toStdString())); }

  void candidatesMatchCore() {
    const QString out = tmp_.filePath("c.csv");
    QCOMPARE(run({"capacity", "--project", project_, "--candidates", "--out", out}), 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split('\n');
    // The capacity columns first, as before (scripts read them by position), then cost and the reserve side.
    QCOMPARE(lines[0], QStringLiteral("id,area_km2,habitat_km2,mean_canopy,patches,largest_patch_km2,leopards,"
                                      "leopards_fractional,leopards_min,leopards_max,cost_usd,leopards_with_reserve,"
                                      "leopards_with_reserve_min,leopards_with_reserve_max,added_area_km2,"
                                      "added_habitat_km2,added_leopards,added_leopards_fractional,added_leopards_min,"
                                      "added_leopards_max,added_per_musd"));
    QCOMPARE(lines.size(), 4);  // two candidates and the reserve
    QVERIFY(lines[1].startsWith("Reserve extension (sample),"));
    QVERIFY(lines[3].startsWith("reserve,"));
    // The same numbers as the core call the GUI makes.
    const project::Project p = project::loadProject(project_.toStdString()).project;
    const auto figures = project::evaluateCandidates(p, project::loadProjectData(p), true);
    for (int i = 0; i < 3; ++i) {
      const QStringList cells = lines[i + 1].split(',');
      QCOMPARE(cells[6].toLong(), figures[i].capacity.leopards);
      QVERIFY(std::abs(cells[1].toDouble() - figures[i].capacity.areaKm2) < 1e-5);
      QVERIFY(std::abs(cells[7].toDouble() - figures[i].capacity.leopardsFractional) < 1e-5);
      QVERIFY(std::abs(cells[10].toDouble() - figures[i].costUsd) < 0.01);
    }
    // Each candidate with the reserve, and what it adds: (candidate ∪ reserve) - reserve.
    std::vector<model::ReserveAddition> added;
    for (int i = 0; i < 2; ++i) added.push_back(figures[i].added.value());
    for (int i = 0; i < 2; ++i) {
      const QStringList cells = lines[i + 1].split(',');
      QCOMPARE(cells.size(), 21);
      QCOMPARE(cells[11].toLong(), figures[i].withReserve->leopards);
      QCOMPARE(cells[16].toLong(), figures[i].withReserve->leopards - figures[2].capacity.leopards);
      QCOMPARE(cells[16].toLong(), added[i].leopards);
      QVERIFY(std::abs(cells[14].toDouble() - added[i].areaKm2) < 1e-5);
      QVERIFY(added[i].leopardsMin <= added[i].leopards && added[i].leopards <= added[i].leopardsMax);
    }
    // The extension the sample builds is bought to add at least one leopard to the park.
    QVERIFY(added[0].leopards >= 1);
    // The reserve's own row has no reserve side.
    QVERIFY(lines[3].endsWith(QStringLiteral(",,,,,,,,,,")));
  }

  void parcelsFromProject() {
    const QString out = tmp_.filePath("p.csv");
    QCOMPARE(run({"capacity", "--project", project_, "--forest-version", "latest", "--out", out}), 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const int rows = QString::fromUtf8(f.readAll()).trimmed().split('\n').size() - 1;
    QCOMPARE(rows, 700);  // the sample's parcels, one row each
  }

  void errors() {
    QString err;
    QCOMPARE(run({"capacity", "--project", project_, "--forest-version", "7", "--out", tmp_.filePath("x.csv")}, &err), 1);
    QVERIFY2(err.contains("forest version 7"), qPrintable(err));
    QCOMPARE(run({"capacity", "--candidates", "--out", tmp_.filePath("x.csv")}), 2);
    QCOMPARE(run({"capacity", "--project", tmp_.filePath("none.hplan"), "--out", tmp_.filePath("x.csv")}, &err), 1);
    QVERIFY(err.contains("none.hplan"));
  }
};

QTEST_GUILESS_MAIN(TestCliProjectCapacity)
#include "test_cli_project_capacity.moc"
