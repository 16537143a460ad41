// SPDX-License-Identifier: GPL-3.0-or-later
// Satellite imports onto the forest grid: values land at the right coordinates whatever the input's
// CRS and resolution; NDVI, class tables and loss years; clouds keep the old cover; cancel and bad
// files leave nothing behind.
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>

#include <filesystem>
#include <functional>

#include "geo/Crs.h"
#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "imagery/ForestImport.h"
#include "io/RasterSource.h"
#include "project/ForestVersions.h"
#include "project/ProjectFile.h"

using namespace hp;
using namespace hp::imagery;

static const QString kShared = QStringLiteral(HP_SHARED_DATA_DIR);

// Writes a north-up raster; value(col,row,band) gives the pixel values.
static std::string writeRaster(const std::string& path, int epsg, double originX, double originY, double pixel, int w,
                               int h, int bands, GDALDataType type, std::optional<double> nodata,
                               const std::function<double(int, int, int)>& value) {
  gdal::ensureRegistered();
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
  GDALDatasetUniquePtr ds(drv->Create(path.c_str(), w, h, bands, type, nullptr));
  double gt[6] = {originX, pixel, 0, originY, 0, -pixel};
  ds->SetGeoTransform(gt);
  OGRSpatialReference srs;
  srs.importFromEPSG(epsg);
  ds->SetSpatialRef(&srs);
  for (int b = 1; b <= bands; ++b) {
    std::vector<double> v(std::size_t(w) * h);
    for (int r = 0; r < h; ++r)
      for (int c = 0; c < w; ++c) v[std::size_t(r) * w + c] = value(c, r, b);
    if (nodata) ds->GetRasterBand(b)->SetNoDataValue(*nodata);
    if (ds->GetRasterBand(b)->RasterIO(GF_Write, 0, 0, w, h, v.data(), w, h, GDT_Float64, 0, 0, nullptr) != CE_None)
      qFatal("cannot write raster");
  }
  return path;
}

// The forest grid: UTM 52N, 30 m pixels, 200 x 150 px from (700000, 4750000) down; canopy 50 %,
// sea (nodata 255) in the last 10 rows.
static constexpr double kX0 = 700000, kY0 = 4750000, kPx = 30;
static constexpr int kW = 200, kH = 150;

static double pixelAt(const std::string& path, double x, double y) {
  const RasterSource src = RasterSource::open(path);
  const auto inv = src.info().transform.inverse();
  double col, row;
  inv->pixelToGeo(x, y, col, row);
  return src.read<double>(1, PixelWindow{int(col), int(row), 1, 1})[0];
}

static void lonLat(double x, double y, double& lon, double& lat) {
  CoordinateTransform t(Crs::fromEpsg(32652), Crs::wgs84());
  lon = x;
  lat = y;
  t.transform(lon, lat);
}

class TestForestImport : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  std::string forest_;

  std::string path(const char* name) { return tmp_.filePath(name).toStdString(); }

 private slots:
  void initTestCase() {
    forest_ = writeRaster(path("forest.tif"), 32652, kX0, kY0, kPx, kW, kH, 1, GDT_Byte, 255.0,
                          [](int, int r, int) { return r >= kH - 10 ? 255 : 50; });
  }

  void canopyFromGeographicInput() {
    // A tree-cover product in EPSG:4326 at ~0.0005° (~40 m): 90 % west of 131.47 E, 10 % east of it.
    double lonW, latN, lonE, latS;
    lonLat(kX0 - 2000, kY0 + 2000, lonW, latN);
    lonLat(kX0 + kW * kPx + 2000, kY0 - kH * kPx - 2000, lonE, latS);
    const double step = 0.0005;
    const int w = int((lonE - lonW) / step) + 1, h = int((latN - latS) / step) + 1;
    double split, splitLat;
    lonLat(kX0 + kW * kPx / 2, kY0 - kH * kPx / 2, split, splitLat);  // the meridian through the grid centre
    const std::string input = writeRaster(path("treecover_4326.tif"), 4326, lonW, latN, step, w, h, 1, GDT_Byte, 255.0,
                                          [&](int c, int, int) { return lonW + (c + 0.5) * step < split ? 90 : 10; });
    ImportRequest request;
    request.files = {input};
    const ImportSummary s = importForestCover(request, forest_, path("canopy_out.tif"));
    // Points 300 m either side of that meridian (UTM's grid convergence here is under 2°, so 300 m
    // east or west stays on its side): they must carry the input's values.
    const double yc = kY0 - kH * kPx / 2;
    QCOMPARE(pixelAt(path("canopy_out.tif"), kX0 + kW * kPx / 2 - 300, yc), 90.0);
    QCOMPARE(pixelAt(path("canopy_out.tif"), kX0 + kW * kPx / 2 + 300, yc), 10.0);
    // The sea stays nodata: imports do not create land.
    QCOMPARE(pixelAt(path("canopy_out.tif"), kX0 + 100, kY0 - (kH - 2) * kPx), 255.0);
    QCOMPARE(s.pixels, (long long)kW * kH);
    QVERIFY(s.lost > 0 && s.gained > 0);
    const RasterInfo out = RasterSource::open(path("canopy_out.tif")).info();
    QCOMPARE(out.width, kW);
    QCOMPARE(out.extent.minX, kX0);
    QVERIFY(out.bands[0].overviewCount >= 1);
    QCOMPARE(out.bands[0].nodata.value_or(0), 255.0);
  }

  void ndviTwoBand() {
    // Sentinel-2-like reflectance ×10000 at 10 m in UTM 52N over the west half: band 1 = red 500,
    // band 2 = nir 4500: NDVI = 4000/5000 = 0.8 -> between breakpoints (0.75, 80) and (0.85, 100):
    // 80 + 0.5 * 20 = 90 %. No data (0) over the east half stands for clouds: the old 50 % stays.
    const std::string input = writeRaster(path("s2.tif"), 32652, kX0, kY0, 10, kW * 3, kH * 3, 2, GDT_UInt16, 0.0,
                                          [](int c, int, int b) { return c < kW * 3 / 2 ? (b == 1 ? 500 : 4500) : 0; });
    ImportRequest request;
    request.files = {input};
    request.method = ImportMethod::Ndvi;
    request.redBand = 1;
    request.nirBand = 2;
    importForestCover(request, forest_, path("ndvi_out.tif"));
    QCOMPARE(pixelAt(path("ndvi_out.tif"), kX0 + 45, kY0 - 45), 90.0);
    QCOMPARE(pixelAt(path("ndvi_out.tif"), kX0 + kW * kPx - 45, kY0 - 45), 50.0);
  }

  void ndviRule_data() {
    QTest::addColumn<double>("ndvi");
    QTest::addColumn<double>("canopy");
    QTest::newRow("below first") << -0.3 << 0.0;
    QTest::newRow("first") << 0.20 << 0.0;
    QTest::newRow("0.3: halfway 0..15") << 0.30 << 7.5;
    QTest::newRow("0.5: halfway 15..50") << 0.50 << 32.5;
    QTest::newRow("0.7: 50 + 2/3*30") << 0.70 << 70.0;
    QTest::newRow("above last") << 0.95 << 100.0;
  }
  void ndviRule() {
    QFETCH(double, ndvi);
    QFETCH(double, canopy);
    QVERIFY(std::abs(ndviToCanopyPct(ndvi, NdviRule{}) - canopy) < 1e-9);
  }

  void classesMode() {
    // WorldCover-like classes at 10 m: 10 (tree cover) north of the middle, 40 (cropland) south.
    const std::string input = writeRaster(path("wc.tif"), 32652, kX0, kY0, 10, kW * 3, kH * 3, 1, GDT_Byte, 0.0,
                                          [](int, int r, int) { return r < kH * 3 / 2 ? 10 : 40; });
    ImportRequest request;
    request.files = {input};
    request.method = ImportMethod::Classes;
    request.classes = parseClassTable("class,canopy\n10,80\n40;5\n", "table.csv");
    importForestCover(request, forest_, path("classes_out.tif"));
    QCOMPARE(pixelAt(path("classes_out.tif"), kX0 + 500, kY0 - 500), 80.0);
    QCOMPARE(pixelAt(path("classes_out.tif"), kX0 + 500, kY0 - (kH / 2 + 10) * kPx), 5.0);
    QVERIFY_THROWS_EXCEPTION(Error, parseClassTable("10,80\nforest,x\n", "bad.csv"));
    QVERIFY_THROWS_EXCEPTION(Error, parseClassTable("10,180\n", "bad.csv"));
  }

  void lossYears() {
    // Hansen-style loss year (19 = 2019) in the first 50 columns, 0 elsewhere; two tiles side by side.
    const std::string a = writeRaster(path("loss_a.tif"), 32652, kX0, kY0, 30, kW / 2, kH, 1, GDT_Byte, std::nullopt,
                                      [](int c, int, int) { return c < 50 ? 19 : 0; });
    const std::string b = writeRaster(path("loss_b.tif"), 32652, kX0 + kW / 2 * 30, kY0, 30, kW / 2, kH, 1, GDT_Byte,
                                      std::nullopt, [](int, int, int) { return 0; });
    ImportRequest request;
    request.files = {a, b};
    request.method = ImportMethod::Loss;
    request.lossFromYear = 2018;
    importForestCover(request, forest_, path("loss_out.tif"));
    QCOMPARE(pixelAt(path("loss_out.tif"), kX0 + 45, kY0 - 45), 0.0);
    QCOMPARE(pixelAt(path("loss_out.tif"), kX0 + 60 * 30, kY0 - 45), 50.0);
    request.lossFromYear = 2020;  // the 2019 loss is before the chosen year: nothing changes
    importForestCover(request, forest_, path("loss_out2.tif"));
    QCOMPARE(pixelAt(path("loss_out2.tif"), kX0 + 45, kY0 - 45), 50.0);
  }

  void cancelLeavesNothing() {
    ImportRequest request;
    request.files = {path("treecover_4326.tif")};
    const std::string out = path("cancelled.tif");
    QVERIFY_THROWS_EXCEPTION(Cancelled, importForestCover(request, forest_, out, [](double f, const std::string&) { return f < 0.01; }));
    QVERIFY(!std::filesystem::exists(out));
    QCOMPARE(QDir(tmp_.path()).entryList({"*.saving-*"}, QDir::Files | QDir::Hidden).size(), 0);
  }

  void badInputsGiveErrorsAndNoVersion() {
    // A project whose forest is our grid; a failed import must leave it unchanged.
    project::Project p;
    p.crs = Crs::fromEpsg(32652);
    p.layers.push_back({project::LayerRole::Forest, "Forest", forest_, "", true, 1.0, ""});
    const std::string projectPath = path("p.hplan");
    // Not georeferenced:
    gdal::ensureRegistered();
    GDALDatasetUniquePtr(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(path("nogeo.tif").c_str(), 8, 8, 1, GDT_Byte, nullptr)).reset();
    ImportRequest request;
    request.files = {path("nogeo.tif")};
    try {
      project::importForestVersion(p, projectPath, request, "2025-06-01");
      QFAIL("a raster without georeferencing was imported");
    } catch (const Error& e) {
      QCOMPARE(e.file(), path("nogeo.tif"));
    }
    QVERIFY(p.forestVersions.empty());
    // Band out of range:
    request.files = {path("s2.tif")};
    request.method = ImportMethod::Ndvi;
    request.redBand = 1;
    request.nirBand = 5;
    QVERIFY_THROWS_EXCEPTION(Error, project::importForestVersion(p, projectPath, request, "2025-06-01"));
    QVERIFY(p.forestVersions.empty());
    // A good one becomes version 1 and the active one.
    request.nirBand = 2;
    const project::ForestVersion v = project::importForestVersion(p, projectPath, request, "2025-06-01");
    QCOMPARE(v.id, 1);
    QCOMPARE(p.activeForestVersion, 1);
    QCOMPARE(project::forestPath(p, project::latestForestVersion(p)), v.path);
    QVERIFY(std::filesystem::exists(v.path));
    if (QDir(kShared).exists()) {
      request.files = {(kShared + "/broken/corrupt.tif").toStdString()};
      request.method = ImportMethod::Canopy;
      QVERIFY_THROWS_EXCEPTION(Error, project::importForestVersion(p, projectPath, request, "2025-07-01"));
      QCOMPARE(p.forestVersions.size(), std::size_t(1));
    }
  }
};

QTEST_GUILESS_MAIN(TestForestImport)
#include "test_forest_import.moc"
