// SPDX-License-Identifier: GPL-3.0-or-later
// LiveCapacity: figures off the GUI thread, equal to evaluateCandidates; the newest request wins.
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "project/ProjectCapacity.h"
#include "sample/SampleProject.h"
#include "test_gui_support.h"
#include "gui/workspace/LiveCapacity.h"
#include "gui/panels/CandidateFiguresPanel.h"

#include <QLabel>
#include <QProgressBar>

using namespace hp;

class TestGuiLiveCapacity : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  project::Project project_;

 private slots:
  void initTestCase() {
    project_ = project::makeSampleProject(test::writeFixtureRegion(tmp_.path()));
    QVERIFY(project_.candidates.size() >= 2);
  }

  void figuresEqualBatch() {
    const project::ProjectData data = project::loadProjectData(project_);
    const std::vector<project::CandidateFigures> batch = project::evaluateCandidates(project_, data, true);
    gui::LiveCapacity live;
    QSignalSpy ready(&live, &gui::LiveCapacity::figuresReady);
    for (int i = 0; i < int(project_.candidates.size()); ++i) {
      live.request(project_, i);
      QVERIFY(ready.wait(20000));
      const auto f = ready.takeLast();
      QCOMPARE(f.at(0).toInt(), i);
      const auto figures = f.at(1).value<project::CandidateFigures>();
      QCOMPARE(figures.capacity.leopards, batch[std::size_t(i)].capacity.leopards);
      QCOMPARE(figures.capacity.habitatKm2, batch[std::size_t(i)].capacity.habitatKm2);
      QCOMPARE(figures.capacity.leopardsFractional, batch[std::size_t(i)].capacity.leopardsFractional);
      QCOMPARE(figures.costUsd, batch[std::size_t(i)].costUsd);
      // Beside the reserve, as the batch (one raster pass for every union) computes it.
      QVERIFY(figures.withReserve && figures.added);
      QCOMPARE(figures.withReserve->leopards, batch[std::size_t(i)].withReserve->leopards);
      QCOMPARE(figures.added->leopards, batch[std::size_t(i)].added->leopards);
      QCOMPARE(figures.added->leopardsMax, batch[std::size_t(i)].added->leopardsMax);
    }
  }

  void newestRequestWins() {
    gui::LiveCapacity live;
    QSignalSpy ready(&live, &gui::LiveCapacity::figuresReady);
    QSignalSpy failed(&live, &gui::LiveCapacity::failed);
    live.request(project_, 0);
    live.request(project_, 1);
    live.request(project_, 0);
    live.request(project_, 1);
    QVERIFY(ready.wait(20000));
    QTest::qWait(300);  // anything superseded would have arrived by now
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toInt(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!live.isBusy());
  }

  void missingLayerFails() {
    project::Project broken = project_;
    for (project::LayerRef& l : broken.layers)
      if (l.role == project::LayerRole::Parcels) l.path = tmp_.filePath("nowhere.gpkg").toStdString();
    gui::LiveCapacity live;
    QSignalSpy failed(&live, &gui::LiveCapacity::failed);
    live.request(broken, 0);
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.at(0).at(0).toString().contains("nowhere.gpkg"));
  }

  void panelTexts() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    gui::CandidateFiguresPanel panel;
    project::CandidateFigures f;
    f.capacity.areaKm2 = 258.9988110336;  // 100 sq mi
    f.capacity.habitatKm2 = 1234.5;
    f.capacity.patches = 3;
    f.capacity.leopards = 5;
    f.capacity.leopardsMin = 1;
    f.capacity.leopardsMax = 12;
    f.capacity.leopardsFractional = 5.678;
    f.costUsd = 2500000;
    f.parcels = 4;
    panel.setCandidateName(QStringLiteral("East block"));
    panel.setBusy(true);
    QVERIFY(!panel.busyBar()->isHidden());
    panel.setFigures(f);
    panel.setBusy(false);
    QVERIFY(panel.busyBar()->isHidden());
    QCOMPARE(panel.nameLabel()->text(), QStringLiteral("East block"));
    QCOMPARE(panel.areaLabel()->text(), QStringLiteral("259.0 km² (100.0 sq mi)"));
    QCOMPARE(panel.habitatLabel()->text(), QStringLiteral("1,234.5 km²"));
    QCOMPARE(panel.patchesLabel()->text(), QStringLiteral("3"));
    QCOMPARE(panel.leopardsLabel()->text(), QStringLiteral("5 (range 1–12)"));
    QCOMPARE(panel.fractionalLabel()->text(), QStringLiteral("5.68"));
    QCOMPARE(panel.costLabel()->text(), QStringLiteral("2,500,000 USD (4 parcel(s))"));
    QCOMPARE(panel.withReserveLabel()->text(), QStringLiteral("no reserve layer"));
    // With the reserve: the union holds 7; the reserve alone 4 (range 2-9), so the purchase adds 3.
    model::RegionCapacity with = f.capacity, reserve;
    with.leopards = 7;
    with.leopardsMin = 2;
    with.leopardsMax = 20;
    with.areaKm2 = 300;
    reserve.leopards = 4;
    reserve.leopardsMin = 2;
    reserve.leopardsMax = 9;
    reserve.areaKm2 = 100;
    f.withReserve = with;
    f.added = model::reserveAddition(with, reserve, f.costUsd);
    panel.setFigures(f);
    QCOMPARE(panel.withReserveLabel()->text(), QStringLiteral("7 leopards (range 2–20)"));
    QCOMPARE(panel.addedLabel()->text(), QStringLiteral("+3 leopards (range 0 to 11), 200.0 km² new land; 1.20 per million USD"));
    panel.resize(420, 320);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // For a person to look at: HP_SCREENSHOT_DIR=DIR keeps the picture.
    if (const QString shots = qEnvironmentVariable("HP_SCREENSHOT_DIR"); !shots.isEmpty()) QVERIFY(panel.grab().save(QDir(shots).filePath(QStringLiteral("live_figures_panel.png"))));
  }
};

QTEST_MAIN(TestGuiLiveCapacity)
#include "test_gui_live_capacity.moc"
