// SPDX-License-Identifier: GPL-3.0-or-later
// The atom builder (core/ranking/AtomBuilder.h): atoms by hand on a tiny raster, and for random
// unions of parcels the PatchUnion figures equal what the capacity engine gives for the union polygon.
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogr_geometry.h>

#include <cmath>
#include <functional>
#include <random>

#include "capacity/CapacityEngine.h"
#include "geo/GdalSupport.h"
#include "ranking/AtomBuilder.h"
#include "ranking/ParcelRanking.h"
#include "ranking/PatchUnion.h"

using namespace hp;
using namespace hp::capacity;
using hp::ranking::BuiltAtoms;
using hp::ranking::ParcelAtoms;
using hp::ranking::PatchUnion;

namespace {

// EPSG:6933 (equal-area), 100 m pixels: every pixel is exactly 0.01 km².
constexpr int kEqualArea = 6933;
constexpr double kX0 = 12000000, kY0 = 5000000, kPx = 100;
const double kTMinKm2 = 41.439809765376;  // 16 sq mi: the territory at 100 % canopy

using PixelValue = std::function<double(int col, int row)>;

QString writeRaster(const QString& path, int width, int height, GDALDataType type, const PixelValue& value,
                    std::optional<double> nodata = {}) {
  gdal::ensureRegistered();
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
  char** opts = CSLSetNameValue(nullptr, "TILED", "YES");
  opts = CSLSetNameValue(opts, "BLOCKXSIZE", "32");
  opts = CSLSetNameValue(opts, "BLOCKYSIZE", "32");
  GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), width, height, 1, type, opts));
  CSLDestroy(opts);
  if (!ds) qFatal("cannot create %s", qPrintable(path));
  double gt[6] = {kX0, kPx, 0, kY0, 0, -kPx};
  ds->SetGeoTransform(gt);
  ds->SetSpatialRef(Crs::fromEpsg(kEqualArea).ogr());
  if (nodata) ds->GetRasterBand(1)->SetNoDataValue(*nodata);
  std::vector<double> v(std::size_t(width) * std::size_t(height));
  for (int r = 0; r < height; ++r)
    for (int c = 0; c < width; ++c) v[std::size_t(r) * std::size_t(width) + std::size_t(c)] = value(c, r);
  if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, width, height, v.data(), width, height, GDT_Float64, 0, 0, nullptr) !=
      CE_None)
    qFatal("cannot write %s", qPrintable(path));
  return path;
}

std::shared_ptr<const OGRGeometry> geometry(const std::string& wkt) {
  OGRGeometry* g = nullptr;
  if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g) != OGRERR_NONE) qFatal("bad WKT %s", wkt.c_str());
  return std::shared_ptr<const OGRGeometry>(g);
}

// A rectangle given in pixel coordinates (col, row; rows grow southwards).
std::string pixelRect(double c0, double r0, double c1, double r1) {
  return QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
      .arg(kX0 + c0 * kPx, 0, 'f', 9)
      .arg(kY0 - r1 * kPx, 0, 'f', 9)
      .arg(kX0 + c1 * kPx, 0, 'f', 9)
      .arg(kY0 - r0 * kPx, 0, 'f', 9)
      .toStdString();
}

Region region(const std::string& id, const std::vector<std::string>& wkts) {
  Region r{id, Crs::fromEpsg(kEqualArea), {}};
  for (const std::string& w : wkts) r.parts.push_back(geometry(w));
  return r;
}

VectorLayer basinLayer(const std::string& wkt) {
  VectorLayer layer;
  layer.path = "basins";
  layer.crs = Crs::fromEpsg(kEqualArea);
  layer.features.push_back({1, {}, OGRGeometryUniquePtr(geometry(wkt)->clone())});
  return layer;
}

bool close(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

}  // namespace

class TestRankAtoms : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;
  int counter_ = 0;
  QString path() { return tmp_.filePath(QStringLiteral("r%1.tif").arg(counter_++)); }

 private slots:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    gdal::ensureRegistered();
  }

  // 100 % canopy in columns [0, 90) and [95, 125) of 100 rows. Parcels 0 = [0, 30), 1 = [30, 60),
  // 2 = [95, 125) and the reserve [60, 90). Each 30 km² alone holds 30 / 41.44 = 0.724 → 0; two
  // touching, 60 km² → 1.448 → 1; reserve + 1 + 0, 90 km² → 2.17 → 2. Parcel 2 is 5 columns away
  // from the reserve: it never joins. Parcel 3 covers two forest blocks 3 columns apart: two atoms.
  void handChecked() {
    const QString forest = writeRaster(path(), 160, 100, GDT_Byte, [](int c, int) {
      return (c < 90 || (c >= 95 && c < 125) || (c >= 130 && c < 140) || (c >= 143 && c < 150)) ? 100 : 0;
    });
    CapacityInputs in;
    in.forestPath = forest.toStdString();
    const std::vector<Region> parcels = {region("0", {pixelRect(0, 0, 30, 100)}), region("1", {pixelRect(30, 0, 60, 100)}),
                                         region("2", {pixelRect(95, 0, 125, 100)}), region("3", {pixelRect(130, 0, 160, 100)})};
    const BuiltAtoms built = ranking::buildParcelAtoms(in, parcels, region("reserve", {pixelRect(60, 0, 90, 100)}), {});
    const ParcelAtoms& a = built.atoms;
    QCOMPARE(a.parcelCount, 4);
    QCOMPARE(a.parcelAtoms[0].size(), std::size_t(1));
    QCOMPARE(a.parcelAtoms[1].size(), std::size_t(1));
    QCOMPARE(a.parcelAtoms[2].size(), std::size_t(1));
    QCOMPARE(a.parcelAtoms[3].size(), std::size_t(2));
    QCOMPARE(a.reserveAtoms.size(), std::size_t(1));
    QVERIFY(close(a.atoms[std::size_t(a.parcelAtoms[0][0])].areaKm2, 30.0));
    QVERIFY(close(a.atoms[std::size_t(a.parcelAtoms[0][0])].equivalents, 30.0 / kTMinKm2));
    QVERIFY(close(a.atoms[std::size_t(a.parcelAtoms[3][0])].areaKm2 + a.atoms[std::size_t(a.parcelAtoms[3][1])].areaKm2, 17.0));
    // Touching: 0–1 and 1–reserve only.
    QCOMPARE(a.touching.size(), std::size_t(2));
    QVERIFY(close(built.parcelAreaKm2[0], 30.0));
    QVERIFY(close(built.reserveAreaKm2, 30.0));

    const PatchUnion u(a);
    QCOMPARE(u.totals().leopards, 0L);  // the reserve alone
    QCOMPARE(u.evaluate({0}).leopards, 0L);
    QCOMPARE(u.evaluate({2}).leopards, 0L);
    QCOMPARE(u.evaluate({1}).leopards, 1L);      // joins the reserve: 60 km²
    QCOMPARE(u.evaluate({0, 1}).leopards, 2L);   // 90 km² → 2.17
    QCOMPARE(u.evaluate({0, 2}).leopards, 0L);
    QCOMPARE(u.evaluate({0, 1, 2}).leopards, 2L);
    QCOMPARE(u.evaluate({0, 1, 2}).patches, 2L);
    QVERIFY(close(u.evaluate({0, 1}).equivalents, 90.0 / kTMinKm2));

    // The bound on whole leopards within a budget: reserve 0.724 plus the parcels' equivalents
    // that fit, by equivalents per dollar (parcels 0–2: 0.724 for 10 each; 3: 17 km², 0.41), leaving
    // out atoms whose largest possible patch holds less than one leopard (parcels 2 and 3 alone).
    const std::vector<double> costs = {10, 10, 10, 10};
    QCOMPARE(ranking::wholeLeopardUpperBound(a, costs, 0), 0L);
    QCOMPARE(ranking::wholeLeopardUpperBound(a, costs, 10), 1L);   // 1.45
    QCOMPARE(ranking::wholeLeopardUpperBound(a, costs, 20), 2L);   // 2.17
    QCOMPARE(ranking::wholeLeopardUpperBound(a, costs, 5), 1L);    // 0.724 + half of 0.724
    // Without 0 and 1 the reserve (0.724) and parcel 3 (0.41) can never make a leopard.
    QCOMPARE(ranking::wholeLeopardUpperBound(a, costs, 20, {}, {0, 1, 2}), 0L);
    QCOMPARE(ranking::wholeLeopardUpperBound(a, costs, 20, {3}, {}), 1L);  // 0.724 + one of 0, 1: 1.45
  }

  // Random forests and parcels whose edges cut pixels: any union's atoms give the engine's figures.
  void randomUnions_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("basins");
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<bool>("prey");
    QTest::newRow("byte, no basins") << int(GDT_Byte) << false << 1u << false;
    QTest::newRow("byte, basin cuts parcels") << int(GDT_Byte) << true << 5u << false;
    QTest::newRow("float32 with nodata, basin") << int(GDT_Float32) << true << 3u << false;
    QTest::newRow("byte, prey quality raster") << int(GDT_Byte) << false << 1u << true;
  }
  void randomUnions() {
    QFETCH(int, type);
    QFETCH(bool, basins);
    QFETCH(unsigned, seed);
    QFETCH(bool, prey);
    std::mt19937 rng(seed);
    // Forest in 6-pixel cells: 85 % of the cells forest, mostly dense (95..100 %), some 55..95 (below
    // 60 is not habitat); a few nodata pixels.
    constexpr int kW = 150, kH = 150, kCell = 6;
    std::vector<double> cell(std::size_t((kW / kCell + 1) * (kH / kCell + 1)));
    std::uniform_real_distribution<double> unit(0, 1);
    for (double& v : cell) {
      const double u = unit(rng);
      v = u < 0.15 ? 0 : u < 0.35 ? 55 + 40 * unit(rng) : 95 + 5 * unit(rng);
    }
    const QString forest = writeRaster(
        path(), kW, kH, GDALDataType(type),
        [&](int c, int r) {
          if ((c * 7 + r * 13) % 97 == 0) return 255.0;  // nodata
          const double v = cell[std::size_t((r / kCell) * (kW / kCell + 1) + c / kCell)];
          return type == GDT_Byte ? std::round(v) : v;
        },
        255.0);
    CapacityInputs in;
    in.forestPath = forest.toStdString();
    if (basins) in.basins = basinLayer("POLYGON((" + std::to_string(kX0) + " " + std::to_string(kY0) + "," +
                                       std::to_string(kX0 + 150 * kPx) + " " + std::to_string(kY0) + "," +
                                       std::to_string(kX0 + 150 * kPx) + " " + std::to_string(kY0 - 90.3 * kPx) + "," +
                                       std::to_string(kX0 + 10.7 * kPx) + " " + std::to_string(kY0 - 150 * kPx) + "," +
                                       std::to_string(kX0) + " " + std::to_string(kY0) + "))");
    // 5 × 4 parcels over rows [0, 120), edges off the pixel grid; the reserve below them.
    const std::vector<double> xs = {0, 31.3, 58.6, 90.2, 121.7, 150}, ys = {0, 29.4, 61.8, 88.5, 120.25};
    std::vector<Region> parcels;
    for (std::size_t j = 0; j + 1 < ys.size(); ++j)
      for (std::size_t i = 0; i + 1 < xs.size(); ++i)
        parcels.push_back(region(std::to_string(parcels.size()), {pixelRect(xs[i], ys[j], xs[i + 1], ys[j + 1])}));
    const Region reserve = region("reserve", {pixelRect(20.5, 120.25, 100, 150)});
    EngineOptions two;
    two.threads = 2;
    // Prey density 0.85..1 varying by column: every pixel's T(q) through the quality factor.
    model::ModelConfig config;
    if (prey)
      config.qualityRasters.push_back(
          {writeRaster(path(), kW, kH, GDT_Float32, [](int c, int) { return 0.85 + 0.15 * c / double(kW); }).toStdString(), 1,
           model::QualityEffect::Prey});
    const BuiltAtoms built = ranking::buildParcelAtoms(in, parcels, reserve, config, {}, two);
    EngineOptions one;
    one.threads = 1;
    one.stripRows = 32;
    const BuiltAtoms again = ranking::buildParcelAtoms(in, parcels, reserve, config, {}, one);
    QCOMPARE(again.atoms.atoms.size(), built.atoms.atoms.size());
    QCOMPARE(again.atoms.touching, built.atoms.touching);

    const PatchUnion u(built.atoms);
    std::vector<Region> unions;
    std::vector<std::vector<std::int32_t>> selections;
    for (int k = 0; k < 24; ++k) {
      std::vector<std::int32_t> s;
      Region r = reserve;
      r.id = std::to_string(k);
      const double p = 0.2 + 0.7 * (k % 8) / 7.0;
      for (std::int32_t i = 0; i < std::int32_t(parcels.size()); ++i)
        if (unit(rng) < p) s.push_back(i), r.parts.push_back(parcels[std::size_t(i)].parts[0]);
      selections.push_back(s);
      unions.push_back(std::move(r));
    }
    const std::vector<model::RegionCapacity> truth = evaluateRegions(in, unions, config);
    long maxLeopards = 0;
    for (std::size_t k = 0; k < unions.size(); ++k) {
      const ranking::UnionTotals got = u.evaluate(selections[k]);
      const model::RegionCapacity& want = truth[k];
      QVERIFY2(close(got.habitatKm2, want.habitatKm2), qPrintable(QStringLiteral("union %1: habitat %2 vs %3").arg(k).arg(got.habitatKm2).arg(want.habitatKm2)));
      QVERIFY2(close(got.equivalents, want.leopardsFractional), qPrintable(QStringLiteral("union %1").arg(k)));
      QCOMPARE(got.leopards, want.leopards);
      QCOMPARE(got.patches, want.patches);
      QCOMPARE(got.leopardsMin, want.leopardsMin);
      QCOMPARE(got.leopardsMax, want.leopardsMax);
      maxLeopards = std::max(maxLeopards, got.leopards);
    }
    // The fixture is not trivially empty (prey below 1 raises every territory).
    QVERIFY2(maxLeopards >= (prey ? 1 : 2), qPrintable(QString::number(maxLeopards)));
    // Parcel areas as the engine reports them.
    const std::vector<model::RegionCapacity> single = evaluateRegions(in, {parcels[7]}, config);
    QVERIFY(close(built.parcelAreaKm2[7], single[0].areaKm2));
  }
};

QTEST_GUILESS_MAIN(TestRankAtoms)
#include "test_rank_atoms.moc"
