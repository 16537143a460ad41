// SPDX-License-Identifier: GPL-3.0-or-later
// The capacity engine (core/capacity/CapacityEngine.h) on rasters and polygons the test writes:
// hand-computed leopards for split forests, partial pixels, nodata, basins, parcels off the raster,
// other CRSs, geographic rasters at several latitudes, rotated grids, quality rasters, threading.
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogr_geometry.h>

#include <cmath>
#include <functional>
#include <random>

#include "capacity/CapacityEngine.h"
#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "geo/Proj.h"

using namespace hp;
using namespace hp::capacity;
using model::RegionCapacity;

namespace {

// The test grid: EPSG:6933 (WGS 84 / EASE-Grid 2.0 Global, equal-area), 100 m pixels, so every
// pixel is exactly 0.01 km². Top-left corner near 124.4°E, 40.7°N.
constexpr int kEqualArea = 6933;
constexpr double kX0 = 12000000, kY0 = 5000000, kPx = 100;
const double kTMinKm2 = 41.439809765376;   // 16 sq mi

using PixelValue = std::function<double(int col, int row)>;

struct RasterSpec {
  Crs crs = Crs::fromEpsg(kEqualArea);
  std::array<double, 6> gt{kX0, kPx, 0, kY0, 0, -kPx};
  int width = 200, height = 200;
  GDALDataType type = GDT_Byte;
  std::optional<double> nodata;
  bool withCrs = true;
};

QString writeRaster(const QString& path, const RasterSpec& spec, const PixelValue& value) {
  gdal::ensureRegistered();
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
  char** opts = CSLSetNameValue(nullptr, "TILED", "YES");
  opts = CSLSetNameValue(opts, "BLOCKXSIZE", "64");
  opts = CSLSetNameValue(opts, "BLOCKYSIZE", "64");
  GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), spec.width, spec.height, 1, spec.type, opts));
  CSLDestroy(opts);
  if (!ds) qFatal("cannot create %s", qPrintable(path));
  std::array<double, 6> gt = spec.gt;
  ds->SetGeoTransform(gt.data());
  if (spec.withCrs) ds->SetSpatialRef(spec.crs.ogr());
  if (spec.nodata) ds->GetRasterBand(1)->SetNoDataValue(*spec.nodata);
  std::vector<double> v(std::size_t(spec.width) * std::size_t(spec.height));
  for (int r = 0; r < spec.height; ++r)
    for (int c = 0; c < spec.width; ++c) v[std::size_t(r) * std::size_t(spec.width) + std::size_t(c)] = value(c, r);
  if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, spec.width, spec.height, v.data(), spec.width, spec.height,
                                     GDT_Float64, 0, 0, nullptr) != CE_None)
    qFatal("cannot write %s", qPrintable(path));
  return path;
}

std::shared_ptr<const OGRGeometry> geometry(const std::string& wkt) {
  OGRGeometry* g = nullptr;
  if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g) != OGRERR_NONE) qFatal("bad WKT %s", wkt.c_str());
  return std::shared_ptr<const OGRGeometry>(g);
}

// A rectangle in CRS coordinates.
std::string rect(double x0, double y0, double x1, double y1) {
  return QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
      .arg(x0, 0, 'f', 9).arg(y0, 0, 'f', 9).arg(x1, 0, 'f', 9).arg(y1, 0, 'f', 9).toStdString();
}

// A rectangle given in pixel coordinates of the default test grid (col, row; rows grow southwards).
std::string pixelRect(double c0, double r0, double c1, double r1) {
  return rect(kX0 + c0 * kPx, kY0 - r1 * kPx, kX0 + c1 * kPx, kY0 - r0 * kPx);
}

Region region(const std::string& id, const std::vector<std::string>& wkts, const Crs& crs = Crs::fromEpsg(kEqualArea)) {
  Region r{id, crs, {}};
  for (const std::string& w : wkts) r.parts.push_back(geometry(w));
  return r;
}

VectorLayer basinLayer(const std::vector<std::string>& wkts, const Crs& crs = Crs::fromEpsg(kEqualArea)) {
  VectorLayer layer;
  layer.path = "basins";
  layer.crs = crs;
  std::int64_t fid = 1;
  for (const std::string& w : wkts) layer.features.push_back({fid++, {}, OGRGeometryUniquePtr(geometry(w)->clone())});
  return layer;
}

// One basin holding the whole test grid and more.
VectorLayer everywhereBasin() { return basinLayer({pixelRect(-1000, -1000, 1000, 1000)}); }

CapacityInputs inputsFor(const QString& forest, std::optional<VectorLayer> basins = everywhereBasin()) {
  CapacityInputs in;
  in.forestPath = forest.toStdString();
  in.basins = std::move(basins);
  return in;
}

RegionCapacity evaluateOne(const CapacityInputs& in, const Region& r, const model::ModelConfig& config = {}) {
  return evaluateRegions(in, {r}, config).at(0);
}

bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }
// Within 1e-9 relative: pixel areas of projected rasters come from PROJ's numerically
// differentiated areal scale, exact to about 1e-11.
bool exact(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

// Forest patterns of the split table: canopy % at pixel (col, row) of the 200 × 200 grid.
enum Pattern { Block, Halves, Quarters, DiagonalQuarters, Block80, Block60, Block59, Everywhere };

double patternValue(Pattern p, int c, int r) {
  const bool inBlock = c >= 50 && c < 150 && r >= 50 && r < 150;
  switch (p) {
    case Block: return inBlock ? 100 : 0;
    case Halves: return c >= 50 && c < 151 && r >= 50 && r < 150 && c != 100 ? 100 : 0;
    case Quarters: return c >= 50 && c < 151 && r >= 50 && r < 151 && c != 100 && r != 100 ? 100 : 0;
    case DiagonalQuarters: return inBlock && ((c < 100) == (r < 100)) ? 100 : 0;
    case Block80: return inBlock ? 80 : 0;
    case Block60: return inBlock ? 60 : 0;
    case Block59: return inBlock ? 59 : 0;
    case Everywhere: return 100;
  }
  return 0;
}

}  // namespace

Q_DECLARE_METATYPE(Pattern)

class TestCapacityEngine : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;
  int counter_ = 0;
  QString path(const QString& ext = QStringLiteral("tif")) { return tmp_.filePath(QStringLiteral("r%1.%2").arg(counter_++).arg(ext)); }

 private slots:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    gdal::ensureRegistered();
  }

  void splits_data() {
    QTest::addColumn<Pattern>("pattern");
    QTest::addColumn<double>("c1");  // region: pixels [50, c1) × [50, r1)
    QTest::addColumn<double>("r1");
    QTest::addColumn<double>("habitatKm2");
    QTest::addColumn<int>("patches");
    QTest::addColumn<double>("largestKm2");
    QTest::addColumn<int>("leopards");
    QTest::addColumn<double>("fractional");
    QTest::addColumn<int>("leopardsMin");
    QTest::addColumn<int>("leopardsMax");
    QTest::addColumn<double>("meanCanopy");
    // Pixels are 0.01 km²; T_min = 41.4398 km², T_max = 310.7986 km².
    // 10 km × 10 km of 100 %: 100 / 41.4398 = 2.413 → 2; min 100 / 310.80 = 0.32 → 0; max 2.
    QTest::newRow("10 km square, 100 %") << Block << 150.0 << 150.0 << 100.0 << 1 << 100.0 << 2 << 2.4131384908902866 << 0 << 2 << 100.0;
    // One non-forest column splits 101 × 100 pixels into two 50 km² halves: 50 / 41.4398 = 1.207 → 1 + 1 = 2.
    // Mean canopy over the 101 km² region: 100 × 100/101 = 99.0099 %.
    QTest::newRow("two 50 km² halves") << Halves << 151.0 << 150.0 << 100.0 << 2 << 50.0 << 2 << 2.4131384908902866 << 0 << 2 << 10000.0 / 101;
    // A non-forest row and column make four 25 km² quarters: 25 / 41.4398 = 0.603 → 0 each, 0 in all
    // (and 0 even at T_min); the fractional sum is still 4 × 0.603 = 2.413. Mean 100 × 10000/10201.
    QTest::newRow("four 25 km² quarters") << Quarters << 151.0 << 151.0 << 100.0 << 4 << 25.0 << 0 << 2.4131384908902866 << 0 << 0 << 1e6 / 10201;
    // Two 25 km² quarters touching only at a corner are one 8-connected patch of 50 km²: 1.207 → 1.
    QTest::newRow("diagonal quarters join") << DiagonalQuarters << 150.0 << 150.0 << 50.0 << 1 << 50.0 << 1 << 1.2065692454451433 << 0 << 1 << 50.0;
    // 80 %: q = (80 − 60)/40 = 0.5, T = 120 − 104 × 0.5 = 68 sq mi = 176.119 km²; 100/176.119 = 0.568 → 0.
    // The range still says up to 2 (every pixel at T_min) and at least 0.
    QTest::newRow("80 % canopy") << Block80 << 150.0 << 150.0 << 100.0 << 1 << 100.0 << 0 << 0.567797291974185 << 0 << 2 << 80.0;
    // 60 %: q = 0, T = T_max: 100 / 310.7986 = 0.322 → 0.
    QTest::newRow("60 % is habitat at T_max") << Block60 << 150.0 << 150.0 << 100.0 << 1 << 100.0 << 0 << 0.3217517987853716 << 0 << 2 << 60.0;
    // 59 % is below the threshold: no habitat at all.
    QTest::newRow("59 % is not habitat") << Block59 << 150.0 << 150.0 << 0.0 << 0 << 0.0 << 0 << 0.0 << 0 << 0 << 59.0;
    // The whole 20 km × 20 km raster: 400 / 41.4398 = 9.65 → 9; min 400 / 310.7986 = 1.29 → 1; max 9.
    // (Region pixels [50, 250) reach past the raster's 200 columns and rows: only [50, 200)² is raster.)
    QTest::newRow("150 × 150 px at 100 %") << Everywhere << 250.0 << 250.0 << 225.0 << 1 << 225.0 << 5 << 5.429561604503145 << 0 << 5 << 100.0;
  }
  void splits() {
    QFETCH(Pattern, pattern);
    QFETCH(double, c1);
    QFETCH(double, r1);
    QFETCH(double, habitatKm2);
    QFETCH(int, patches);
    QFETCH(double, largestKm2);
    QFETCH(int, leopards);
    QFETCH(double, fractional);
    QFETCH(int, leopardsMin);
    QFETCH(int, leopardsMax);
    QFETCH(double, meanCanopy);
    const QString forest = writeRaster(path(), {}, [&](int c, int r) { return patternValue(pattern, c, r); });
    const RegionCapacity got = evaluateOne(inputsFor(forest), region("p", {pixelRect(50, 50, c1, r1)}));
    QCOMPARE(got.id, std::string("p"));
    // area: (c1 − 50) × (r1 − 50) pixels of 0.01 km², on the ellipsoid
    QVERIFY2(near(got.areaKm2, (c1 - 50) * (r1 - 50) * 0.01, 1e-4 * got.areaKm2), qPrintable(QString::number(got.areaKm2, 'g', 12)));
    QVERIFY2(exact(got.habitatKm2, habitatKm2), qPrintable(QString::number(got.habitatKm2, 'g', 17)));
    QCOMPARE(got.patches, long(patches));
    QVERIFY(exact(got.largestPatchKm2, largestKm2));
    QCOMPARE(got.leopards, long(leopards));
    QVERIFY2(exact(got.leopardsFractional, fractional), qPrintable(QString::number(got.leopardsFractional, 'g', 17)));
    QCOMPARE(got.leopardsMin, long(leopardsMin));
    QCOMPARE(got.leopardsMax, long(leopardsMax));
    QVERIFY2(exact(got.meanCanopyPct, meanCanopy), qPrintable(QString::number(got.meanCanopyPct, 'g', 17)));
  }

  void partialPixels() {
    // Canopy 100 % west of column 100, 0 % east of it.
    const QString forest = writeRaster(path(), {}, [](int c, int) { return c < 100 ? 100.0 : 0.0; });
    const CapacityInputs in = inputsFor(forest);
    // Shifted half a pixel: 100 × 100 pixels' worth of area over 101 × 101 pixels, all forest → 100 km².
    const RegionCapacity shifted = evaluateOne(in, region("a", {pixelRect(0.5, 50.5, 99.5, 150.5)}));
    // cols 0.5..99.5 (99 px wide) × rows 50.5..150.5 (100 px): 99 × 100 × 0.01 = 99 km²
    QVERIFY2(exact(shifted.habitatKm2, 99.0), qPrintable(QString::number(shifted.habitatKm2, 'g', 17)));
    // 1.5 × 1 pixels: 0.015 km²
    QVERIFY(exact(evaluateOne(in, region("b", {pixelRect(10.25, 20, 11.75, 21)})).habitatKm2, 0.015));
    // Half over the last forest pixel and half over the first bare one: habitat 0.005 km², canopy
    // averaged by area (0.5 × 100 + 0.5 × 0) = 50 %.
    const RegionCapacity edge = evaluateOne(in, region("c", {pixelRect(99.5, 0, 100.5, 1)}));
    QVERIFY(exact(edge.habitatKm2, 0.005));
    QVERIFY(exact(edge.meanCanopyPct, 50.0));
    // A quarter of each of four pixels: area 0.01 km², canopy 50 %.
    const RegionCapacity corner = evaluateOne(in, region("d", {pixelRect(99.5, 9.5, 100.5, 10.5)}));
    QVERIFY(exact(corner.habitatKm2, 0.005));
    QVERIFY(exact(corner.meanCanopyPct, 50.0));
  }

  void nodata_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<double>("nodata");
    QTest::addColumn<double>("missingValue");
    QTest::newRow("Byte nodata 255") << int(GDT_Byte) << 255.0 << 255.0;
    QTest::newRow("Byte value 200 > 100 %") << int(GDT_Byte) << double(NAN) << 200.0;
    QTest::newRow("Float32 nodata -9999") << int(GDT_Float32) << -9999.0 << -9999.0;
    QTest::newRow("Float32 NaN") << int(GDT_Float32) << double(NAN) << double(NAN);
    QTest::newRow("Int16 nodata -1") << int(GDT_Int16) << -1.0 << -1.0;
  }
  void nodata() {
    QFETCH(int, type);
    QFETCH(double, nodata);
    QFETCH(double, missingValue);
    RasterSpec spec;
    spec.type = GDALDataType(type);
    if (!std::isnan(nodata)) spec.nodata = nodata;
    // In the 10 km block: west half missing, east half 100 %.
    const QString forest = writeRaster(path(), spec, [&](int c, int) { return c < 100 ? missingValue : 100.0; });
    const RegionCapacity got = evaluateOne(inputsFor(forest), region("p", {pixelRect(50, 50, 150, 150)}));
    // Habitat only in the valid east half: 50 × 100 pixels = 50 km² → 50 / 41.4398 = 1.207 → 1.
    QVERIFY(exact(got.habitatKm2, 50.0));
    QCOMPARE(got.leopards, 1L);
    // Mean canopy over valid pixels only: 100 %, not 50 %.
    QVERIFY(exact(got.meanCanopyPct, 100.0));
    QVERIFY(near(got.areaKm2, 100.0, 1e-2));
    // Only missing data: no habitat and no mean canopy.
    const RegionCapacity none = evaluateOne(inputsFor(forest), region("q", {pixelRect(0, 0, 50, 50)}));
    QCOMPARE(none.habitatKm2, 0.0);
    QVERIFY(std::isnan(none.meanCanopyPct));
  }

  void basins() {
    const QString forest = writeRaster(path(), {}, [](int c, int r) { return patternValue(Block, c, r); });
    const Region block = region("p", {pixelRect(50, 50, 150, 150)});
    // A basin covering the block's west 50.5 columns: habitat 50.5 × 100 × 0.01 = 50.5 km²,
    // 50.5 / 41.4398 = 1.219 → 1 leopard. Canopy is averaged over the whole parcel: still 100 %.
    const RegionCapacity west = evaluateOne(inputsFor(forest, basinLayer({pixelRect(-10, -10, 100.5, 300)})), block);
    QVERIFY2(exact(west.habitatKm2, 50.5), qPrintable(QString::number(west.habitatKm2, 'g', 17)));
    QCOMPARE(west.leopards, 1L);
    QVERIFY(exact(west.meanCanopyPct, 100.0));
    QVERIFY(near(west.areaKm2, 100.0, 1e-2));
    // Two basins meeting in the middle of the block: their union holds it all → 100 km², 2 leopards.
    const RegionCapacity both = evaluateOne(
        inputsFor(forest, basinLayer({pixelRect(-10, -10, 100.5, 300), pixelRect(100.5, -10, 300, 300)})), block);
    QVERIFY2(exact(both.habitatKm2, 100.0), qPrintable(QString::number(both.habitatKm2, 'g', 17)));
    QCOMPARE(both.leopards, 2L);
    QCOMPARE(both.patches, 1L);
    // A basin far away: forest but no habitat.
    const RegionCapacity away = evaluateOne(inputsFor(forest, basinLayer({pixelRect(500, 500, 600, 600)})), block);
    QCOMPARE(away.habitatKm2, 0.0);
    QCOMPARE(away.leopards, 0L);
    QVERIFY(exact(away.meanCanopyPct, 100.0));
    // A basin with a lake (hole) of 20 × 20 pixels in the block: 100 − 4 = 96 km² → 96 / 41.4398 = 2.32 → 2.
    const std::string lake = "POLYGON((" + QStringLiteral("%1 %2,%3 %2,%3 %4,%1 %4,%1 %2),(%5 %6,%7 %6,%7 %8,%5 %8,%5 %6))")
                                               .arg(kX0 - 1e4, 0, 'f', 1).arg(kY0 - 3e4, 0, 'f', 1).arg(kX0 + 3e4, 0, 'f', 1).arg(kY0 + 1e4, 0, 'f', 1)
                                               .arg(kX0 + 9000, 0, 'f', 1).arg(kY0 - 11000, 0, 'f', 1).arg(kX0 + 11000, 0, 'f', 1).arg(kY0 - 9000, 0, 'f', 1)
                                               .toStdString();
    const RegionCapacity holed = evaluateOne(inputsFor(forest, basinLayer({lake})), block);
    QVERIFY2(exact(holed.habitatKm2, 96.0), qPrintable(QString::number(holed.habitatKm2, 'g', 17)));
    QCOMPARE(holed.leopards, 2L);
    // No basin layer at all: no basin constraint.
    QVERIFY(exact(evaluateOne(inputsFor(forest, std::nullopt), block).habitatKm2, 100.0));
  }

  void parcelsOutsideTheRaster() {
    const QString forest = writeRaster(path(), {}, [](int, int) { return 100.0; });
    const std::vector<RegionCapacity> got = evaluateRegions(
        inputsFor(forest), {region("out", {pixelRect(300, 50, 400, 150)}), region("half", {pixelRect(150, 50, 250, 150)})}, {});
    // Entirely outside: a real area (10 km × 10 km = 100 km²) but no habitat, no canopy.
    QVERIFY(near(got[0].areaKm2, 100.0, 1e-2));
    QCOMPARE(got[0].habitatKm2, 0.0);
    QCOMPARE(got[0].patches, 0L);
    QVERIFY(std::isnan(got[0].meanCanopyPct));
    // Half outside: 50 × 100 pixels on the raster = 50 km², area still 100 km².
    QVERIFY(near(got[1].areaKm2, 100.0, 1e-2));
    QVERIFY(exact(got[1].habitatKm2, 50.0));
  }

  void regionAreaIsGeodesic() {
    // A 10 km square in the equal-area CRS is 100 km² on the ellipsoid (edges straight in EASE-Grid
    // are parallels and meridians; densified to 2 km the geodesic area agrees to ~1e-5).
    const QString forest = writeRaster(path(), {}, [](int, int) { return 0.0; });
    const RegionCapacity got = evaluateOne(inputsFor(forest), region("p", {pixelRect(50, 50, 150, 150)}));
    QVERIFY2(near(got.areaKm2, 100.0, 1e-3), qPrintable(QString::number(got.areaKm2, 'g', 12)));
    // The same region written in longitude/latitude: same area.
    const Crs lonLat = Crs::wgs84();
    CoordinateTransform ct(Crs::fromEpsg(kEqualArea), lonLat);
    OGRGeometryUniquePtr g(geometry(pixelRect(50, 50, 150, 150))->clone());
    g->segmentize(500);
    ct.transform(*g);
    char* wkt = nullptr;
    g->exportToWkt(&wkt);
    const RegionCapacity again = evaluateOne(inputsFor(forest), region("q", {wkt}, lonLat));
    CPLFree(wkt);
    QVERIFY2(near(again.areaKm2, 100.0, 1e-3), qPrintable(QString::number(again.areaKm2, 'g', 12)));
  }

  void planarAreaMatchesGeodesic_data() {
    QTest::addColumn<double>("sideM");
    // Up to 20 km across: planar area / areal scale at the centroid; above: geodesic. Both must agree
    // with geod_polygonarea on the densified lon/lat polygon within 2e-6 (the planar error grows as
    // size² / 12R²: 1e-6 at 20 km).
    QTest::newRow("1 km, planar") << 1000.0;
    QTest::newRow("10 km, planar") << 10000.0;
    QTest::newRow("20 km, planar") << 20000.0;
    QTest::newRow("45 km, geodesic") << 45000.0;
  }
  void planarAreaMatchesGeodesic() {
    QFETCH(double, sideM);
    // UTM 52N, a triangle-notched square 300 km west of the central meridian (scale 1.0014).
    const Crs utm = Crs::fromEpsg(32652);
    const double x0 = 200000, y0 = 4700000;
    const std::string wkt = QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%5 %6,%1 %4,%1 %2))")
                                .arg(x0, 0, 'f', 3).arg(y0, 0, 'f', 3).arg(x0 + sideM, 0, 'f', 3).arg(y0 + sideM, 0, 'f', 3)
                                .arg(x0 + sideM / 2, 0, 'f', 3).arg(y0 + sideM / 3, 0, 'f', 3).toStdString();
    const QString forest = writeRaster(path(), {}, [](int, int) { return 0.0; });
    const RegionCapacity got = evaluateOne(inputsFor(forest, std::nullopt), region("p", {wkt}, utm));
    OGRGeometryUniquePtr g(geometry(wkt)->clone());
    g->segmentize(sideM / 200);
    CoordinateTransform(utm, Crs::wgs84()).transform(*g);
    const double geodesicKm2 = geodesicAreaM2(*g, ellipsoidOf(utm)) / 1e6;
    QVERIFY2(near(got.areaKm2, geodesicKm2, 2e-6 * geodesicKm2),
             qPrintable(QString("%1 vs %2").arg(got.areaKm2, 0, 'g', 12).arg(geodesicKm2, 0, 'g', 12)));
    // And the map's own area is off by the scale factor, k² ≥ 1.0007 all over (≥ 255 km west of the
    // central meridian): nominal = square − notch (½ · side · ⅔ side) = ⅔ side².
    const double nominalKm2 = (sideM * sideM - sideM * sideM / 3) / 1e6;
    QVERIFY2(got.areaKm2 < nominalKm2 / 1.0007, qPrintable(QString::number(got.areaKm2 / nominalKm2, 'g', 8)));
  }

  void parcelsInAnotherCrs() {
    const QString forest = writeRaster(path(), {}, [](int c, int r) { return patternValue(Block, c, r); });
    // The block's corners in WGS84: EASE-Grid is cylindrical, so the square's sides are meridians
    // and parallels and the lon/lat rectangle is the same 100 km² of forest → 2 leopards.
    CoordinateTransform toLonLat(Crs::fromEpsg(kEqualArea), Crs::wgs84());
    double x0 = kX0 + 50 * kPx, y0 = kY0 - 150 * kPx, x1 = kX0 + 150 * kPx, y1 = kY0 - 50 * kPx;
    QVERIFY(toLonLat.transform(x0, y0));
    QVERIFY(toLonLat.transform(x1, y1));
    const RegionCapacity got = evaluateOne(inputsFor(forest), region("ll", {rect(x0, y0, x1, y1)}, Crs::wgs84()));
    QVERIFY2(near(got.habitatKm2, 100.0, 1e-5), qPrintable(QString::number(got.habitatKm2, 'g', 17)));
    QCOMPARE(got.leopards, 2L);
    QCOMPARE(got.patches, 1L);

    // A UTM 52N square over forest everywhere: habitat is the parcel's true area, whatever the CRSs.
    const QString everywhere = writeRaster(path(), {}, [](int, int) { return 100.0; });
    double cx = kX0 + 100 * kPx, cy = kY0 - 100 * kPx;
    QVERIFY(toLonLat.transform(cx, cy));
    CoordinateTransform toUtm(Crs::wgs84(), Crs::fromEpsg(32651));
    QVERIFY(toUtm.transform(cx, cy));
    const RegionCapacity utm =
        evaluateOne(inputsFor(everywhere), region("utm", {rect(cx - 4000, cy - 4000, cx + 4000, cy + 4000)}, Crs::fromEpsg(32651)));
    QVERIFY2(near(utm.habitatKm2, utm.areaKm2, 1e-4 * utm.areaKm2),
             qPrintable(QString("%1 vs %2").arg(utm.habitatKm2, 0, 'g', 12).arg(utm.areaKm2, 0, 'g', 12)));
    QVERIFY(near(utm.areaKm2, 64.0, 0.2));  // 8 km × 8 km, UTM scale within 0.3 %

    // Basins in yet another CRS (lon/lat), holding the west half of the block in EASE-Grid terms.
    double bx = kX0 + 100 * kPx, by = kY0 + 1000;
    double bx0 = kX0 - 5000, by0 = kY0 - 30000;
    QVERIFY(toLonLat.transform(bx, by));
    QVERIFY(toLonLat.transform(bx0, by0));
    const RegionCapacity westOnly =
        evaluateOne(inputsFor(forest, basinLayer({rect(bx0, by0, bx, by)}, Crs::wgs84())), region("p", {pixelRect(50, 50, 150, 150)}));
    QVERIFY2(near(westOnly.habitatKm2, 50.0, 1e-6), qPrintable(QString::number(westOnly.habitatKm2, 'g', 17)));
  }

  void geographicRasterMatchesEqualArea_data() {
    QTest::addColumn<double>("latitude");
    QTest::newRow("equator") << 0.0;
    QTest::newRow("43°N (Primorsky)") << 43.0;
    QTest::newRow("60°N") << 60.0;
  }
  void geographicRasterMatchesEqualArea() {
    QFETCH(double, latitude);
    // Forest everywhere; the region is 0.2° × 0.2° of lon/lat starting at (130.05°E, latitude + 0.05°).
    const double lon0 = 130.0, lat0 = latitude;
    const std::string parcel = rect(lon0 + 0.05, lat0 + 0.05, lon0 + 0.25, lat0 + 0.25);
    const Region r = region("p", {parcel}, Crs::wgs84());

    // (1) In EPSG:4326, 0.001° pixels: pixel areas shrink with latitude.
    RasterSpec geo;
    geo.crs = Crs::wgs84();
    geo.gt = {lon0, 0.001, 0, lat0 + 0.3, 0, -0.001};
    geo.width = geo.height = 300;
    const RegionCapacity inDegrees = evaluateOne(inputsFor(writeRaster(path(), geo, [](int, int) { return 100.0; }), std::nullopt), r);

    // (2) The same forest in the equal-area CRS, 100 m pixels, over the region's box and a margin.
    CoordinateTransform toEase(Crs::wgs84(), Crs::fromEpsg(kEqualArea));
    Extent box = toEase.transformBounds(Extent{lon0, lat0, lon0 + 0.3, lat0 + 0.3});
    RasterSpec ease;
    ease.gt = {std::floor(box.minX / 100) * 100, 100, 0, std::ceil(box.maxY / 100) * 100, 0, -100};
    ease.width = int(std::ceil((box.maxX - ease.gt[0]) / 100)) + 1;
    ease.height = int(std::ceil((ease.gt[3] - box.minY) / 100)) + 1;
    const RegionCapacity inMetres = evaluateOne(inputsFor(writeRaster(path(), ease, [](int, int) { return 100.0; }), std::nullopt), r);

    // Same km² within 0.5 % (the bar); in fact both are exact, so ask for 0.01 %.
    QVERIFY2(near(inDegrees.habitatKm2, inMetres.habitatKm2, 1e-4 * inMetres.habitatKm2),
             qPrintable(QString("%1 vs %2 km²").arg(inDegrees.habitatKm2, 0, 'g', 12).arg(inMetres.habitatKm2, 0, 'g', 12)));
    QVERIFY(near(inDegrees.habitatKm2, inDegrees.areaKm2, 1e-4 * inDegrees.areaKm2));
    QCOMPARE(inDegrees.leopards, inMetres.leopards);
    QCOMPARE(inDegrees.leopardsMax, inMetres.leopardsMax);
    // Sanity: 0.2° of latitude is ~22.2 km; 0.2° of longitude ~22.3 km × cos(latitude).
    const double rough = 22.2 * 22.3 * std::cos((latitude + 0.15) * M_PI / 180);
    QVERIFY2(near(inDegrees.habitatKm2, rough, 0.02 * rough), qPrintable(QString::number(inDegrees.habitatKm2)));
  }

  void projectedPixelAreasUseTheScaleFactor() {
    // UTM 52N (central meridian 129°E), 300 km west of it: the map enlarges lengths by
    // k ≈ 0.9996 (1 + x²/2R²) = 0.9996 × (1 + 300²/(2 × 6371²)) = 1.000708, areas by k² = 1.00142, so a
    // nominal 10 km × 10 km of pixels is only 100 / 1.00142 = 99.86 km² on the ground.
    RasterSpec utm;
    utm.crs = Crs::fromEpsg(32652);
    utm.gt = {190000, 100, 0, 4770000, 0, -100};
    const QString forest = writeRaster(path(), utm, [](int, int) { return 100.0; });
    const RegionCapacity got =
        evaluateOne(inputsFor(forest, std::nullopt), region("p", {rect(195000, 4755000, 205000, 4765000)}, utm.crs));
    QVERIFY2(near(got.habitatKm2, got.areaKm2, 2e-5 * got.areaKm2),
             qPrintable(QString("%1 vs %2").arg(got.habitatKm2, 0, 'g', 12).arg(got.areaKm2, 0, 'g', 12)));
    QVERIFY2(near(got.habitatKm2, 99.86, 0.01), qPrintable(QString::number(got.habitatKm2, 'g', 12)));
  }

  void feetCrs() {
    // NAD83 / New York Long Island in US survey feet: 100 ft pixels, a 10 000 ft square
    // = (10 000 × 1200/3937 m)² = 9.2903 km²; the pixel areas must be converted from ft² once only.
    RasterSpec ft;
    ft.crs = Crs::fromEpsg(2263);
    ft.gt = {990000, 100, 0, 210000, 0, -100};
    const QString forest = writeRaster(path(), ft, [](int, int) { return 100.0; });
    const RegionCapacity got =
        evaluateOne(inputsFor(forest, std::nullopt), region("p", {rect(995000, 195000, 1005000, 205000)}, ft.crs));
    const double usFootM = 1200.0 / 3937.0;
    QVERIFY2(near(got.areaKm2, std::pow(10000 * usFootM / 1000, 2), 2e-3 * got.areaKm2), qPrintable(QString::number(got.areaKm2, 'g', 12)));
    QVERIFY2(near(got.habitatKm2, got.areaKm2, 2e-5 * got.areaKm2),
             qPrintable(QString("%1 vs %2").arg(got.habitatKm2, 0, 'g', 12).arg(got.areaKm2, 0, 'g', 12)));
  }

  void rotatedGrid() {
    // A raster turned by 30°: pixel (col,row) at x0 + col·100cos30 + row·100sin30, y0 + col·100sin30 − row·100cos30.
    // Pixels are still 0.01 km²; a 10 km axis-aligned square well inside holds 100 km² → 2 leopards.
    const double cs = 100 * std::cos(M_PI / 6), sn = 100 * std::sin(M_PI / 6);
    RasterSpec spec;
    spec.gt = {kX0, cs, sn, kY0, sn, -cs};
    spec.width = spec.height = 300;
    const QString forest = writeRaster(path(), spec, [](int, int) { return 100.0; });
    const double cx = kX0 + 150 * cs + 150 * sn, cy = kY0 + 150 * sn - 150 * cs;  // the centre pixel corner
    const RegionCapacity got = evaluateOne(inputsFor(forest), region("p", {rect(cx - 5000, cy - 5000, cx + 5000, cy + 5000)}));
    QVERIFY2(exact(got.habitatKm2, 100.0), qPrintable(QString::number(got.habitatKm2, 'g', 17)));
    QCOMPARE(got.leopards, 2L);
  }

  void qualityRasters_data() {
    QTest::addColumn<QString>("effect");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("otherGrid");
    QTest::addColumn<double>("fractional");
    // 10 km square of 100 % canopy: q = 1 × factor.
    // prey 0.5: q = 0.5 → T = 68 sq mi = 176.119 km² → 100 / 176.119 = 0.5678
    QTest::newRow("prey 0.5") << "prey" << 0.5 << false << 0.567797291974185;
    // disturbance 0.25: q = 1 − 0.25 = 0.75 → T = 42 sq mi = 108.7795 km² → 0.91929
    QTest::newRow("disturbance 0.25") << "disturbance" << 0.25 << false << 0.9192908536724901;
    // prey 1 changes nothing: 2.4131
    QTest::newRow("prey 1") << "prey" << 1.0 << false << 2.4131384908902866;
    // The prey raster on a coarse lon/lat grid is resampled onto the forest grid: still 0.5 everywhere.
    QTest::newRow("prey 0.5 on another grid") << "prey" << 0.5 << true << 0.567797291974185;
  }
  void qualityRasters() {
    QFETCH(QString, effect);
    QFETCH(double, value);
    QFETCH(bool, otherGrid);
    QFETCH(double, fractional);
    const QString forest = writeRaster(path(), {}, [](int c, int r) { return patternValue(Block, c, r); });
    RasterSpec spec;
    spec.type = GDT_Float32;
    if (otherGrid) {
      spec.crs = Crs::wgs84();
      spec.gt = {123.0, 0.01, 0, 45.0, 0, -0.01};  // 123..127°E, 41..45°N holds the whole forest grid (~42.7°N)
      spec.width = spec.height = 400;
    }
    model::ModelConfig config;
    config.qualityRasters.push_back({writeRaster(path(), spec, [&](int, int) { return value; }).toStdString(), 1,
                                     effect == "prey" ? model::QualityEffect::Prey : model::QualityEffect::Disturbance});
    const RegionCapacity got = evaluateOne(inputsFor(forest), region("p", {pixelRect(50, 50, 150, 150)}), config);
    QVERIFY2(near(got.leopardsFractional, fractional, 1e-6), qPrintable(QString::number(got.leopardsFractional, 'g', 17)));
    QVERIFY2(exact(got.habitatKm2, 100.0), qPrintable(QString::number(got.habitatKm2, 'g', 17)));  // quality, not habitat
    QCOMPARE(got.leopardsMax, 2L);              // the range is about territory size alone
  }

  void qualityRasterNodataLeavesQualityAlone() {
    // Prey 0.5 in the east half, nodata in the west half: west q = 1, east q = 0.5 →
    // 50 / 41.4398 + 50 / 176.1192 = 1.20657 + 0.28390 = 1.49047 → one patch → 1 leopard.
    const QString forest = writeRaster(path(), {}, [](int c, int r) { return patternValue(Block, c, r); });
    RasterSpec spec;
    spec.type = GDT_Float32;
    spec.nodata = -1;
    model::ModelConfig config;
    config.qualityRasters.push_back(
        {writeRaster(path(), spec, [](int c, int) { return c < 100 ? -1.0 : 0.5; }).toStdString(), 1, model::QualityEffect::Prey});
    const RegionCapacity got = evaluateOne(inputsFor(forest), region("p", {pixelRect(50, 50, 150, 150)}), config);
    QVERIFY2(exact(got.leopardsFractional, 50 / kTMinKm2 + 50 / 176.119191502848),
             qPrintable(QString::number(got.leopardsFractional, 'g', 17)));
    QCOMPARE(got.leopards, 1L);
  }

  void regionOfSeveralParts() {
    const QString forest = writeRaster(path(), {}, [](int c, int r) { return patternValue(Block, c, r); });
    const CapacityInputs in = inputsFor(forest);
    const std::string west = pixelRect(50, 50, 100, 150), east = pixelRect(100, 50, 150, 150);
    const std::vector<RegionCapacity> got = evaluateRegions(
        in, {region("west", {west}), region("east", {east}), region("both", {west, east}),
             region("twice", {pixelRect(50, 50, 150, 150), pixelRect(50, 50, 150, 150)})},
        {});
    // Each half alone: 50 km² → 1.207 → 1. Together one 100 km² patch → 2.413 → 2.
    QCOMPARE(got[0].leopards, 1L);
    QCOMPARE(got[1].leopards, 1L);
    QCOMPARE(got[2].leopards, 2L);
    QCOMPARE(got[2].patches, 1L);
    QVERIFY(near(got[2].areaKm2, 100.0, 1e-2));
    // Overlapping parts count once: 100 km², not 200.
    QVERIFY2(exact(got[3].habitatKm2, 100.0), qPrintable(QString::number(got[3].habitatKm2, 'g', 17)));
    QVERIFY(near(got[3].areaKm2, 100.0, 1e-2));
  }

  void threadsAndStripsDoNotChangeResults() {
    // A noisy canopy and a jittered grid of 36 parcels; every result identical to the last bit.
    std::mt19937 rng(7);
    std::vector<double> canopy(300 * 300);
    for (double& v : canopy) v = double(rng() % 101);
    RasterSpec spec;
    spec.width = spec.height = 300;
    spec.nodata = 255;
    const QString forest = writeRaster(path(), spec, [&](int c, int r) { return (c + r) % 97 == 0 ? 255 : canopy[std::size_t(r * 300 + c)]; });
    std::vector<Region> parcels;
    std::uniform_real_distribution<double> jitter(-8, 8);
    for (int i = 0; i < 6; ++i)
      for (int j = 0; j < 6; ++j)
        parcels.push_back(region(std::to_string(i * 6 + j),
                                 {pixelRect(i * 50 + jitter(rng), j * 50 + jitter(rng), (i + 1) * 50 + jitter(rng), (j + 1) * 50 + jitter(rng))}));
    const CapacityInputs in = inputsFor(forest, basinLayer({pixelRect(-10, -10, 180.5, 400)}));
    const model::ModelConfig config;
    const auto one = evaluateRegions(in, parcels, config, {}, {1, 0});
    const auto two = evaluateRegions(in, parcels, config, {}, {2, 0});
    const auto thin = evaluateRegions(in, parcels, config, {}, {2, 7});
    QCOMPARE(one.size(), parcels.size());
    for (std::size_t i = 0; i < one.size(); ++i)
      for (const auto* other : {&two, &thin}) {
        const RegionCapacity& a = one[i];
        const RegionCapacity& b = (*other)[i];
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.habitatKm2, b.habitatKm2);
        QCOMPARE(a.leopardsFractional, b.leopardsFractional);
        QCOMPARE(a.patches, b.patches);
        QCOMPARE(a.largestPatchKm2, b.largestPatchKm2);
        QCOMPARE(a.leopards, b.leopards);
        QCOMPARE(a.meanCanopyPct, b.meanCanopyPct);
      }
    // And the sum over the parcels that tile the middle is sane: some habitat somewhere.
    double habitat = 0;
    for (const RegionCapacity& r : one) habitat += r.habitatKm2;
    QVERIFY(habitat > 100);
  }

  void cancel() {
    const QString forest = writeRaster(path(), {}, [](int, int) { return 100.0; });
    const Progress stop = [](double fraction, const std::string&) { return fraction < 0.5; };
    try {
      evaluateRegions(inputsFor(forest), {region("p", {pixelRect(0, 0, 200, 200)})}, {}, stop, {1, 64});
      QFAIL("not cancelled");
    } catch (const Error& e) {
      QCOMPARE(int(e.code()), int(ErrorCode::Cancelled));
    }
  }

  void badInputs() {
    const Region r = region("p", {pixelRect(0, 0, 10, 10)});
    try {
      evaluateOne(inputsFor(tmp_.filePath("missing.tif")), r);
      QFAIL("no error");
    } catch (const Error& e) {
      QCOMPARE(int(e.code()), int(ErrorCode::FileNotFound));
      QVERIFY(QString::fromStdString(e.file()).endsWith("missing.tif"));
    }
    RasterSpec noCrs;
    noCrs.withCrs = false;
    const QString bare = writeRaster(path(), noCrs, [](int, int) { return 100.0; });
    try {
      evaluateOne(inputsFor(bare), r);
      QFAIL("no error");
    } catch (const Error& e) {
      QCOMPARE(int(e.code()), int(ErrorCode::MissingCrs));
      QCOMPARE(QString::fromStdString(e.file()), bare);
    }
    model::ModelConfig badModel;
    badModel.territoryMinSqMi = -1;
    QVERIFY_THROWS_EXCEPTION(Error, evaluateOne(inputsFor(bare), r, badModel));
  }
};

QTEST_APPLESS_MAIN(TestCapacityEngine)
#include "test_capacity_engine.moc"
