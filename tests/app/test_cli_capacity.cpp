// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli capacity end to end: the binary on files the test writes (exact CSV header, values
// worked out by hand, JSON and GeoPackage outputs), bad inputs as one line naming the file, and a
// run over the generated sample region.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>

#include <cmath>

#include "geo/GdalSupport.h"
#include "io/VectorReader.h"
#include "io/VectorWriter.h"
#include "sample/SampleRegion.h"
#include "support/CliRunner.h"

using namespace hp;

static const char* kHeader =
    "id,area_km2,habitat_km2,mean_canopy,patches,largest_patch_km2,leopards,leopards_fractional,leopards_min,leopards_max";

namespace {

using hp::test::CliResult;
using hp::test::runCli;

// EPSG:6933 (equal-area), 100 m pixels = 0.01 km², top-left corner (12 000 000, 5 000 000).
constexpr double kX0 = 12000000, kY0 = 5000000;

OGRGeometryUniquePtr pixelRect(double c0, double r0, double c1, double r1) {
  const QString wkt = QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                          .arg(kX0 + c0 * 100, 0, 'f', 3).arg(kY0 - r1 * 100, 0, 'f', 3)
                          .arg(kX0 + c1 * 100, 0, 'f', 3).arg(kY0 - r0 * 100, 0, 'f', 3);
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkt(wkt.toUtf8().constData(), nullptr, &g);
  return OGRGeometryUniquePtr(g);
}

// 200 × 200 pixels: forest 100 % on columns 50..150 and rows 50..149 except column 100, so two
// 50 × 100-pixel halves of 50 km² each.
void writeForest(const QString& path, bool withCrs = true) {
  gdal::ensureRegistered();
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
  GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 200, 200, 1, GDT_Byte, nullptr));
  double gt[6] = {kX0, 100, 0, kY0, 0, -100};
  ds->SetGeoTransform(gt);
  if (withCrs) {
    OGRSpatialReference srs;
    srs.importFromEPSG(6933);
    ds->SetSpatialRef(&srs);
  }
  ds->GetRasterBand(1)->SetNoDataValue(255);
  std::vector<GByte> v(200 * 200, 0);
  for (int r = 50; r < 150; ++r)
    for (int c = 50; c < 151; ++c) v[std::size_t(r * 200 + c)] = c == 100 ? 0 : 100;
  if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 200, 200, v.data(), 200, 200, GDT_Byte, 0, 0, nullptr) != CE_None)
    qFatal("cannot write forest");
}

VectorLayer polygons(const std::string& name, std::vector<FieldDef> fields) {
  VectorLayer layer;
  layer.layerName = name;
  layer.crs = Crs::fromEpsg(6933);
  layer.fields = std::move(fields);
  return layer;
}

// Splits a CSV line (no quoted commas in these tests).
QStringList cells(const QString& line) { return line.split(','); }

}  // namespace

class TestCliCapacity : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;
  QString forest_, basins_, parcels_, reserve_;

 private slots:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    forest_ = tmp_.filePath("forest.tif");
    writeForest(forest_);
    VectorLayer basins = polygons("basins", {{"basin_id", FieldType::Integer}});
    basins.features.push_back({1, {std::int64_t(1)}, pixelRect(-50, -50, 250, 250)});
    basins_ = tmp_.filePath("basins.gpkg");
    writeVectorLayer(basins_.toStdString(), basins);
    VectorLayer parcels = polygons("parcels", {{"parcel_id", FieldType::String}, {"owner", FieldType::String}});
    parcels.features.push_back({1, {std::string("A"), std::string("state")}, pixelRect(50, 50, 151, 150)});
    parcels.features.push_back({2, {std::string("B"), std::string("farm")}, pixelRect(50, 50, 100, 150)});
    parcels.features.push_back({3, {std::string("C"), std::string("town")}, pixelRect(300, 300, 310, 310)});
    parcels_ = tmp_.filePath("parcels.gpkg");
    writeVectorLayer(parcels_.toStdString(), parcels);
    VectorLayer reserve = polygons("reserve", {{"name", FieldType::String}});
    reserve.features.push_back({1, {std::string("Leopard Land")}, pixelRect(50, 50, 151, 150)});
    reserve_ = tmp_.filePath("reserve.gpkg");
    writeVectorLayer(reserve_.toStdString(), reserve);
  }

  void csv() {
    const QString out = tmp_.filePath("out.csv");
    const CliResult r = runCli({"capacity", "--forest", forest_, "--basins", basins_, "--parcels", parcels_, "--reserve",
                                reserve_, "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QString::fromLatin1(kHeader));

    // A: 101 × 100 pixels = 101 km²; habitat 2 × 50 km² halves → 50/41.4398 = 1.207 → 1 + 1 = 2;
    // Σ 100/41.4398 = 2.413138; min floor(50/310.80) = 0 each; max 1 + 1 = 2; canopy 100 × 100/101 = 99.009901.
    const QStringList a = cells(lines[1]);
    QCOMPARE(a[0], QStringLiteral("A"));
    QVERIFY2(std::abs(a[1].toDouble() - 101.0) < 0.01, qPrintable(lines[1]));
    QCOMPARE(a[2], QStringLiteral("100.000000"));
    QCOMPARE(a[3], QStringLiteral("99.009901"));
    QCOMPARE(a[4], QStringLiteral("2"));
    QCOMPARE(a[5], QStringLiteral("50.000000"));
    QCOMPARE(a[6], QStringLiteral("2"));
    QCOMPARE(a[7], QStringLiteral("2.413138"));
    QCOMPARE(a[8], QStringLiteral("0"));
    QCOMPARE(a[9], QStringLiteral("2"));
    // B, evaluated on its own: the west half only, 50 km² → 1 leopard (1.206569).
    const QStringList b = cells(lines[2]);
    QCOMPARE(b[0], QStringLiteral("B"));
    QCOMPARE(b[2], QStringLiteral("50.000000"));
    QCOMPARE(b[6], QStringLiteral("1"));
    QCOMPARE(b[7], QStringLiteral("1.206569"));
    // C lies off the raster: a real area (10 × 10 pixels = 1 km²), no habitat, no mean canopy.
    const QStringList c = cells(lines[3]);
    QCOMPARE(c[0], QStringLiteral("C"));
    QVERIFY(std::abs(c[1].toDouble() - 1.0) < 1e-3);
    QCOMPARE(c[2], QStringLiteral("0.000000"));
    QCOMPARE(c[3], QString());
    QCOMPARE(c[4], QStringLiteral("0"));
    // The existing reserve alone, last: the same land as A.
    const QStringList res = cells(lines[4]);
    QCOMPARE(res[0], QStringLiteral("reserve"));
    QCOMPARE(res.mid(2), a.mid(2));
  }

  void json() {
    const QString out = tmp_.filePath("out.json");
    const CliResult r = runCli({"capacity", "--forest", forest_, "--basins", basins_, "--parcels", parcels_, "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(f.readAll()).array();
    QCOMPARE(rows.size(), 3);
    const QJsonObject a = rows[0].toObject();
    QCOMPARE(a.keys().size(), 10);
    QCOMPARE(a["id"].toString(), QStringLiteral("A"));
    QCOMPARE(a["leopards"].toInt(), 2);
    QVERIFY(std::abs(a["leopards_fractional"].toDouble() - 2.4131384908902866) < 1e-9);
    QVERIFY(rows[2].toObject()["mean_canopy"].isNull());
  }

  void geopackage() {
    const QString out = tmp_.filePath("out.gpkg");
    const CliResult r = runCli({"capacity", "--forest", forest_, "--basins", basins_, "--parcels", parcels_, "--reserve",
                                reserve_, "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const VectorLayer layer = readVectorLayer(out.toStdString());
    QCOMPARE(layer.features.size(), std::size_t(4));  // three parcels and the reserve
    for (const char* name : {"parcel_id", "owner", "id", "area_km2", "habitat_km2", "mean_canopy", "patches",
                             "largest_patch_km2", "leopards", "leopards_fractional", "leopards_min", "leopards_max"})
      QVERIFY2(layer.fieldIndex(name) >= 0, name);
    const int leopards = layer.fieldIndex("leopards");
    QCOMPARE(toString(layer.features[0].attributes[std::size_t(layer.fieldIndex("owner"))]), std::string("state"));
    QCOMPARE(toNumber(layer.features[0].attributes[std::size_t(leopards)]).value_or(-1), 2.0);
    QCOMPARE(toString(layer.features[3].attributes[std::size_t(layer.fieldIndex("id"))]), std::string("reserve"));
    QCOMPARE(toNumber(layer.features[3].attributes[std::size_t(leopards)]).value_or(-1), 2.0);
  }

  void previousOutputAsParcels() {
    // The GeoPackage written by a run, fed back as parcels: the result columns are replaced, not doubled.
    const QString first = tmp_.filePath("first.gpkg"), second = tmp_.filePath("second.gpkg");
    QVERIFY(runCli({"capacity", "--forest", forest_, "--basins", basins_, "--parcels", parcels_, "--out", first}).exitCode == 0);
    const CliResult r = runCli({"capacity", "--forest", forest_, "--basins", basins_, "--parcels", first, "--out", second});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const VectorLayer layer = readVectorLayer(second.toStdString());
    QCOMPARE(layer.fields.size(), std::size_t(2 + 10));  // parcel_id, owner, id and the nine results
    QCOMPARE(toNumber(layer.features[0].attributes[std::size_t(layer.fieldIndex("leopards"))]).value_or(-1), 2.0);
  }

  void idField() {
    const QString out = tmp_.filePath("owner.csv");
    CliResult r = runCli({"capacity", "--forest", forest_, "--basins", basins_, "--parcels", parcels_, "--id-field",
                          "owner", "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(cells(lines[1])[0], QStringLiteral("state"));
    QCOMPARE(cells(lines[3])[0], QStringLiteral("town"));

    // Without a parcel_id field the feature ids are used.
    VectorLayer plain = polygons("plain", {{"owner", FieldType::String}});
    plain.features.push_back({7, {std::string("x")}, pixelRect(50, 50, 100, 150)});
    const QString plainPath = tmp_.filePath("plain.gpkg");
    writeVectorLayer(plainPath.toStdString(), plain);
    const QString out2 = tmp_.filePath("plain.csv");
    r = runCli({"capacity", "--forest", forest_, "--basins", basins_, "--parcels", plainPath, "--out", out2});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f2(out2);
    QVERIFY(f2.open(QIODevice::ReadOnly));
    const QStringList lines2 = QString::fromUtf8(f2.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines2.size(), 2);
    QVERIFY2(lines2[1].startsWith("1,") || lines2[1].startsWith("7,"), qPrintable(lines2[1]));
  }

  void badInputs_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("names");  // what the one error line must name
    QTest::addColumn<int>("exitCode");
    const QString out = tmp_.filePath("bad.csv");
    const QString missing = tmp_.filePath("missing.tif");
    QTest::newRow("missing forest") << QStringList{"--forest", missing, "--basins", basins_, "--parcels", parcels_, "--out", out}
                                    << missing << 1;
    const QString noCrs = tmp_.filePath("nocrs.tif");
    writeForest(noCrs, false);
    QTest::newRow("raster without CRS") << QStringList{"--forest", noCrs, "--basins", basins_, "--parcels", parcels_, "--out", out}
                                        << noCrs << 1;
    const QString missingParcels = tmp_.filePath("none.gpkg");
    QTest::newRow("missing parcels") << QStringList{"--forest", forest_, "--basins", basins_, "--parcels", missingParcels, "--out", out}
                                     << missingParcels << 1;
    QTest::newRow("unknown id field")
        << QStringList{"--forest", forest_, "--basins", basins_, "--parcels", parcels_, "--id-field", "nope", "--out", out}
        << parcels_ << 1;
    const QString model = tmp_.filePath("bad_model.json");
    QFile m(model);
    if (m.open(QIODevice::WriteOnly)) m.write(R"({"min_canopy_pct": 60, "territory_max": 100})");
    m.close();
    QTest::newRow("unknown model key")
        << QStringList{"--forest", forest_, "--basins", basins_, "--parcels", parcels_, "--model", model, "--out", out} << model << 1;
    const QString txt = tmp_.filePath("out.txt");
    QTest::newRow("unsupported output") << QStringList{"--forest", forest_, "--basins", basins_, "--parcels", parcels_, "--out", txt}
                                        << txt << 2;
    QTest::newRow("no --forest") << QStringList{"--basins", basins_, "--parcels", parcels_, "--out", out} << "--forest" << 2;
  }
  void badInputs() {
    QFETCH(QStringList, args);
    QFETCH(QString, names);
    QFETCH(int, exitCode);
    const CliResult r = runCli(QStringList{"capacity"} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.trimmed().count('\n') == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(names), qPrintable(r.err));
  }

  void sampleRegion() {
    // The generated sample region of south-west Primorsky Krai, end to end.
    const QString dir = tmp_.filePath("sample");
    const CliResult s = runCli({"sample", "--out", dir});
    if (s.exitCode != 0) QSKIP(qPrintable("the sample generator failed: " + s.err));
    const sample::SamplePaths files = sample::samplePaths(dir.toStdString());
    const QStringList paths{QString::fromStdString(files.forest), QString::fromStdString(files.basins),
                            QString::fromStdString(files.parcels), QString::fromStdString(files.reserve)};
    const QString out = tmp_.filePath("sample.csv");
    const CliResult r = runCli({"capacity", "--forest", paths[0], "--basins", paths[1], "--parcels", paths[2], "--reserve",
                                paths[3], "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    const std::size_t parcels = readVectorLayer(paths[2].toStdString()).features.size();
    QCOMPARE(std::size_t(lines.size()), parcels + 2);  // header, one row per parcel, the reserve
    QCOMPARE(lines[0], QString::fromLatin1(kHeader));
    QVERIFY(lines.last().startsWith("reserve,"));
    for (const QString& line : lines.mid(1)) {
      const QStringList c = cells(line);
      QCOMPARE(c.size(), 10);
      // Habitat never exceeds the parcel (beyond 0.01 % from block-wise pixel areas) and the
      // whole-leopard count lies within its own range.
      QVERIFY2(c[2].toDouble() <= c[1].toDouble() * 1.0001 + 1e-6, qPrintable(line));
      QVERIFY2(c[8].toInt() <= c[6].toInt() && c[6].toInt() <= c[9].toInt(), qPrintable(line));
    }
  }
};

QTEST_GUILESS_MAIN(TestCliCapacity)
#include "test_cli_capacity.moc"
