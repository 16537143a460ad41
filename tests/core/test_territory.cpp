// SPDX-License-Identifier: GPL-3.0-or-later
// The pure territory model (core/model/Territory.h): quality, territory size, leopard-equivalents,
// the floor rule and the Byte lookup table. Every expected value is worked out in its row's comment.
#include <QtTest>

#include <cmath>

#include "model/EllipsoidArea.h"
#include "model/Territory.h"

using namespace hp::model;

class TestTerritory : public QObject {
  Q_OBJECT

 private slots:
  void squareMileIsExact() {
    // 1 sq mi = (1609.344 m)² = 2 589 988.110336 m²
    QCOMPARE(sqMiToKm2(1.0), 1.609344 * 1.609344);
    // T_min = 16 sq mi = 16 × 2.589988110336 = 41.439809765376 km²; T_max = 120 sq mi = 310.79857324032 km²
    QVERIFY(std::abs(sqMiToKm2(16) - 41.439809765376) < 1e-12);
    QVERIFY(std::abs(sqMiToKm2(120) - 310.79857324032) < 1e-12);
  }

  void quality_data() {
    QTest::addColumn<double>("minCanopy");
    QTest::addColumn<double>("canopy");
    QTest::addColumn<double>("quality");
    QTest::addColumn<bool>("habitat");
    // q = clamp((canopy − min) / (100 − min), 0, 1), linear from 60 to 100 with the default min
    QTest::newRow("59% below threshold") << 60.0 << 59.0 << 0.0 << false;  // (59−60)/40 < 0 → 0, not habitat
    QTest::newRow("60% threshold") << 60.0 << 60.0 << 0.0 << true;         // (60−60)/40 = 0
    QTest::newRow("70%") << 60.0 << 70.0 << 0.25 << true;                  // 10/40
    QTest::newRow("80%") << 60.0 << 80.0 << 0.5 << true;                   // 20/40
    QTest::newRow("90%") << 60.0 << 90.0 << 0.75 << true;                  // 30/40
    QTest::newRow("100%") << 60.0 << 100.0 << 1.0 << true;                 // 40/40
    QTest::newRow("min 50, 75%") << 50.0 << 75.0 << 0.5 << true;           // 25/50
    QTest::newRow("min 100, 100%") << 100.0 << 100.0 << 1.0 << true;       // no span: habitat is best habitat
    QTest::newRow("101% is not a canopy") << 60.0 << 101.0 << 1.0 << false;
    QTest::newRow("NaN is not a canopy") << 60.0 << double(NAN) << 0.0 << false;
  }
  void quality() {
    QFETCH(double, minCanopy);
    QFETCH(double, canopy);
    QFETCH(double, quality);
    QFETCH(bool, habitat);
    ModelConfig config;
    config.minCanopyPct = minCanopy;
    QCOMPARE(isHabitatCanopy(canopy, config), habitat);
    if (!std::isnan(canopy)) QCOMPARE(habitatQuality(canopy, config), quality);
  }

  void territory_data() {
    QTest::addColumn<double>("tMinSqMi");
    QTest::addColumn<double>("tMaxSqMi");
    QTest::addColumn<double>("quality");
    QTest::addColumn<double>("territoryKm2");
    // T(q) = T_max − (T_max − T_min)·q, in sq mi then × 2.589988110336
    QTest::newRow("q=0 → 120 sq mi") << 16.0 << 120.0 << 0.0 << 310.79857324032;   // 120 × 2.589988110336
    QTest::newRow("q=1 → 16 sq mi") << 16.0 << 120.0 << 1.0 << 41.439809765376;     // 16 × 2.589988110336
    QTest::newRow("q=0.5 → 68 sq mi") << 16.0 << 120.0 << 0.5 << 176.119191502848;  // 120 − 104/2 = 68
    QTest::newRow("q=0.75 → 42 sq mi") << 16.0 << 120.0 << 0.75 << 108.779500634112;  // 120 − 78 = 42
    QTest::newRow("q>1 clamps") << 16.0 << 120.0 << 2.0 << 41.439809765376;
    QTest::newRow("other range q=0.5") << 10.0 << 100.0 << 0.5 << 55 * 2.589988110336;  // 100 − 45 = 55
  }
  void territory() {
    QFETCH(double, tMinSqMi);
    QFETCH(double, tMaxSqMi);
    QFETCH(double, quality);
    QFETCH(double, territoryKm2);
    ModelConfig config;
    config.territoryMinSqMi = tMinSqMi;
    config.territoryMaxSqMi = tMaxSqMi;
    QVERIFY2(std::abs(hp::model::territoryKm2(quality, config) - territoryKm2) < 1e-9,
             qPrintable(QString::number(hp::model::territoryKm2(quality, config), 'g', 17)));
  }

  void equivalents_data() {
    QTest::addColumn<double>("areaKm2");
    QTest::addColumn<double>("canopy");
    QTest::addColumn<double>("equivalents");
    QTest::addColumn<int>("whole");
    // equivalents = area / T(q(canopy)); whole = floor
    QTest::newRow("100 km² at 100%") << 100.0 << 100.0 << 2.4131384908902866 << 2;  // 100 / 41.4398 = 2.413
    QTest::newRow("50 km² at 100%") << 50.0 << 100.0 << 1.2065692454451433 << 1;    // 50 / 41.4398 = 1.207
    QTest::newRow("25 km² at 100%") << 25.0 << 100.0 << 0.6032846227225717 << 0;    // 25 / 41.4398 = 0.603
    QTest::newRow("100 km² at 80%") << 100.0 << 80.0 << 0.567797291974185 << 0;     // 100 / 176.1192 = 0.568
    QTest::newRow("100 km² at 60%") << 100.0 << 60.0 << 0.3217517987853716 << 0;    // 100 / 310.7986 = 0.322
    QTest::newRow("400 km² at 100%") << 400.0 << 100.0 << 9.652553963561147 << 9;   // 400 / 41.4398 = 9.65
  }
  void equivalents() {
    QFETCH(double, areaKm2);
    QFETCH(double, canopy);
    QFETCH(double, equivalents);
    QFETCH(int, whole);
    const ModelConfig config;
    const double e = leopardEquivalents(areaKm2, habitatQuality(canopy, config), config);
    QVERIFY2(std::abs(e - equivalents) < 1e-12, qPrintable(QString::number(e, 'g', 17)));
    QCOMPARE(wholeLeopards(e), long(whole));
  }

  void floorRule_data() {
    QTest::addColumn<double>("equivalents");
    QTest::addColumn<int>("whole");
    QTest::newRow("exact 2") << 2.0 << 2;
    QTest::newRow("2 short by rounding") << 1.9999999999999 << 2;  // within 1e-9 of 2: floating error, counts 2
    QTest::newRow("1.99 is 1") << 1.99 << 1;
    QTest::newRow("0.999 is 0") << 0.999 << 0;
    QTest::newRow("zero") << 0.0 << 0;
    QTest::newRow("negative") << -1.0 << 0;
  }
  void floorRule() {
    QFETCH(double, equivalents);
    QFETCH(int, whole);
    QCOMPARE(wholeLeopards(equivalents), long(whole));
  }

  void byteTable() {
    const ModelConfig config;
    const ByteCanopyTable t = makeByteCanopyTable(config, 255.0);
    QCOMPARE(int(t.valid[0]), 1);
    QCOMPARE(int(t.habitat[0]), 0);
    QCOMPARE(int(t.habitat[59]), 0);
    QCOMPARE(int(t.habitat[60]), 1);
    QCOMPARE(int(t.valid[100]), 1);
    QCOMPARE(int(t.valid[101]), 0);  // above 100 % is not a canopy value
    QCOMPARE(int(t.valid[255]), 0);  // nodata
    QCOMPARE(t.perKm2[59], 0.0);
    QVERIFY(std::abs(t.perKm2[100] - 1 / 41.439809765376) < 1e-15);  // q = 1 → 1/T_min
    QVERIFY(std::abs(t.perKm2[80] - 1 / 176.119191502848) < 1e-15);  // q = 0.5 → 1/68 sq mi
    const ByteCanopyTable zeroNodata = makeByteCanopyTable(config, 0.0);
    QCOMPARE(int(zeroNodata.valid[0]), 0);
    QCOMPARE(int(zeroNodata.valid[255]), 0);
  }

  void latLonCellArea_data() {
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("expectedKm2");
    // A 1° × 1° cell on the WGS84 ellipsoid from lat to lat+1. Reference: PROJ's geod_polygonarea on
    // the cell with each parallel densified to 1001 points (geodesics 0.001° long hug the parallel).
    // Sphere check of the first row: R² Δλ (sin 1° − sin 0°) with R = 6371.0 km = 12364 km²; the
    // ellipsoid is flatter at the equator, so a little less.
    QTest::newRow("equator") << 0.0 << 12308.463894290;
    QTest::newRow("43°N") << 43.0 << 8985.483100803;
    QTest::newRow("60°N") << 60.0 << 6123.140878548;
  }
  void latLonCellArea() {
    QFETCH(double, lat);
    QFETCH(double, expectedKm2);
    const double km2 = latLonCellAreaM2(6378137.0, 1 / 298.257223563, lat, lat + 1, 1.0) / 1e6;
    QVERIFY2(std::abs(km2 - expectedKm2) < 1e-6 * expectedKm2, qPrintable(QString::number(km2, 'f', 9)));
  }
};

QTEST_APPLESS_MAIN(TestTerritory)
#include "test_territory.moc"
