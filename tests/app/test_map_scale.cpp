// SPDX-License-Identifier: GPL-3.0-or-later
// What keeps the map fluid at region scale (issue #16, point 1): the layer's spatial index finds what a
// linear scan finds, in the same order; holes stay holes, features smaller than a pixel become that pixel,
// a large layer zoomed out is drawn from its overviews, and labels never overlap.
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include <ogr_geometry.h>

#include <atomic>
#include <memory>
#include <random>
#include <thread>

#include "mapkit/layers/VectorData.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "mapkit/render/LabelPlacement.h"
#include "mapkit/render/VectorLayerRenderer.h"
#include "mapkit/render/VectorOverview.h"

using namespace hp;
using namespace hp::gui;

namespace {

FeatureShape shapeOfWkt(const char* wkt, std::int64_t fid, const std::string& label = {}) {
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
  const OGRGeometryUniquePtr owned(g);
  FeatureShape shape = featureShapeOf(*owned);
  shape.fid = fid;
  shape.attributes.emplace_back(std::in_place_type<std::string>, label);
  return shape;
}

std::shared_ptr<VectorData> dataOf(std::vector<FeatureShape> shapes, bool indexed = true) {
  auto data = std::make_shared<VectorData>();
  data->fieldNames = {QStringLiteral("name")};
  for (FeatureShape& s : shapes) {
    data->extent.include(s.bbox);
    data->features.push_back(std::move(s));
  }
  if (indexed) data->buildIndex();
  return data;
}

// Renders `data` into a width x height image whose pixel (0, 0) shows map (0, height) at one map unit per
// pixel: map x = column, map y = height - row.
QImage renderLayer(const std::shared_ptr<VectorData>& data, const VectorStyle& style, int width, int height,
                   LabelPlacement* labels = nullptr, std::shared_ptr<VectorOverview> overview = nullptr,
                   double unitsPerPixel = 1) {
  QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  QPainter painter(&image);
  render::MapViewport vp;
  vp.centerX = width * unitsPerPixel / 2.0;
  vp.centerY = height * unitsPerPixel / 2.0;
  vp.mapUnitsPerPixel = unitsPerPixel;
  vp.widthPx = width;
  vp.heightPx = height;
  const std::atomic<bool> notCancelled{false};
  RenderContext ctx{painter, vp, 1.0, notCancelled, labels};
  VectorLayerRenderer renderer(QStringLiteral("test"), 1.0, data, style, std::move(overview));
  renderer.render(ctx);
  renderer.renderLabels(ctx);
  painter.end();
  return image;
}

// Opaque red fill without an outline, so a pixel is red or white.
VectorStyle redFill() {
  VectorStyle s;
  s.fill = QColor(255, 0, 0);
  s.outline = QColor(0, 0, 0, 0);
  s.outlineWidthPx = 0;
  return s;
}

bool isRed(const QImage& image, int x, int y) { return image.pixel(x, y) == qRgb(255, 0, 0); }
bool isWhite(const QImage& image, int x, int y) { return image.pixel(x, y) == qRgb(255, 255, 255); }

}  // namespace

class TestMapScale : public QObject {
  Q_OBJECT

 private slots:
  void indexFindsWhatAScanFinds() {
    // 3000 random boxes, some large, some degenerate; 200 random queries.
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> at(0, 10000), size(0, 300);
    std::vector<FeatureShape> shapes;
    for (int i = 0; i < 3000; ++i) {
      FeatureShape s;
      s.fid = i;
      const double x = at(rng), y = at(rng), w = i % 50 == 0 ? 4000 : size(rng), h = i % 7 == 0 ? 0 : size(rng);
      s.bbox = Extent{x, y, x + w, y + h};
      s.parts.append(QPolygonF{QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h)});
      shapes.push_back(s);
    }
    const auto indexed = dataOf(shapes, true);
    const auto scanned = dataOf(shapes, false);
    QVERIFY(indexed->index);
    QVERIFY(!scanned->index);
    std::size_t total = 0;
    for (int q = 0; q < 200; ++q) {
      const double x = at(rng), y = at(rng), w = q % 10 == 0 ? 20000 : size(rng) * 3, h = size(rng) * 3;
      const Extent area{x, y, x + w, y + h};
      const std::vector<std::size_t> a = indexed->featuresIn(area), b = scanned->featuresIn(area);
      QCOMPARE(a, b);  // the same features, in layer order
      total += a.size();
    }
    QVERIFY(total > 1000);  // the queries did find things
    QCOMPARE(indexed->featuresIn(Extent{-5, -5, -1, -1}).size(), std::size_t(0));
  }

  void holesAndOverlaps() {
    // A square with a hole, a second square overlapping its right half, a separate multipolygon.
    const auto data = dataOf({
        shapeOfWkt("POLYGON((10 10,10 90,90 90,90 10,10 10),(30 30,30 70,70 70,70 30,30 30))", 1),
        shapeOfWkt("POLYGON((60 20,120 20,120 80,60 80,60 20))", 2),
        shapeOfWkt("MULTIPOLYGON(((150 10,190 10,190 50,150 50,150 10)),((150 60,190 60,190 90,150 90,150 60)))", 3),
    });
    const QImage image = renderLayer(data, redFill(), 200, 100);
    // Map (x, y) is pixel (x, 100 - y).
    QVERIFY(isRed(image, 20, 50));    // inside the first square
    QVERIFY(isWhite(image, 40, 50));  // in its hole, left of the second square
    QVERIFY(isRed(image, 65, 50));    // the hole where the second square covers it
    QVERIFY(isRed(image, 80, 50));    // where both squares overlap
    QVERIFY(isRed(image, 110, 50));   // the second square alone
    QVERIFY(isWhite(image, 130, 50));
    QVERIFY(isRed(image, 170, 70));   // both parts of the multipolygon
    QVERIFY(isRed(image, 170, 20));
    QVERIFY(isWhite(image, 170, 45)); // between them (map y 55)
  }

  void featuresBelowAPixelAreThatPixel() {
    // 0.2 x 0.2 map units at 1 unit per pixel: one pixel in the outline colour at its centre.
    auto speck = shapeOfWkt("POLYGON((40.4 60.4,40.6 60.4,40.6 60.6,40.4 60.6,40.4 60.4))", 1);
    const auto data = dataOf({speck});
    VectorStyle style = redFill();
    style.outline = QColor(0, 0, 255);
    const QImage image = renderLayer(data, style, 100, 100);
    int blue = 0, other = 0;
    for (int y = 0; y < 100; ++y)
      for (int x = 0; x < 100; ++x) {
        const QRgb p = image.pixel(x, y);
        if (p == qRgb(255, 255, 255)) continue;
        if (qBlue(p) > 200 && qRed(p) < 60) {
          ++blue;
          QVERIFY(std::abs(x - 40) <= 1 && std::abs(y - 40) <= 1);
        } else {
          ++other;
        }
      }
    QVERIFY(blue >= 1);
    QCOMPARE(other, 0);
  }

  void aLargeLayerZoomedOutIsDrawnFromItsOverviews() {
    // 150 x 150 squares of 8 units, 10 apart: 22 500 features over 1500 x 1500 units.
    std::vector<FeatureShape> shapes;
    for (int j = 0; j < 150; ++j)
      for (int i = 0; i < 150; ++i) {
        const QString wkt = QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                                .arg(10 * i + 1).arg(10 * j + 1).arg(10 * i + 9).arg(10 * j + 9);
        shapes.push_back(shapeOfWkt(wkt.toUtf8().constData(), j * 150 + i));
      }
    const auto data = dataOf(shapes);
    QVERIFY(VectorOverview::worthBuilding(*data));
    // The levels: the first is 4096 px across (0.366 units a pixel); a view at 5 units a pixel draws
    // from level 3 (2.93 units a pixel, 512 px), the coarsest still finer than the screen.
    auto overview = std::make_shared<VectorOverview>();
    QRectF source;
    const Extent view{0, 0, 1500, 1500};
    std::atomic<int> halves{0};
    const VectorOverview::DrawAll countBuild = [&](QPainter&, const render::MapViewport& half) {
      ++halves;
      return half.widthPx == 4096 && half.heightPx == 2048;
    };
    const QImage level = overview->levelFor(data->extent, view, 5.0, QStringLiteral("a"), countBuild, source);
    QCOMPARE(level.width(), 512);
    QCOMPARE(source.width(), 1500.0 / (1498.0 / 512));  // the squares span 1 to 1499
    QVERIFY(overview->levelFor(data->extent, view, 0.1, QStringLiteral("a"), countBuild, source).isNull());  // finer
    overview->levelFor(data->extent, view, 40.0, QStringLiteral("a"), countBuild, source);
    QCOMPARE(halves.load(), 2);  // built once for the style, a half on each core
    overview->levelFor(data->extent, view, 40.0, QStringLiteral("b"), countBuild, source);
    QCOMPARE(halves.load(), 4);  // and again for another

    // Drawn from the overviews, the picture is the one drawing every square makes: at 5 units a pixel,
    // 80 % red in each 2 x 2 pixel cell.
    const QImage direct = renderLayer(data, redFill(), 300, 300, nullptr, nullptr, 5.0);
    const QImage fromOverview = renderLayer(data, redFill(), 300, 300, nullptr, std::make_shared<VectorOverview>(), 5.0);
    double difference = 0, redness = 0;
    for (int y = 0; y < 300; ++y)
      for (int x = 0; x < 300; ++x) {
        difference += std::abs(qGreen(direct.pixel(x, y)) - qGreen(fromOverview.pixel(x, y)));
        redness += 255 - qGreen(fromOverview.pixel(x, y));
      }
    difference /= 300.0 * 300.0 * 255.0;
    redness /= 300.0 * 300.0 * 255.0;
    QVERIFY2(difference < 0.12, qPrintable(QString::number(difference)));
    QVERIFY2(std::abs(redness - 0.64) < 0.08, qPrintable(QString::number(redness)));
    QVERIFY(!VectorOverview::worthBuilding(*dataOf({shapes.begin(), shapes.begin() + 100})));
  }

  void bandsOnTwoCoresDrawWhatOneThreadDraws() {
    // A jittered tiling of 60 x 40 thirteen-vertex polygons, every seventh with a hole, plus lines, points
    // and specks, over a view that cuts the outer ones: bands on 2 and 3 threads must give one thread's
    // picture to the bit, over an opaque and over a transparent image, for a thin pen (Qt's cosmetic
    // stroker), a wide one (the full stroker) and a hatch.
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> jitter(-3, 3);
    std::vector<FeatureShape> shapes;
    const int cols = 60, rows = 40;
    const double cell = 20;
    for (int j = 0; j < rows; ++j)
      for (int i = 0; i < cols; ++i) {
        const double x = i * cell - 30, y = j * cell - 20;
        QString wkt = QStringLiteral("POLYGON((");
        const double pts[][2] = {{0, 0},   {5, -1},  {10, 0},  {15, 1}, {20, 0}, {21, 10},
                                 {20, 20}, {14, 21}, {10, 20}, {5, 19}, {0, 20}, {1, 10}};
        for (const auto& p : pts)
          wkt += QStringLiteral("%1 %2,").arg(x + p[0] + jitter(rng)).arg(y + p[1] + jitter(rng));
        wkt += QStringLiteral("%1 %2)").arg(x).arg(y);
        if ((i + j) % 7 == 0)
          wkt += QStringLiteral(",(%1 %2,%3 %2,%3 %4,%1 %4,%1 %2)").arg(x + 7).arg(y + 7).arg(x + 13).arg(y + 13);
        wkt += QStringLiteral(")");
        shapes.push_back(shapeOfWkt(wkt.toUtf8().constData(), j * cols + i));
      }
    for (int k = 0; k < 40; ++k) {
      const double y = 10 + 19.3 * k;
      const QString line = QStringLiteral("LINESTRING(-20 %1,400 %2,1100 %3)").arg(y).arg(y + 37).arg(y - 11);
      const QString point = QStringLiteral("POINT(%1 %2)").arg(13.7 * k + 5).arg(y);
      const QString speck = QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %2))")
                                .arg(25.1 * k).arg(y + 3).arg(25.1 * k + 0.3).arg(y + 3.3);
      shapes.push_back(shapeOfWkt(line.toUtf8().constData(), 5000 + k));
      shapes.push_back(shapeOfWkt(point.toUtf8().constData(), 6000 + k));
      shapes.push_back(shapeOfWkt(speck.toUtf8().constData(), 7000 + k));
    }
    const auto data = dataOf(shapes);
    render::MapViewport vp;
    vp.widthPx = 1000;
    vp.heightPx = 700;
    vp.mapUnitsPerPixel = 1.13;
    vp.centerX = 560;
    vp.centerY = 390;
    const std::atomic<bool> notCancelled{false};

    VectorStyle thin;
    thin.fill = QColor(40, 160, 90, 140);
    thin.outline = QColor(20, 60, 30);
    thin.outlineWidthPx = 0.8;
    VectorStyle wide = thin;
    wide.outlineWidthPx = 2.5;
    wide.hatched = true;
    VectorStyle outlineOnly = thin;
    outlineOnly.fill = QColor(0, 0, 0, 0);
    outlineOnly.outlineWidthPx = 1.5;
    for (const VectorStyle& style : {thin, wide, outlineOnly})
      for (const QColor& under : {QColor(Qt::white), QColor(Qt::transparent)}) {
        const VectorLayerRenderer renderer(QStringLiteral("test"), 1.0, data, style);
        auto draw = [&](int bands) {
          QImage image(vp.widthPx, vp.heightPx, QImage::Format_ARGB32_Premultiplied);
          image.fill(under);
          QPainter painter(&image);
          const bool finished = renderer.drawInBands(painter, vp, 1.0, bands, notCancelled);
          painter.end();
          return finished ? image : QImage();
        };
        const QImage one = draw(1), two = draw(2), three = draw(3);
        QVERIFY(!one.isNull());
        int drawn = 0;
        for (int y = 0; y < one.height(); y += 3)
          for (int x = 0; x < one.width(); x += 3) drawn += one.pixel(x, y) != under.rgba();
        QVERIFY2(drawn > 30000, qPrintable(QString::number(drawn)));  // most of the view is covered
        int differing = 0;
        for (int y = 0; y < one.height(); ++y)
          for (int x = 0; x < one.width(); ++x) differing += one.pixel(x, y) != two.pixel(x, y);
        QCOMPARE(differing, 0);
        QVERIFY(one == two);
        QVERIFY(one == three);

        // What the canvas draws (render(), bands on both cores for this many features) is that picture too.
        QImage viaRender(vp.widthPx, vp.heightPx, QImage::Format_ARGB32_Premultiplied);
        viaRender.fill(under);
        {
          QPainter painter(&viaRender);
          RenderContext ctx{painter, vp, 1.0, notCancelled};
          VectorLayerRenderer(QStringLiteral("test"), 1.0, data, style).render(ctx);
        }
        if (std::thread::hardware_concurrency() >= 2) QVERIFY(viaRender == one);
      }

    // Cancelled before it starts, it draws nothing and says so.
    const std::atomic<bool> cancelled{true};
    QImage image(vp.widthPx, vp.heightPx, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    QVERIFY(!VectorLayerRenderer(QStringLiteral("test"), 1.0, data, thin).drawInBands(painter, vp, 1.0, 2, cancelled));
    painter.end();
    QCOMPARE(image.pixel(500, 350), qRgb(255, 255, 255));
  }

  void labelPlacementRefusesOverlaps() {
    LabelPlacement placement(300, 200);
    QVERIFY(placement.place(QRectF(10, 10, 50, 14)));
    QVERIFY(!placement.place(QRectF(40, 20, 50, 14)));   // overlaps the first
    QVERIFY(placement.place(QRectF(61, 10, 50, 14)));    // just right of it
    QVERIFY(placement.place(QRectF(60, 120, 100, 14)));  // spans two grid cells
    QVERIFY(!placement.place(QRectF(150, 125, 10, 4)));  // inside the spanning one, found from its other cell
    QVERIFY(placement.place(QRectF(-20, -5, 25, 10)));   // partly off the image
    QCOMPARE(placement.placedCount(), std::size_t(4));
  }

  void labelsDoNotCollideAndSpecksGetNone() {
    // Five 60 x 60 squares on top of one another: one label. Two squares far apart: their own labels.
    // Twenty 4 x 4 squares: smaller than a line of text, no label.
    std::vector<FeatureShape> shapes;
    for (int i = 0; i < 5; ++i) shapes.push_back(shapeOfWkt("POLYGON((20 20,80 20,80 80,20 80,20 20))", i, "Same"));
    shapes.push_back(shapeOfWkt("POLYGON((200 20,260 20,260 80,200 80,200 20))", 10, "East"));
    shapes.push_back(shapeOfWkt("POLYGON((320 20,380 20,380 80,320 80,320 20))", 11, "Far"));
    for (int i = 0; i < 20; ++i) {
      const QString wkt = QStringLiteral("POLYGON((%1 150,%2 150,%2 154,%1 154,%1 150))").arg(20 * i).arg(20 * i + 4);
      shapes.push_back(shapeOfWkt(wkt.toUtf8().constData(), 100 + i, "Speck"));
    }
    const auto data = dataOf(shapes);
    VectorStyle style = redFill();
    style.labelField = QStringLiteral("name");
    LabelPlacement placement(400, 200);
    renderLayer(data, style, 400, 200, &placement);
    QCOMPARE(placement.placedCount(), std::size_t(3));
  }
};

QTEST_MAIN(TestMapScale)
#include "test_map_scale.moc"
