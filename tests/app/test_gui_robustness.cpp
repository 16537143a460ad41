// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking across scenarios in the GUI (issue 17, point 3): the ranking panel's "Across scenarios"
// with its Scenarios column ("k of N", sorted by k), summary and ORDER.csv export; the Robustness map
// layer's colours, legend and place in the layer panel; the attribute table's scenario counts; and a
// real run on the fixture project that must give the counts rankScenarios gives when called directly.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogr_geometry.h>

#include "geo/GdalSupport.h"
#include "gui/MainWindow.h"
#include "gui/map/MapCanvas.h"
#include "gui/panels/AttributeTableModel.h"
#include "gui/panels/AttributeTablePanel.h"
#include "gui/panels/LayerPanel.h"
#include "gui/panels/RankingPanel.h"
#include "gui/panels/RankingTableModel.h"
#include "gui/workspace/ProjectController.h"
#include "mapkit/layers/LayerModel.h"
#include "mapkit/layers/RobustnessMapLayer.h"
#include "mapkit/render/LayerRenderer.h"
#include "io/VectorWriter.h"
#include "project/ProjectFile.h"
#include "support/TestGeometry.h"
#include "ranking/Scenarios.h"
#include "test_gui_support.h"

using namespace hp;

namespace {

// The ranking panel test's example (budget 100: A = parcel 1 bought first by the greedy order, the
// optimum B + C) as the base of 4 scenarios: parcel 1 is in the optimum of 1 of them, 2 in all 4,
// 3 in none.
ranking::ScenarioRanking cannedScenarios() {
  ranking::ScenarioRanking s;
  ranking::RankingResult& r = s.base;
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
  for (const char* name : {"base", "T16", "T40", "T120"}) {
    ranking::ScenarioOutcome o;
    o.name = name;
    s.scenarios.push_back(o);
  }
  s.counts = {{"1", {1, 4}}, {"2", {4, 2}}, {"3", {0, 0}}};
  return s;
}

QString cell(QAbstractItemModel* m, int row, int column) { return m->index(row, column).data().toString(); }

int rowOfParcel(QAbstractItemModel* m, const QString& id) {
  for (int r = 0; r < m->rowCount(); ++r)
    if (cell(m, r, gui::RankingTableModel::Parcel) == id) return r;
  return -1;
}

gui::FeatureShape square(std::int64_t id, double x0, double y0, double side) {
  gui::FeatureShape f;
  f.fid = id;
  f.attributes = {id};
  f.parts = {QPolygonF{QPointF(x0, y0), QPointF(x0 + side, y0), QPointF(x0 + side, y0 + side), QPointF(x0, y0 + side), QPointF(x0, y0)}};
  f.bbox = Extent{x0, y0, x0 + side, y0 + side};
  return f;
}

// Screenshots to look at, when HP_SCREENSHOT_DIR names a folder.
void saveShot(const QImage& image, const QString& name) {
  if (const QString shots = qEnvironmentVariable("HP_SCREENSHOT_DIR"); !shots.isEmpty()) QVERIFY(image.save(QDir(shots).filePath(name)));
}

}  // namespace

class TestGuiRobustness : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

  void scenarioColumnSortsByCountAndSummaryCountsParcels() {
    gui::RankingPanel panel;
    QString seenFile = QStringLiteral("unset");
    ranking::RankingOptions seen;
    panel.setScenarioRankFunction([&](const project::Project&, const ranking::RankingOptions& o, const QString& file, const Progress& progress) {
      seen = o;
      seenFile = file;
      reportProgress(progress, 0.5, "scenario T16: greedy order");
      return cannedScenarios();
    });
    panel.setRankFunction([](const project::Project&, const ranking::RankingOptions&, const Progress&) {
      return cannedScenarios().base;
    });
    QVERIFY(!panel.scenariosFileEdit()->isEnabled());
    QVERIFY(!panel.exportButton()->isEnabled());
    panel.budgetBox()->setValue(100);
    panel.scenariosCheck()->setChecked(true);
    QVERIFY(panel.scenariosFileEdit()->isEnabled());
    QSignalSpy ready(&panel, &gui::RankingPanel::rankingReady);
    QSignalSpy scenariosReady(&panel, &gui::RankingPanel::scenarioRankingReady);
    panel.run();
    QVERIFY(scenariosReady.wait(10000) || scenariosReady.count() == 1);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(seenFile, QString());  // the built-in grid
    QCOMPARE(seen.budget, 100.0);
    QVERIFY(panel.scenarioResult());
    QCOMPARE(panel.result()->selectedIds, (std::vector<std::string>{"2", "3"}));

    QAbstractItemModel* proxy = panel.proxy();
    QCOMPARE(proxy->columnCount(), int(gui::RankingTableModel::ColumnCount));
    QCOMPARE(proxy->headerData(gui::RankingTableModel::Scenarios, Qt::Horizontal).toString(), QStringLiteral("Scenarios"));
    QCOMPARE(cell(proxy, rowOfParcel(proxy, "1"), gui::RankingTableModel::Scenarios), QStringLiteral("1 of 4"));
    QCOMPARE(cell(proxy, rowOfParcel(proxy, "2"), gui::RankingTableModel::Scenarios), QStringLiteral("4 of 4"));
    QCOMPARE(cell(proxy, rowOfParcel(proxy, "3"), gui::RankingTableModel::Scenarios), QStringLiteral("0 of 4"));
    QCOMPARE(proxy->index(rowOfParcel(proxy, "1"), gui::RankingTableModel::Scenarios).data(Qt::ToolTipRole).toString(),
             QStringLiteral("In the budget optimum in 1 of 4 scenarios; within the budget in the greedy order in 4"));
    // Sorted by k, not by the text: 4, 1, 0 descending; 0, 1, 4 ascending.
    panel.view()->sortByColumn(gui::RankingTableModel::Scenarios, Qt::DescendingOrder);
    QCOMPARE(cell(proxy, 0, gui::RankingTableModel::Parcel), QStringLiteral("2"));
    QCOMPARE(cell(proxy, 1, gui::RankingTableModel::Parcel), QStringLiteral("1"));
    QCOMPARE(cell(proxy, 2, gui::RankingTableModel::Parcel), QStringLiteral("3"));
    panel.view()->sortByColumn(gui::RankingTableModel::Scenarios, Qt::AscendingOrder);
    QCOMPARE(cell(proxy, 0, gui::RankingTableModel::Parcel), QStringLiteral("3"));
    QCOMPARE(cell(proxy, 2, gui::RankingTableModel::Parcel), QStringLiteral("2"));
    const QString base = QStringLiteral(
        "Budget optimum: 4 leopards (4.34 leopard-equivalents, the existing reserve included) for 100 USD; "
        "2 parcels, 180.0 km², boundary 76.0 km; proven optimal.");
    // Parcel 2 is in all 4; parcels 1 and 2 in at least one.
    QCOMPARE(panel.summaryLabel()->text(), base + QStringLiteral(" Across 4 scenarios: 1 parcels chosen in all of them, 2 in at least one."));
    panel.resize(900, 560);
    panel.view()->sortByColumn(gui::RankingTableModel::Rank, Qt::AscendingOrder);
    saveShot(panel.grab().toImage(), QStringLiteral("robustness_panel.png"));

    // ORDER.csv as rank --scenarios writes it: eight columns, then the counts and the number of scenarios.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("ORDER.csv"));
    QVERIFY(panel.exportButton()->isEnabled());
    QCOMPARE(panel.exportRanking(csv), QString());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].endsWith(QStringLiteral(",reachable,scenarios_selected,scenarios_within_budget,scenarios")), qPrintable(lines[0]));
    const int selectedColumn = int(lines[0].split(QLatin1Char(',')).indexOf(QStringLiteral("selected")));
    QVERIFY(selectedColumn > 0);
    // selected, then the three scenario columns.
    auto cells = [&](int row) {
      const QStringList c = lines[row].split(QLatin1Char(','));
      return QStringList{c[selectedColumn], c[c.size() - 3], c[c.size() - 2], c[c.size() - 1]}.join(QLatin1Char(','));
    };
    QVERIFY2(lines[1].startsWith(QStringLiteral("1,1,")), qPrintable(lines[1]));
    QCOMPARE(cells(1), QStringLiteral("0,1,4,4"));
    QCOMPARE(cells(2), QStringLiteral("1,4,2,4"));
    QCOMPARE(cells(3), QStringLiteral("1,0,0,4"));

    // A scenarios file goes to the function as written.
    panel.scenariosFileEdit()->setText(QStringLiteral("/data/s.json"));
    panel.run();
    QVERIFY(scenariosReady.wait(10000) || scenariosReady.count() == 2);
    QCOMPARE(seenFile, QStringLiteral("/data/s.json"));

    // Without the option: today's columns and summary, and ORDER.csv's own columns.
    panel.scenariosCheck()->setChecked(false);
    panel.run();
    QVERIFY(ready.wait(10000) || ready.count() == 3);
    QCOMPARE(scenariosReady.count(), 2);
    QVERIFY(!panel.scenarioResult());
    QCOMPARE(proxy->columnCount(), int(gui::RankingTableModel::Scenarios));
    QCOMPARE(panel.summaryLabel()->text(), base);
    QCOMPARE(panel.exportRanking(csv), QString());
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readLine()).trimmed(), QString::fromStdString(ranking::rankingCsvHeader()));
  }

  void tableModelWithScenariosIsSound() {
    gui::RankingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScenarioResult(std::make_shared<ranking::ScenarioRanking>(cannedScenarios()));
    QCOMPARE(model.columnCount(), int(gui::RankingTableModel::ColumnCount));
    QCOMPARE(model.index(1, gui::RankingTableModel::Scenarios).data(Qt::UserRole).toInt(), 4);
    model.setResult(std::make_shared<ranking::RankingResult>(cannedScenarios().base));
    QCOMPARE(model.columnCount(), int(gui::RankingTableModel::Scenarios));  // no scenario column
    model.setScenarioResult(nullptr);
    QCOMPARE(model.rowCount(), 0);
  }

  void layerColoursByShareOfScenarios() {
    // Three 100 m squares in a map of x 0..400, y 600..1000 drawn 1:1 on white: A in no scenario, B in
    // all 4, C in 1 of 4.
    auto data = std::make_shared<gui::VectorData>();
    data->fieldNames = {QStringLiteral("parcel_id")};
    data->features = {square(1, 20, 850, 100), square(2, 150, 850, 100), square(3, 280, 850, 100)};
    for (const auto& f : data->features) data->extent.include(f.bbox);
    gui::RobustnessMapLayer layer(data);
    QCOMPARE(layer.name(), QStringLiteral("Robustness"));
    layer.setCounts({{"2", 4}, {"3", 1}}, 4);
    QCOMPARE(layer.countOf("1"), 0);
    QCOMPARE(layer.countOf("2"), 4);

    QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
      QPainter painter(&image);
      const std::atomic<bool> cancelled{false};
      gui::RenderContext ctx{painter, {200, 800, 1.0, 400, 400}, 1.0, cancelled};
      layer.createRenderer()->render(ctx);
    }
    saveShot(image, QStringLiteral("robustness_layer.png"));
    // Centres: A (70, 100) unfilled, so white; B the ramp's dark end, RdPu #7a0177; C its light end, #fcc5c0.
    QCOMPARE(QColor(image.pixel(70, 100)), QColor(Qt::white));
    QCOMPARE(QColor(image.pixel(200, 100)), QColor(0x7a, 0x01, 0x77));
    QCOMPARE(QColor(image.pixel(330, 100)), QColor(0xfc, 0xc5, 0xc0));
    // A's outline is drawn: its left edge at x 20 is not white.
    QVERIFY(QColor(image.pixel(20, 100)) != QColor(Qt::white));
    // 2 of 4 lies a third of the way along the ramp: between the 2nd and 3rd of RdPu's 5 stops.
    QCOMPARE(gui::RobustnessMapLayer::styleFor(0, 4).fill.alpha(), 0);
    QCOMPARE(gui::RobustnessMapLayer::styleFor(1, 1).fill, QColor(0x7a, 0x01, 0x77));

    const auto legend = layer.legendItems();
    QCOMPARE(legend.size(), std::size_t(5));
    QCOMPARE(legend.front().first, QStringLiteral("Chosen in 4 of 4 scenarios"));
    QCOMPARE(legend.back().first, QStringLiteral("Chosen in 0 of 4 scenarios"));
    const auto hits = layer.identify(330, 900, 1);
    QCOMPARE(hits.size(), std::size_t(1));
    QCOMPARE(hits.front().attributes.front().second, QStringLiteral("Chosen in 1 of 4 scenarios"));
  }

  void mainWindowShowsTheLayerAndTheCounts() {
    QTemporaryDir dir;
    const sample::SamplePaths paths = test::writeFixtureRegion(dir.path());
    const QString projectPath = dir.filePath("plan.hplan");
    project::saveProject(test::fixtureProject(paths), projectPath.toStdString());
    gui::MainWindow w;
    w.setErrorReporter([](const QString&, const QString&) {});
    w.projects()->setRecoverQuestion([](const QString&, const QString&) { return false; });
    w.projects()->setSaveQuestion([] { return gui::ProjectController::SaveAnswer::Discard; });
    QVERIFY(w.openProject(projectPath));
    w.resize(1400, 860);
    w.show();
    gui::RankingPanel* panel = w.rankingPanel();
    auto* dock = qobject_cast<QDockWidget*>(panel->parentWidget());
    dock->show();
    dock->raise();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Parcels 1..12 of the fixture: parcel p in the optimum of p % 5 of 4 scenarios (4 when p % 5 is 4 or more).
    ranking::ScenarioRanking canned = cannedScenarios();
    canned.base.order.clear();
    canned.counts.clear();
    for (int p = 1; p <= 12; ++p) {
      canned.base.order.push_back({p, std::to_string(p), 10, 0, 0, 10.0 * p, 0, false});
      canned.counts[std::to_string(p)] = {std::min(p % 5, 4), 0};
    }
    panel->setScenarioRankFunction([canned](const project::Project&, const ranking::RankingOptions&, const QString&, const Progress&) { return canned; });
    panel->scenariosCheck()->setChecked(true);
    QSignalSpy ready(panel, &gui::RankingPanel::scenarioRankingReady);
    const int before = w.layerModel()->rowCount();
    panel->run();
    QVERIFY(ready.wait(10000) || ready.count() == 1);

    gui::RobustnessMapLayer* layer = w.robustnessLayer();
    QVERIFY(layer);
    QCOMPARE(w.layerModel()->rowCount(), before + 1);
    QCOMPARE(w.layerModel()->rowOf(layer), 0);
    QCOMPARE(layer->scenarioCount(), 4);
    QCOMPARE(layer->countOf("4"), 4);
    QCOMPARE(layer->countOf("5"), 0);
    // The layer panel: the new layer current, its legend under the list, 4 of 4 down to 0 of 4.
    QListWidget* legend = w.layerPanel()->legendView();
    QVERIFY(legend->isVisible());
    QCOMPARE(legend->count(), 5);
    QCOMPARE(legend->item(0)->text(), QStringLiteral("Chosen in 4 of 4 scenarios"));
    QCOMPARE(legend->item(4)->text(), QStringLiteral("Chosen in 0 of 4 scenarios"));
    // Toggleable like any layer.
    const QModelIndex row0 = w.layerModel()->index(0);
    QVERIFY(w.layerModel()->setData(row0, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!layer->isVisible());
    QVERIFY(w.layerModel()->setData(row0, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(layer->isVisible());

    // The attribute table: scenarios_selected and scenarios_within_budget after the ranking's four.
    gui::AttributeTableModel* table = w.attributeTable()->model();
    const int selectedCol = table->rankingColumn(gui::AttributeTableModel::ScenariosSelectedColumn);
    QVERIFY(selectedCol > 0);
    QCOMPARE(table->headerData(selectedCol, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("scenarios_selected"));
    QCOMPARE(table->headerData(selectedCol + 1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("scenarios_within_budget"));
    QCOMPARE(table->index(table->rowOfParcel("3"), selectedCol).data(Qt::EditRole).toInt(), 3);
    QCOMPARE(table->index(table->rowOfParcel("9"), selectedCol).data(Qt::EditRole).toInt(), 4);

    w.canvas()->zoomToFullExtent();
    QVERIFY(test::waitForRender(w.canvas()));
    saveShot(w.grab().toImage(), QStringLiteral("robustness_window.png"));

    // A plain run: the counts and the layer go, the ranking's own columns stay.
    panel->setRankFunction([canned](const project::Project&, const ranking::RankingOptions&, const Progress&) { return canned.base; });
    panel->scenariosCheck()->setChecked(false);
    QSignalSpy plain(panel, &gui::RankingPanel::rankingReady);
    panel->run();
    QVERIFY(plain.wait(10000) || plain.count() == 1);
    QCOMPARE(w.layerModel()->rowOf(layer), -1);
    QCOMPARE(w.layerModel()->rowCount(), before);
    QCOMPARE(table->rankingColumn(gui::AttributeTableModel::ScenariosSelectedColumn), -1);
    QVERIFY(table->rankingColumn(gui::AttributeTableModel::RankColumn) > 0);
  }

  void realRunMatchesRankScenarios() {
    QTemporaryDir dir;
    const sample::SamplePaths paths = test::writeFixtureRegion(dir.path());
    const project::Project project = test::fixtureProject(paths);
    const ranking::RankingInputs inputs = ranking::rankingInputsFromProject(project);
    const std::vector<ranking::Scenario> grid = ranking::defaultScenarios(inputs.model);
    QCOMPARE(grid.size(), std::size_t(7));  // base, T16, T40, T80, T120, canopy50, canopy70

    gui::RankingPanel panel;
    panel.setProject(project);
    panel.budgetBox()->setValue(0);  // set below from the parcels' total
    panel.timeLimitBox()->setValue(10);
    ranking::RankingOptions options = panel.options();
    // A third of what all parcels cost: room for a choice.
    const ranking::RankingResult all = ranking::rankParcels(inputs, options);
    options.budget = std::round(all.order.back().cumulativeCost / 3);
    panel.budgetBox()->setValue(options.budget);
    options = panel.options();
    const ranking::ScenarioRanking direct = ranking::rankScenarios(inputs, options, grid);

    panel.scenariosCheck()->setChecked(true);
    QSignalSpy ready(&panel, &gui::RankingPanel::scenarioRankingReady);
    QSignalSpy failed(&panel, &gui::RankingPanel::failed);
    panel.run();
    QVERIFY(ready.wait(120000) || ready.count() == 1);
    QCOMPARE(failed.count(), 0);
    const ranking::ScenarioRanking& gui = *panel.scenarioResult();
    QCOMPARE(gui.scenarios.size(), std::size_t(7));
    QCOMPARE(gui.counts.size(), direct.counts.size());
    int always = 0, ever = 0, mixed = 0;
    for (const auto& [id, c] : direct.counts) {
      QCOMPARE(gui.counts.at(id).selected, c.selected);
      QCOMPARE(gui.counts.at(id).withinBudget, c.withinBudget);
      always += c.selected == 7;
      ever += c.selected > 0;
      mixed += c.selected > 0 && c.selected < 7;
      const int row = rowOfParcel(panel.proxy(), QString::fromStdString(id));
      QVERIFY(row >= 0);
      QCOMPARE(cell(panel.proxy(), row, gui::RankingTableModel::Scenarios), QStringLiteral("%1 of 7").arg(c.selected));
    }
    qInfo("fixture, budget %.0f: %d parcels in all 7 scenarios, %d in at least one, %d in some", options.budget, always, ever, mixed);
    QVERIFY2(panel.summaryLabel()->text().endsWith(
                 QStringLiteral("Across 7 scenarios: %1 parcels chosen in all of them, %2 in at least one.").arg(always).arg(ever)),
             qPrintable(panel.summaryLabel()->text()));
    for (std::size_t i = 0; i < grid.size(); ++i) {
      QCOMPARE(gui.scenarios[i].name, grid[i].name);
      QCOMPARE(gui.scenarios[i].selectedIds, direct.scenarios[i].selectedIds);
      QCOMPARE(gui.scenarios[i].leopards, direct.scenarios[i].leopards);
    }
  }

  void realRunOnKnownParcelsGivesHandCounts() {
    // test_gui_ranking_panel's region: canopy 100 % on three parcels 2 km apart (EPSG:6933, 100 m
    // pixels), A 130 km² for 60 USD, B and C 90 km² for 50 each, budget 100. Whole leopards per parcel
    // at T = 16 sq mi (41.44 km², the model's T_min at full quality): 3, 2, 2, optimum B + C (4);
    // T30 (77.70 km²): 1, 1, 1, optimum B + C (2); T40 (103.60 km²): 1, 0, 0, optimum A (1).
    // So A is bought in 1 of 3 scenarios, B and C in 2 of 3.
    gdal::ensureRegistered();
    QTemporaryDir dir;
    const Crs ea = Crs::fromEpsg(6933);
    const std::string forest = dir.filePath("forest.tif").toStdString();
    const std::string parcelsPath = dir.filePath("parcels.gpkg").toStdString();
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
      parcels.features.push_back({i + 1, {std::int64_t(i + 1), prices[i]}, OGRGeometryUniquePtr(test::rect(xs[i][0], 0, xs[i][1], 10000)->clone())});
    writeVectorLayer(parcelsPath, parcels);
    project::Project project;
    project.crs = ea;
    project.layers = {{project::LayerRole::Forest, "f", forest, "", true, 1, ""},
                      {project::LayerRole::Parcels, "p", parcelsPath, "", true, 1, ""}};
    const QString json = dir.filePath(QStringLiteral("scenarios.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"([{"name": "base"}, {"name": "T30", "territory_min_sqmi": 30, "territory_max_sqmi": 30},
                {"name": "T40", "territory_min_sqmi": 40, "territory_max_sqmi": 40}])");
    f.close();

    gui::RankingPanel panel;
    panel.setProject(project);
    panel.budgetBox()->setValue(100);
    panel.scenariosCheck()->setChecked(true);
    panel.scenariosFileEdit()->setText(json);
    QSignalSpy ready(&panel, &gui::RankingPanel::scenarioRankingReady);
    QSignalSpy failed(&panel, &gui::RankingPanel::failed);
    panel.run();
    QVERIFY(ready.wait(60000) || ready.count() == 1);
    QCOMPARE(failed.count(), 0);
    const ranking::ScenarioRanking& r = *panel.scenarioResult();
    QCOMPARE(r.scenarios.size(), std::size_t(3));
    QCOMPARE(r.scenarios[0].selectedIds, (std::vector<std::string>{"2", "3"}));
    QCOMPARE(r.scenarios[0].leopards, 4L);
    QCOMPARE(r.scenarios[1].selectedIds, (std::vector<std::string>{"2", "3"}));
    QCOMPARE(r.scenarios[1].leopards, 2L);
    QCOMPARE(r.scenarios[2].selectedIds, (std::vector<std::string>{"1"}));
    QCOMPARE(r.scenarios[2].leopards, 1L);
    QCOMPARE(cell(panel.proxy(), rowOfParcel(panel.proxy(), "1"), gui::RankingTableModel::Scenarios), QStringLiteral("1 of 3"));
    QCOMPARE(cell(panel.proxy(), rowOfParcel(panel.proxy(), "2"), gui::RankingTableModel::Scenarios), QStringLiteral("2 of 3"));
    QCOMPARE(cell(panel.proxy(), rowOfParcel(panel.proxy(), "3"), gui::RankingTableModel::Scenarios), QStringLiteral("2 of 3"));
    QVERIFY2(panel.summaryLabel()->text().endsWith(QStringLiteral("Across 3 scenarios: 0 parcels chosen in all of them, 3 in at least one.")),
             qPrintable(panel.summaryLabel()->text()));
  }
};

QTEST_MAIN(TestGuiRobustness)
#include "test_gui_robustness.moc"
