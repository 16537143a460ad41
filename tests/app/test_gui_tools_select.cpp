// SPDX-License-Identifier: GPL-3.0-or-later
// SelectParcelsTool and the ring <-> OGR conversions, on the fixture's 4 x 3 parcels built in memory.
#include <QDir>
#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <memory>

#include "gui/map/MapCanvas.h"
#include "gui/tools/LassoSelectTool.h"
#include "gui/tools/SelectParcelsTool.h"
#include "mapkit/layers/LayerModel.h"
#include "mapkit/layers/QtGeometry.h"
#include "support/MapToolFixture.h"

using namespace hp;
using namespace hp::gui;

namespace {

QList<std::string> sorted(QList<std::string> ids) {
  std::sort(ids.begin(), ids.end(), parcelIdLess);
  return ids;
}

void sendAtMap(MapCanvas* canvas, QEvent::Type type, const QPointF& map, Qt::KeyboardModifiers mods,
               Qt::MouseButtons buttons) {
  const QPointF w = canvas->toWidget(map);
  QMouseEvent e(type, w, canvas->mapToGlobal(w), Qt::LeftButton, buttons, mods);
  QApplication::sendEvent(canvas, &e);
}

}  // namespace

class TestGuiToolsSelect : public QObject {
  Q_OBJECT
 private slots:
  void init() {
    model_ = std::make_unique<LayerModel>();
    canvas_ = test::makeFixtureCanvas(model_.get());
    tool_ = new SelectParcelsTool(canvas_.get());
    // fids from 100 differ from parcel_id, so the test sees which one is used.
    tool_->setParcels(test::fixtureParcelShapes(100, true));
    canvas_->setMapTool(tool_);
  }
  void cleanup() {
    canvas_.reset();
    model_.reset();
  }

  void clickPicksParcelUnderCursor() {
    QSignalSpy spy(tool_, &SelectParcelsTool::parcelsPicked);
    click({683100, 4797100}, Qt::NoModifier);  // i = 2, j = 1 -> 7
    click({680100, 4795600}, Qt::ShiftModifier);
    click({685900, 4799900}, Qt::ControlModifier);
    click({679000, 4795600}, Qt::NoModifier);  // outside every parcel
    QCOMPARE(spy.count(), 4);
    QCOMPARE(spy[0][0].value<QList<std::string>>(), QList<std::string>{"7"});
    QCOMPARE(spy[0][1].value<SelectionOp>(), SelectionOp::Replace);
    QCOMPARE(spy[1][0].value<QList<std::string>>(), QList<std::string>{"1"});
    QCOMPARE(spy[1][1].value<SelectionOp>(), SelectionOp::Toggle);
    QCOMPARE(spy[2][0].value<QList<std::string>>(), QList<std::string>{"12"});
    QCOMPARE(spy[2][1].value<SelectionOp>(), SelectionOp::Remove);
    QVERIFY(spy[3][0].value<QList<std::string>>().isEmpty());
  }

  void rectanglePicksEveryParcelItTouches() {
    QSignalSpy spy(tool_, &SelectParcelsTool::parcelsPicked);
    // x 681000..683200 spans i = 0, 1, 2; y 4796500..4797200 spans j = 0, 1.
    drag({681000, 4796500}, {683200, 4797200}, Qt::ShiftModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(sorted(spy[0][0].value<QList<std::string>>()), (QList<std::string>{"1", "2", "3", "5", "6", "7"}));
    QCOMPARE(spy[0][1].value<SelectionOp>(), SelectionOp::Add);
    drag({684600, 4799000}, {684700, 4799500}, Qt::ControlModifier);
    QCOMPARE(sorted(spy[1][0].value<QList<std::string>>()), QList<std::string>{"12"});
    QCOMPARE(spy[1][1].value<SelectionOp>(), SelectionOp::Remove);
  }

  void rubberBandScreenshot() {
    sendAtMap(canvas_.get(), QEvent::MouseButtonPress, {681000, 4796500}, Qt::NoModifier, Qt::LeftButton);
    sendAtMap(canvas_.get(), QEvent::MouseMove, {683200, 4797200}, Qt::NoModifier, Qt::LeftButton);
    QImage image(canvas_->size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    tool_->paint(painter);
    painter.end();
    // For a person to look at: HP_SCREENSHOT_DIR=DIR keeps the picture.
    if (const QString shots = qEnvironmentVariable("HP_SCREENSHOT_DIR"); !shots.isEmpty()) QVERIFY(image.save(QDir(shots).filePath(QStringLiteral("tools_select.png"))));
    const QPointF mid = canvas_->toWidget({682000, 4796800});
    QCOMPARE(QColor(image.pixel(mid.toPoint())).red(), 255);
    QVERIFY(QColor(image.pixel(mid.toPoint())).green() < 255);  // tinted red fill
  }

  void lassoPicksParcelsItTouches() {
    auto* lasso = new LassoSelectTool(canvas_.get());
    lasso->setParcels(test::fixtureParcelShapes(100, true));
    canvas_->setMapTool(lasso);
    QSignalSpy spy(lasso, &LassoSelectTool::parcelsPicked);
    // A triangle with corners in parcels 1, 2 and 6. Its long side crosses y = 4797000 at x = 681750, east of
    // parcel 5 (x < 681500), so 5 is not touched.
    const QList<QPointF> path = {{680500, 4796000}, {682000, 4796000}, {682000, 4797200}};
    sendAtMap(canvas_.get(), QEvent::MouseButtonPress, path[0], Qt::ShiftModifier, Qt::LeftButton);
    sendAtMap(canvas_.get(), QEvent::MouseMove, path[1], Qt::ShiftModifier, Qt::LeftButton);
    sendAtMap(canvas_.get(), QEvent::MouseButtonRelease, path[2], Qt::ShiftModifier, Qt::NoButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(sorted(spy[0][0].value<QList<std::string>>()), (QList<std::string>{"1", "2", "6"}));
    QCOMPARE(spy[0][1].value<SelectionOp>(), SelectionOp::Add);
    // Esc drops a lasso in progress: nothing is picked.
    sendAtMap(canvas_.get(), QEvent::MouseButtonPress, path[0], Qt::NoModifier, Qt::LeftButton);
    QTest::keyClick(canvas_.get(), Qt::Key_Escape);
    sendAtMap(canvas_.get(), QEvent::MouseButtonRelease, path[2], Qt::NoModifier, Qt::NoButton);
    QCOMPARE(spy.count(), 1);
  }

  void ringsRoundTripWithHoles() {
    const QPolygonF outer({{0, 0}, {10, 0}, {10, 10}, {0, 10}});
    const QPolygonF hole({{2, 2}, {4, 2}, {4, 4}, {2, 4}});
    const QPolygonF island({{20, 0}, {23, 0}, {23, 3}});
    auto geometry = geometryFromRings({hole, outer, island});
    QVERIFY(geometry);
    QCOMPARE(wkbFlatten(geometry->getGeometryType()), wkbMultiPolygon);
    auto* multi = geometry->toMultiPolygon();
    QCOMPARE(multi->getNumGeometries(), 2);
    QCOMPARE(multi->get_Area(), 100.0 - 4.0 + 4.5);
    const QList<QPolygonF> rings = ringsFromGeometry(geometry.get());
    QCOMPARE(rings.size(), 3);
    QCOMPARE(rings[0], outer);
    QCOMPARE(rings[1], hole);
    auto single = geometryFromRings({outer});
    QCOMPARE(wkbFlatten(single->getGeometryType()), wkbPolygon);
    QVERIFY(!geometryFromRings({QPolygonF({{0, 0}, {1, 1}})}));
  }

 private:
  void click(const QPointF& map, Qt::KeyboardModifiers mods) {
    sendAtMap(canvas_.get(), QEvent::MouseButtonPress, map, mods, Qt::LeftButton);
    sendAtMap(canvas_.get(), QEvent::MouseButtonRelease, map, mods, Qt::NoButton);
  }
  void drag(const QPointF& from, const QPointF& to, Qt::KeyboardModifiers mods) {
    sendAtMap(canvas_.get(), QEvent::MouseButtonPress, from, mods, Qt::LeftButton);
    sendAtMap(canvas_.get(), QEvent::MouseMove, to, mods, Qt::LeftButton);
    sendAtMap(canvas_.get(), QEvent::MouseButtonRelease, to, mods, Qt::NoButton);
  }

  std::unique_ptr<LayerModel> model_;
  std::unique_ptr<MapCanvas> canvas_;
  SelectParcelsTool* tool_ = nullptr;
};

QTEST_MAIN(TestGuiToolsSelect)
#include "test_gui_tools_select.moc"
