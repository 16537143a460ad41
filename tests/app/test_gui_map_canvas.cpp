// SPDX-License-Identifier: GPL-3.0-or-later
// The map canvas with the fixture region: zoom at the cursor, full extent, box zoom, arrow-key and drag
// panning, the rendered pixels of every layer, and a newer render cancelling an older one.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <chrono>

#include "gui/SampleRegionSetup.h"
#include "mapkit/layers/SampleStyle.h"
#include "mapkit/layers/LayerLoader.h"
#include "mapkit/layers/LayerModel.h"
#include "gui/map/MapCanvas.h"
#include "gui/tools/PanTool.h"
#include "gui/tools/ZoomTool.h"
#include "render/ColorRamp.h"
#include "test_gui_support.h"

Q_DECLARE_METATYPE(hp::gui::MapRenderer::Result)

using namespace hp;
using namespace hp::gui;

namespace {

// A layer that draws nothing and takes its time until it is cancelled: stands in for a huge raster.
class SlowLayerRenderer : public LayerRenderer {
 public:
  explicit SlowLayerRenderer(std::shared_ptr<std::atomic<bool>> sawCancel)
      : LayerRenderer(QStringLiteral("slow"), 1.0), sawCancel_(std::move(sawCancel)) {}
  void render(RenderContext& ctx) override {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < until) {
      if (ctx.isCancelled()) {
        *sawCancel_ = true;
        return;
      }
      QThread::msleep(1);
    }
  }

 private:
  std::shared_ptr<std::atomic<bool>> sawCancel_;
};

bool near(double a, double b, double tolerance = 1e-6) { return std::abs(a - b) <= tolerance; }

}  // namespace

class TestGuiMapCanvas : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  sample::SamplePaths paths_;
  std::unique_ptr<LayerModel> model_;
  std::unique_ptr<MapCanvas> canvas_;

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    paths_ = test::writeFixtureRegion(dir_.path());
  }

  void init() {
    model_ = std::make_unique<LayerModel>();
    canvas_ = std::make_unique<MapCanvas>(model_.get());
    canvas_->resize(400, 300);
    canvas_->show();
    QVERIFY(QTest::qWaitForWindowExposed(canvas_.get()));
    const std::pair<std::string, SampleLayer> files[] = {{paths_.forest, SampleLayer::Forest},
                                                         {paths_.basins, SampleLayer::Basins},
                                                         {paths_.parcels, SampleLayer::Parcels},
                                                         {paths_.reserve, SampleLayer::Reserve}};
    for (const auto& [path, which] : files) {
      auto layer = openLayers(QString::fromStdString(path), LayerKind::Any, model_->mapCrs()).front();
      applySampleStyle(*layer, which);
      model_->insertLayer(layer, 0);
    }
    QVERIFY(test::waitForRender(canvas_.get()));
  }

  void cleanup() {
    canvas_.reset();
    model_.reset();
  }

  void opensAtFullExtent() {
    // 6000 x 4500 m in 400 x 300 px: max(6000 / 400, 4500 / 300) = 15 m per pixel, centred on the region.
    const auto& v = canvas_->viewport();
    QCOMPARE(v.mapUnitsPerPixel, 15.0);
    QCOMPARE(v.centerX, 683000.0);
    QCOMPARE(v.centerY, 4797750.0);
    QCOMPARE(v.widthPx, 400);
    // 15 m per pixel at the screen's DPI: 15 / (0.0254 / dpi).
    QVERIFY(near(canvas_->scaleDenominator(), 15 / (0.0254 / canvas_->dotsPerInch()), 1e-6));
  }

  void resizingKeepsTheFittedExtentUntilTheMapMoves() {
    // Half as wide: 6000 m in 200 px is 30 m per pixel, still centred on the region.
    canvas_->resize(200, 300);
    QCOMPARE(canvas_->viewport().mapUnitsPerPixel, 30.0);
    QCOMPARE(canvas_->viewport().centerX, 683000.0);
    // Once the user moves the map, a resize keeps the scale and the centre instead.
    QTest::keyClick(canvas_.get(), Qt::Key_Right);  // a quarter of 200 px at 30 m: 1500 m east
    QCOMPARE(canvas_->viewport().centerX, 684500.0);
    canvas_->resize(400, 300);
    QCOMPARE(canvas_->viewport().mapUnitsPerPixel, 30.0);
    QCOMPARE(canvas_->viewport().centerX, 684500.0);
    QVERIFY(test::waitForRender(canvas_.get()));
  }

  void wheelZoomKeepsThePointUnderTheCursor() {
    const QPointF cursor(100, 80);
    const QPointF before = canvas_->toMap(cursor);  // 683000 + (100 - 200) * 15 = 681500, 4797750 + 70 * 15
    QCOMPARE(before, QPointF(681500, 4798800));
    test::wheelAtWidget(canvas_.get(), cursor, 120);  // one notch in: twice the detail
    QCOMPARE(canvas_->viewport().mapUnitsPerPixel, 7.5);
    const QPointF after = canvas_->toMap(cursor);
    QVERIFY(near(after.x(), before.x()) && near(after.y(), before.y()));
    test::wheelAtWidget(canvas_.get(), QPointF(350, 250), -240);  // two notches out: a quarter
    QCOMPARE(canvas_->viewport().mapUnitsPerPixel, 30.0);
    QVERIFY(test::waitForRender(canvas_.get()));

    canvas_->zoomToFullExtent();
    QCOMPARE(canvas_->viewport().mapUnitsPerPixel, 15.0);
    QCOMPARE(canvas_->viewport().centerX, 683000.0);
    QCOMPARE(canvas_->viewport().centerY, 4797750.0);
  }

  void boxZoom() {
    ZoomTool zoomIn(canvas_.get(), ZoomTool::Direction::In);
    canvas_->setMapTool(&zoomIn);
    // The box (0, 0)-(200, 150) is x 680000..683000, y 4797750..4800000: 3000 x 2250 m, which fills the
    // 400 x 300 view at 7.5 m per pixel, centred on (681500, 4798875).
    test::mousePressAtWidget(canvas_.get(), QPointF(0, 0));
    test::mouseMoveToWidget(canvas_.get(), QPointF(120, 90), Qt::LeftButton);
    test::mouseMoveToWidget(canvas_.get(), QPointF(200, 150), Qt::LeftButton);
    test::mouseReleaseAtWidget(canvas_.get(), QPointF(200, 150));
    QCOMPARE(canvas_->viewport().mapUnitsPerPixel, 7.5);
    QCOMPARE(canvas_->viewport().centerX, 681500.0);
    QCOMPARE(canvas_->viewport().centerY, 4798875.0);

    // Zoom out by a box half the view's size each way: the scale doubles about the box centre.
    ZoomTool zoomOut(canvas_.get(), ZoomTool::Direction::Out);
    canvas_->setMapTool(&zoomOut);
    test::mousePressAtWidget(canvas_.get(), QPointF(100, 75));
    test::mouseReleaseAtWidget(canvas_.get(), QPointF(300, 225));
    QCOMPARE(canvas_->viewport().mapUnitsPerPixel, 15.0);
    QCOMPARE(canvas_->viewport().centerX, 681500.0);
    canvas_->setMapTool(nullptr);
    QVERIFY(test::waitForRender(canvas_.get()));
  }

  void arrowKeysAndDragPan() {
    // A quarter of the view per key press: 0.25 * 400 px * 15 m = 1500 m east, 0.25 * 300 * 15 = 1125 m north.
    QTest::keyClick(canvas_.get(), Qt::Key_Right);
    QCOMPARE(canvas_->viewport().centerX, 684500.0);
    QTest::keyClick(canvas_.get(), Qt::Key_Up);
    QCOMPARE(canvas_->viewport().centerY, 4798875.0);
    QTest::keyClick(canvas_.get(), Qt::Key_Left);
    QTest::keyClick(canvas_.get(), Qt::Key_Down);
    QCOMPARE(canvas_->viewport().centerX, 683000.0);
    QCOMPARE(canvas_->viewport().centerY, 4797750.0);
    QVERIFY(test::waitForRender(canvas_.get()));

    // Dragging shows the last image shifted and renders only on release.
    PanTool pan(canvas_.get());
    canvas_->setMapTool(&pan);
    QSignalSpy started(canvas_.get(), &MapCanvas::renderStarted);
    test::mousePressAtWidget(canvas_.get(), QPointF(200, 150));
    test::mouseMoveToWidget(canvas_.get(), QPointF(230, 150), Qt::LeftButton);
    test::mouseMoveToWidget(canvas_.get(), QPointF(250, 130), Qt::LeftButton);
    QTest::qWait(50);
    // The content moved 50 px right and 20 px up: the view looks 750 m west and 300 m south.
    QCOMPARE(canvas_->viewport().centerX, 682250.0);
    QCOMPARE(canvas_->viewport().centerY, 4797450.0);
    QCOMPARE(started.count(), 0);
    QCOMPARE(canvas_->renderedViewport().centerX, 683000.0);
    test::mouseReleaseAtWidget(canvas_.get(), QPointF(250, 130));
    QVERIFY(test::waitForRender(canvas_.get()));
    QCOMPARE(started.count(), 1);
    QCOMPARE(canvas_->renderedViewport().centerX, 682250.0);
    canvas_->setMapTool(nullptr);
  }

  void pixelsShowEveryLayer() {
    // Put the parcel edge x = 681500 and the basin edge x = 683750 on pixel centres (100.5 and 250.5):
    // centre x = 681500 - (100.5 - 200) * 15 = 682992.5. Rows: y = 4797750 - (row - 150) * 15, so the parcel
    // edges y = 4797000 and 4795500 are rows 200 and 300, the reserve (680600..682400, 4797000..4799400)
    // covers columns 40.5..160.5, rows 40..200, and the "sea" (raster col >= 150, row >= 120, i.e.
    // x >= 684500, y <= 4796400) starts at column 300.5, row 240.
    canvas_->setViewport(render::MapViewport{682992.5, 4797750, 15, 400, 300});
    QVERIFY(test::waitForRender(canvas_.get()));
    const QImage image = canvas_->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), QSize(400, 300));
    auto rgb = [&](int x, int y) { return QColor(image.pixel(x, y)); };
    const auto greens = render::ColorRamp::named("greens").byteTable(0, 100, 255.0);
    for (int y = 210; y <= 290; y += 10) {
      const QColor forest = rgb(175, y), parcelEdge = rgb(100, y), basinEdge = rgb(250, y);
      // Column 175's centre is x = 679992.5 + 175.5 * 15 = 682625, the middle of raster column 87; row y's centre
      // is y = 4797750 - (y + 0.5 - 150) * 15, raster row (y + 0.5) / 2. Its canopy's green, under the wheat
      // parcel fill at 0.235: 0.765 * ramp + 0.235 * (245, 222, 179).
      const render::Argb ramp = greens[std::size_t(test::fixtureCanopy(87, (y + 1) / 2))];
      const QColor expected(int(0.765 * render::redOf(ramp) + 0.235 * 245 + 0.5),
                            int(0.765 * render::greenOf(ramp) + 0.235 * 222 + 0.5),
                            int(0.765 * render::blueOf(ramp) + 0.235 * 179 + 0.5));
      QVERIFY2(std::abs(forest.red() - expected.red()) <= 6 && std::abs(forest.green() - expected.green()) <= 6 &&
                   std::abs(forest.blue() - expected.blue()) <= 6,
               qPrintable(forest.name() + " vs " + expected.name()));
      // The 0.7 px brown (139, 90, 43) parcel outline covers 70 % of the pixel: red > green > blue.
      QVERIFY2(parcelEdge.red() > parcelEdge.green() && parcelEdge.green() > parcelEdge.blue(),
               qPrintable(parcelEdge.name()));
      // The 1.8 px blue (30, 100, 200) basin outline covers its centre pixel, seen through the parcels' wheat
      // fill (245, 222, 179) at alpha 60/255 = 0.235: 0.765 * (30, 100, 200) + 0.235 * (245, 222, 179)
      // = (80.5, 128.7, 195.1).
      QVERIFY2(std::abs(basinEdge.red() - 81) <= 6 && std::abs(basinEdge.green() - 129) <= 6 &&
                   std::abs(basinEdge.blue() - 195) <= 6,
               qPrintable(basinEdge.name()));
    }
    // The 2.2 px red reserve outline on its western edge.
    const QColor reserveEdge = rgb(40, 120);
    QVERIFY2(reserveEdge.red() > 170 && reserveEdge.green() < 70, qPrintable(reserveEdge.name()));
    // No-data (the sea) is transparent: white under the wheat parcel fill, no green.
    const QColor sea = rgb(350, 270);
    QVERIFY2(sea.red() > 230 && sea.red() >= sea.green() && sea.green() >= sea.blue(), qPrintable(sea.name()));

    // Hiding the forest leaves paper where the green was.
    model_->setData(model_->index(model_->rowCount() - 1), Qt::Unchecked, Qt::CheckStateRole);
    QVERIFY(test::waitForRender(canvas_.get()));
    const QColor bare = QColor(canvas_->grab().toImage().pixel(175, 250));
    QVERIFY2(bare.red() > 230 && bare.red() >= bare.green(), qPrintable(bare.name()));
  }

  void newerRenderCancelsOlder() {
    MapRenderer renderer;
    QSignalSpy finished(&renderer, &MapRenderer::finished);
    QSignalSpy cancelled(&renderer, &MapRenderer::cancelled);
    auto sawCancel = std::make_shared<std::atomic<bool>>(false);
    const render::MapViewport view{0, 0, 1, 64, 48};
    std::vector<std::unique_ptr<LayerRenderer>> slow;
    slow.push_back(std::make_unique<SlowLayerRenderer>(sawCancel));
    QElapsedTimer timer;
    timer.start();
    const quint64 first = renderer.start(std::move(slow), view, 1.0, Qt::white);
    QTest::qWait(30);  // let the slow job get going
    const quint64 second = renderer.start({}, view, 1.0, Qt::white);
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1 && cancelled.count() == 1; }, 5000));
    QVERIFY(timer.elapsed() < 5000);  // the slow job stopped at the flag, long before its 10 s
    QVERIFY(sawCancel->load());
    QCOMPARE(cancelled.first().first().value<quint64>(), first);
    QCOMPARE(finished.first().first().value<MapRenderer::Result>().jobId, second);
    QVERIFY(!renderer.isActive());

    // Back to back on the canvas: only the second request's view is ever displayed.
    QSignalSpy done(canvas_.get(), &MapCanvas::renderFinished);
    canvas_->setViewport(render::MapViewport{681000, 4797000, 10, 400, 300});
    canvas_->refresh();
    canvas_->setViewport(render::MapViewport{684000, 4798000, 5, 400, 300});
    canvas_->refresh();
    QVERIFY(test::waitForRender(canvas_.get()));
    QTest::qWait(100);
    QCOMPARE(done.count(), 1);
    QCOMPARE(canvas_->renderedViewport().centerX, 684000.0);
    QCOMPARE(canvas_->renderedViewport().mapUnitsPerPixel, 5.0);

    // Emptying the map cancels what is running and says so.
    QSignalSpy idle(canvas_.get(), &MapCanvas::renderCancelled);
    canvas_->refresh();
    model_->removeRows(0, model_->rowCount());
    QVERIFY(idle.wait(5000));
    QVERIFY(!canvas_->isRendering());
    QVERIFY(!canvas_->viewport().isValid());
  }
};

QTEST_MAIN(TestGuiMapCanvas)
#include "test_gui_map_canvas.moc"
