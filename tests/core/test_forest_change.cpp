// SPDX-License-Identifier: GPL-3.0-or-later
// What a new forest version does: the change map and capacity before/after per parcel, candidate, reserve.
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>

#include <cmath>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/RasterSource.h"
#include "io/VectorWriter.h"
#include "project/ForestChange.h"
#include "support/EqualAreaSquareProject.h"

using namespace hp;
using namespace hp::project;

class TestForestChange : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  Project project_;

  std::string p(const char* name) { return tmp_.filePath(name).toStdString(); }

 private slots:
  void initTestCase() {
    gdal::ensureRegistered();
    // Version 0: 100 % canopy on the 10 km square x 0..10 km, y 0..10 km (columns and rows 50..149).
    // Version 1: its east half (x 5..10 km) logged to 0 %, and a 1 km strip east of it (x 10..11 km) grown
    // to 100 %. Pixel (0, 0) has no data in both.
    QCOMPARE(test::writeEqualAreaForest(p("forest.tif"), 200, [](int c, int r) -> GByte {
      if (c == 0 && r == 0) return 255;
      return test::canopyOnSquare(c, r);
    }), CE_None);
    QCOMPARE(test::writeEqualAreaForest(p("forest_v1.tif"), 200, [](int c, int r) -> GByte {
      if (c == 0 && r == 0) return 255;
      if (r < 50 || r >= 150) return 0;
      return (c >= 50 && c < 100) || (c >= 150 && c < 160) ? 100 : 0;
    }), CE_None);
    // Parcels 11 and 12: the west and east halves, 13: the strip x 10..15 km; reserve: parcel 11.
    project_ = test::writeEqualAreaSquareLayers(tmp_.path().toStdString(), {11, 12, 13});
    project_.candidates = {{"both halves", "#ff0000", {"11", "12"}, {}}};
    project_.forestVersions = {{1, "2026-07-01", p("forest_v1.tif"), "canopy", "test"}};
    project_.activeForestVersion = 1;
  }

  void changeMapMarksLossAndGainAtTheirCoordinates() {
    const ForestChangeCounts counts = writeForestChangeMap(p("forest.tif"), p("forest_v1.tif"), p("change.tif"));
    QCOMPARE(counts.loss, 5000LL);   // 50 x 100 pixels of the east half
    QCOMPARE(counts.gain, 1000LL);   // 10 x 100 pixels of the strip
    QCOMPARE(counts.unchanged, 200LL * 200 - 6000 - 1);
    const RasterSource map = RasterSource::open(p("change.tif"));
    QCOMPARE(map.info().bands[0].nodata.value_or(0), 255.0);
    QVERIFY(map.info().bands[0].hasColorTable);
    const GeoTransform& gt = map.info().transform;
    auto at = [&](double x, double y) {
      const int col = int(std::floor((x - gt.c[0]) / gt.c[1]));
      const int row = int(std::floor((y - gt.c[3]) / gt.c[5]));
      return map.read<std::uint8_t>(1, PixelWindow{col, row, 1, 1}).front();
    };
    QCOMPARE(int(at(7500, 5000)), int(ForestChangeClass::Loss));
    QCOMPARE(int(at(10500, 5000)), int(ForestChangeClass::Gain));
    QCOMPARE(int(at(2500, 5000)), int(ForestChangeClass::Unchanged));
    QCOMPARE(int(at(-4950, 14950)), int(ForestChangeClass::NoData));
  }

  void aRasterOnAnotherGridIsRefusedByName() {
    QCOMPARE(test::writeEqualAreaForest(p("small.tif"), 100, [](int, int) -> GByte { return 50; }), CE_None);
    try {
      writeForestChangeMap(p("forest.tif"), p("small.tif"), p("bad.tif"));
      QFAIL("a raster on another grid was compared");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidInput);
      QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(p("small.tif")));
    }
    QVERIFY(!QFile::exists(QString::fromStdString(p("bad.tif"))));
  }

  void capacityBeforeAndAfterPerParcelCandidateAndReserve() {
    const std::vector<CapacityChange> rows = compareForestVersions(project_, 0, 1);
    QCOMPARE(int(rows.size()), 5);  // 3 parcels, 1 candidate, the reserve
    const double tMinKm2 = 41.439809765;
    QCOMPARE(rows[0].kind, CapacityChange::Kind::Parcel);
    QCOMPARE(rows[0].id, std::string("11"));
    // West half: 50 km² of full canopy in both versions: 1 leopard (1.21 equivalents).
    QCOMPARE(rows[0].before.leopards, 1L);
    QCOMPARE(rows[0].after.leopards, 1L);
    QVERIFY(std::abs(rows[0].after.leopardsFractional - 50 / tMinKm2) < 0.01);
    // East half: logged: 1 -> 0.
    QCOMPARE(rows[1].before.leopards, 1L);
    QCOMPARE(rows[1].after.leopards, 0L);
    QCOMPARE(rows[1].after.habitatKm2, 0.0);
    // The strip: 0 -> 10 km² of habitat, still no whole leopard.
    QCOMPARE(rows[2].before.habitatKm2, 0.0);
    QVERIFY(std::abs(rows[2].after.habitatKm2 - 10) < 0.05);
    QCOMPARE(rows[2].after.leopards, 0L);
    // Both halves: 100 km² (2 leopards) -> the west half alone (1).
    QCOMPARE(rows[3].kind, CapacityChange::Kind::Candidate);
    QCOMPARE(rows[3].id, std::string("both halves"));
    QCOMPARE(rows[3].before.leopards, 2L);
    QCOMPARE(rows[3].after.leopards, 1L);
    QCOMPARE(rows[4].kind, CapacityChange::Kind::Reserve);
    QCOMPARE(rows[4].before.leopards, 1L);
    QCOMPARE(rows[4].after.leopards, 1L);
    QCOMPARE(QString(kindName(rows[4].kind)), QStringLiteral("reserve"));

    writeCapacityChangeCsv(p("change.csv"), rows);
    QFile csv(QString::fromStdString(p("change.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines[0].startsWith("kind,id,leopards_before,leopards_after,leopards_change,"));
    QVERIFY2(lines[2].startsWith("parcel,12,1,0,-1,"), qPrintable(lines[2]));
    QVERIFY2(lines[4].startsWith("candidate,both halves,2,1,-1,"), qPrintable(lines[4]));
  }

  void cancelStopsTheComparison() {
    bool thrown = false;
    try {
      compareForestVersions(project_, 0, 1, [](double, const std::string&) { return false; });
    } catch (const Cancelled&) {
      thrown = true;
    }
    QVERIFY(thrown);
  }
};

QTEST_GUILESS_MAIN(TestForestChange)
#include "test_forest_change.moc"
