// SPDX-License-Identifier: GPL-3.0-or-later
// hp::Crs and hp::CoordinateTransform: definitions round-trip and axis order is always x=lon, y=lat.
#include <QtTest>

#include <ogr_geometry.h>

#include "geo/Crs.h"
#include "geo/Error.h"

using namespace hp;

class TestCrs : public QObject {
  Q_OBJECT
 private slots:
  void definitionsRoundTrip_data() {
    QTest::addColumn<QString>("definition");
    QTest::addColumn<int>("epsg");
    QTest::addColumn<bool>("geographic");
    QTest::newRow("utm52n") << "EPSG:32652" << 32652 << false;
    QTest::newRow("wgs84") << "EPSG:4326" << 4326 << true;
    QTest::newRow("laea asia") << "+proj=laea +lat_0=45 +lon_0=100 +datum=WGS84 +units=m" << 0 << false;
    QTest::newRow("pulkovo gk") << "EPSG:28422" << 28422 << false;
  }
  void definitionsRoundTrip() {
    QFETCH(QString, definition);
    QFETCH(int, epsg);
    QFETCH(bool, geographic);
    const Crs crs = Crs::fromUserInput(definition.toStdString());
    QCOMPARE(crs.isGeographic(), geographic);
    if (epsg) QCOMPARE(crs.epsg().value_or(0), epsg);
    const Crs again = Crs::fromUserInput(crs.wkt());
    QVERIFY(again.isSame(crs));
    QVERIFY(!again.isSame(Crs::fromEpsg(3857)));
  }

  void garbageIsAnError() {
    QVERIFY_THROWS_EXCEPTION(Error, Crs::fromUserInput("EPSG:99999999"));
    QVERIFY_THROWS_EXCEPTION(Error, Crs::fromUserInput("not a crs"));
    QVERIFY(Crs().isEmpty());
  }

  void lonLatOrderAndKnownPoint() {
    // 131.45 E, 42.88 N (near Vladivostok) in UTM 52N, from `cs2cs +proj=longlat +datum=WGS84
    // +to +proj=utm +zone=52 +datum=WGS84`: 700088.2461 E, 4750401.0579 N.
    CoordinateTransform toUtm(Crs::wgs84(), Crs::fromEpsg(32652));
    double x = 131.45, y = 42.88;
    QVERIFY(toUtm.transform(x, y));
    QVERIFY(std::abs(x - 700088.2461) < 1e-3);
    QVERIFY(std::abs(y - 4750401.0579) < 1e-3);
    CoordinateTransform back(Crs::fromEpsg(32652), Crs::wgs84());
    QVERIFY(back.transform(x, y));
    QVERIFY(std::abs(x - 131.45) < 1e-9);
    QVERIFY(std::abs(y - 42.88) < 1e-9);
  }

  void identityAndBounds() {
    CoordinateTransform same(Crs::fromEpsg(32652), Crs::fromUserInput("EPSG:32652"));
    QVERIFY(same.isIdentity());
    CoordinateTransform toGeo(Crs::fromEpsg(32652), Crs::wgs84());
    Extent e;
    e.include(660000, 4725000);
    e.include(740000, 4820000);
    const Extent g = toGeo.transformBounds(e);
    // 660-740 km E, 4725-4820 km N lies within 130.7..132.0 E, 42.6..43.6 N (corners by cs2cs: 130.95..131.97 E).
    QVERIFY(g.minX > 130.7 && g.maxX < 132.0);
    QVERIFY(g.minY > 42.6 && g.maxY < 43.6);
  }

  void geometryTransform() {
    OGRPolygon square;
    OGRLinearRing ring;
    ring.addPoint(700000, 4750000);
    ring.addPoint(701000, 4750000);
    ring.addPoint(701000, 4751000);
    ring.addPoint(700000, 4751000);
    ring.closeRings();
    square.addRing(&ring);
    CoordinateTransform toGeo(Crs::fromEpsg(32652), Crs::wgs84());
    toGeo.transform(square);
    OGREnvelope env;
    square.getEnvelope(&env);
    QVERIFY(env.MinX > 131.4 && env.MaxX < 131.5);
    QVERIFY(env.MinY > 42.8 && env.MaxY < 42.9);
  }

  void missingCrsCannotTransform() {
    QVERIFY_THROWS_EXCEPTION(Error, CoordinateTransform(Crs(), Crs::wgs84(), "x.shp"));
  }
};

QTEST_GUILESS_MAIN(TestCrs)
#include "test_crs.moc"
