// SPDX-License-Identifier: GPL-3.0-or-later
// The planning tools in the main window, end to end on the small fixture project: draw a candidate polygon
// (snapped to parcel corners) and edit it, add parcels by click and lasso, undo and redo, save, reopen, and
// get the same candidate and the same capacity figures. HP_SCREENSHOTS=DIR keeps a screenshot.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include "gui/MainWindow.h"
#include "gui/map/MapCanvas.h"
#include "gui/panels/AttributeTablePanel.h"
#include "gui/tools/DrawPolygonTool.h"
#include "gui/tools/EditVerticesTool.h"
#include "gui/tools/LassoSelectTool.h"
#include "gui/tools/MeasureTool.h"
#include "gui/tools/PanTool.h"
#include "gui/tools/PlanningTools.h"
#include "gui/tools/SelectParcelsTool.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectController.h"
#include "mapkit/layers/QtGeometry.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectFile.h"
#include "support/UnattendedWindow.h"
#include "test_gui_support.h"

using namespace hp;
using namespace hp::gui;
using test::candidateFigures;
using test::fixtureProject;

namespace {


void send(MapCanvas* canvas, QEvent::Type type, const QPointF& map, Qt::KeyboardModifiers mods = Qt::NoModifier) {
  const QPointF w = canvas->toWidget(map);
  const Qt::MouseButtons held = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::MouseButtons(Qt::LeftButton);
  QMouseEvent e(type, w, canvas->mapToGlobal(w), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, held,
                mods);
  QApplication::sendEvent(canvas, &e);
}

void click(MapCanvas* canvas, const QPointF& map, Qt::KeyboardModifiers mods = Qt::NoModifier) {
  send(canvas, QEvent::MouseMove, map, mods);
  send(canvas, QEvent::MouseButtonPress, map, mods);
  send(canvas, QEvent::MouseButtonRelease, map, mods);
}

std::vector<std::string> sorted(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end(), parcelIdLess);
  return ids;
}

}  // namespace

class TestGuiPlanning : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString projectPath_;
  QStringList errors_;

  std::unique_ptr<MainWindow> makeWindow() { return test::makeUnattendedWindow(errors_); }

 private slots:
  void initTestCase() { projectPath_ = test::writeFixturePlan(dir_.path()); }

  void toolbarHoldsTheToolsInTheWindowsToolGroup() {
    auto w = makeWindow();
    PlanningTools* tools = w->planningTools();
    QVERIFY(tools);
    QCOMPARE(tools->toolActions().size(), 6);
    QVERIFY(w->findChild<QToolBar*>(QStringLiteral("planningToolBar")));
    for (QAction* a : tools->toolActions()) {
      QVERIFY(a->isCheckable());
      QVERIFY(!a->icon().isNull());
      QCOMPARE(a->actionGroup(), tools->toolActions().front()->actionGroup());
    }
    QCOMPARE(tools->toolActions()[2]->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Period));
    QCOMPARE(tools->toolActions()[4]->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QCOMPARE(tools->toolActions()[5]->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    QCOMPARE(tools->snappingAction()->shortcut(), QKeySequence(Qt::Key_S));
    tools->toolActions()[2]->trigger();
    QCOMPARE(w->canvas()->mapTool(), tools->drawTool());
    QVERIFY(tools->toolActions()[2]->isChecked());
    QVERIFY(w->panTool()->action() && !w->panTool()->action()->isChecked());  // one group: pan is off
  }

  void drawSelectUndoRedoSaveReopenGivesTheSameCandidate() {
    auto w = makeWindow();
    w->resize(1280, 800);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(w->openProject(projectPath_));
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
    MapCanvas* canvas = w->canvas();
    PlanningTools* tools = w->planningTools();
    PlanDocument* doc = w->document();
    QUndoStack* undo = doc->undoStack();
    QCOMPARE(doc->activeCandidate(), 0);
    const double px = canvas->viewport().mapUnitsPerPixel;
    QVERIFY(px > 0);

    // Draw parcels 7 and 8's outline, each click 3 px off a parcel corner: snapping puts it on the corner.
    tools->toolActions()[2]->trigger();
    const QList<QPointF> corners = {{683000, 4797000}, {686000, 4797000}, {686000, 4798500}, {683000, 4798500}};
    for (int i = 0; i < 3; ++i) click(canvas, corners[i] + QPointF(3 * px, -2 * px));
    click(canvas, corners[3] + QPointF(2 * px, 2 * px));
    QTest::keyClick(canvas, Qt::Key_Return);
    QCOMPARE(undo->count(), 1);
    QCOMPARE(doc->candidate(0).drawn.size(), std::size_t{1});
    QCOMPARE(ringsFromGeometry(doc->candidate(0).drawn[0].get()).value(0), QPolygonF(corners.toVector()));

    // Edit it: pick, then drag the north-east corner 300 m south-west (off every parcel corner and edge).
    tools->toolActions()[3]->trigger();
    QCOMPARE(tools->editTool()->polygons().size(), 1);
    click(canvas, {684000, 4797700});
    QCOMPARE(tools->editTool()->pickedPolygon(), 0);
    send(canvas, QEvent::MouseButtonPress, corners[2]);
    send(canvas, QEvent::MouseMove, {685800, 4798300});
    send(canvas, QEvent::MouseButtonRelease, {685800, 4798300});
    QCOMPARE(undo->count(), 2);
    QCOMPARE(ringsFromGeometry(doc->candidate(0).drawn[0].get()).value(0)[2], QPointF(685800, 4798300));

    // Shift+click parcel 12 in; lasso parcels 2 and 3 in with Shift.
    tools->toolActions()[0]->trigger();
    click(canvas, {685250, 4799250}, Qt::ShiftModifier);
    QCOMPARE(doc->candidate(0).parcelIds, (std::vector<std::string>{"1", "5", "12"}));
    QCOMPARE(sorted(w->attributeTable()->selectedParcels()), (std::vector<std::string>{"1", "5", "12"}));
    tools->toolActions()[1]->trigger();
    send(canvas, QEvent::MouseButtonPress, {681800, 4796000}, Qt::ShiftModifier);
    send(canvas, QEvent::MouseMove, {683800, 4796000}, Qt::ShiftModifier);
    send(canvas, QEvent::MouseButtonRelease, {683800, 4796600}, Qt::ShiftModifier);
    QCOMPARE(doc->candidate(0).parcelIds, (std::vector<std::string>{"1", "2", "3", "5", "12"}));
    QCOMPARE(undo->count(), 4);

    // Measure a line across the map: the status bar shows it in km and miles.
    tools->toolActions()[4]->trigger();
    click(canvas, {681000, 4796000});
    click(canvas, {685000, 4796000});
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral(" mi)")));
    QCOMPARE(undo->count(), 4);  // measuring is not an edit

    // Undo everything, redo everything: the same candidate.
    const project::Candidate edited = doc->candidate(0);
    for (int i = 0; i < 4; ++i) undo->undo();
    QCOMPARE(doc->candidate(0).parcelIds, (std::vector<std::string>{"1", "5"}));
    QVERIFY(doc->candidate(0).drawn.empty());
    QVERIFY(!w->isWindowModified());
    for (int i = 0; i < 4; ++i) undo->redo();
    QCOMPARE(doc->candidate(0).parcelIds, edited.parcelIds);
    QCOMPARE(ringsFromGeometry(doc->candidate(0).drawn[0].get()), ringsFromGeometry(edited.drawn[0].get()));

    const std::vector<double> before = candidateFigures(doc->project());
    QCOMPARE(before.size(), std::size_t{4});
    QVERIFY(before[0] > 0);

    QVERIFY(test::waitForRender(canvas));
    const QString shots = qEnvironmentVariable("HP_SCREENSHOTS");
    if (!shots.isEmpty()) {
      tools->toolActions()[2]->trigger();  // a polygon being drawn, for the picture
      click(canvas, {680300, 4799700});
      click(canvas, {682600, 4799700});
      send(canvas, QEvent::MouseMove, {682000, 4798700});
      QVERIFY(w->grab().save(QDir(shots).filePath(QStringLiteral("planning_tools.png"))));
      QTest::keyClick(canvas, Qt::Key_Escape);
    }

    QVERIFY(w->projects()->save());
    w.reset();

    auto again = makeWindow();
    QVERIFY(again->openProject(projectPath_));
    const project::Candidate& reopened = again->document()->candidate(0);
    QCOMPARE(reopened.parcelIds, edited.parcelIds);
    QCOMPARE(reopened.drawn.size(), std::size_t{1});
    QCOMPARE(ringsFromGeometry(reopened.drawn[0].get()), ringsFromGeometry(edited.drawn[0].get()));
    QCOMPARE(candidateFigures(again->document()->project()), before);
    // The reopened window's edit tool offers the saved polygon.
    QCOMPARE(again->planningTools()->editTool()->polygons().size(), 1);
  }
};

QTEST_MAIN(TestGuiPlanning)
#include "test_gui_planning.moc"
