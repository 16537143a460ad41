// SPDX-License-Identifier: GPL-3.0-or-later
// The map's drawing maths (core/render): viewport transforms, zoom about a point, scale, colour ramps, which
// raster pixels a view reads, and a raster drawn through them from a file.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "geo/Crs.h"
#include "geo/Error.h"
#include "io/RasterSource.h"
#include "render/ColorRamp.h"
#include "render/MapViewport.h"
#include "render/RasterDrawing.h"
#include "render/RasterReadPlan.h"
#include "test_gui_support.h"

using namespace hp;
using namespace hp::render;

class TestGuiRenderMaths : public QObject {
  Q_OBJECT

  // Centre (500000, 4800000), 30 m pixels, 800 x 600: x 488000..512000, y 4791000..4809000.
  static MapViewport utmView() { return MapViewport{500000, 4800000, 30, 800, 600}; }

 private slots:
  void viewportExtentAndTransforms() {
    const MapViewport v = utmView();
    const Extent e = v.extent();
    QCOMPARE(e.minX, 488000.0);  // 500000 - 400 * 30
    QCOMPARE(e.maxX, 512000.0);
    QCOMPARE(e.minY, 4791000.0);  // 4800000 - 300 * 30
    QCOMPARE(e.maxY, 4809000.0);
    double px, py;
    v.toScreen(488000, 4809000, px, py);
    QCOMPARE(px, 0.0);
    QCOMPARE(py, 0.0);
    v.toScreen(500000, 4800000, px, py);
    QCOMPARE(px, 400.0);
    QCOMPARE(py, 300.0);
    double x, y;
    v.toMap(800, 600, x, y);
    QCOMPARE(x, 512000.0);
    QCOMPARE(y, 4791000.0);
  }

  void zoomAtKeepsThePointUnderTheCursor() {
    // Under (200, 150): x = 500000 + (200 - 400) * 30 = 494000, y = 4800000 - (150 - 300) * 30 = 4804500.
    const MapViewport z = utmView().zoomedAt(200, 150, 2);
    QCOMPARE(z.mapUnitsPerPixel, 15.0);
    // New centre: 494000 - (200 - 400) * 15 = 497000; 4804500 + (150 - 300) * 15 = 4802250.
    QCOMPARE(z.centerX, 497000.0);
    QCOMPARE(z.centerY, 4802250.0);
    double px, py;
    z.toScreen(494000, 4804500, px, py);
    QCOMPARE(px, 200.0);
    QCOMPARE(py, 150.0);
  }

  void fittingPanningResizing() {
    Extent e{0, 0, 1000, 500};
    // 200 x 200 pixels: max(1000 / 200, 500 / 200) = 5 map units per pixel, centred on (500, 250).
    const MapViewport f = MapViewport::fitting(e, 200, 200);
    QCOMPARE(f.mapUnitsPerPixel, 5.0);
    QCOMPARE(f.centerX, 500.0);
    QCOMPARE(f.centerY, 250.0);
    // Dragging the content 10 px right and 20 px up shows what lies west and south: 500000 - 10 * 30,
    // 4800000 + (-20) * 30.
    const MapViewport p = utmView().pannedByPixels(10, -20);
    QCOMPARE(p.centerX, 499700.0);
    QCOMPARE(p.centerY, 4799400.0);
    const MapViewport r = utmView().resized(1000, 100);
    QCOMPARE(r.centerX, 500000.0);
    QCOMPARE(r.mapUnitsPerPixel, 30.0);
    QCOMPARE(r.extent().width(), 30000.0);
    const MapViewport hi = utmView().scaledPixels(2);
    QCOMPARE(hi.widthPx, 1600);
    QCOMPARE(hi.mapUnitsPerPixel, 15.0);
  }

  void scale() {
    // 30 m per pixel at 96 dpi: one pixel is 0.0254 / 96 m of screen, so 1 : 30 * 96 / 0.0254 = 113385.83.
    QVERIFY(std::abs(scaleDenominator(30, 1, 96) - 113385.8268) < 1e-3);
    QVERIFY(std::abs(mapUnitsPerPixelForScale(113385.8268, 1, 96) - 30) < 1e-6);
    // A degree of longitude: 6378137 * pi / 180 = 111319.4908 m at the equator, half that at 60 degrees.
    QVERIFY(std::abs(metresPerDegree(0) - 111319.4908) < 1e-3);
    QVERIFY(std::abs(metresPerDegree(60) - 55659.7454) < 1e-3);
  }

  void colourRamp() {
    const ColorRamp greens = ColorRamp::named("greens");
    QCOMPARE(greens.at(0), argb(247, 252, 245));
    QCOMPARE(greens.at(1), argb(0, 68, 27));
    QCOMPARE(greens.at(-3), argb(247, 252, 245));  // clamped
    // Half way from (247, 252, 245) to (199, 233, 192): (223, 242.5, 218.5), rounded half away from zero.
    QCOMPARE(greens.at(0.125), argb(223, 243, 219));
    QCOMPARE(greens.at(std::nan("")), Argb(0));

    // Canopy 0..100 % over the ramp; 255 is no-data, values above 100 clamp to the darkest green.
    const auto table = greens.byteTable(0, 100, 255.0);
    QCOMPARE(table[0], argb(247, 252, 245));
    QCOMPARE(table[50], argb(116, 196, 118));
    QCOMPARE(table[100], argb(0, 68, 27));
    QCOMPARE(table[200], argb(0, 68, 27));
    QCOMPARE(table[255], Argb(0));
    QCOMPARE(ColorRamp::named("no such ramp").at(1), argb(255, 255, 255));
  }

  void readPlanCoversTheVisiblePart() {
    // Raster: origin (680000, 4800000), 30 m, 200 x 150: x 680000..686000, y 4795500..4800000.
    GeoTransform gt;
    gt.c = {680000, 30, 0, 4800000, 0, -30};

    // The whole raster in a 100 x 75 view at 60 m: every source pixel, half as many buffer pixels.
    auto p = planRasterRead(gt, 200, 150, MapViewport{683000, 4797750, 60, 100, 75});
    QVERIFY(p);
    QCOMPARE(p->srcX, 0.0);
    QCOMPARE(p->srcWidth, 200.0);
    QCOMPARE(p->srcHeight, 150.0);
    QCOMPARE(p->bufferWidth, 100);
    QCOMPARE(p->bufferHeight, 75);
    QCOMPARE(p->dstX, 0.0);
    QCOMPARE(p->dstWidth, 100.0);

    // View centred on the raster's top-left corner, 30 m, 100 x 100: x 678500..681500, y 4798500..4801500.
    // Visible: x 680000..681500, y 4798500..4800000 = 50 x 50 pixels, drawn from screen (50, 50).
    p = planRasterRead(gt, 200, 150, MapViewport{680000, 4800000, 30, 100, 100});
    QVERIFY(p);
    QCOMPARE(p->srcWidth, 50.0);
    QCOMPARE(p->srcHeight, 50.0);
    QCOMPARE(p->dstX, 50.0);
    QCOMPARE(p->dstY, 50.0);
    QCOMPARE(p->bufferWidth, 50);

    // 10 m screen pixels, 10 x 10 centred at (680015, 4799985): x 679965..680065, y 4799935..4800035.
    // Visible: 65 m = 2.1667 source pixels each way (whole pixels 0..3), on screen from
    // ((680000 - 680015) / 10 + 5, (4799985 - 4800000) / 10 + 5) = (3.5, 3.5), 6.5 px wide -> 7 buffer px.
    p = planRasterRead(gt, 200, 150, MapViewport{680015, 4799985, 10, 10, 10});
    QVERIFY(p);
    QVERIFY(std::abs(p->srcWidth - 65.0 / 30) < 1e-12);
    QCOMPARE(p->srcXSize, 3);
    QCOMPARE(p->dstX, 3.5);
    QCOMPARE(p->dstY, 3.5);
    QCOMPARE(p->bufferWidth, 7);

    QVERIFY(!planRasterRead(gt, 200, 150, MapViewport{0, 0, 30, 100, 100}));  // far away
    GeoTransform southUp = gt;
    southUp.c[5] = 30;
    QVERIFY(!planRasterRead(southUp, 200, 150, MapViewport{683000, 4797750, 60, 100, 75}));
  }

  void drawsTheFixtureRasterThroughTheRamp() {
    QTemporaryDir dir;
    const sample::SamplePaths paths = test::writeFixtureRegion(dir.path());
    RasterSymbology sym;
    sym.ramp = ColorRamp::named("greens");
    sym.minValue = 0;
    sym.maxValue = 100;
    const auto table = sym.ramp.byteTable(0, 100, 255.0);
    // One screen pixel per raster pixel over the whole raster: pixel (c, r) is the ramp colour of its canopy.
    const auto d = drawRaster({paths.forest, {}}, sym, MapViewport{683000, 4797750, 30, 200, 150});
    QVERIFY(d);
    QCOMPARE(d->plan.bufferWidth, 200);
    QCOMPARE(d->pixels.size(), std::size_t(200 * 150));
    for (auto [c, r] : {std::pair{0, 0}, {10, 20}, {199, 0}, {149, 149}, {150, 120}, {199, 149}})
      QCOMPARE(d->pixels[std::size_t(r) * 200 + std::size_t(c)], table[std::size_t(test::fixtureCanopy(c, r))]);
    QCOMPARE(d->pixels[120 * 200 + 150], Argb(0));  // the sea is transparent

    // Through a warped view into geographic coordinates the raster still lands on the screen.
    const Crs wgs84 = Crs::wgs84();
    CoordinateTransform toGeo(Crs::fromEpsg(32652), wgs84);
    const Extent geo = toGeo.transformBounds(Extent{680000, 4795500, 686000, 4800000});
    const auto w = drawRaster({paths.forest, wgs84.wkt()}, sym, MapViewport::fitting(geo, 100, 100));
    QVERIFY(w);
    std::size_t opaque = 0;
    for (Argb px : w->pixels) opaque += alphaOf(px) == 255;
    QVERIFY2(opaque > w->pixels.size() / 2, qPrintable(QString::number(opaque)));

    // Asked to stop, it stops.
    QVERIFY_THROWS_EXCEPTION(Cancelled, drawRaster({paths.forest, {}}, sym, MapViewport{683000, 4797750, 30, 200, 150},
                                                   [](double, const std::string&) { return false; }));
  }

  void sampleBandAndACorruptTile() {
    QTemporaryDir dir;
    const sample::SamplePaths paths = test::writeFixtureRegion(dir.path());
    const BandSample s = sampleBand(RasterSource::open(paths.forest), 1);
    // (7c + 3r) % 100 takes every value 0..99 (e.g. c=0, r=0 gives 0; c=1, r=4 gives 19), 255 is no-data.
    QCOMPARE(s.minValue.value_or(-1), 0.0);
    QCOMPARE(s.maxValue.value_or(-1), 99.0);
    const QString corrupt = QStringLiteral(HP_SHARED_DATA_DIR "/broken/corrupt.tif");
    if (!QFile::exists(corrupt)) QSKIP("../shared/data/real is absent");
    // corrupt.tif's overviews are whole, so the decimated look succeeds; its full-resolution tile at row 512
    // is cut short, so drawing that part at full resolution is an error naming the file.
    const RasterSource broken = RasterSource::open(corrupt.toStdString());
    QVERIFY(sampleBand(broken, 1).validCount > 0);
    const GeoTransform& gt = broken.info().transform;
    double x, y;
    gt.pixelToGeo(768, 768, x, y);
    RasterSymbology grey;
    try {
      drawRaster({corrupt.toStdString(), {}}, grey, MapViewport{x, y, gt.c[1], 100, 100});
      QFAIL("reading the cut tile should fail");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::CorruptData);
      QCOMPARE(QString::fromStdString(e.file()), corrupt);
    }
  }
};

QTEST_GUILESS_MAIN(TestGuiRenderMaths)
#include "test_gui_render_maths.moc"
