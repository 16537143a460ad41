// SPDX-License-Identifier: GPL-3.0-or-later
// Projects in the main window: edit, save, reopen and get the same figures; the modified flag and
// title; recent files; recovery of an autosave after a crash; layers that moved, found through the
// injected chooser; a close with unsaved edits asks first.
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "gui/MainWindow.h"
#include "gui/imagery/ForestVersionsPanel.h"
#include "gui/panels/AttributeTableModel.h"
#include "gui/panels/AttributeTablePanel.h"
#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectAutosave.h"
#include "gui/workspace/ProjectController.h"
#include "gui/map/MapCanvas.h"
#include "mapkit/layers/LayerModel.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectFile.h"
#include "support/UnattendedWindow.h"
#include "test_gui_support.h"

using namespace hp;
using namespace hp::gui;
using test::candidateFigures;
using test::fixtureProject;


class TestGuiProject : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString projectPath_;
  QStringList errors_;

  std::unique_ptr<MainWindow> makeWindow() { return test::makeUnattendedWindow(errors_); }

 private slots:
  void initTestCase() { projectPath_ = test::writeFixturePlan(dir_.path()); }
  void init() { errors_.clear(); }

  void editSaveReopenGivesTheSameFigures() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
    QCOMPARE(w->layerModel()->rowCount(), 6);  // four layers, the candidates and the habitat patches
    QVERIFY(!w->isWindowModified());
    QCOMPARE(w->windowTitle(), QStringLiteral("plan[*]"));

    PlanDocument* doc = w->document();
    QVERIFY(edits::addCandidate(doc, "East", QColor("#1f77b4")));
    QVERIFY(edits::setParcels(doc, 1, {"4", "8", "12"}, ParcelEdit::Add));
    QVERIFY(w->isWindowModified());
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(!w->isWindowModified());
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    const auto before = candidateFigures(doc->project());
    QCOMPARE(before.size(), std::size_t{8});
    QVERIFY(before[4] > 0);  // East has area
    QVERIFY(w->projects()->save());
    QVERIFY(!w->isWindowModified());
    QVERIFY(!QFile::exists(ProjectAutosave::sidePath(projectPath_)));
    w.reset();

    auto again = makeWindow();
    QVERIFY(again->openProject(projectPath_));
    QCOMPARE(again->document()->candidateCount(), 2);
    QCOMPARE(again->document()->candidate(1).parcelIds, (std::vector<std::string>{"4", "8", "12"}));
    QCOMPARE(candidateFigures(again->document()->project()), before);
    QCOMPARE(ProjectController::recentProjects().value(0), QFileInfo(projectPath_).absoluteFilePath());
  }

  // For a person to look at: the window with a project open, its candidates on the map.
  void screenshot() {
    auto w = makeWindow();
    w->resize(1280, 800);
    w->show();  // first, as the app does: the project's extent fits the window's real map size
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(w->openProject(projectPath_));
    QVERIFY(edits::setParcels(w->document(), 0, {"2", "6"}, ParcelEdit::Add));
    QVERIFY(test::waitForRender(w->canvas()));
    // For a person to look at: HP_SCREENSHOT_DIR=DIR keeps the picture.
    if (const QString shots = qEnvironmentVariable("HP_SCREENSHOT_DIR"); !shots.isEmpty()) QVERIFY(w->grab().save(QDir(shots).filePath(QStringLiteral("ws_main.png"))));
  }

  void attributeTableSortsFiltersAndSelects() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    AttributeTablePanel* table = w->attributeTable();
    AttributeTableModel* model = table->model();
    QCOMPARE(model->rowCount(), 12);  // 4 x 3 fixture parcels
    // "In active candidate": West holds parcels 1 and 5.
    const int inCol = model->candidateColumn();
    int checked = 0;
    for (int r = 0; r < 12; ++r)
      if (model->index(r, inCol).data(Qt::CheckStateRole).toInt() == Qt::Checked) ++checked;
    QCOMPARE(checked, 2);
    QVERIFY(edits::setParcels(w->document(), 0, {"2"}, ParcelEdit::Add));
    QCOMPARE(model->index(model->rowOfParcel("2"), inCol).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // Sort by parcel_id descending: 12 first, numerically (not "9" before "12").
    const int idCol = int(w->projects()->parcels()->fieldNames.indexOf("parcel_id"));
    QVERIFY(idCol >= 0);
    table->view()->sortByColumn(idCol, Qt::DescendingOrder);
    QCOMPARE(table->proxy()->index(0, idCol).data().toString(), QStringLiteral("12"));
    QCOMPARE(table->proxy()->index(3, idCol).data().toString(), QStringLiteral("9"));

    // Filter through the box: "11" matches parcel 11 only (in some column).
    QTest::keyClicks(table->filterEdit(), "11");
    QVERIFY(table->proxy()->rowCount() >= 1);
    QVERIFY(table->proxy()->rowCount() < 12);
    table->filterEdit()->clear();
    QCOMPARE(table->proxy()->rowCount(), 12);

    // Rows selected -> parcels reported and the map zooms to them; map picks -> rows selected.
    QSignalSpy selected(table, &AttributeTablePanel::parcelsSelected);
    table->view()->selectRow(0);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(table->selectedParcels(), (std::vector<std::string>{"12"}));
    table->selectParcels({"3", "7"});
    QCOMPARE(selected.count(), 1);  // no echo
    QCOMPARE(table->selectedParcels(), (std::vector<std::string>{"3", "7"}));
  }

  void autosaveIsOfferedAfterACrash() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    QVERIFY(edits::renameCandidate(w->document(), 0, "West (edited)"));
    QVERIFY(w->projects()->autosave()->autosaveNow());
    w->projects()->autosave()->waitForFinished();  // written on a worker
    const QString side = ProjectAutosave::sidePath(QFileInfo(projectPath_).absoluteFilePath());
    QVERIFY(QFile::exists(side));
    w.reset();  // a crash: no close, no save, the side file stays
    QVERIFY(QFile::exists(side));

    auto next = makeWindow();
    QStringList asked;
    next->projects()->setRecoverQuestion([&asked](const QString&, const QString& s) {
      asked << s;
      return true;
    });
    QVERIFY(next->openProject(projectPath_));
    QCOMPARE(asked, QStringList{side});
    QCOMPARE(next->document()->candidate(0).name, std::string("West (edited)"));
    QVERIFY(next->document()->isModified());  // recovered, not yet saved
    // Discarding on close removes the side file; nothing is offered the next time.
    QVERIFY(next->close());
    QVERIFY(!QFile::exists(side));
    QVERIFY(ProjectAutosave::recoverable(projectPath_).isEmpty());
  }

  void forestVersionChangeReopensLayersKeepingTheView() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    auto* panel = w->findChild<ForestVersionsPanel*>();
    QVERIFY(panel);
    const auto before = w->canvas()->viewport().extent();
    emit panel->activeVersionRequested(0);
    QCOMPARE(w->layerModel()->rowCount(), 6);
    QVERIFY(w->isWindowModified());
    const auto after = w->canvas()->viewport().extent();
    QCOMPARE(after.minX, before.minX);
    QCOMPARE(after.maxY, before.maxY);
  }

  void closeWithUnsavedEditsAsks() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    QVERIFY(edits::deleteCandidate(w->document(), 0));
    int asked = 0;
    w->projects()->setSaveQuestion([&asked] {
      ++asked;
      return ProjectController::SaveAnswer::Cancel;
    });
    w->show();
    QVERIFY(!w->close());
    QCOMPARE(asked, 1);
    QVERIFY(w->isVisible());
  }

  void movedLayersAreFoundThroughTheChooser() {
    // The project keeps its own folder; the data folder moves elsewhere.
    QTemporaryDir other;
    QVERIFY(QDir().rename(dir_.filePath("data"), other.filePath("moved")));
    auto w = makeWindow();
    QStringList asked;
    const QString movedDir = other.filePath("moved");
    w->projects()->setMissingFileChooser([&asked, movedDir](const QString& missing) {
      asked << QFileInfo(missing).fileName();
      return QDir(movedDir).filePath(QFileInfo(missing).fileName());
    });
    QVERIFY(w->openProject(projectPath_));
    QCOMPARE(asked.size(), 1);  // the others were found in the same folder
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
    QCOMPARE(w->layerModel()->rowCount(), 6);
    QVERIFY(w->isWindowModified());  // the new locations are to be saved
    for (const auto& layer : w->document()->project().layers)
      QVERIFY(QString::fromStdString(layer.path).startsWith(movedDir));
    QVERIFY(QDir().rename(movedDir, dir_.filePath("data")));
  }

  // File > Store Layer Data in Project File, Save As: the one file opens with its data gone.
  void embeddedProjectOpensWithoutItsDataFolder() {
    QTemporaryDir other;
    const QString data = other.filePath("data");
    QDir().mkpath(data);
    const auto paths = test::writeFixtureRegion(data);
    const QString referenced = other.filePath("referenced.hplan");
    project::saveProject(fixtureProject(paths), referenced.toStdString());
    const auto expected = candidateFigures(fixtureProject(paths));

    const QString single = other.filePath("single.hplan");
    {
      auto w = makeWindow();
      QVERIFY(w->openProject(referenced));
      QVERIFY(!w->embedDataAction()->isChecked());
      w->embedDataAction()->trigger();
      QVERIFY(w->document()->project().embedData);
      QVERIFY(w->isWindowModified());
      w->projects()->setPathChooser([single](bool, const QString&) { return single; });
      QVERIFY(w->projects()->saveAs());
      QVERIFY(!w->isWindowModified());
      for (const auto& layer : w->document()->project().layers)
        QVERIFY2(QString::fromStdString(layer.path).contains(QStringLiteral("single.hplan")), layer.path.c_str());
    }
    QVERIFY(QDir(data).removeRecursively());

    auto w = makeWindow();
    int asked = 0;
    w->projects()->setMissingFileChooser([&asked](const QString&) {
      ++asked;
      return QString();
    });
    QVERIFY(w->openProject(single));
    QCOMPARE(asked, 0);
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
    QVERIFY(w->embedDataAction()->isChecked());
    QCOMPARE(w->layerModel()->rowCount(), 6);
    QCOMPARE(candidateFigures(w->document()->project()), expected);
  }
};

QTEST_MAIN(TestGuiProject)
#include "test_gui_project.moc"
