// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking panel: Run off the GUI thread with progress and Cancel, the order in a sortable table,
// the summary line, the budget optimum turned into an undoable candidate; the ranking's columns in the
// parcels' attribute table; and a real run on a tiny region whose optimum is known.
#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <gdal_priv.h>
#include <ogr_geometry.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "gui/MainWindow.h"
#include "gui/map/MapCanvas.h"
#include "gui/panels/AttributeTableModel.h"
#include "gui/panels/AttributeTablePanel.h"
#include "gui/panels/RankingPanel.h"
#include "gui/panels/RankingTableModel.h"
#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectController.h"
#include "io/VectorWriter.h"
#include "project/ProjectFile.h"
#include "support/RankGridLayers.h"
#include "support/TestGeometry.h"
#include "test_gui_support.h"

using namespace hp;

namespace {

// The example: budget 100, A holds 3 leopards for 60, B and C 2 each for 50. Greedy by
// ratio buys A first (0.05 leopards per USD against 0.04); the optimum is B + C, 4 leopards.
ranking::RankingResult cannedResult() {
  ranking::RankingResult r;
  r.order = {{1, "1", 60, 3, 3.14, 60, 3, false}, {2, "2", 50, 2, 2.17, 110, 5, true}, {3, "3", 50, 2, 2.17, 160, 7, true}};
  r.selectedIds = {"2", "3"};
  r.leopards = 4;
  r.leopardsFractional = 4.34;
  r.cost = 100;
  r.areaKm2 = 180;
  r.boundaryKm = 76;
  r.optimalityGap = 0;
  r.provenOptimal = true;
  r.budget = 100;
  return r;
}

QString cell(QAbstractItemModel* m, int row, int column) { return m->index(row, column).data().toString(); }

using test::rect;

}  // namespace

class TestGuiRankingPanel : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

 private slots:
  void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

  void tableModelIsSound() {
    gui::RankingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ranking::RankingResult canned = cannedResult();
    // The first parcel holds none alone but joins a reserve patch of 2 into one of 3: +1, 0 to 2 over
    // the territory range, 1 per 60 USD = 16,666.667 per million; the second has no ratio set (NaN), an empty cell.
    canned.order[0].leopardsAlone = 0;
    canned.order[0].leopardsWithReserve = 3;
    canned.order[0].addedLeopards = 1;
    canned.order[0].addedLeopardsMax = 2;
    canned.order[0].addedPerMusd = 1 / (60 / 1e6);
    model.setResult(std::make_shared<ranking::RankingResult>(canned));
    QCOMPARE(cell(&model, 0, gui::RankingTableModel::Alone), QStringLiteral("0"));
    QCOMPARE(cell(&model, 0, gui::RankingTableModel::WithReserve), QStringLiteral("3"));
    QCOMPARE(cell(&model, 0, gui::RankingTableModel::Added), QStringLiteral("+1 (range 0–2)"));
    QCOMPARE(model.index(0, gui::RankingTableModel::Added).data(Qt::UserRole).toLongLong(), 1LL);
    QCOMPARE(cell(&model, 0, gui::RankingTableModel::AddedPerMusd), QStringLiteral("16,666.667"));
    QVERIFY(!model.index(1, gui::RankingTableModel::AddedPerMusd).data().isValid());
    QCOMPARE(model.headerData(gui::RankingTableModel::Added, Qt::Horizontal).toString(), QStringLiteral("Added to the reserve"));
    model.setResult(std::make_shared<ranking::RankingResult>(cannedResult()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(&model, 0, gui::RankingTableModel::Cost), QStringLiteral("60"));
    // 3 leopards for 60 USD = 50,000 leopards per million USD.
    QCOMPARE(model.index(0, gui::RankingTableModel::GainPerMusd).data(Qt::UserRole).toDouble(), 50000.0);
    QCOMPARE(model.index(1, gui::RankingTableModel::Selected).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    model.setResult(nullptr);
    QCOMPARE(model.rowCount(), 0);
  }

  void runShowsOrderSummaryAndCreatesCandidate() {
    gui::RankingPanel panel;
    ranking::RankingOptions seen;
    panel.setRankFunction([&seen](const project::Project&, const ranking::RankingOptions& o, const Progress& progress) {
      seen = o;
      reportProgress(progress, 0.5, "ranking");
      return cannedResult();
    });
    panel.budgetBox()->setValue(100);
    panel.blmBox()->setValue(0.25);
    panel.timeLimitBox()->setValue(12);
    // Ids are text: commas separate them, an id holding a comma is quoted, an unclosed quote is not yet acceptable.
    QTest::keyClicks(panel.lockInEdit(), QStringLiteral("12, 40,\"25:34,7"));
    QVERIFY(!panel.lockInEdit()->hasAcceptableInput());
    QTest::keyClicks(panel.lockInEdit(), QStringLiteral("\""));
    QVERIFY(panel.lockInEdit()->hasAcceptableInput());
    panel.lockOutEdit()->setText(QStringLiteral("3"));
    QVERIFY(!panel.createButton()->isEnabled());
    QSignalSpy ready(&panel, &gui::RankingPanel::rankingReady);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(ready.wait(10000) || ready.count() == 1);
    QCOMPARE(seen.budget, 100.0);
    QCOMPARE(seen.blm, 0.25);
    QCOMPARE(seen.timeLimitSeconds, 12.0);
    QCOMPARE(seen.lockIn, (std::vector<std::string>{"12", "40", "25:34,7"}));
    QCOMPARE(seen.lockOut, (std::vector<std::string>{"3"}));
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.runButton()->isEnabled());
    QCOMPARE(panel.proxy()->rowCount(), 3);
    QCOMPARE(panel.summaryLabel()->text(),
             QStringLiteral("Budget optimum: 4 leopards (4.34 leopard-equivalents, the existing reserve included) for 100 USD; "
                            "2 parcels, 180.0 km², boundary 76.0 km; proven optimal."));

    // Sorting by the clicked header: leopards per M USD, best first, puts A (50,000) on top; by cost,
    // ascending, B and C (50) first.
    panel.view()->sortByColumn(gui::RankingTableModel::GainPerMusd, Qt::DescendingOrder);
    QCOMPARE(cell(panel.proxy(), 0, gui::RankingTableModel::Parcel), QStringLiteral("1"));
    panel.view()->sortByColumn(gui::RankingTableModel::Cost, Qt::AscendingOrder);
    QCOMPARE(cell(panel.proxy(), 2, gui::RankingTableModel::Parcel), QStringLiteral("1"));

    // The optimum becomes one undoable candidate.
    gui::PlanDocument doc;
    const int before = doc.candidateCount();
    QObject::connect(&panel, &gui::RankingPanel::createCandidateRequested, &doc,
                     [&doc](const QString& name, const std::vector<std::string>& ids) {
                       gui::edits::addCandidateFromRanking(&doc, name, QColor(31, 119, 180), ids);
                     });
    QVERIFY(panel.createButton()->isEnabled());
    QTest::mouseClick(panel.createButton(), Qt::LeftButton);
    QCOMPARE(doc.candidateCount(), before + 1);
    QCOMPARE(doc.candidate(before).name, std::string("Budget optimum 100 USD"));
    QCOMPARE(doc.candidate(before).parcelIds, (std::vector<std::string>{"2", "3"}));
    QCOMPARE(doc.activeCandidate(), before);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("New candidate from ranking"));
    doc.undoStack()->undo();
    QCOMPARE(doc.candidateCount(), before);
    doc.undoStack()->redo();
    QCOMPARE(doc.candidate(before).parcelIds, (std::vector<std::string>{"2", "3"}));
  }

  void selectedRowSelectsTheParcel() {
    // A row of the order clicked: its parcel is selected in the attribute table and the map zooms to
    // it, as when the row is selected in the attribute table itself.
    QTemporaryDir dir;
    const sample::SamplePaths paths = test::writeFixtureRegion(dir.path());
    const QString projectPath = dir.filePath("plan.hplan");
    project::saveProject(test::fixtureProject(paths), projectPath.toStdString());
    gui::MainWindow w;
    w.setErrorReporter([](const QString&, const QString&) {});
    w.projects()->setRecoverQuestion([](const QString&, const QString&) { return false; });
    w.projects()->setSaveQuestion([] { return gui::ProjectController::SaveAnswer::Discard; });
    QVERIFY(w.openProject(projectPath));
    w.show();
    gui::RankingPanel* panel = w.rankingPanel();
    auto* dock = qobject_cast<QDockWidget*>(panel->parentWidget());
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    panel->setRankFunction([](const project::Project&, const ranking::RankingOptions&, const Progress&) { return cannedResult(); });
    QSignalSpy ready(panel, &gui::RankingPanel::rankingReady);
    panel->run();
    QVERIFY(ready.wait(10000) || ready.count() == 1);

    int row = -1;  // parcel 2's row, wherever the sorting put it
    for (int r = 0; r < panel->proxy()->rowCount(); ++r)
      if (cell(panel->proxy(), r, gui::RankingTableModel::Parcel) == QStringLiteral("2")) row = r;
    QVERIFY(row >= 0);
    const Extent before = w.canvas()->viewport().extent();
    QSignalSpy selected(panel, &gui::RankingPanel::parcelsSelected);
    const QRect cellRect = panel->view()->visualRect(panel->proxy()->index(row, gui::RankingTableModel::Parcel));
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, Qt::NoModifier, cellRect.center());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(panel->selectedParcels(), (std::vector<std::string>{"2"}));
    QCOMPARE(w.attributeTable()->selectedParcels(), (std::vector<std::string>{"2"}));
    // Parcel 2 is x 681500..683000, y 4795500..4797000: the map zooms in on it.
    const Extent view = w.canvas()->viewport().extent();
    QVERIFY2(view.minX <= 681500 && view.maxX >= 683000 && view.minY <= 4795500 && view.maxY >= 4797000,
             qPrintable(QStringLiteral("%1 %2 %3 %4").arg(view.minX).arg(view.maxX).arg(view.minY).arg(view.maxY)));
    QVERIFY(view.width() < 0.8 * before.width());
  }

  void cancelStopsAndFailureIsReported() {
    gui::RankingPanel panel;
    std::atomic<bool> started{false};
    panel.setRankFunction([&started](const project::Project&, const ranking::RankingOptions&, const Progress& progress) {
      started = true;
      for (;;) {
        reportProgress(progress, 0.1, "ranking");  // throws Cancelled once Cancel was clicked
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
      return ranking::RankingResult();
    });
    panel.run();
    QVERIFY(panel.isRunning());
    QVERIFY(!panel.runButton()->isEnabled());
    QTRY_VERIFY(started.load());
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    panel.waitForFinished();
    QTRY_VERIFY(!panel.isRunning());
    QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Cancelled."));
    QVERIFY(!panel.result());

    panel.setRankFunction([](const project::Project&, const ranking::RankingOptions&, const Progress&) -> ranking::RankingResult {
      throw Error(ErrorCode::InvalidInput, "parcels.gpkg", "the field price_usd is missing");
    });
    QSignalSpy failed(&panel, &gui::RankingPanel::failed);
    panel.run();
    QVERIFY(failed.wait(10000) || failed.count() == 1);
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("price_usd")));
  }

  // The summary's time: the whole run and the budget optimum, and whether the time limit stopped it.
  void summaryShowsTheTime() {
    gui::RankingPanel panel;
    panel.setRankFunction([](const project::Project&, const ranking::RankingOptions&, const Progress&) {
      ranking::RankingResult r = cannedResult();
      r.seconds = 12.34;
      r.phaseSeconds.budgetOptimum = 8.04;
      r.timeLimitReached = true;
      r.optimalityGap = 0.25;
      r.provenOptimal = false;
      return r;
    });
    QSignalSpy ready(&panel, &gui::RankingPanel::rankingReady);
    panel.run();
    QVERIFY(ready.wait(10000) || ready.count() == 1);
    QCOMPARE(panel.summaryLabel()->text(),
             QStringLiteral("Budget optimum: 4 leopards (4.34 leopard-equivalents, the existing reserve included) for 100 USD; "
                            "2 parcels, 180.0 km², boundary 76.0 km; optimality gap 25.00 %. "
                            "Ranked in 12.3 s (budget optimum 8.0 s, stopped by the time limit)."));
  }

  // Cancel while the real budget optimum runs on a generated 1,600-parcel layer: the panel shows
  // progress, and the run ends at the first report after the click (counted, not timed).
  void cancelDuringTheBudgetOptimum() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::RankGrid grid;
    grid.columns = grid.rows = 40;
    const test::RankGridFiles files = test::writeRankGrid(dir.path().toStdString(), grid);
    gui::RankingPanel panel;
    panel.setProject(files.project());
    panel.budgetBox()->setValue(0.1 * files.totalCostUsd);
    panel.timeLimitBox()->setValue(60);
    std::atomic<bool> inOptimum{false}, threwCancelled{false};
    std::atomic<int> refused{0}, afterRefusal{0};
    std::mutex stagesMutex;
    std::vector<std::string> stages;
    panel.setRankFunction([&](const project::Project& project, const ranking::RankingOptions& options, const Progress& progress) {
      try {
        return ranking::rankParcels(ranking::rankingInputsFromProject(project), options,
                                    [&](double fraction, const std::string& stage) {
                                      if (refused > 0) ++afterRefusal;
                                      if (stage.rfind("budget optimum", 0) == 0 || stage == "branch and bound") inOptimum = true;
                                      {
                                        const std::lock_guard<std::mutex> lock(stagesMutex);
                                        stages.push_back(stage);
                                      }
                                      const bool go = progress(fraction, stage);
                                      if (!go) ++refused;
                                      return go;
                                    });
      } catch (const Cancelled&) {
        threwCancelled = true;
        throw;
      }
    });
    panel.run();
    QVERIFY(panel.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(inOptimum.load(), 120000);
    QVERIFY(!panel.progressBar()->isHidden());
    QTRY_VERIFY(panel.progressBar()->value() > 0);  // past the layers, the atoms and the greedy order
    QVERIFY(panel.cancelButton()->isEnabled());
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    panel.waitForFinished();
    QTRY_VERIFY(!panel.isRunning());
    QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Cancelled."));
    QVERIFY(threwCancelled.load());
    QCOMPARE(refused.load(), 1);      // the first report after the click said stop...
    QCOMPARE(afterRefusal.load(), 0);  // ...and nothing ran on to report again
    QVERIFY(!panel.result());
    const std::lock_guard<std::mutex> lock(stagesMutex);
    QVERIFY(std::find(stages.begin(), stages.end(), std::string("greedy order")) != stages.end());
  }

  void attributeTableGetsRankingColumns() {
    auto data = std::make_shared<gui::VectorData>();
    data->fieldNames = {QStringLiteral("parcel_id"), QStringLiteral("price_usd")};
    for (std::int64_t id : {1, 2, 3, 4}) {
      gui::FeatureShape f;
      f.fid = id;
      f.attributes = {id, double(id * 10)};
      data->features.push_back(f);
    }
    gui::AttributeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setData(data);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.rankingColumn(gui::AttributeTableModel::RankColumn), -1);
    model.setRanking(cannedResult());
    QCOMPARE(model.columnCount(), 7);
    const int rank = model.rankingColumn(gui::AttributeTableModel::RankColumn);
    QCOMPARE(rank, 3);
    QCOMPARE(model.headerData(rank, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("rank"));
    QCOMPARE(model.headerData(rank + 2, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("gain_per_musd"));
    // Parcel 3 (row 2) is third in the order, gains 2 leopards for 50 USD (40,000 per M USD), is selected.
    QCOMPARE(model.index(2, rank).data(Qt::EditRole).toInt(), 3);
    QCOMPARE(model.index(2, rank + 1).data(Qt::EditRole).toLongLong(), 2LL);
    QCOMPARE(model.index(2, rank + 2).data(Qt::EditRole).toDouble(), 40000.0);
    QCOMPARE(model.index(2, rank + 3).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(0, rank + 3).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // Parcel 4 is not in the ranking: empty cells.
    QVERIFY(!model.index(3, rank).data(Qt::DisplayRole).isValid());
    model.setRanking(cannedResult());  // again: same columns
    QCOMPARE(model.columnCount(), 7);
    model.clearRanking();
    QCOMPARE(model.columnCount(), 3);
  }

  void realRankingFindsTheKnownOptimum() {
    // EPSG:6933 (equal-area), 100 m pixels (0.01 km²). Canopy 100 % exactly on three parcels 2 km
    // apart, 0 % elsewhere: A 13 × 10 km (130 km²: floor(130 / 41.44) = 3 leopards) for 60 USD,
    // B and C 9 × 10 km (90 km²: 2 leopards each) for 50 USD. Budget 100: B + C, 4 leopards.
    gdal::ensureRegistered();
    const Crs ea = Crs::fromEpsg(6933);
    const std::string forest = tmp_.filePath("forest.tif").toStdString();
    const std::string parcelsPath = tmp_.filePath("parcels.gpkg").toStdString();
    const double xs[3][2] = {{0, 13000}, {15000, 24000}, {26000, 35000}};
    {
      GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(forest.c_str(), 400, 200, 1, GDT_Byte, nullptr));
      double gt[6] = {0, 100, 0, 20000, 0, -100};
      ds->SetGeoTransform(gt);
      ds->SetSpatialRef(ea.ogr());
      std::vector<GByte> v(400 * 200, 0);
      for (const auto& x : xs)
        for (int r = 100; r < 200; ++r)
          for (int c = int(x[0] / 100); c < int(x[1] / 100); ++c) v[std::size_t(r * 400 + c)] = 100;
      QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 400, 200, v.data(), 400, 200, GDT_Byte, 0, 0, nullptr), CE_None);
    }
    VectorLayer parcels;
    parcels.crs = ea;
    parcels.fields = {{"parcel_id", FieldType::Integer}, {"price_usd", FieldType::Real}};
    const double prices[3] = {60, 50, 50};
    for (int i = 0; i < 3; ++i)
      parcels.features.push_back({i + 1, {std::int64_t(i + 1), prices[i]}, OGRGeometryUniquePtr(rect(xs[i][0], 0, xs[i][1], 10000)->clone())});
    writeVectorLayer(parcelsPath, parcels);
    project::Project project;
    project.crs = ea;
    project.layers = {{project::LayerRole::Forest, "f", forest, "", true, 1, ""},
                      {project::LayerRole::Parcels, "p", parcelsPath, "", true, 1, ""}};

    gui::RankingPanel panel;
    panel.setProject(project);
    panel.budgetBox()->setValue(100);
    QSignalSpy ready(&panel, &gui::RankingPanel::rankingReady);
    QSignalSpy failed(&panel, &gui::RankingPanel::failed);
    panel.run();
    QVERIFY(ready.wait(30000) || ready.count() == 1);
    QCOMPARE(failed.count(), 0);
    const ranking::RankingResult& r = *panel.result();
    QCOMPARE(r.selectedIds, (std::vector<std::string>{"2", "3"}));
    QCOMPARE(r.leopards, 4L);
    QCOMPARE(r.cost, 100.0);
    QCOMPARE(r.order.size(), std::size_t(3));
    QCOMPARE(r.order[0].id, std::string("1"));  // greedy by ratio takes A first
    QCOMPARE(panel.proxy()->rowCount(), 3);
    QVERIFY(panel.summaryLabel()->text().startsWith(QStringLiteral("Budget optimum: 4 leopards")));
    QVERIFY2(panel.summaryLabel()->text().contains(QStringLiteral(" Ranked in ")), qPrintable(panel.summaryLabel()->text()));
  }
};

QTEST_MAIN(TestGuiRankingPanel)
#include "test_gui_ranking_panel.moc"
