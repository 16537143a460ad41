// SPDX-License-Identifier: GPL-3.0-or-later
// The map frame as a georeferenced GeoTIFF: its corners are the frame's extent, its pixels the map's.
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>

#include <cmath>

#include "export/LayoutContent.h"
#include "export/MapGeoTiff.h"
#include "export/MapLayout.h"
#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "support/TestGeometry.h"

using namespace hp;
using namespace hp::exporting;

namespace {

using test::rect;

// One pixel's four bands at map coordinate (x, y).
std::array<int, 4> pixelAt(GDALDataset& ds, double x, double y) {
  double gt[6];
  ds.GetGeoTransform(gt);
  const int col = int(std::floor((x - gt[0]) / gt[1]));
  const int row = int(std::floor((y - gt[3]) / gt[5]));
  std::array<GByte, 4> v{};
  int bands[4] = {1, 2, 3, 4};
  if (ds.RasterIO(GF_Read, col, row, 1, 1, v.data(), 1, 1, GDT_Byte, 4, bands, 4, 4, 1, nullptr) != CE_None) return {-1, -1, -1, -1};
  return {v[0], v[1], v[2], v[3]};
}

}  // namespace

class TestExportGeoTiff : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

  // A page fitted to one red candidate, a 10 km square in UTM 52N, with a blue one beside it.
  static MapLayout redSquareLayout(bool landscape) {
    auto content = std::make_shared<LayoutContent>();
    content->crs = Crs::fromEpsg(32652);
    content->candidates = {{"Red", "#ff0000", {}, {rect(600000, 4800000, 610000, 4810000)}},
                           {"Blue", "#0000ff", {}, {rect(612000, 4800000, 614000, 4802000)}}};
    PageSetup page;
    page.landscape = landscape;
    page.dpi = 72;
    LayoutOptions options;
    options.candidate = QStringLiteral("Red");
    return MapLayout(content, page, options);
  }

 private slots:
  void initTestCase() { gdal::ensureRegistered(); }

  void transformOfAFrame() {
    Extent e;
    e.include(100, 200);
    e.include(300, 300);
    const GeoTransform gt = frameGeoTransform(e, QSize(400, 200));
    QCOMPARE(gt.c[0], 100.0);
    QCOMPARE(gt.c[1], 0.5);
    QCOMPARE(gt.c[3], 300.0);
    QCOMPARE(gt.c[5], -0.5);
    double x, y;
    gt.pixelToGeo(400, 200, x, y);
    QCOMPARE(x, 300.0);
    QCOMPARE(y, 200.0);
  }

  void cornersAreTheFrame_data() {
    QTest::addColumn<bool>("landscape");
    QTest::newRow("portrait") << false;
    QTest::newRow("landscape") << true;
  }
  void cornersAreTheFrame() {
    QFETCH(bool, landscape);
    const MapLayout layout = redSquareLayout(landscape);
    const QString path = tmp_.filePath(landscape ? "landscape.tif" : "portrait.tif");
    exportMapGeoTiff(layout, path);
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    QVERIFY(ds);
    const QSize px = mapFramePixels(layout);
    QCOMPARE(ds->GetRasterXSize(), px.width());
    QCOMPARE(ds->GetRasterYSize(), px.height());
    // The frame at 72 dpi: mm / 25.4 * 72 pixels.
    QVERIFY(std::abs(px.width() - layout.mapFrameMm().width() / 25.4 * 72) <= 0.5);
    QCOMPARE(ds->GetRasterCount(), 4);
    QCOMPARE(ds->GetRasterBand(4)->GetColorInterpretation(), GCI_AlphaBand);
    double gt[6];
    QCOMPARE(ds->GetGeoTransform(gt), CE_None);
    const Extent e = layout.mapExtent();
    const double tol = e.width() * 1e-9;
    QVERIFY(std::abs(gt[0] - e.minX) < tol);
    QVERIFY(std::abs(gt[3] - e.maxY) < tol);
    QVERIFY(std::abs(gt[0] + gt[1] * px.width() - e.maxX) < tol);
    QVERIFY(std::abs(gt[3] + gt[5] * px.height() - e.minY) < tol);
    QCOMPARE(gt[2], 0.0);
    QCOMPARE(gt[4], 0.0);
    // The frame shows the red square with room around it, so it contains the square.
    QVERIFY(e.minX < 600000 && e.maxX > 610000 && e.minY < 4800000 && e.maxY > 4810000);
    const OGRSpatialReference* srs = ds->GetSpatialRef();
    QVERIFY(srs);
    QVERIFY(srs->IsSame(Crs::fromEpsg(32652).ogr()));

    // The fitted candidate is filled with its colour at alpha 110 over white: 255 - 110 = 145 in G and B.
    const auto inside = pixelAt(*ds, 605000, 4805000);
    QVERIFY2(inside[0] >= 252 && std::abs(inside[1] - 145) <= 3 && std::abs(inside[2] - 145) <= 3 && inside[3] == 255,
             qPrintable(QStringLiteral("%1 %2 %3 %4").arg(inside[0]).arg(inside[1]).arg(inside[2]).arg(inside[3])));
    // Outside every candidate: the white of the page.
    const auto outside = pixelAt(*ds, e.minX + e.width() * 0.02, e.maxY - e.height() * 0.02);
    QCOMPARE(outside, (std::array<int, 4>{255, 255, 255, 255}));
  }

  void errorNamesTheFile() {
    const MapLayout layout = redSquareLayout(false);
    const QString path = tmp_.filePath("missing/map.tif");
    try {
      exportMapGeoTiff(layout, path);
      QFAIL("no error");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::WriteFailed);
      QCOMPARE(QString::fromStdString(e.file()), path);
    }
    QVERIFY(isGeoTiffPath(QStringLiteral("a/B.TIFF")));
    QVERIFY(!isGeoTiffPath(QStringLiteral("map.png")));
  }
};

QTEST_MAIN(TestExportGeoTiff)
#include "test_export_geotiff.moc"
