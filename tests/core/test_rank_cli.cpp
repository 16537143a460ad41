// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli rank end to end on tiny rasters and parcels whose leopards are counted by hand
// (issue #4's examples): the optimum where greedy-by-ratio fails, a pair worth more together,
// locks, the budget, repeatability, and a project's forest versions.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogr_geometry.h>

#include <functional>

#include "geo/GdalSupport.h"
#include "io/VectorLayer.h"
#include "io/VectorWriter.h"
#include "project/Project.h"
#include "project/ProjectFile.h"
#include "support/CliRunner.h"

using namespace hp;
using hp::test::runCli;

namespace {

// EPSG:6933 (equal-area), 100 m pixels of 0.01 km². At 100 % canopy a leopard needs
// T_min = 16 sq mi = 41.44 km², so n whole leopards need a patch of n × 41.44 km².
constexpr int kEqualArea = 6933;
constexpr double kX0 = 12000000, kY0 = 5000000, kPx = 100;

void writeRaster(const QString& path, int width, int height, const std::function<int(int col, int row)>& value) {
  gdal::ensureRegistered();
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
  GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), width, height, 1, GDT_Byte, nullptr));
  if (!ds) qFatal("cannot create %s", qPrintable(path));
  double gt[6] = {kX0, kPx, 0, kY0, 0, -kPx};
  ds->SetGeoTransform(gt);
  ds->SetSpatialRef(Crs::fromEpsg(kEqualArea).ogr());
  std::vector<std::uint8_t> v(std::size_t(width) * std::size_t(height));
  for (int r = 0; r < height; ++r)
    for (int c = 0; c < width; ++c) v[std::size_t(r) * std::size_t(width) + std::size_t(c)] = std::uint8_t(value(c, r));
  if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, width, height, v.data(), width, height, GDT_Byte, 0, 0, nullptr) != CE_None)
    qFatal("cannot write %s", qPrintable(path));
}

OGRGeometryUniquePtr pixelRect(double c0, double r0, double c1, double r1) {
  const std::string wkt = QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                              .arg(kX0 + c0 * kPx, 0, 'f', 3)
                              .arg(kY0 - r1 * kPx, 0, 'f', 3)
                              .arg(kX0 + c1 * kPx, 0, 'f', 3)
                              .arg(kY0 - r0 * kPx, 0, 'f', 3)
                              .toStdString();
  OGRGeometry* g = nullptr;
  if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g) != OGRERR_NONE) qFatal("bad WKT");
  return OGRGeometryUniquePtr(g);
}

struct ParcelSpec {
  std::int64_t id;
  double c0, c1;  // columns; every parcel spans rows [0, 110)
  double priceUsd;
};

void writeParcels(const QString& path, const std::vector<ParcelSpec>& parcels) {
  VectorLayer layer;
  layer.layerName = "parcels";
  layer.crs = Crs::fromEpsg(kEqualArea);
  layer.fields = {{"parcel_id", FieldType::Integer}, {"price_usd", FieldType::Real}};
  for (const ParcelSpec& p : parcels)
    layer.features.push_back({p.id, {FieldValue(p.id), FieldValue(p.priceUsd)}, pixelRect(p.c0, 0, p.c1, 110)});
  writeVectorLayer(path.toStdString(), layer);
}

// The same parcels named by text ids as registers write them, ids[i] for parcels[i].
void writeTextParcels(const QString& path, const std::vector<ParcelSpec>& parcels, const std::vector<std::string>& ids) {
  VectorLayer layer;
  layer.layerName = "parcels";
  layer.crs = Crs::fromEpsg(kEqualArea);
  layer.fields = {{"parcel_id", FieldType::String}, {"price_usd", FieldType::Real}};
  for (std::size_t i = 0; i < parcels.size(); ++i)
    layer.features.push_back({parcels[i].id, {FieldValue(ids[i]), FieldValue(parcels[i].priceUsd)}, pixelRect(parcels[i].c0, 0, parcels[i].c1, 110)});
  writeVectorLayer(path.toStdString(), layer);
}

void writeBasin(const QString& path) {
  VectorLayer layer;
  layer.layerName = "basins";
  layer.crs = Crs::fromEpsg(kEqualArea);
  layer.features.push_back({1, {}, pixelRect(-10, -10, 1000, 1000)});
  writeVectorLayer(path.toStdString(), layer);
}

QStringList csvLines(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonObject json(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

QList<qint64> ids(const QJsonObject& summary) {
  QList<qint64> out;
  for (const QJsonValue& v : summary.value(QStringLiteral("selected_ids")).toArray()) out.push_back(v.toInteger());
  return out;
}

}  // namespace

class TestRankCli : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;
  QString forestAbc_, forestAbcLost_, reserveOverA_, basins_, parcelsAbc_, forestPair_, parcelsPair_;
  int counter_ = 0;
  QString path(const QString& ext) { return tmp_.filePath(QStringLiteral("f%1.%2").arg(counter_++).arg(ext)); }

  // rank on the A/B/C layers with `extra` options; returns the exit code, fills the summary.
  int rankAbc(const QStringList& extra, QJsonObject* summary = nullptr, QString* order = nullptr, QString* err = nullptr) {
    const QString out = path(QStringLiteral("csv")), sum = path(QStringLiteral("json"));
    const auto r = runCli(QStringList{QStringLiteral("rank"), QStringLiteral("--forest"), forestAbc_, QStringLiteral("--basins"), basins_,
                                      QStringLiteral("--parcels"), parcelsAbc_, QStringLiteral("--out"), out,
                                      QStringLiteral("--summary"), sum} +
                          extra);
    if (summary) *summary = json(sum);
    if (order) *order = out;
    if (err) *err = r.err;
    if (r.exitCode != 0) qWarning("%s", qPrintable(r.err));
    return r.exitCode;
  }

 private slots:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    gdal::ensureRegistered();
    // A/B/C: forest blocks 100 rows high, 10 non-forest columns apart, so no two join. A: columns
    // [0, 130) = 130 km² → 130 / 41.44 = 3.14 → 3 leopards; B: [140, 230) and C: [240, 330), 90 km²
    // → 2.17 → 2 each. Parcels A [0, 135) 60 USD, B [135, 235) 50 USD, C [235, 360) 50 USD.
    forestAbc_ = tmp_.filePath(QStringLiteral("abc.tif"));
    writeRaster(forestAbc_, 360, 110, [](int c, int r) {
      return r < 100 && ((c < 130) || (c >= 140 && c < 230) || (c >= 240 && c < 330)) ? 100 : 0;
    });
    // The same after B's forest was cleared.
    forestAbcLost_ = tmp_.filePath(QStringLiteral("abc_lost.tif"));
    writeRaster(forestAbcLost_, 360, 110, [](int c, int r) { return r < 100 && ((c < 130) || (c >= 240 && c < 330)) ? 100 : 0; });
    // A reserve over A's forest and a little more (columns [0, 132)).
    reserveOverA_ = tmp_.filePath(QStringLiteral("reserve.gpkg"));
    {
      VectorLayer reserve;
      reserve.layerName = "reserve";
      reserve.crs = Crs::fromEpsg(kEqualArea);
      reserve.features.push_back({1, {}, pixelRect(0, 0, 132, 110)});
      writeVectorLayer(reserveOverA_.toStdString(), reserve);
    }
    basins_ = tmp_.filePath(QStringLiteral("basins.gpkg"));
    writeBasin(basins_);
    parcelsAbc_ = tmp_.filePath(QStringLiteral("abc.gpkg"));
    writeParcels(parcelsAbc_, {{1, 0, 135, 60}, {2, 135, 235, 50}, {3, 235, 360, 50}});
    // The pair: 60 columns of forest split by the parcel line at column 30: 30 km² each, 0.72 → 0
    // alone, 60 km² → 1.45 → 1 together.
    forestPair_ = tmp_.filePath(QStringLiteral("pair.tif"));
    writeRaster(forestPair_, 80, 110, [](int c, int r) { return r < 100 && c < 60 ? 100 : 0; });
    parcelsPair_ = tmp_.filePath(QStringLiteral("pair.gpkg"));
    writeParcels(parcelsPair_, {{10, 0, 30, 10}, {11, 30, 80, 10}});
  }

  // Budget 100: greedy by ratio buys A (3 for 60) first and then nothing fits; the optimum is B + C.
  void optimumBeatsGreedy() {
    QJsonObject s;
    QString order;
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QStringLiteral("100")}, &s, &order), 0);
    QCOMPARE(ids(s), (QList<qint64>{2, 3}));
    QCOMPARE(s.value(QStringLiteral("leopards")).toInt(), 4);
    QCOMPARE(s.value(QStringLiteral("cost")).toDouble(), 100.0);
    QVERIFY(qAbs(s.value(QStringLiteral("leopards_fractional")).toDouble() - 180.0 / 41.439809765376) < 1e-6);
    QCOMPARE(s.value(QStringLiteral("optimality_gap")).toDouble(-1), 0.0);  // 3 parcels: enumerated
    // The bound: most equivalents per dollar first, A (3.137 for 60) and 40/50 of B (2.172):
    // 4.87 → 4, met by B + C.
    QCOMPARE(s.value(QStringLiteral("leopards_upper_bound")).toInt(), 4);
    QVERIFY(s.contains(QStringLiteral("boundary_km")));
    // B + C: 100 + 125 columns by 110 rows: 2 × (22.5 + 11) km.
    QVERIFY(qAbs(s.value(QStringLiteral("boundary_km")).toDouble() - 67.0) < 1e-6);
    QVERIFY(qAbs(s.value(QStringLiteral("area_km2")).toDouble() - 247.5) < 1e-6);
    const QStringList lines = csvLines(order);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("rank,id,cost,gain_leopards,gain_fractional,cumulative_cost,cumulative_leopards,selected,"
                                      "leopards_alone,leopards_alone_fractional,leopards_with_reserve,added_leopards,"
                                      "added_leopards_fractional,added_leopards_min,added_leopards_max,added_per_musd,reserve_cost_km,reachable"));
    QVERIFY2(lines[1].startsWith(QStringLiteral("1,1,60.00,3,3.137080,60.00,3,0")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("2,2,50.00,2,2.171825,110.00,5,1")), qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("3,3,50.00,2,2.171825,160.00,7,1")), qPrintable(lines[3]));
  }

  void pairHoldsOneTogether() {
    const QString out = path(QStringLiteral("csv")), sum = path(QStringLiteral("json"));
    auto rank = [&](const QString& budget) {
      return runCli({QStringLiteral("rank"), QStringLiteral("--forest"), forestPair_, QStringLiteral("--basins"), basins_,
                     QStringLiteral("--parcels"), parcelsPair_, QStringLiteral("--budget"), budget, QStringLiteral("--out"), out,
                     QStringLiteral("--summary"), sum})
          .exitCode;
    };
    QCOMPARE(rank(QStringLiteral("20")), 0);
    QCOMPARE(ids(json(sum)), (QList<qint64>{10, 11}));
    QCOMPARE(json(sum).value(QStringLiteral("leopards")).toInt(), 1);
    // Bought as a pair: the second row carries the pair's leopard.
    const QStringList lines = csvLines(out);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[1].section(QLatin1Char(','), 3, 3) == QLatin1String("0"), qPrintable(lines[1]));
    QVERIFY2(lines[2].section(QLatin1Char(','), 3, 3) == QLatin1String("1"), qPrintable(lines[2]));
    QCOMPARE(lines[2].section(QLatin1Char(','), 6, 6), QStringLiteral("1"));
    // One parcel only: no whole leopard.
    QCOMPARE(rank(QStringLiteral("10")), 0);
    QCOMPARE(json(sum).value(QStringLiteral("leopards")).toInt(), 0);
    QCOMPARE(ids(json(sum)).size(), 1);
  }

  // A reserve over A's forest: A adds nothing on top of it (its pixels must not count twice), so
  // with 60 USD the best buy is B or C: 3 + 2 = 5 leopards.
  void parcelInsideTheReserveAddsNothing() {
    QJsonObject s;
    QString order;
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QStringLiteral("60"), QStringLiteral("--reserve"), reserveOverA_}, &s, &order), 0);
    QCOMPARE(s.value(QStringLiteral("reserve_leopards")).toInt(), 3);
    QCOMPARE(s.value(QStringLiteral("leopards")).toInt(), 5);
    QVERIFY(!ids(s).contains(1));
    QCOMPARE(ids(s).size(), 1);
    for (const QString& line : csvLines(order).mid(1))
      if (line.section(QLatin1Char(','), 1, 1) == QLatin1String("1")) QCOMPARE(line.section(QLatin1Char(','), 3, 4), QStringLiteral("0,0.000000"));
  }

  // Alone and with the reserve (issue 17): a reserve over the pair's first 30 columns (30 km², 0.72 →
  // no leopard) and parcel 11 beside it (30 km² of forest, 0.72 → none alone) join into one 60 km²
  // patch, 1.45 → 1: parcel 11 adds a leopard though alone it holds none. At 120 sq mi (310.8 km²)
  // neither holds one, so it adds 0 to 1. Parcel 10 lies under the reserve and adds nothing.
  void parcelJoinsAReservePatch() {
    const QString reserve = tmp_.filePath(QStringLiteral("reserve_pair.gpkg"));
    VectorLayer layer;
    layer.layerName = "reserve";
    layer.crs = Crs::fromEpsg(kEqualArea);
    layer.features.push_back({1, {}, pixelRect(0, 0, 30, 110)});
    writeVectorLayer(reserve.toStdString(), layer);
    const QString out = path(QStringLiteral("csv")), sum = path(QStringLiteral("json"));
    const auto r = runCli({QStringLiteral("rank"), QStringLiteral("--forest"), forestPair_, QStringLiteral("--basins"), basins_,
                           QStringLiteral("--parcels"), parcelsPair_, QStringLiteral("--reserve"), reserve, QStringLiteral("--budget"),
                           QStringLiteral("10"), QStringLiteral("--out"), out, QStringLiteral("--summary"), sum});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(sum).value(QStringLiteral("reserve_leopards")).toInt(), 0);
    QCOMPARE(json(sum).value(QStringLiteral("leopards")).toInt(), 1);
    const QStringList lines = csvLines(out);
    QCOMPARE(lines.size(), 3);
    QMap<QString, QString> figures;  // id → the columns from leopards_alone on
    for (const QString& line : lines.mid(1)) figures[line.section(QLatin1Char(','), 1, 1)] = line.section(QLatin1Char(','), 8);
    // 30 / 41.439809765 = 0.7239415, 0.723942 at six decimals (the pixels' areas on the ellipsoid are
    // a hair over 0.01 km²); 1 leopard for 10 USD = 100,000 per million.
    QCOMPARE(figures.value(QStringLiteral("11")), QStringLiteral("0,0.723942,1,1,0.723942,0,1,100000.000000,,1"));
    QCOMPARE(figures.value(QStringLiteral("10")), QStringLiteral("0,0.000000,0,0,0.000000,0,0,0.000000,,1"));
  }

  // Reach (the value of connecting): a reserve over A's forest up to column 125.7; 100 m corridor
  // cells, resistance 1 in forest and 10 in the open, a step costing the mean of its two cells times
  // 0.1 km. A's first cell outside (126) costs 0.1; B's first (135): 4 forest steps 0.4, one edge step
  // 0.55, five open steps 5 → 5.95; C's first (235): 5.95 + 4 + 0.55 + 89 × 0.1 + 0.55 + 5 = 24.95.
  // Within 10 km C adds nothing, so 100 USD buys B (2) rather than B + C, 3 + 2 = 5 leopards.
  void reachLimitsTheParcels() {
    const QString reserve = tmp_.filePath(QStringLiteral("reserve_reach.gpkg"));
    VectorLayer layer;
    layer.layerName = "reserve";
    layer.crs = Crs::fromEpsg(kEqualArea);
    layer.features.push_back({1, {}, pixelRect(0, 0, 125.7, 110)});
    writeVectorLayer(reserve.toStdString(), layer);
    const QStringList reach{QStringLiteral("--reserve"), reserve, QStringLiteral("--budget"), QStringLiteral("100"),
                            QStringLiteral("--corridor-cell"), QStringLiteral("100")};
    QJsonObject s;
    QString order;
    QCOMPARE(rankAbc(reach.mid(0, 4), &s, &order), 0);
    QCOMPARE(ids(s), (QList<qint64>{2, 3}));  // unlimited: B + C
    QCOMPARE(s.value(QStringLiteral("leopards")).toInt(), 7);
    QVERIFY(s.value(QStringLiteral("reach_km")).isNull());
    QCOMPARE(rankAbc(reach + QStringList{QStringLiteral("--reach-km"), QStringLiteral("10")}, &s, &order), 0);
    QCOMPARE(s.value(QStringLiteral("reserve_leopards")).toInt(), 3);
    QCOMPARE(ids(s), (QList<qint64>{2}));
    QCOMPARE(s.value(QStringLiteral("leopards")).toInt(), 5);
    QCOMPARE(s.value(QStringLiteral("reach_km")).toDouble(), 10.0);
    QCOMPARE(s.value(QStringLiteral("unreachable_parcels")).toInt(), 1);
    QMap<QString, QString> tail;  // id → reserve_cost_km,reachable
    for (const QString& line : csvLines(order).mid(1)) tail[line.section(QLatin1Char(','), 1, 1)] = line.section(QLatin1Char(','), 16);
    QCOMPARE(tail.value(QStringLiteral("1")), QStringLiteral("0.100,1"));
    QCOMPARE(tail.value(QStringLiteral("2")), QStringLiteral("5.950,1"));
    QCOMPARE(tail.value(QStringLiteral("3")), QStringLiteral("24.950,0"));
    // At 30 km all three are within reach: B + C again.
    QCOMPARE(rankAbc(reach + QStringList{QStringLiteral("--reach-km"), QStringLiteral("30")}, &s), 0);
    QCOMPARE(ids(s), (QList<qint64>{2, 3}));
    QCOMPARE(s.value(QStringLiteral("unreachable_parcels")).toInt(), 0);
    // Mistakes: no reserve, a grid option without the limit, a limit that is not a number.
    QString err;
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QStringLiteral("100"), QStringLiteral("--reach-km"), QStringLiteral("10"),
                      QStringLiteral("--corridor-cell"), QStringLiteral("100")}, nullptr, nullptr, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("needs the existing reserve")), qPrintable(err));
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QStringLiteral("100"), QStringLiteral("--corridor-cell"), QStringLiteral("100")}, nullptr,
                     nullptr, &err), 2);
    QVERIFY2(err.contains(QStringLiteral("--corridor-cell needs --reach-km")), qPrintable(err));
    QCOMPARE(rankAbc(reach + QStringList{QStringLiteral("--reach-km"), QStringLiteral("far")}, nullptr, nullptr, &err), 2);
  }

  // The boundary weight reaches the optimum: at 1 leopard per km every selection's perimeter (B
  // alone: 2 × (10 + 11) = 42 km) outweighs its leopards, so nothing is bought; at 0.01 all three
  // are (7 − 0.94 beats any pair).
  void boundaryWeight() {
    QJsonObject s;
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QStringLiteral("1000"), QStringLiteral("--blm"), QStringLiteral("1")}, &s), 0);
    QVERIFY(ids(s).isEmpty());
    QCOMPARE(s.value(QStringLiteral("leopards")).toInt(), 0);
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QStringLiteral("1000"), QStringLiteral("--blm"), QStringLiteral("0.01")}, &s), 0);
    QCOMPARE(ids(s), (QList<qint64>{1, 2, 3}));
    QVERIFY(qAbs(s.value(QStringLiteral("boundary_km")).toDouble() - 94.0) < 1e-6);
  }

  void locks() {
    QJsonObject s;
    // A locked in: B or C no longer fit beside it.
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QStringLiteral("100"), QStringLiteral("--lock-in"), QStringLiteral("1")}, &s), 0);
    QCOMPARE(ids(s), (QList<qint64>{1}));
    QCOMPARE(s.value(QStringLiteral("leopards")).toInt(), 3);
    // B locked out: A (3) beats C (2); A + C costs 110.
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QStringLiteral("100"), QStringLiteral("--lock-out"), QStringLiteral("2")}, &s), 0);
    QCOMPARE(ids(s), (QList<qint64>{1}));
    // A and C locked in: 110 is more than the budget.
    QString err;
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QStringLiteral("100"), QStringLiteral("--lock-in"), QStringLiteral("1,3")}, nullptr,
                     nullptr, &err),
             1);
    QVERIFY2(err.contains(parcelsAbc_) && err.contains(QStringLiteral("110")), qPrintable(err));
    // An id the parcels do not have: bad data, naming the parcel file.
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QStringLiteral("100"), QStringLiteral("--lock-out"), QStringLiteral("99")}, nullptr,
                     nullptr, &err),
             1);
    QVERIFY2(err.contains(parcelsAbc_) && err.contains(QStringLiteral("99")), qPrintable(err));
  }

  void budgetNeverExceeded_data() {
    QTest::addColumn<double>("budget");
    QTest::addColumn<int>("leopards");
    QTest::newRow("0") << 0.0 << 0;
    QTest::newRow("49.99") << 49.99 << 0;
    QTest::newRow("60") << 60.0 << 3;
    QTest::newRow("109.99") << 109.99 << 4;
    QTest::newRow("110") << 110.0 << 5;
    QTest::newRow("1000") << 1000.0 << 7;
  }
  void budgetNeverExceeded() {
    QFETCH(double, budget);
    QFETCH(int, leopards);
    QJsonObject s;
    QString order;
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QString::number(budget, 'f', 2)}, &s, &order), 0);
    QVERIFY(s.value(QStringLiteral("cost")).toDouble() <= budget);
    QCOMPARE(s.value(QStringLiteral("leopards")).toInt(), leopards);
    QVERIFY(s.value(QStringLiteral("leopards_upper_bound")).toInt() >= leopards);
    double selectedCost = 0;
    for (const QString& line : csvLines(order).mid(1))
      if (line.section(QLatin1Char(','), 7, 7) == QLatin1String("1")) selectedCost += line.section(QLatin1Char(','), 2, 2).toDouble();
    QCOMPARE(selectedCost, s.value(QStringLiteral("cost")).toDouble());
  }

  void sameOutputTwice() {
    QString first, second;
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QStringLiteral("100")}, nullptr, &first), 0);
    QCOMPARE(rankAbc({QStringLiteral("--budget"), QStringLiteral("100")}, nullptr, &second), 0);
    QFile a(first), b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
  }

  // Issue #7: the ranking recomputes on the chosen forest version.
  void projectForestVersions() {
    project::Project p;
    p.crs = Crs::fromEpsg(kEqualArea);
    auto layer = [](project::LayerRole role, const char* name, const QString& file) {
      project::LayerRef l;
      l.role = role;
      l.name = name;
      l.path = file.toStdString();
      return l;
    };
    p.layers = {layer(project::LayerRole::Forest, "forest", forestAbc_), layer(project::LayerRole::Basins, "basins", basins_),
                layer(project::LayerRole::Parcels, "parcels", parcelsAbc_)};
    project::ForestVersion v1;
    v1.id = 1;
    v1.date = "2026-07-01";
    v1.path = forestAbcLost_.toStdString();
    v1.method = "canopy";
    p.forestVersions = {v1};
    p.activeForestVersion = 1;
    const QString hplan = tmp_.filePath(QStringLiteral("t.hplan"));
    project::saveProject(p, hplan.toStdString());
    const QString sum = path(QStringLiteral("json")), out = path(QStringLiteral("csv"));
    auto rank = [&](const QStringList& version) {
      return runCli(QStringList{QStringLiteral("rank"), QStringLiteral("--project"), hplan, QStringLiteral("--budget"), QStringLiteral("100"),
                                QStringLiteral("--out"), out, QStringLiteral("--summary"), sum} +
                    version)
          .exitCode;
    };
    QCOMPARE(rank({QStringLiteral("--forest-version"), QStringLiteral("0")}), 0);
    QCOMPARE(ids(json(sum)), (QList<qint64>{2, 3}));
    QCOMPARE(json(sum).value(QStringLiteral("leopards")).toInt(), 4);
    // B's forest is gone in version 1: A alone (3) beats C alone (2).
    QCOMPARE(rank({QStringLiteral("--forest-version"), QStringLiteral("latest")}), 0);
    QCOMPARE(ids(json(sum)), (QList<qint64>{1}));
    QCOMPARE(json(sum).value(QStringLiteral("leopards")).toInt(), 3);
    QCOMPARE(rank({}), 0);  // the active version
    QCOMPARE(ids(json(sum)), (QList<qint64>{1}));
  }

  // Register numbers as ids: the same optimum as numbered A/B/C (B + C), ids as written in the
  // order, the summary and the locks; an id holding a comma is quoted in the CSV and on the command line.
  void textIds() {
    const std::vector<std::string> ids = {"25:34:010101:12", "Б-7, участок 2", "A\"17"};
    const QString parcels = path(QStringLiteral("gpkg"));
    writeTextParcels(parcels, {{1, 0, 135, 60}, {2, 135, 235, 50}, {3, 235, 360, 50}}, ids);
    auto rank = [&](const QStringList& extra, QJsonObject& summary, QStringList& lines, QString& err) {
      const QString out = path(QStringLiteral("csv")), sum = path(QStringLiteral("json"));
      const auto r = runCli(QStringList{QStringLiteral("rank"), QStringLiteral("--forest"), forestAbc_, QStringLiteral("--basins"), basins_,
                                        QStringLiteral("--parcels"), parcels, QStringLiteral("--budget"), QStringLiteral("100"),
                                        QStringLiteral("--out"), out, QStringLiteral("--summary"), sum} +
                            extra);
      summary = json(sum);
      lines = csvLines(out);
      err = r.err;
      return r.exitCode;
    };
    QJsonObject s;
    QStringList lines;
    QString err;
    QCOMPARE(rank({}, s, lines, err), 0);
    QCOMPARE(s.value(QStringLiteral("selected_ids")).toArray(),
             (QJsonArray{QString::fromStdString(ids[2]), QString::fromStdString(ids[1])}));  // ascending: ASCII first
    QCOMPARE(s.value(QStringLiteral("leopards")).toInt(), 4);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[1].startsWith(QStringLiteral("1,25:34:010101:12,60.00,3,")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("2,\"Б-7, участок 2\",50.00,2,")), qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("3,\"A\"\"17\",50.00,2,")), qPrintable(lines[3]));
    // Locked in by its text (quoted: it holds a comma) and by a second --lock-in: A and B, 110 > 100.
    QCOMPARE(rank({QStringLiteral("--lock-in"), QStringLiteral("25:34:010101:12")}, s, lines, err), 0);
    QCOMPARE(s.value(QStringLiteral("selected_ids")).toArray(), (QJsonArray{QStringLiteral("25:34:010101:12")}));
    QCOMPARE(rank({QStringLiteral("--lock-out"), QStringLiteral("\"Б-7, участок 2\"")}, s, lines, err), 0);
    QCOMPARE(s.value(QStringLiteral("selected_ids")).toArray(), (QJsonArray{QStringLiteral("25:34:010101:12")}));
    QCOMPARE(rank({QStringLiteral("--lock-in"), QStringLiteral("25:34:010101:12"), QStringLiteral("--lock-in"), QStringLiteral("\"Б-7, участок 2\"")},
                  s, lines, err),
             1);
    QVERIFY2(err.contains(QStringLiteral("110")), qPrintable(err));
    // Unquoted, the comma splits it into two ids that no parcel has.
    QCOMPARE(rank({QStringLiteral("--lock-out"), QStringLiteral("Б-7, участок 2")}, s, lines, err), 1);
    QVERIFY2(err.contains(QStringLiteral("'Б-7'")) && err.contains(parcels), qPrintable(err));
    QCOMPARE(rank({QStringLiteral("--lock-out"), QStringLiteral("\"unclosed")}, s, lines, err), 2);
  }

  // A repeated or an empty id is one line naming the file, the id and the features.
  void repeatedAndEmptyIds_data() {
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("expected");
    QTest::newRow("repeated") << QStringList{QStringLiteral("X-1"), QStringLiteral("X-2"), QStringLiteral("X-1")}
                              << QStringLiteral("parcel_id 'X-1' is used twice (features 1 and 3)");
    QTest::newRow("repeated after trimming") << QStringList{QStringLiteral("X-1"), QStringLiteral(" X-1 "), QStringLiteral("X-3")}
                                             << QStringLiteral("parcel_id 'X-1' is used twice (features 1 and 2)");
    QTest::newRow("empty") << QStringList{QStringLiteral("X-1"), QStringLiteral("  "), QStringLiteral("X-3")}
                           << QStringLiteral("feature 2: parcel_id is empty");
  }
  void repeatedAndEmptyIds() {
    QFETCH(QStringList, ids);
    QFETCH(QString, expected);
    const QString parcels = path(QStringLiteral("gpkg"));
    std::vector<std::string> text;
    for (const QString& id : ids) text.push_back(id.toStdString());
    writeTextParcels(parcels, {{1, 0, 135, 60}, {2, 135, 235, 50}, {3, 235, 360, 50}}, text);
    const auto r = runCli({QStringLiteral("rank"), QStringLiteral("--forest"), forestAbc_, QStringLiteral("--basins"), basins_,
                           QStringLiteral("--parcels"), parcels,
                           QStringLiteral("--budget"), QStringLiteral("100"), QStringLiteral("--out"), path(QStringLiteral("csv"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(parcels) && r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.count(QStringLiteral("habitat-cli rank:")) == 1, qPrintable(r.err));  // one error line (progress aside)
    const auto m = runCli({QStringLiteral("marxan-export"), QStringLiteral("--parcels"), parcels, QStringLiteral("--feature-field"),
                           QStringLiteral("price_usd"), QStringLiteral("--out"), tmp_.filePath(QStringLiteral("mx-bad"))});
    QCOMPARE(m.exitCode, 1);
    QVERIFY2(m.err.contains(parcels) && m.err.contains(expected), qPrintable(m.err));
  }

  void usageAndDataErrors() {
    const QString out = path(QStringLiteral("csv"));
    auto r = runCli({QStringLiteral("rank"), QStringLiteral("--forest"), forestAbc_, QStringLiteral("--basins"), basins_,
                     QStringLiteral("--parcels"), parcelsAbc_, QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);  // no --budget
    QVERIFY(r.err.contains(QStringLiteral("--budget")));
    r = runCli({QStringLiteral("rank"), QStringLiteral("--forest"), forestAbc_, QStringLiteral("--basins"), basins_,
                QStringLiteral("--parcels"), parcelsAbc_, QStringLiteral("--budget"), QStringLiteral("lots"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);
    const QString missing = tmp_.filePath(QStringLiteral("missing.tif"));
    r = runCli({QStringLiteral("rank"), QStringLiteral("--forest"), missing, QStringLiteral("--basins"), basins_,
                QStringLiteral("--parcels"), parcelsAbc_, QStringLiteral("--budget"), QStringLiteral("100"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));
    r = runCli({QStringLiteral("rank"), QStringLiteral("--forest"), forestAbc_, QStringLiteral("--basins"), basins_,
                QStringLiteral("--parcels"), parcelsAbc_, QStringLiteral("--cost-field"), QStringLiteral("nope"), QStringLiteral("--budget"),
                QStringLiteral("100"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(parcelsAbc_) && r.err.contains(QStringLiteral("nope")), qPrintable(r.err));
    r = runCli({QStringLiteral("rank"), QStringLiteral("--forest"), forestAbc_, QStringLiteral("--basins"), basins_,
                QStringLiteral("--parcels"), parcelsAbc_, QStringLiteral("--id-field"), QStringLiteral("plot"), QStringLiteral("--budget"),
                QStringLiteral("100"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(parcelsAbc_) && r.err.contains(QStringLiteral("plot")), qPrintable(r.err));
  }
};

QTEST_GUILESS_MAIN(TestRankCli)
#include "test_rank_cli.moc"
