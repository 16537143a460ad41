// SPDX-License-Identifier: GPL-3.0-or-later
// hp::RasterSource on rasters the test writes and on ../shared/data/real (skipped when absent).
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/RasterSource.h"

using namespace hp;

static const QString kShared = QStringLiteral(HP_SHARED_DATA_DIR);

class TestRasterSource : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;

  // A 40 x 30 Byte raster in UTM 52N, 30 m pixels, value = (row*40 + col) % 101, nodata 255 in the last row.
  QString writeUtmRaster(const QString& name, const char* creationOption = nullptr) {
    gdal::ensureRegistered();
    const QString path = tmp_.filePath(name);
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
    char** opts = nullptr;
    if (creationOption) opts = CSLAddString(opts, creationOption);
    GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 40, 30, 1, GDT_Byte, opts));
    CSLDestroy(opts);
    double gt[6] = {700000, 30, 0, 4750000, 0, -30};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(32652);
    ds->SetSpatialRef(&srs);
    std::vector<GByte> v(40 * 30);
    for (int r = 0; r < 30; ++r)
      for (int c = 0; c < 40; ++c) v[r * 40 + c] = r == 29 ? 255 : GByte((r * 40 + c) % 101);
    ds->GetRasterBand(1)->SetNoDataValue(255);
    if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 40, 30, v.data(), 40, 30, GDT_Byte, 0, 0, nullptr) != CE_None)
      qFatal("cannot write test raster");
    return path;
  }

 private slots:
  void initTestCase() { QVERIFY(tmp_.isValid()); }

  void readsInfoAndWindow() {
    const QString path = writeUtmRaster("utm.tif", "TILED=YES");
    const RasterSource src = RasterSource::open(path.toStdString());
    const RasterInfo& i = src.info();
    QCOMPARE(i.width, 40);
    QCOMPARE(i.height, 30);
    QCOMPARE(i.crs.epsg().value_or(0), 32652);
    QCOMPARE(i.bands.size(), std::size_t(1));
    QCOMPARE(i.bands[0].nodata.value_or(-1), 255.0);
    QCOMPARE(i.bands[0].dataType, std::string("Byte"));
    // Extent: 700000 .. 700000+40*30, 4750000-30*30 .. 4750000
    QCOMPARE(i.extent.minX, 700000.0);
    QCOMPARE(i.extent.maxX, 701200.0);
    QCOMPARE(i.extent.minY, 4749100.0);
    QCOMPARE(i.extent.maxY, 4750000.0);
    // Window 3x2 at col 5,row 7: values (7*40+5)%101 = 285%101 = 83, 84, 85; row 8: 325%101 = 22, 23, 24
    const auto v = src.read<std::uint8_t>(1, PixelWindow{5, 7, 3, 2});
    QCOMPARE(std::vector<int>(v.begin(), v.end()), (std::vector<int>{83, 84, 85, 22, 23, 24}));
    const auto f = src.read<float>(1, PixelWindow{0, 29, 1, 1});
    QCOMPARE(f[0], 255.0f);
  }

  void windowOutsideIsAnError() {
    const RasterSource src = RasterSource::open(writeUtmRaster("w.tif").toStdString());
    QVERIFY_THROWS_EXCEPTION(Error, src.read<float>(1, PixelWindow{35, 0, 10, 1}));
  }

  void errorCodes_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("code");
    QTest::newRow("missing") << tmp_.filePath("nope.tif") << int(ErrorCode::FileNotFound);
    QFile junk(tmp_.filePath("junk.tif"));
    junk.open(QIODevice::WriteOnly);
    junk.write("This is not a tiff.");
    junk.close();
    QTest::newRow("not a raster") << junk.fileName() << int(ErrorCode::UnrecognisedFormat);
  }
  void errorCodes() {
    QFETCH(QString, path);
    QFETCH(int, code);
    try {
      RasterSource::open(path.toStdString());
      QFAIL("expected an error");
    } catch (const Error& e) {
      QCOMPARE(int(e.code()), code);
      QCOMPARE(QString::fromStdString(e.file()), path);
      QVERIFY(QString::fromUtf8(e.what()).contains(path));
    }
  }

  void missingCrsAndGeotransform() {
    gdal::ensureRegistered();
    const QString path = tmp_.filePath("nogeo.tif");
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDatasetUniquePtr(drv->Create(path.toUtf8().constData(), 4, 4, 1, GDT_Byte, nullptr)).reset();
    try {
      RasterSource::open(path.toStdString());
      QFAIL("expected an error");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::MissingGeotransform);
    }
    // Optional georeferencing opens it anyway, for tools that only describe files.
    QCOMPARE(RasterSource::open(path.toStdString(), Georeferencing::Optional).info().width, 4);
  }

  void vsizip() {
    const QString tif = writeUtmRaster("zipped.tif");
    const QString zip = tmp_.filePath("r.zip");
    {
      // /vsizip/ writing is GDAL's own; CPLCopyFile copies through the VSI layer.
      const std::string dst = "/vsizip/" + zip.toStdString() + "/zipped.tif";
      QCOMPARE(CPLCopyFile(dst.c_str(), tif.toUtf8().constData()), 0);
    }
    const RasterSource src = RasterSource::open("/vsizip/" + zip.toStdString() + "/zipped.tif");
    QCOMPARE(src.info().width, 40);
    QCOMPARE(int(src.read<std::uint8_t>(1, PixelWindow{1, 0, 1, 1})[0]), 1);
  }

  void sharedRealRasters_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("epsg");
    QTest::newRow("canopy") << "raster/storml_tcc.tif" << 143 << 26912;
    QTest::newRow("landsat") << "raster/RGB.byte.tif" << 791 << 32618;
    QTest::newRow("cog") << "raster/cogeo.tif" << 1024 << 3857;
    QTest::newRow("world") << "raster/world.byte.tif" << 2880 << 4326;
    QTest::newRow("south-up") << "raster/south-up.tif" << 112 << 4326;
    QTest::newRow("lcp .prj sidecar") << "raster/storm_lake.lcp" << 143 << 0;
  }
  void sharedRealRasters() {
    if (!QDir(kShared).exists()) QSKIP("../shared/data/real is absent");
    QFETCH(QString, file);
    QFETCH(int, width);
    QFETCH(int, epsg);
    const RasterSource src = RasterSource::open((kShared + "/" + file).toStdString());
    QCOMPARE(src.info().width, width);
    QVERIFY(!src.info().crs.isEmpty());
    if (epsg) QCOMPARE(src.info().crs.epsg().value_or(0), epsg);
    const int w = std::min(16, src.info().width), h = std::min(16, src.info().height);
    QCOMPARE(src.read<double>(1, PixelWindow{0, 0, w, h}).size(), std::size_t(w * h));
  }

  void sharedBrokenRasters_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("failsOnOpen");
    QTest::newRow("corrupt tile") << "broken/corrupt.tif" << false;
    QTest::newRow("not a tiff") << "broken/invalid" << true;
    QTest::newRow("no CRS nc") << "broken/test_stageiv_xyt_borked.nc" << true;
    QTest::newRow("half a tiff") << "broken/derived/RGB.byte_truncated50pct.tif" << true;
    QTest::newRow("truncated 2k") << "broken/derived/storml_tcc_truncated2k.tif" << true;
    QTest::newRow("zero bytes") << "broken/derived/zero_bytes.tif" << true;
    QTest::newRow("no CRS") << "raster/float_nan.tif" << true;
    QTest::newRow("rotated no CRS") << "raster/rotated.tif" << true;
    QTest::newRow("no geotransform") << "raster/tinymarble.tif" << true;
    QTest::newRow("martian CRS") << "raster/unsupported-srs.tif" << true;
  }
  void sharedBrokenRasters() {
    if (!QDir(kShared).exists()) QSKIP("../shared/data/real is absent");
    QFETCH(QString, file);
    QFETCH(bool, failsOnOpen);
    const std::string path = (kShared + "/" + file).toStdString();
    try {
      const RasterSource src = RasterSource::open(path);
      QVERIFY2(!failsOnOpen, "opened a file that must be refused");
      // A corrupt block must be an error, never silent zeros: read everything.
      const RasterInfo& i = src.info();
      for (int y = 0; y < i.height; y += 256)
        src.read<float>(1, PixelWindow{0, y, i.width, std::min(256, i.height - y)});
      QFAIL("reading a corrupt raster did not fail");
    } catch (const Error& e) {
      QVERIFY(!e.file().empty());
      QVERIFY(!e.cause().empty());
      if (!failsOnOpen) QCOMPARE(e.code(), ErrorCode::CorruptData);
    }
  }
};

QTEST_GUILESS_MAIN(TestRasterSource)
#include "test_raster_source.moc"
