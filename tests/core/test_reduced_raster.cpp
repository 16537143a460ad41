// SPDX-License-Identifier: GPL-3.0-or-later
// render::ReducedRaster, the coarse copy a raster without overviews is drawn from when zoomed out
// (issue #16, point 2): its size, its values (nearest neighbour of the file), its georeferencing and
// no-data, that drawRaster uses it exactly when the view is coarse enough, and that it goes with its owner.
#include <QTemporaryDir>
#include <QtTest>

#include <cpl_vsi.h>
#include <gdal_priv.h>

#include <cmath>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/RasterSource.h"
#include "render/RasterDrawing.h"
#include "render/ReducedRaster.h"

using namespace hp;

namespace {

int value(int col, int row) { return (col / 10 + 3 * (row / 10)) % 250; }

// A width x height Byte GeoTIFF, 30 m pixels from (700000, 4750000), values value(), no-data 255 in the
// top-left 100 x 100 pixels, no overviews.
void writeRaster(const std::string& path, int width, int height) {
  gdal::ensureRegistered();
  GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
  CPLStringList options;
  options.AddString("TILED=YES");
  GDALDatasetUniquePtr ds(gtiff->Create(path.c_str(), width, height, 1, GDT_Byte, options.List()));
  if (!ds) qFatal("cannot create the test raster");
  double gt[6] = {700000, 30, 0, 4750000, 0, -30};
  ds->SetGeoTransform(gt);
  OGRSpatialReference srs;
  srs.importFromEPSG(32652);
  ds->SetSpatialRef(&srs);
  ds->GetRasterBand(1)->SetNoDataValue(255);
  std::vector<GByte> row(static_cast<std::size_t>(width));
  for (int r = 0; r < height; ++r) {
    for (int c = 0; c < width; ++c) row[std::size_t(c)] = GByte(r < 100 && c < 100 ? 255 : value(c, r));
    if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, r, width, 1, row.data(), width, 1, GDT_Byte, 0, 0, nullptr) != CE_None)
      qFatal("cannot write the test raster");
  }
}

}  // namespace

class TestReducedRaster : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;
  std::string path_;

 private slots:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    path_ = tmp_.filePath(QStringLiteral("wide.tif")).toStdString();
    writeRaster(path_, 5000, 3000);
  }

  void sizeGeoreferencingAndValues() {
    const auto reduced = render::ReducedRaster::build(path_, 1000);
    QCOMPARE(reduced->width(), 1000);
    QCOMPARE(reduced->height(), 600);
    QCOMPARE(reduced->reduction(), 5.0);
    QVERIFY(QString::fromStdString(reduced->path()).startsWith(QStringLiteral("/vsimem/")));
    const RasterSource copy = RasterSource::open(reduced->path());
    const RasterInfo& info = copy.info();
    QVERIFY(info.crs.isSame(Crs::fromEpsg(32652)));
    QCOMPARE(info.transform.c[0], 700000.0);
    QCOMPARE(info.transform.c[3], 4750000.0);
    QCOMPARE(info.transform.c[1], 150.0);   // 5 pixels of 30 m
    QCOMPARE(info.transform.c[5], -150.0);
    QCOMPARE(info.bands.front().nodata.value_or(-1), 255.0);
    // Nearest neighbour: copy pixel (i, j) is the file's pixel at its centre, (5i + 2, 5j + 2).
    std::vector<GByte> row(1000);
    QCOMPARE(copy.dataset()->GetRasterBand(1)->RasterIO(GF_Read, 0, 100, 1000, 1, row.data(), 1000, 1, GDT_Byte, 0, 0,
                                                        nullptr),
             CE_None);
    for (int i = 0; i < 1000; i += 37) QCOMPARE(int(row[std::size_t(i)]), value(5 * i + 2, 5 * 100 + 2));
    QCOMPARE(copy.dataset()->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, 1000, 1, row.data(), 1000, 1, GDT_Byte, 0, 0,
                                                        nullptr),
             CE_None);
    QCOMPARE(int(row[3]), 255);  // inside the no-data corner
  }

  void memoryCapShrinksFurther() {
    // 5000 x 3000 Byte is 15 MB; a 1 MB cap makes the copy about sqrt(15) = 3.9 times smaller again.
    const auto reduced = render::ReducedRaster::build(path_, 4096, std::size_t(1) << 20);
    QVERIFY(std::size_t(reduced->width()) * std::size_t(reduced->height()) <= (std::size_t(1) << 20) + 2000);
    QVERIFY(reduced->width() > 1200);
  }

  void drawingUsesTheCopyOnlyWhenCoarseEnough() {
    // The draw source names a file that is not there: a view drawn from the copy succeeds, a view that
    // needs the file fails naming it.
    render::RasterDrawSource source;
    source.path = tmp_.filePath(QStringLiteral("gone.tif")).toStdString();
    source.reduced = render::ReducedRaster::build(path_, 1000);
    source.reducedMapUnitsPerPixel = 150;
    render::RasterSymbology sym;
    render::MapViewport vp;
    vp.centerX = 700000 + 2500 * 30;
    vp.centerY = 4750000 - 1500 * 30;
    vp.widthPx = 500;
    vp.heightPx = 300;
    vp.mapUnitsPerPixel = 300;  // the whole raster in 500 x 300 pixels
    const auto drawing = render::drawRaster(source, sym, vp);
    QVERIFY(drawing);
    QCOMPARE(drawing->plan.bufferWidth, 500);
    // The no-data corner is transparent, the rest opaque.
    QCOMPARE(drawing->pixels[std::size_t(2) * 500 + 2] >> 24, 0u);
    QCOMPARE(drawing->pixels[std::size_t(150) * 500 + 250] >> 24, 255u);
    vp.mapUnitsPerPixel = 150;  // exactly the copy's pixel: still the copy
    QVERIFY(render::drawRaster(source, sym, vp));
    vp.mapUnitsPerPixel = 100;  // finer than the copy: the file
    try {
      render::drawRaster(source, sym, vp);
      QFAIL("drew without the file");
    } catch (const Error& e) {
      QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(source.path));
    }
  }

  void theMemoryFileGoesWithItsOwner() {
    std::string memPath;
    {
      const auto reduced = render::ReducedRaster::build(path_, 500);
      memPath = reduced->path();
      VSIStatBufL stat;
      QCOMPARE(VSIStatL(memPath.c_str(), &stat), 0);
    }
    VSIStatBufL stat;
    QVERIFY(VSIStatL(memPath.c_str(), &stat) != 0);
  }

  void cancelAndUnreadable() {
    int calls = 0;
    const Progress stopAtOnce = [&](double, const std::string&) { return ++calls < 2; };
    QVERIFY_THROWS_EXCEPTION(Cancelled, render::ReducedRaster::build(path_, 1000, std::size_t(64) << 20, stopAtOnce));
    // A GeoTIFF cut short: the header opens, the tiles do not.
    const std::string cut = tmp_.filePath(QStringLiteral("cut.tif")).toStdString();
    {
      QFile in(QString::fromStdString(path_)), out(QString::fromStdString(cut));
      QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
      out.write(in.read(in.size() / 3));
    }
    try {
      render::ReducedRaster::build(cut, 1000);
      QFAIL("a truncated raster was copied");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::CorruptData);
      QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(cut));
    }
  }
};

QTEST_MAIN(TestReducedRaster)
#include "test_reduced_raster.moc"
