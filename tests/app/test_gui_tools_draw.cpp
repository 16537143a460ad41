// SPDX-License-Identifier: GPL-3.0-or-later
// DrawPolygonTool driven by synthetic mouse and key events in map coordinates, and the Snapper it uses,
// on the fixture's 4 x 3 parcels of 1500 m built in memory (a 600 x 450 canvas: 10 m a pixel).
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QMainWindow>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <memory>

#include "gui/map/MapCanvas.h"
#include "gui/tools/DrawPolygonTool.h"
#include "gui/tools/Snapper.h"
#include "mapkit/layers/LayerModel.h"
#include "support/MapToolFixture.h"

using namespace hp;
using namespace hp::gui;

namespace {

void click(MapCanvas* canvas, const QPointF& map) {
  test::sendMouseAtMap(canvas, QEvent::MouseMove, map);
  test::sendMouseAtMap(canvas, QEvent::MouseButtonPress, map);
  test::sendMouseAtMap(canvas, QEvent::MouseButtonRelease, map);
}

// What Qt sends for a double-click: press, release, double-click, release.
void doubleClick(MapCanvas* canvas, const QPointF& map) {
  click(canvas, map);
  test::sendMouseAtMap(canvas, QEvent::MouseButtonDblClick, map);
  test::sendMouseAtMap(canvas, QEvent::MouseButtonRelease, map);
}

bool near(const QPointF& a, const QPointF& b, double tolerance = 1e-6) {
  return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

}  // namespace

class TestGuiToolsDraw : public QObject {
  Q_OBJECT
 private slots:
  void init() {
    model_ = std::make_unique<LayerModel>();
    canvas_ = test::makeFixtureCanvas(model_.get());
    QCOMPARE(canvas_->viewport().mapUnitsPerPixel, 10.0);
    tool_ = new DrawPolygonTool(canvas_.get());
    canvas_->setMapTool(tool_);
  }
  void cleanup() {
    canvas_.reset();
    model_.reset();
  }

  void clicksThenDoubleClickFinishTheRing() {
    QSignalSpy finished(tool_, &DrawPolygonTool::polygonFinished);
    const QList<QPointF> corners = {{680700, 4796200}, {682300, 4796300}, {681900, 4797800}};
    click(canvas_.get(), corners[0]);
    click(canvas_.get(), corners[1]);
    QCOMPARE(tool_->vertices().size(), 2);
    doubleClick(canvas_.get(), corners[2]);
    QCOMPARE(finished.count(), 1);
    const QPolygonF ring = finished[0][0].value<QPolygonF>();
    QCOMPARE(ring.size(), 3);  // the double-click's own click is one vertex, not two
    for (int i = 0; i < 3; ++i) QVERIFY2(near(ring[i], corners[i]), qPrintable(QString::number(i)));
    QVERIFY(!tool_->isDrawing());
  }

  void backspaceRemovesTheLastVertexEnterFinishesEscCancels() {
    QSignalSpy finished(tool_, &DrawPolygonTool::polygonFinished);
    for (const QPointF p : {QPointF(680700, 4796200), QPointF(682300, 4796300), QPointF(681900, 4797800),
                            QPointF(680000 + 777, 4799000)})
      click(canvas_.get(), p);
    QCOMPARE(tool_->vertices().size(), 4);
    QTest::keyClick(canvas_.get(), Qt::Key_Backspace);
    QCOMPARE(tool_->vertices().size(), 3);
    QVERIFY(near(tool_->vertices().back(), {681900, 4797800}));
    QTest::keyClick(canvas_.get(), Qt::Key_Return);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished[0][0].value<QPolygonF>().size(), 3);

    click(canvas_.get(), {680700, 4796200});
    click(canvas_.get(), {682300, 4796300});
    QTest::keyClick(canvas_.get(), Qt::Key_Escape);
    QVERIFY(!tool_->isDrawing());
    QTest::keyClick(canvas_.get(), Qt::Key_Return);  // nothing left to finish
    QCOMPARE(finished.count(), 1);
  }

  void tooFewOrCrossingVerticesAddNothingAndSayWhy() {
    QSignalSpy finished(tool_, &DrawPolygonTool::polygonFinished);
    QSignalSpy status(tool_, &DrawPolygonTool::statusMessage);
    click(canvas_.get(), {680700, 4796200});
    doubleClick(canvas_.get(), {682300, 4796300});
    QCOMPARE(finished.count(), 0);
    QCOMPARE(status.count(), 1);
    QVERIFY(status[0][0].toString().contains(QStringLiteral("3 vertices")));
    QVERIFY(tool_->isDrawing());  // kept for the user to go on
    QTest::keyClick(canvas_.get(), Qt::Key_Escape);

    // A bow tie: the edges 0-1 and 2-3 cross.
    for (const QPointF p : {QPointF(680500, 4796000), QPointF(682500, 4798000), QPointF(682500, 4796000)})
      click(canvas_.get(), p);
    doubleClick(canvas_.get(), {680500, 4798000});
    QCOMPARE(finished.count(), 0);
    QVERIFY(status.last()[0].toString().contains(QStringLiteral("crosses itself")));
    QCOMPARE(tool_->vertices().size(), 4);
    // Backspace twice and a vertex on the right side make it a valid triangle.
    QTest::keyClick(canvas_.get(), Qt::Key_Backspace);
    QTest::keyClick(canvas_.get(), Qt::Key_Return);
    QCOMPARE(finished.count(), 1);
  }

  void keysReachTheToolBeforeShortcuts() {
    // A window action owning Backspace would otherwise take the key from the canvas while drawing.
    QMainWindow window;
    auto* model = new LayerModel(&window);
    auto* canvas = new MapCanvas(model, &window);
    window.setCentralWidget(canvas);
    window.resize(600, 450);
    auto* tool = new DrawPolygonTool(canvas);
    canvas->setMapTool(tool);
    QAction backspace(&window);
    backspace.setShortcut(Qt::Key_Backspace);
    window.addAction(&backspace);
    QSignalSpy triggered(&backspace, &QAction::triggered);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    Extent e;
    e.minX = 0;
    e.minY = 0;
    e.maxX = 600;
    e.maxY = 450;
    canvas->zoomToExtent(e);
    canvas->setFocus();
    click(canvas, {100, 100});
    click(canvas, {200, 100});
    QTest::keyClick(canvas, Qt::Key_Backspace);
    QCOMPARE(tool->vertices().size(), 1);
    QCOMPARE(triggered.count(), 0);
    // Not drawing: the key is the action's again.
    QTest::keyClick(canvas, Qt::Key_Escape);
    QTest::keyClick(canvas, Qt::Key_Backspace);
    QCOMPARE(triggered.count(), 1);
  }

  void snapsToParcelVerticesThenEdgesWithinTenPixels() {
    Snapper snapper;
    snapper.setParcels(test::fixtureParcelShapes(1, true));
    QCOMPARE(snapper.tolerancePx(), 10.0);
    tool_->setSnapper(&snapper);
    QSignalSpy finished(tool_, &DrawPolygonTool::polygonFinished);
    // 3 px east, 2 px south of the corner (681500, 4797000) shared by parcels 1, 2, 5 and 6.
    click(canvas_.get(), {681530, 4796980});
    QCOMPARE(tool_->vertices().back(), QPointF(681500, 4797000));  // exactly the parcel's vertex
    // 4 px above the edge y = 4797000 of parcel 7, 27 px from its nearest corner: the edge.
    click(canvas_.get(), {683270, 4797040});
    QCOMPARE(tool_->vertices().back().y(), 4797000.0);
    QVERIFY(std::abs(tool_->vertices().back().x() - 683270) < 1e-6);
    // A vertex 7.1 px away beats an edge 1 px away.
    const SnapResult both = snapper.snap({684570, 4798510}, 10);
    QCOMPARE(both.kind, SnapResult::Kind::Vertex);
    QCOMPARE(both.point, QPointF(684500, 4798500));
    // 75 px from every edge: not snapped.
    const SnapResult free = snapper.snap({682250, 4796250}, 10);
    QVERIFY(!free.snapped());
    QCOMPARE(free.point, QPointF(682250, 4796250));
    snapper.setEnabled(false);
    QVERIFY(!snapper.snap({681530, 4796980}, 10).snapped());
    snapper.setEnabled(true);
    doubleClick(canvas_.get(), {682250, 4798250});
    QCOMPARE(finished.count(), 1);
    const QPolygonF ring = finished[0][0].value<QPolygonF>();
    QCOMPARE(ring[0], QPointF(681500, 4797000));
  }

  // For a person to look at: the rubber band and a snap marker. HP_SCREENSHOTS=DIR keeps it.
  void rubberBandScreenshot() {
    Snapper snapper;
    snapper.setParcels(test::fixtureParcelShapes(1, true));
    tool_->setSnapper(&snapper);
    click(canvas_.get(), {680700, 4796200});
    click(canvas_.get(), {682300, 4796300});
    test::sendMouseAtMap(canvas_.get(), QEvent::MouseMove, {681510, 4798490});  // snaps to the vertex (681500, 4798500)
    QImage image(canvas_->size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    tool_->paint(painter);
    painter.end();
    const QPointF inside = canvas_->toWidget({681500, 4796800});
    QVERIFY(QColor(image.pixel(inside.toPoint())).green() < 255);  // tinted fill
    const QString dir = qEnvironmentVariable("HP_SCREENSHOTS");
    if (!dir.isEmpty()) QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("tools_draw.png"))));
  }

 private:
  std::unique_ptr<LayerModel> model_;
  std::unique_ptr<MapCanvas> canvas_;
  DrawPolygonTool* tool_ = nullptr;
};

QTEST_MAIN(TestGuiToolsDraw)
#include "test_gui_tools_draw.moc"
