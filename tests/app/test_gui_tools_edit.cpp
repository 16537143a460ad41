// SPDX-License-Identifier: GPL-3.0-or-later
// EditVerticesTool on a candidate's drawn square, wired to the document's undoable edits as the planning
// toolbar wires it: drag, insert on an edge, delete (never below 3 vertices), snapping, undo and redo.
#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <memory>

#include "gui/map/MapCanvas.h"
#include "gui/tools/EditVerticesTool.h"
#include "gui/tools/Snapper.h"
#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/PlanDocument.h"
#include "mapkit/layers/LayerModel.h"
#include "mapkit/layers/QtGeometry.h"
#include "support/MapToolFixture.h"

using namespace hp;
using namespace hp::gui;

namespace {

const QPointF A(680600, 4796100), B(682400, 4796100), C(682400, 4797900), D(680600, 4797900);

void click(MapCanvas* canvas, const QPointF& map, Qt::MouseButton button = Qt::LeftButton) {
  test::sendMouseAtMap(canvas, QEvent::MouseButtonPress, map, button);
  test::sendMouseAtMap(canvas, QEvent::MouseButtonRelease, map, button);
}

void drag(MapCanvas* canvas, const QPointF& from, const QPointF& to) {
  test::sendMouseAtMap(canvas, QEvent::MouseButtonPress, from);
  test::sendMouseAtMap(canvas, QEvent::MouseMove, (from + to) / 2);
  test::sendMouseAtMap(canvas, QEvent::MouseMove, to);
  test::sendMouseAtMap(canvas, QEvent::MouseButtonRelease, to);
}

bool near(const QPointF& a, const QPointF& b) { return std::abs(a.x() - b.x()) < 1e-6 && std::abs(a.y() - b.y()) < 1e-6; }

}  // namespace

class TestGuiToolsEdit : public QObject {
  Q_OBJECT
 private slots:
  void init() {
    model_ = std::make_unique<LayerModel>();
    canvas_ = test::makeFixtureCanvas(model_.get());
    doc_ = std::make_unique<PlanDocument>();
    project::Project p;
    project::Candidate west;
    west.name = "West";
    west.drawn.push_back(std::shared_ptr<const OGRGeometry>(geometryFromRings({QPolygonF({A, B, C, D})})));
    p.candidates = {west};
    doc_->replaceProject(p, QString());
    tool_ = new EditVerticesTool(canvas_.get());
    canvas_->setMapTool(tool_);
    // As PlanningTools wires it.
    connect(tool_, &EditVerticesTool::polygonEdited, doc_.get(), [this](int i, const QList<QPolygonF>& rings) {
      edits::editDrawnPolygon(doc_.get(), doc_->activeCandidate(), i,
                              std::shared_ptr<const OGRGeometry>(geometryFromRings(rings)));
    });
    connect(doc_.get(), &PlanDocument::candidateChanged, tool_, [this] { showPolygons(); });
    showPolygons();
    click(canvas_.get(), {681000, 4797000});  // inside the square: picks it
    QCOMPARE(tool_->pickedPolygon(), 0);
  }
  void cleanup() {
    canvas_.reset();
    doc_.reset();
    model_.reset();
  }

  void clickBesideDropsThePick() {
    click(canvas_.get(), {685000, 4799000});
    QCOMPARE(tool_->pickedPolygon(), -1);
    drag(canvas_.get(), A, {680800, 4796300});  // no polygon picked: no vertex to grab
    QCOMPARE(doc_->undoStack()->count(), 0);
  }

  void dragMovesAVertexInOneUndoStep() {
    drag(canvas_.get(), A, {680900, 4796400});
    QCOMPARE(doc_->undoStack()->count(), 1);
    QVERIFY(near(ring()[0], {680900, 4796400}));
    QCOMPARE(ring().size(), 4);
    doc_->undoStack()->undo();
    QVERIFY(near(ring()[0], A));
    QVERIFY(near(tool_->polygons()[0][0][0], A));  // the tool follows the document
    doc_->undoStack()->redo();
    QVERIFY(near(ring()[0], {680900, 4796400}));
    // A press on a vertex without moving changes nothing.
    click(canvas_.get(), B);
    QCOMPARE(doc_->undoStack()->count(), 1);
  }

  void dragSnapsExactlyOntoAParcelVertex() {
    Snapper snapper;
    snapper.setParcels(test::fixtureParcelShapes(1, false));
    tool_->setSnapper(&snapper);
    drag(canvas_.get(), B, {682970, 4796980});  // 3.6 px from the parcel corner (683000, 4797000)
    QCOMPARE(ring()[1], QPointF(683000, 4797000));
  }

  void pressOnAnEdgeInsertsAVertex() {
    click(canvas_.get(), {681200, 4796100});  // on A-B
    QCOMPARE(doc_->undoStack()->count(), 1);
    QCOMPARE(ring().size(), 5);
    QVERIFY(near(ring()[1], {681200, 4796100}));
    // Press on an edge and drag: the new vertex goes where it is dropped, still one step.
    drag(canvas_.get(), {682400, 4797000}, {682700, 4797100});  // on B-C
    QCOMPARE(doc_->undoStack()->count(), 2);
    QCOMPARE(ring().size(), 6);
    QVERIFY(near(ring()[3], {682700, 4797100}));
    doc_->undoStack()->undo();
    doc_->undoStack()->undo();
    QCOMPARE(ring().size(), 4);
  }

  void deleteAndRightClickRemoveVerticesButKeepThree() {
    QSignalSpy status(tool_, &EditVerticesTool::statusMessage);
    click(canvas_.get(), {681200, 4796100});  // insert; the new vertex is the current one
    QCOMPARE(ring().size(), 5);
    QTest::keyClick(canvas_.get(), Qt::Key_Delete);
    QCOMPARE(ring().size(), 4);
    click(canvas_.get(), A, Qt::RightButton);
    QCOMPARE(ring().size(), 3);
    QCOMPARE(doc_->undoStack()->count(), 3);
    QVERIFY(near(ring()[0], B));
    click(canvas_.get(), B);
    QTest::keyClick(canvas_.get(), Qt::Key_Delete);
    QCOMPARE(ring().size(), 3);
    QCOMPARE(doc_->undoStack()->count(), 3);
    QVERIFY(status.last()[0].toString().contains(QStringLiteral("at least 3")));
    doc_->undoStack()->undo();
    QCOMPARE(ring().size(), 4);
  }

  void anEditThatCrossesIsRefused() {
    QSignalSpy status(tool_, &EditVerticesTool::statusMessage);
    drag(canvas_.get(), A, {682000, 4798500});  // A-B would cross C-D
    QCOMPARE(doc_->undoStack()->count(), 0);
    QVERIFY(near(ring()[0], A));
    QVERIFY(status.last()[0].toString().contains(QStringLiteral("cross")));
    // Esc while dragging drops the drag.
    test::sendMouseAtMap(canvas_.get(), QEvent::MouseButtonPress, C);
    test::sendMouseAtMap(canvas_.get(), QEvent::MouseMove, {683000, 4798000});
    QTest::keyClick(canvas_.get(), Qt::Key_Escape);
    test::sendMouseAtMap(canvas_.get(), QEvent::MouseButtonRelease, {683000, 4798000});
    QCOMPARE(doc_->undoStack()->count(), 0);
  }

 private:
  void showPolygons() {
    QList<QList<QPolygonF>> polygons;
    for (const auto& g : doc_->candidate(0).drawn) polygons.append(ringsFromGeometry(g.get()));
    tool_->setPolygons(polygons);
  }
  QPolygonF ring() const { return ringsFromGeometry(doc_->candidate(0).drawn.at(0).get()).value(0); }

  std::unique_ptr<LayerModel> model_;
  std::unique_ptr<MapCanvas> canvas_;
  std::unique_ptr<PlanDocument> doc_;
  EditVerticesTool* tool_ = nullptr;
};

QTEST_MAIN(TestGuiToolsEdit)
#include "test_gui_tools_edit.moc"
