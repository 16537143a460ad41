// SPDX-License-Identifier: GPL-3.0-or-later
// The core readers and the capacity engine given odd input (docs/RELIABILITY.md, "Bad input"). So far:
// polygons across the antimeridian, which once came out ~2.8 million km² (densified the long way round).
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogr_geometry.h>

#include <cmath>

#include "capacity/CapacityEngine.h"
#include "geo/Antimeridian.h"
#include "geo/GdalSupport.h"

using namespace hp;
using namespace hp::capacity;

namespace {

std::shared_ptr<const OGRGeometry> fromWkt(const char* wkt) {
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
  return std::shared_ptr<const OGRGeometry>(g, [](const OGRGeometry* p) { delete p; });
}

// Area of the box between two parallels spanning `dLonDeg` on WGS 84, by the authalic function q:
// A = Δλ a² (q(φ2) − q(φ1)) / 2 (Snyder, Map Projections, eq. 3-12).
double parallelBoxKm2(double lat1, double lat2, double dLonDeg) {
  const double a = 6378137.0, f = 1 / 298.257223563, e2 = f * (2 - f), e = std::sqrt(e2);
  auto q = [&](double latDeg) {
    const double s = std::sin(latDeg * M_PI / 180);
    return (1 - e2) * (s / (1 - e2 * s * s) - std::log((1 - e * s) / (1 + e * s)) / (2 * e));
  };
  return dLonDeg * M_PI / 180 * a * a * (q(lat2) - q(lat1)) / 2 / 1e6;
}

}  // namespace

class TestBadInput : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString forest_;  // full canopy in UTM 60N over lon 179..181, lat 49.9..51.1

 private slots:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    gdal::ensureRegistered();
    forest_ = tmp_.path() + QStringLiteral("/forest-60n.tif");
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
        forest_.toUtf8().constData(), 120, 140, 1, GDT_Byte, nullptr));
    QVERIFY(ds);
    double gt[6] = {660000, 1000, 0, 5670000, 0, -1000};
    ds->SetGeoTransform(gt);
    ds->SetSpatialRef(Crs::fromEpsg(32660).ogr());
    std::vector<GByte> v(120 * 140, 100);
    QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 120, 140, v.data(), 120, 140, GDT_Byte, 0, 0, nullptr), CE_None);
  }

  void splitOnlyWhatCrosses() {
    QVERIFY(!splitAtAntimeridian(*fromWkt("POLYGON((178.5 50,179.5 50,179.5 51,178.5 51,178.5 50))")));
    OGRGeometryUniquePtr split = splitAtAntimeridian(*fromWkt("POLYGON((179.5 50,-179.5 50,-179.5 51,179.5 51,179.5 50))"));
    QVERIFY(split);
    QCOMPARE(wkbFlatten(split->getGeometryType()), wkbMultiPolygon);
    OGREnvelope box;
    split->getEnvelope(&box);
    QCOMPARE(box.MinX, -180.0);
    QCOMPARE(box.MaxX, 180.0);
  }

  // lon 179.5 .. -179.5 (1° across the antimeridian), lat 50..51: the same area as the 1° box just
  // west of it (partly off the raster: area only), 7892.219 km² (the authalic formula); all of it
  // habitat under full canopy.
  void antimeridianBoxHasTrueArea() {
    const double expected = parallelBoxKm2(50, 51, 1);
    QVERIFY(std::abs(expected - 7892.2189) < 1e-3);
    CapacityInputs in;
    in.forestPath = forest_.toStdString();
    const Crs wgs84 = Crs::fromEpsg(4326);
    const std::vector<Region> regions = {
        {"across", wgs84, {fromWkt("POLYGON((179.5 50,-179.5 50,-179.5 51,179.5 51,179.5 50))")}},
        {"west", wgs84, {fromWkt("POLYGON((178.5 50,179.5 50,179.5 51,178.5 51,178.5 50))")}},
    };
    const auto got = evaluateRegions(in, regions, model::ModelConfig{});
    QCOMPARE(got.size(), std::size_t(2));
    // 0.02° densified edges: within 1e-3 km² of the parallels' area.
    QVERIFY2(std::abs(got[0].areaKm2 - expected) < 1e-3, qPrintable(QString::number(got[0].areaKm2, 'f', 6)));
    QVERIFY2(std::abs(got[1].areaKm2 - expected) < 1e-3, qPrintable(QString::number(got[1].areaKm2, 'f', 6)));
    // Habitat from 1 km pixels' coverage: within 0.05 % of the area, one patch (the halves rejoined).
    QVERIFY2(std::abs(got[0].habitatKm2 - expected) < 4, qPrintable(QString::number(got[0].habitatKm2, 'f', 6)));
    QCOMPARE(got[0].patches, 1L);
  }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_bad_input.moc"
