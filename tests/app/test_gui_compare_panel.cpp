// SPDX-License-Identifier: GPL-3.0-or-later
// The candidates comparison table: rows, locale texts, numeric sorting, the reserve row.
#include <QDir>
#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <cmath>

#include "gui/panels/CompareCandidatesModel.h"
#include "gui/panels/CompareCandidatesPanel.h"
#include "sample/SampleProject.h"
#include "test_gui_support.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace hp;

static project::CandidateFigures figures(double areaKm2, long leopards, long min, long max, double cost, std::size_t parcels) {
  project::CandidateFigures f;
  f.capacity.areaKm2 = areaKm2;
  f.capacity.habitatKm2 = areaKm2 / 2;
  f.capacity.leopards = leopards;
  f.capacity.leopardsMin = min;
  f.capacity.leopardsMax = max;
  f.capacity.leopardsFractional = leopards + 0.25;
  f.costUsd = cost;
  f.parcels = parcels;
  return f;
}

class TestGuiComparePanel : public QObject {
  Q_OBJECT

 private slots:
  void modelTextsAndSorting() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    gui::CompareCandidatesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<project::CandidateFigures> rows = {figures(1000, 9, 1, 20, 2.5e6, 12), figures(258.9988110336, 2, 0, 6, 9e5, 3),
                                                   figures(1500, 11, 2, 30, 0, 0)};
    rows.back().capacity.id = "reserve";
    model.setRows({QStringLiteral("North"), QStringLiteral("South")}, rows);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(gui::CompareCandidatesModel::ColumnCount));
    using C = gui::CompareCandidatesModel;
    QCOMPARE(model.index(2, C::Name).data().toString(), QStringLiteral("Existing reserve alone"));
    QCOMPARE(model.index(0, C::AreaKm2).data().toString(), QStringLiteral("1,000.0"));
    QCOMPARE(model.index(1, C::AreaSqMi).data().toString(), QStringLiteral("100.0"));
    QCOMPARE(model.index(0, C::Range).data().toString(), QStringLiteral("1–20"));
    QCOMPARE(model.index(0, C::Cost).data().toString(), QStringLiteral("2,500,000"));
    QCOMPARE(model.index(1, C::Fractional).data().toString(), QStringLiteral("2.25"));
    // No reserve side yet: empty cells.
    QVERIFY(!model.index(0, C::Added).data().isValid());
    // North beside the reserve: together 13 leopards, the reserve alone 11, so North adds 2 for $2.5M.
    model::RegionCapacity together = rows[0].capacity;
    together.leopards = 13;
    together.leopardsMin = 3;
    together.leopardsMax = 50;
    rows[0].withReserve = together;
    rows[0].added = model::reserveAddition(together, rows.back().capacity, rows[0].costUsd);
    model.setRows({QStringLiteral("North"), QStringLiteral("South")}, rows);
    QCOMPARE(model.index(0, C::WithReserve).data().toString(), QStringLiteral("13"));
    QCOMPARE(model.index(0, C::Added).data().toString(), QStringLiteral("+2"));
    QCOMPARE(model.index(0, C::Added).data(Qt::UserRole).toLongLong(), 2LL);
    QCOMPARE(model.index(0, C::AddedRange).data().toString(), QStringLiteral("1–20"));  // 3-2, 50-30, 2
    QCOMPARE(model.index(0, C::AddedPerMusd).data().toString(), QStringLiteral("0.80"));
    QVERIFY(!model.index(2, C::Added).data().isValid());  // the reserve's own row

    // Corridors to the reserve once computed: North 67.3 km long at a cost of 209.5, 1.33 km wide;
    // South touches it; none computed yet: empty.
    QVERIFY(!model.index(0, C::CorridorCost).data().isValid());
    corridor::CorridorLink north, south;
    north.reachable = south.reachable = true;
    north.costKm = 209.5, north.lengthKm = 67.3, north.widthKm = 1.3349;
    south.costKm = 0, south.lengthKm = 0;
    model.setCorridors({{"North", north}, {"South", south}});
    QCOMPARE(model.index(0, C::CorridorCost).data().toString(), QStringLiteral("209.5"));
    QCOMPARE(model.index(0, C::CorridorLength).data().toString(), QStringLiteral("67.3"));
    QCOMPARE(model.index(0, C::CorridorWidth).data().toString(), QStringLiteral("1.33"));
    QCOMPARE(model.index(1, C::CorridorCost).data().toString(), QStringLiteral("0.0"));
    QCOMPARE(model.index(1, C::CorridorLength).data().toString(), QStringLiteral("touches"));
    QVERIFY(!model.index(2, C::CorridorCost).data().isValid());  // the reserve's own row
    south.reachable = false;
    model.setCorridors({{"North", north}, {"South", south}});
    QCOMPARE(model.index(1, C::CorridorWidth).data().toString(), QStringLiteral("unreachable"));
    QVERIFY(std::isinf(model.index(1, C::CorridorCost).data(Qt::UserRole).toDouble()));
    model.setCorridors({});

    // Sorted on the raw numbers: 900 000 < 2 500 000 although "9…" > "2…" as text.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    proxy.sort(C::Cost, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, C::Name).data().toString(), QStringLiteral("Existing reserve alone"));
    QCOMPARE(proxy.index(1, C::Name).data().toString(), QStringLiteral("South"));
    QCOMPARE(proxy.index(2, C::Name).data().toString(), QStringLiteral("North"));
    proxy.sort(C::Leopards, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, C::Leopards).data().toString(), QStringLiteral("11"));

    model.setRows({}, {});
    QCOMPARE(model.rowCount(), 0);
  }

  void panelComputesEveryCandidateAndTheReserve() {
    QTemporaryDir tmp;
    const project::Project project = project::makeSampleProject(test::writeFixtureRegion(tmp.path()));
    const project::ProjectData data = project::loadProjectData(project);
    const std::vector<project::CandidateFigures> batch = project::evaluateCandidates(project, data, true);
    gui::CompareCandidatesPanel panel;
    QSignalSpy finished(&panel, &gui::CompareCandidatesPanel::finished);
    panel.setProject(project);
    panel.refresh();
    QVERIFY(finished.wait(30000));
    QCOMPARE(panel.model()->rowCount(), int(batch.size()));
    using C = gui::CompareCandidatesModel;
    for (int r = 0; r < panel.model()->rowCount(); ++r)
      QCOMPARE(panel.model()->index(r, C::Leopards).data(Qt::UserRole).toLongLong(), qlonglong(batch[std::size_t(r)].capacity.leopards));
    for (int r = 0; r + 1 < panel.model()->rowCount(); ++r)
      QCOMPARE(panel.model()->index(r, C::Added).data(Qt::UserRole).toLongLong(), qlonglong(batch[std::size_t(r)].added->leopards));
    QCOMPARE(panel.model()->index(panel.model()->rowCount() - 1, C::Name).data().toString(), QStringLiteral("Existing reserve alone"));
    panel.resize(1300, 220);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // For a person to look at: HP_SCREENSHOT_DIR=DIR keeps the picture.
    if (const QString shots = qEnvironmentVariable("HP_SCREENSHOT_DIR"); !shots.isEmpty()) QVERIFY(panel.grab().save(QDir(shots).filePath(QStringLiteral("live_compare_panel.png"))));
  }
};

QTEST_MAIN(TestGuiComparePanel)
#include "test_gui_compare_panel.moc"
