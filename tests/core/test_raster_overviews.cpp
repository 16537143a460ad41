// SPDX-License-Identifier: GPL-3.0-or-later
// io/RasterOverviews: GDAL's overviews beside a raster that has none, on GeoTIFFs the test writes.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <unistd.h>

#include <filesystem>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/RasterOverviews.h"

using namespace hp;

namespace {

// Source value at (col, row): every aligned 2 x 2 block holds base, base+4 (right), base+2 (below) and
// base+6, so its average is base+3 exactly and differs from each of its four pixels.
int sourceValue(int col, int row) {
  const int base = ((row / 2) * 3 + (col / 2) * 5) % 200;
  return base + (row % 2) * 2 + (col % 2) * 4;
}

}  // namespace

class TestRasterOverviews : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;

  // A side x side Byte GeoTIFF (tiled, no overviews) in UTM 52N with 30 m pixels, values sourceValue().
  QString writeRaster(const QString& path, int side) {
    gdal::ensureRegistered();
    GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
    CPLStringList options;
    options.AddString("TILED=YES");
    GDALDatasetUniquePtr ds(gtiff->Create(path.toUtf8().constData(), side, side, 1, GDT_Byte, options.List()));
    if (!ds) qFatal("cannot create the test raster");
    double gt[6] = {700000, 30, 0, 4750000, 0, -30};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(32652);
    ds->SetSpatialRef(&srs);
    std::vector<GByte> row(static_cast<std::size_t>(side));
    for (int r = 0; r < side; ++r) {
      for (int c = 0; c < side; ++c) row[std::size_t(c)] = GByte(sourceValue(c, r));
      if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, r, side, 1, row.data(), side, 1, GDT_Byte, 0, 0, nullptr) !=
          CE_None)
        qFatal("cannot write the test raster");
    }
    return path;
  }

 private slots:
  void initTestCase() { QVERIFY(tmp_.isValid()); }

  void factorsFollowGdaladdo() {
    QCOMPARE(overviewFactors(4096, 4096), (std::vector<int>{2, 4, 8, 16}));  // 2048, 1024, 512, 256
    QCOMPARE(overviewFactors(16000, 9000), (std::vector<int>{2, 4, 8, 16, 32, 64}));  // 16000/64 = 250
    QCOMPARE(overviewFactors(257, 100), (std::vector<int>{2}));
    QCOMPARE(overviewFactors(256, 256), (std::vector<int>{}));
    QVERIFY(overviewsWorthBuilding(2049, 10, 0));
    QVERIFY(!overviewsWorthBuilding(2048, 2048, 0));
    QVERIFY(!overviewsWorthBuilding(4096, 4096, 3));
  }

  void buildsOverviewsBesideTheFile() {
    const QString path = writeRaster(tmp_.filePath("forest.tif"), 4096);
    const std::string p = path.toStdString();
    QVERIFY(lacksOverviews(p));
    QCOMPARE(defaultOverviewResampling(p), std::string("AVERAGE"));
    std::vector<double> seen;
    const int levels = buildExternalOverviews(p, "AVERAGE", [&seen](double f, const std::string& stage) {
      if (stage != "overviews") return false;
      seen.push_back(f);
      return true;
    });
    QCOMPARE(levels, 4);
    QVERIFY(!seen.empty());
    QCOMPARE(seen.back(), 1.0);
    QVERIFY(QFile::exists(path + ".ovr"));
    QVERIFY(!lacksOverviews(p));

    const GDALDatasetUniquePtr ds = gdal::openDataset(p, GDAL_OF_RASTER);
    GDALRasterBand* band = ds->GetRasterBand(1);
    QCOMPARE(band->GetOverviewCount(), 4);
    for (int i = 0; i < 4; ++i) {
      QCOMPARE(band->GetOverview(i)->GetXSize(), 2048 >> i);
      QCOMPARE(band->GetOverview(i)->GetYSize(), 2048 >> i);
    }
    // The raster itself was not rewritten: its own file still has no overview directory.
    {
      CPLConfigOptionSetter noOvr("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR", false);
      const GDALDatasetUniquePtr alone(GDALDataset::Open(p.c_str(), GDAL_OF_RASTER));
      QCOMPARE(alone->GetRasterBand(1)->GetOverviewCount(), 0);
    }
    // Overview pixel (x, y) of the first level is the average of source pixels 2x..2x+1, 2y..2y+1.
    for (const auto& [x, y] : std::vector<std::pair<int, int>>{{0, 0}, {17, 5}, {1023, 1500}, {2047, 2047}}) {
      GByte v = 0;
      QCOMPARE(band->GetOverview(0)->RasterIO(GF_Read, x, y, 1, 1, &v, 1, 1, GDT_Byte, 0, 0, nullptr), CE_None);
      const int mean = (sourceValue(2 * x, 2 * y) + sourceValue(2 * x + 1, 2 * y) + sourceValue(2 * x, 2 * y + 1) +
                        sourceValue(2 * x + 1, 2 * y + 1)) / 4;
      QCOMPARE(int(v), mean);
      QCOMPARE(mean, sourceValue(2 * x, 2 * y) + 3);
    }
    // (0, 0): base 0, so 3; (17, 5): base (5*3 + 17*5) % 200 = 100, so 103.
    GByte v = 0;
    QCOMPARE(band->GetOverview(0)->RasterIO(GF_Read, 17, 5, 1, 1, &v, 1, 1, GDT_Byte, 0, 0, nullptr), CE_None);
    QCOMPARE(int(v), 103);
    // The overview file is DEFLATE-compressed.
    const GDALDatasetUniquePtr ovr = gdal::openDataset(p + ".ovr", GDAL_OF_RASTER);
    QCOMPARE(QString::fromUtf8(ovr->GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE")), QStringLiteral("DEFLATE"));
  }

  void cancelLeavesNoOverviewFile() {
    const QString path = writeRaster(tmp_.filePath("cancelled.tif"), 4096);
    const std::string p = path.toStdString();
    int calls = 0;
    QVERIFY_THROWS_EXCEPTION(Cancelled, buildExternalOverviews(p, "AVERAGE", [&calls](double f, const std::string&) {
                               ++calls;
                               return f < 0.3;  // stop part-way, once GDAL has written some of the file
                             }));
    QVERIFY(calls > 1);
    QVERIFY(!QFile::exists(path + ".ovr"));
    QVERIFY(!QFile::exists(path + ".ovr.aux.xml"));
    QVERIFY(lacksOverviews(p));
  }

  void smallRasterIsNotWorthIt() {
    const std::string p = writeRaster(tmp_.filePath("small.tif"), 512).toStdString();
    QVERIFY(!lacksOverviews(p));
  }

  void unwritableFolderNamesTheFile() {
    QDir(tmp_.path()).mkdir(QStringLiteral("locked"));
    const QString dir = tmp_.filePath("locked");
    const QString path = writeRaster(dir + "/canopy.tif", 3000);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                   QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const bool immutable = ::geteuid() == 0 && QProcess::execute(QStringLiteral("chattr"), {"+i", dir}) == 0;
    auto unlock = qScopeGuard([&] {
      if (immutable) QProcess::execute(QStringLiteral("chattr"), {"-i", dir});
      QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    if (QFile probe(dir + "/probe"); probe.open(QIODevice::WriteOnly)) {
      probe.remove();
      QSKIP("the folder stays writable here (root without chattr)");
    }
    try {
      buildExternalOverviews(path.toStdString());
      QFAIL("expected an error");
    } catch (const Cancelled&) {
      QFAIL("not a cancel");
    } catch (const Error& e) {
      QCOMPARE(int(e.code()), int(ErrorCode::WriteFailed));
      QCOMPARE(QString::fromStdString(e.file()), path);
      QVERIFY2(QString::fromStdString(e.cause()).startsWith("cannot build overviews"), e.what());
      qInfo("%s", e.what());
    }
    QVERIFY(!QFile::exists(path + ".ovr"));
  }
};

QTEST_GUILESS_MAIN(TestRasterOverviews)
#include "test_raster_overviews.moc"
