// SPDX-License-Identifier: GPL-3.0-or-later
// hp::readVectorLayer / writeVectorLayer round trips through every format, and ../shared/data/real.
#include <algorithm>
#include <cmath>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <ogr_api.h>

#include "geo/Error.h"
#include "io/VectorReader.h"
#include "io/VectorWriter.h"

using namespace hp;

static const QString kShared = QStringLiteral(HP_SHARED_DATA_DIR);

static OGRGeometryUniquePtr wkt(const char* text) {
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkt(text, nullptr, &g);
  return OGRGeometryUniquePtr(g);
}

// Two 1 km squares side by side in UTM 52N near Vladivostok (areas 1e6 m² each).
static VectorLayer twoParcels() {
  VectorLayer layer;
  layer.layerName = "parcels";
  layer.crs = Crs::fromEpsg(32652);
  layer.fields = {{"parcel_id", FieldType::Integer}, {"owner", FieldType::String}, {"price_usd", FieldType::Real}};
  layer.features.push_back({1, {std::int64_t(7), std::string("state"), 1250.5},
                            wkt("POLYGON((700000 4750000,701000 4750000,701000 4751000,700000 4751000,700000 4750000))")});
  layer.features.push_back({2, {std::int64_t(8), std::string("частный"), std::monostate{}},
                            wkt("POLYGON((701000 4750000,702000 4750000,702000 4751000,701000 4751000,701000 4750000))")});
  return layer;
}

// The regular star polygon {n/2} (n odd) of circumradius 5 km centred at (600 km, 4800 km): vertex j is
// the circle's point 2j mod n, so every edge crosses its two neighbours' neighbours: n crossings.
static OGRGeometryUniquePtr star(int n) {
  auto ring = std::make_unique<OGRLinearRing>();
  for (int j = 0; j <= n; ++j) {
    const double a = 2 * M_PI * double((2 * j) % n) / n;
    ring->addPoint(600000 + 5000 * std::cos(a), 4800000 + 5000 * std::sin(a));
  }
  auto polygon = std::make_unique<OGRPolygon>();
  polygon->addRingDirectly(ring.release());
  return OGRGeometryUniquePtr(polygon.release());
}

class TestVectorIo : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

 private slots:
  void roundTrip_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("wgs84");
    QTest::newRow("gpkg") << "p.gpkg" << false;
    QTest::newRow("shp") << "p.shp" << false;
    QTest::newRow("geojson") << "p.geojson" << false;
    QTest::newRow("kml") << "p.kml" << true;
  }
  void roundTrip() {
    QFETCH(QString, file);
    QFETCH(bool, wgs84);
    const std::string path = tmp_.filePath(file).toStdString();
    writeVectorLayer(path, twoParcels());
    VectorReadOptions opts;
    opts.targetCrs = Crs::fromEpsg(32652);
    const VectorLayer back = readVectorLayer(path, opts);
    QCOMPARE(back.features.size(), std::size_t(2));
    if (wgs84) {
      const VectorLayer raw = readVectorLayer(path);
      QVERIFY(raw.crs.isGeographic());
      const Extent e = raw.extent();
      // 700000 E, 4750000 N in UTM 52N is about 131.45 E, 42.88 N
      QVERIFY(e.minX > 131.3 && e.maxX < 131.6);
      QVERIFY(e.minY > 42.8 && e.maxY < 43.0);
    }
    // Every attribute in its own field (a KML layer's own Name and Description come first).
    QCOMPARE(back.fieldIndex("parcel_id") >= 0, true);
    QCOMPARE(toNumber(back.features[1].attributes[back.fieldIndex("parcel_id")]).value_or(0), 8.0);
    const int owner = back.fieldIndex("owner");
    QCOMPARE(toString(back.features[1].attributes[owner]), QStringLiteral("частный").toStdString());
    QCOMPARE(toNumber(back.features[0].attributes[back.fieldIndex("price_usd")]).value_or(0), 1250.5);
    // Areas survive the trip within a millimetre squared per km² (KML goes through WGS84).
    const double area = back.features[0].geometry->toPolygon()->get_Area();
    QVERIFY2(std::abs(area - 1e6) < (wgs84 ? 1.0 : 1e-6), qPrintable(QString::number(area, 'f', 6)));
  }

  void csvHasWkt() {
    const std::string path = tmp_.filePath("p.csv").toStdString();
    writeVectorLayer(path, twoParcels());
    QFile f(QString::fromStdString(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.startsWith("WKT,parcel_id,owner,price_usd"));
    QVERIFY(text.contains("POLYGON ((700000 4750000"));
  }

  void reprojectsToTarget() {
    const std::string path = tmp_.filePath("r.gpkg").toStdString();
    writeVectorLayer(path, twoParcels());
    VectorReadOptions opts;
    opts.targetCrs = Crs::wgs84();
    const VectorLayer layer = readVectorLayer(path, opts);
    QVERIFY(layer.crs.isGeographic());
    OGREnvelope env;
    layer.features[0].geometry->getEnvelope(&env);
    QVERIFY(env.MinX > 131 && env.MinX < 132);  // longitude first (GIS order)
    QVERIFY(env.MinY > 42 && env.MinY < 43.6);
  }

  // 2000 features: progress rises to 1 through the read and the reprojection, and a stop halfway
  // throws Cancelled.
  void progressAndCancel() {
    VectorLayer many;
    many.layerName = "many";
    many.crs = Crs::fromEpsg(32652);
    many.fields = {{"parcel_id", FieldType::Integer}};
    for (int i = 0; i < 2000; ++i) {
      const double x = 700000 + 100.0 * (i % 50), y = 4750000 + 100.0 * (i / 50);
      const QString poly = QString("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))").arg(x).arg(y).arg(x + 90).arg(y + 90);
      many.features.push_back({i + 1, {std::int64_t(i + 1)}, wkt(poly.toUtf8().constData())});
    }
    const std::string path = tmp_.filePath("many.gpkg").toStdString();
    writeVectorLayer(path, many);
    std::vector<double> fractions;
    VectorReadOptions opts;
    opts.targetCrs = Crs::wgs84();
    opts.progress = [&](double f, const std::string&) {
      fractions.push_back(f);
      return true;
    };
    QCOMPARE(readVectorLayer(path, opts).features.size(), std::size_t{2000});
    QVERIFY2(fractions.size() >= 5, qPrintable(QString::number(fractions.size())));
    QCOMPARE(fractions.front(), 0.0);
    QCOMPARE(fractions.back(), 1.0);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QVERIFY(std::any_of(fractions.begin(), fractions.end(), [](double f) { return f > 0.3 && f < 0.7; }));

    int calls = 0;
    opts.progress = [&](double, const std::string&) { return ++calls < 3; };
    QVERIFY_THROWS_EXCEPTION(Cancelled, readVectorLayer(path, opts));
    QCOMPARE(calls, 3);
  }

  void repairsInvalid() {
    VectorLayer layer = twoParcels();
    // A bow-tie: self-intersecting, invalid; MakeValid turns it into two triangles.
    layer.features[1].geometry = wkt("POLYGON((0 0,10 10,10 0,0 10,0 0))");
    const std::string path = tmp_.filePath("bowtie.gpkg").toStdString();
    writeVectorLayer(path, layer);
    const VectorLayer back = readVectorLayer(path);
    QCOMPARE(back.features.size(), std::size_t(2));
    QVERIFY(back.features[1].geometry->IsValid());
    QCOMPARE(back.warnings.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(back.warnings[0]).contains("repaired"));
    // Two triangles of 10 x 5 / 2.
    QCOMPARE(back.features[1].geometry->toMultiPolygon()->get_Area(), 50.0);
  }

  // A pentagram is repaired into the whole star it encloses (GEOS's STRUCTURE method), not its five
  // points around a pentagonal hole (LINEWORK's even-odd rule): 5 R r sin 36°, r = R cos 72° / cos 36°
  // the radius of the inner vertices, R = 5 km: 28 064 248.5 m².
  void repairsAStarWhole() {
    VectorLayer layer = twoParcels();
    layer.features[1].geometry = star(5);
    const std::string path = tmp_.filePath("pentagram.gpkg").toStdString();
    writeVectorLayer(path, layer);
    const VectorLayer back = readVectorLayer(path);
    QCOMPARE(back.features.size(), std::size_t(2));
    const double deg = M_PI / 180, R = 5000;
    const double expected = 5 * R * (R * std::cos(72 * deg) / std::cos(36 * deg)) * std::sin(36 * deg);
    const double area = OGR_G_Area(OGRGeometry::ToHandle(back.features[1].geometry.get()));
    QVERIFY2(std::abs(area - expected) < 0.01, qPrintable(QString::number(area, 'f', 3)));
  }

  // Repair is refused past 10 000 self-crossings (its cost grows faster than their number): {9 999/2}
  // is repaired (into its 9 999-point star, nearly the 5 km circle), {10 001/2} is an error naming the
  // feature.
  void refusesARingTooTangledToRepair() {
    VectorLayer layer = twoParcels();
    layer.features[1].geometry = star(9999);
    const std::string below = tmp_.filePath("star9999.gpkg").toStdString();
    writeVectorLayer(below, layer);
    const VectorLayer back = readVectorLayer(below);
    QCOMPARE(back.features.size(), std::size_t(2));
    const double area = OGR_G_Area(OGRGeometry::ToHandle(back.features[1].geometry.get()));
    QVERIFY2(std::abs(area - M_PI * 5000 * 5000) < 0.001 * M_PI * 5000 * 5000, qPrintable(QString::number(area, 'f', 3)));

    layer.features[1].geometry = star(10001);
    const std::string above = tmp_.filePath("star10001.gpkg").toStdString();
    writeVectorLayer(above, layer);
    try {
      (void)readVectorLayer(above);
      QFAIL("a ring of 10 001 crossings was repaired");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidGeometry);
      const QString message = QString::fromStdString(e.what());
      QVERIFY2(message.contains(QLatin1String("feature 2 of layer 'parcels' crosses itself at more than 10000 points")),
               qPrintable(message));
      QVERIFY2(message.contains(QLatin1String("star10001.gpkg")), qPrintable(message));
    }
  }

  void gpkgKeepsOtherLayers() {
    const std::string path = tmp_.filePath("multi.gpkg").toStdString();
    writeVectorLayer(path, twoParcels(), "a");
    writeVectorLayer(path, twoParcels(), "b", WriteMode::ReplaceLayer);
    writeVectorLayer(path, twoParcels(), "b", WriteMode::ReplaceLayer);
    const auto names = listVectorLayers(path);
    QCOMPARE(names.size(), std::size_t(2));
    VectorReadOptions opts;
    opts.layerName = "b";
    QCOMPARE(readVectorLayer(path, opts).features.size(), std::size_t(2));
    opts.layerName = "zzz";
    QVERIFY_THROWS_EXCEPTION(Error, readVectorLayer(path, opts));
  }

  void emptyLayerAndMissingCrs() {
    VectorLayer empty = twoParcels();
    empty.features.clear();
    const std::string path = tmp_.filePath("empty.gpkg").toStdString();
    writeVectorLayer(path, empty);
    try {
      readVectorLayer(path);
      QFAIL("expected EmptyLayer");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::EmptyLayer);
      QCOMPARE(e.file(), path);
    }
    VectorLayer noCrs = twoParcels();
    noCrs.crs = Crs();
    const std::string p2 = tmp_.filePath("nocrs.shp").toStdString();  // no .prj written
    writeVectorLayer(p2, noCrs);
    try {
      readVectorLayer(p2);
      QFAIL("expected MissingCrs");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::MissingCrs);
    }
  }

  void badOutputExtension() { QVERIFY_THROWS_EXCEPTION(Error, writeVectorLayer(tmp_.filePath("x.docx").toStdString(), twoParcels())); }

  void sharedReal_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("features");
    QTest::newRow("rivers geojson") << "vector/naturalearth_neasia/ne_10m_rivers_lake_centerlines_neasia.geojson" << -1;
    QTest::newRow("rivers shp utf8") << "vector/naturalearth_neasia/ne_10m_rivers_neasia_shp.shp" << -1;
    QTest::newRow("fires gpkg") << "vector/ynp_fires_1984_2022.gpkg" << 61;
    QTest::newRow("mixed poly shp") << "vector/poly_multipoly.shp" << -1;
    QTest::newRow("zipped curved gpkg") << "/vsizip/" + kShared + "/vector/multisurface.zip" << -1;
    QTest::newRow("unclosed ring") << "vector/park.geo.json" << -1;
    QTest::newRow("bad gpkg header") << "vector/poly.gpkg" << -1;
    QTest::newRow("null fields") << "vector/null_feature_fields.geojson" << -1;
    QTest::newRow("utf8 bom") << "vector/gdal_autotest/point_with_utf8bom.json" << -1;
    QTest::newRow("kml multi") << "vector/gdal_autotest/non_conformant_multi.kml" << -1;
    QTest::newRow("box shp") << "vector/box.shp" << -1;
  }
  void sharedReal() {
    if (!QDir(kShared).exists()) QSKIP("../shared/data/real is absent");
    QFETCH(QString, file);
    QFETCH(int, features);
    const QString path = file.startsWith("/vsizip/") ? file : kShared + "/" + file;
    // .zip holds one gpkg: find its name through the VSI layer.
    std::string p = path.toStdString();
    if (file.startsWith("/vsizip/")) {
      char** list = VSIReadDir(p.c_str());
      QVERIFY(list && list[0]);
      p += "/" + std::string(list[0]);
      CSLDestroy(list);
    }
    VectorReadOptions opts;
    opts.targetCrs = Crs::wgs84();
    const VectorLayer layer = readVectorLayer(p, opts);
    QVERIFY(!layer.features.empty());
    if (features >= 0) QCOMPARE(int(layer.features.size()), features);
    for (const Feature& f : layer.features) QVERIFY(f.geometry != nullptr);
  }

  void sharedBroken_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("truncated kml") << "broken/gdal_autotest_truncated.kml";
    QTest::newRow("no shx") << "broken/derived/poly_multipoly_noshx.shp";
    QTest::newRow("shp only") << "broken/derived/utf8_shp_only.shp";
    QTest::newRow("truncated gpkg") << "broken/derived/ynp_fires_truncated8k.gpkg";
    QTest::newRow("truncated geojson") << "broken/derived/ne_rivers_truncated.geojson";
    QTest::newRow("not vector") << "broken/invalid";
    QTest::newRow("zero bytes") << "broken/derived/zero_bytes.tif";
  }
  void sharedBroken() {
    if (!QDir(kShared).exists()) QSKIP("../shared/data/real is absent");
    QFETCH(QString, file);
    const std::string path = (kShared + "/" + file).toStdString();
    try {
      readVectorLayer(path);
      QFAIL("a broken file was read without an error");
    } catch (const Error& e) {
      QCOMPARE(e.file(), path);
      QVERIFY(!e.cause().empty());
    }
  }
};

QTEST_GUILESS_MAIN(TestVectorIo)
#include "test_vector_io.moc"
