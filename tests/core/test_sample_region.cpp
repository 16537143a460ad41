// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <ogr_api.h>

#include <cmath>
#include <set>

#include "geo/Crs.h"
#include "geo/Error.h"
#include "geo/Geos.h"
#include "io/RasterSource.h"
#include "io/VectorReader.h"
#include "sample/Grid.h"
#include "sample/LandMask.h"
#include "sample/Noise.h"
#include "sample/Polyline.h"
#include "sample/Region.h"
#include "sample/SampleRegion.h"

using namespace hp;

namespace {

std::string dirPath(const QTemporaryDir& dir, const char* name) { return dir.filePath(QString::fromLatin1(name)).toStdString(); }

QByteArray fileBytes(const std::string& path) {
  QFile f(QString::fromStdString(path));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return f.readAll();
}

// A feature as comparable text: its attributes and the bytes of its geometry.
std::vector<std::string> featureDigests(const VectorLayer& layer) {
  std::vector<std::string> out;
  for (const Feature& f : layer.features) {
    std::string d;
    for (const FieldValue& v : f.attributes) d += toString(v) + "|";
    std::string wkb(std::size_t(f.geometry->WkbSize()), '\0');
    f.geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()));
    out.push_back(d + wkb);
  }
  return out;
}

double unionArea(const GeosContext& ctx, const VectorLayer& layer) {
  std::vector<GEOSGeometry*> parts;
  for (const Feature& f : layer.features) parts.push_back(toGeos(ctx, *f.geometry).release());
  GeomPtr all = adopt(ctx, GEOSGeom_createCollection_r(ctx.handle(), GEOS_GEOMETRYCOLLECTION, parts.data(), unsigned(parts.size())));
  GeomPtr u = adopt(ctx, GEOSUnaryUnion_r(ctx.handle(), all.get()));
  double area = -1;
  if (u) GEOSArea_r(ctx.handle(), u.get(), &area);
  return area;
}

double areaOf(const Feature& f) { return OGR_G_Area(OGRGeometry::ToHandle(f.geometry.get())); }

struct Pixels {
  RasterInfo info;
  std::vector<std::uint8_t> values;
  std::size_t valid = 0;
};

Pixels readPixels(const std::string& path) {
  const RasterSource source = RasterSource::open(path);
  Pixels p{source.info(), source.read<std::uint8_t>(1, {0, 0, source.info().width, source.info().height}), 0};
  for (std::uint8_t v : p.values) p.valid += v != 255;
  return p;
}

}  // namespace

class TestSampleRegion : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase();

  void gradientNoiseVanishesOnTheLattice();
  void smoothstepMatchesItsPolynomial();
  void chaikinCutsCorners();
  void burnedLineHasItsWidth();
  void specksAreRemoved();
  void regionHasWholePixels();

  void regionLiesInSouthWestPrimorye();
  void rasterIsTiledCompressedWithOverviews();
  void sameSeedSameFiles();
  void forestShareIsPlausible();
  void seaLiesInTheSouthEast();
  void basinsPartitionTheLand();
  void parcelsCoverTheLandOnce();
  void parcelAttributesArePlausible();
  void reserveIsTheProtectedParcels();
  void everyFileIsUtm52n();
  void progressRunsFromZeroToOne();
  void anotherSeedIsAnotherPlausibleRegion();
  void cancelLeavesNoFiles();
  void cliWritesTheSameRegion();

 private:
  QTemporaryDir dir_;
  sample::SamplePaths a_, b_;
  std::vector<std::pair<double, std::string>> progress_;
  Pixels pixels_;
  VectorLayer basins_, parcels_, reserve_;
  GeosContext geos_;
};

void TestSampleRegion::initTestCase() {
  QVERIFY(dir_.isValid());
  QElapsedTimer timer;
  timer.start();
  a_ = sample::writeSampleRegion(dirPath(dir_, "a"), {}, [this](double f, const std::string& stage) {
    progress_.emplace_back(f, stage);
    return true;
  });
  qInfo("sample region written in %lld ms", static_cast<long long>(timer.elapsed()));
  b_ = sample::writeSampleRegion(dirPath(dir_, "b"));
  pixels_ = readPixels(a_.forest);
  basins_ = readVectorLayer(a_.basins);
  parcels_ = readVectorLayer(a_.parcels);
  reserve_ = readVectorLayer(a_.reserve);
}

void TestSampleRegion::gradientNoiseVanishesOnTheLattice() {
  // On a lattice point every corner offset is (0,0) or a corner's weight is 0, so the noise is exactly 0.
  QCOMPARE(sample::gradientNoise(3.0, -7.0, 42u), 0.0);
  QCOMPARE(sample::gradientNoise(0.0, 0.0, 1u), 0.0);
  QVERIFY(sample::gradientNoise(3.5, -6.5, 42u) != 0.0 || sample::gradientNoise(3.25, -6.75, 42u) != 0.0);
}

void TestSampleRegion::smoothstepMatchesItsPolynomial() {
  // t = (0.5 - 0) / (2 - 0) = 0.25; t^2 (3 - 2t) = 0.0625 * 2.5 = 0.15625.
  QCOMPARE(sample::smoothstep(0, 2, 0.5), 0.15625);
  QCOMPARE(sample::smoothstep(0, 2, -1), 0.0);
  QCOMPARE(sample::smoothstep(0, 2, 3), 1.0);
  // Reversed edges: t = (1.5 - 2) / (0 - 2) = 0.25, the same 0.15625.
  QCOMPARE(sample::smoothstep(2, 0, 1.5), 0.15625);
}

void TestSampleRegion::chaikinCutsCorners() {
  // (0,0)-(10,0)-(10,10), one pass: the ends stay, the corner becomes 3/4 of the way along its first
  // segment (7.5,0) and 1/4 along the second (10,2.5).
  sample::Polyline line{{{0, 0}, {10, 0}, {10, 10}}, {1, 3, 5}};
  const sample::Polyline s = sample::smoothed(line, 1);
  QCOMPARE(int(s.points.size()), 4);
  QCOMPARE(s.points[1].x, 7.5);
  QCOMPARE(s.points[1].y, 0.0);
  QCOMPARE(s.points[2].x, 10.0);
  QCOMPARE(s.points[2].y, 2.5);
  QCOMPARE(s.points[3].y, 10.0);
  // Widths follow the same weights: 0.25*1 + 0.75*3 = 2.5 and 0.75*3 + 0.25*5 = 3.5.
  QCOMPARE(s.widthsM[1], 2.5);
  QCOMPARE(s.widthsM[2], 3.5);
}

void TestSampleRegion::burnedLineHasItsWidth() {
  // 10 x 10 cells of 10 m, north edge at y = 100. A 20 m wide line along y = 55 reaches centres within
  // 10 m: rows 3, 4, 5 (centres at 100 - 3.5*10 = 65, 55, 45), all 10 columns: 30 cells.
  sample::Grid<std::uint8_t> g(10, 10, 0, 100, 10, 0);
  sample::burnPolyline(g, {{{0, 55}, {100, 55}}, {20, 20}}, 7);
  int burned = 0;
  for (std::uint8_t v : g.cells) burned += v == 7;
  QCOMPARE(burned, 30);
  QCOMPARE(int(g.at(0, 3)), 7);
  QCOMPARE(int(g.at(9, 5)), 7);
  QCOMPARE(int(g.at(4, 2)), 0);
  QCOMPARE(int(g.at(4, 6)), 0);
}

void TestSampleRegion::specksAreRemoved() {
  // 6 x 4: land in columns 0-2 with a one-pixel lake at (1,1); sea in columns 3-5 with a one-pixel islet
  // at (4,1). With patches under 2 pixels flipped, the islet sinks and the lake fills: 3 * 4 = 12 land.
  sample::Grid<std::uint8_t> m(6, 4, 0, 0, 1, 0);
  const int rows[4][6] = {{1, 1, 1, 0, 0, 0}, {1, 0, 1, 0, 1, 0}, {1, 1, 1, 0, 0, 0}, {1, 1, 1, 0, 0, 0}};
  for (int r = 0; r < 4; ++r)
    for (int c = 0; c < 6; ++c) m.at(c, r) = std::uint8_t(rows[r][c]);
  sample::removeSpecks(m, 2);
  int land = 0;
  for (std::uint8_t v : m.cells) land += v;
  QCOMPARE(land, 12);
  QCOMPARE(int(m.at(1, 1)), 1);
  QCOMPARE(int(m.at(4, 1)), 0);
}

void TestSampleRegion::regionHasWholePixels() {
  // 90 km x 96 km: 90000 / 30 = 3000 columns, 96000 / 30 = 3200 rows.
  const sample::Region r30 = sample::sampleRegion(30);
  QCOMPARE(r30.width, 3000);
  QCOMPARE(r30.height, 3200);
  // At 45 m: 90000 / 45 = 2000 columns; 96000 / 45 = 2133.3, so 2133 rows and the south edge moves
  // up to 4821000 - 2133 * 45 = 4725015.
  const sample::Region r45 = sample::sampleRegion(45);
  QCOMPARE(r45.width, 2000);
  QCOMPARE(r45.height, 2133);
  QCOMPARE(r45.extent.minY, 4725015.0);
  QVERIFY_THROWS_EXCEPTION(Error, sample::sampleRegion(5));
}

void TestSampleRegion::regionLiesInSouthWestPrimorye() {
  const Extent e = pixels_.info.extent;
  CoordinateTransform toWgs84(pixels_.info.crs, Crs::wgs84());
  const Extent geo = toWgs84.transformBounds(e);
  QVERIFY2(geo.minX >= 130.7 && geo.maxX <= 132.0, qPrintable(QStringLiteral("lon %1..%2").arg(geo.minX).arg(geo.maxX)));
  QVERIFY2(geo.minY >= 42.6 && geo.maxY <= 43.6, qPrintable(QStringLiteral("lat %1..%2").arg(geo.minY).arg(geo.maxY)));
  // The corners, as gdaltransform gives them: SW (650000, 4725000) = 130.8303 E, 42.6629 N;
  // NE (740000, 4821000) = 131.9688 E, 43.5034 N.
  double x = e.minX, y = e.minY;
  QVERIFY(toWgs84.transform(x, y));
  QVERIFY(std::abs(x - 130.8303) < 1e-3 && std::abs(y - 42.6629) < 1e-3);
  x = e.maxX, y = e.maxY;
  QVERIFY(toWgs84.transform(x, y));
  QVERIFY(std::abs(x - 131.9688) < 1e-3 && std::abs(y - 43.5034) < 1e-3);
}

void TestSampleRegion::rasterIsTiledCompressedWithOverviews() {
  const RasterInfo& info = pixels_.info;
  QCOMPARE(info.width, 3000);
  QCOMPARE(info.height, 3200);
  QCOMPARE(info.transform.c[0], 650000.0);
  QCOMPARE(info.transform.c[1], 30.0);
  QCOMPARE(info.transform.c[3], 4821000.0);
  QCOMPARE(info.transform.c[5], -30.0);
  QCOMPARE(int(info.bands.size()), 1);
  QCOMPARE(info.bands[0].dataType, std::string("Byte"));
  QVERIFY(info.bands[0].nodata.has_value());
  QCOMPARE(*info.bands[0].nodata, 255.0);
  QCOMPARE(info.bands[0].blockWidth, 256);
  QCOMPARE(info.bands[0].blockHeight, 256);
  QCOMPARE(info.bands[0].overviewCount, 5);
  const RasterSource source = RasterSource::open(a_.forest);
  GDALRasterBand* band = source.dataset()->GetRasterBand(1);
  // Levels 2..32: 3000/2 x 3200/2 = 1500 x 1600 down to ceil(3000/32) x 3200/32 = 94 x 100.
  QCOMPARE(band->GetOverview(0)->GetXSize(), 1500);
  QCOMPARE(band->GetOverview(0)->GetYSize(), 1600);
  QCOMPARE(band->GetOverview(4)->GetXSize(), 94);
  QCOMPARE(band->GetOverview(4)->GetYSize(), 100);
  QCOMPARE(QString::fromLatin1(source.dataset()->GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE")), QStringLiteral("DEFLATE"));
  for (std::uint8_t v : pixels_.values) QVERIFY(v <= 100 || v == 255);
}

void TestSampleRegion::sameSeedSameFiles() {
  const QByteArray a = fileBytes(a_.forest);
  QVERIFY(a.size() > 100000);
  QVERIFY(a == fileBytes(b_.forest));
  for (auto member : {&sample::SamplePaths::basins, &sample::SamplePaths::parcels, &sample::SamplePaths::reserve}) {
    const auto da = featureDigests(readVectorLayer(a_.*member));
    const auto db = featureDigests(readVectorLayer(b_.*member));
    QVERIFY(!da.empty());
    QVERIFY2(da == db, (a_.*member).c_str());
  }
}

void TestSampleRegion::forestShareIsPlausible() {
  std::size_t forest = 0;
  for (std::uint8_t v : pixels_.values) forest += v >= 50 && v <= 100;
  const double share = double(forest) / double(pixels_.valid);
  qInfo("forest share %.3f of %zu land pixels", share, pixels_.valid);
  QVERIFY2(share >= 0.40 && share <= 0.80, qPrintable(QString::number(share)));
  // Villages and farmland: some land is open (under 10 % cover).
  std::size_t open = 0;
  for (std::uint8_t v : pixels_.values) open += v < 10;
  QVERIFY(double(open) / double(pixels_.valid) > 0.02);
}

void TestSampleRegion::seaLiesInTheSouthEast() {
  const int w = pixels_.info.width, h = pixels_.info.height;
  std::size_t seaNorthWest = 0, seaSouthEast = 0;
  for (int row = 0; row < h; ++row)
    for (int col = 0; col < w; ++col) {
      const bool sea = pixels_.values[std::size_t(row) * w + col] == 255;
      if (col < w / 2 && row < h / 2) seaNorthWest += sea;
      if (col >= w / 2 && row >= h / 2) seaSouthEast += sea;
    }
  QCOMPARE(seaNorthWest, std::size_t(0));
  // A quadrant holds 1500 * 1600 = 2.4 M pixels; the sea should fill a good part of the south-east one.
  QVERIFY2(seaSouthEast > 240000, qPrintable(QString::number(seaSouthEast)));
}

void TestSampleRegion::basinsPartitionTheLand() {
  QCOMPARE(basins_.layerName, std::string("basins"));
  const int idField = basins_.fieldIndex("basin_id"), nameField = basins_.fieldIndex("name");
  QVERIFY(idField >= 0 && nameField >= 0);
  const int n = int(basins_.features.size());
  QVERIFY2(n >= 8 && n <= 20, qPrintable(QString::number(n)));
  std::set<std::int64_t> ids;
  std::set<std::string> names;
  double sum = 0;
  for (const Feature& f : basins_.features) {
    QVERIFY(f.geometry->IsValid());
    ids.insert(std::get<std::int64_t>(f.attributes[idField]));
    names.insert(toString(f.attributes[nameField]));
    sum += areaOf(f);
  }
  QCOMPARE(int(ids.size()), n);
  QCOMPARE(int(names.size()), n);
  QVERIFY(!names.count(""));
  QVERIFY(basins_.warnings.empty());  // nothing had to be repaired on reading
  // Land: every valid pixel, 30 m x 30 m = 900 m^2 each.
  const double land = double(pixels_.valid) * 900.0;
  const double united = unionArea(geos_, basins_);
  QVERIFY2(std::abs(united - land) <= 0.005 * land, qPrintable(QStringLiteral("union %1 land %2").arg(united).arg(land)));
  QVERIFY2(std::abs(sum - united) <= 0.001 * united, qPrintable(QStringLiteral("sum %1 union %2").arg(sum).arg(united)));
}

void TestSampleRegion::parcelsCoverTheLandOnce() {
  QCOMPARE(parcels_.layerName, std::string("parcels"));
  const int n = int(parcels_.features.size());
  QVERIFY2(n >= 300 && n <= 1000, qPrintable(QString::number(n)));
  const Extent region = pixels_.info.extent;
  double sum = 0;
  for (const Feature& f : parcels_.features) {
    QVERIFY(f.geometry->IsValid());
    OGREnvelope env;
    f.geometry->getEnvelope(&env);
    QVERIFY(region.contains(Extent{env.MinX, env.MinY, env.MaxX, env.MaxY}));
    sum += areaOf(f);
  }
  QVERIFY(parcels_.warnings.empty());
  const double land = double(pixels_.valid) * 900.0;
  const double united = unionArea(geos_, parcels_);
  QVERIFY2(std::abs(sum - united) <= 0.001 * united, qPrintable(QStringLiteral("sum %1 union %2").arg(sum).arg(united)));
  QVERIFY2(std::abs(united - land) <= 0.005 * land, qPrintable(QStringLiteral("union %1 land %2").arg(united).arg(land)));
}

void TestSampleRegion::parcelAttributesArePlausible() {
  const int id = parcels_.fieldIndex("parcel_id"), owner = parcels_.fieldIndex("owner"),
            price = parcels_.fieldIndex("price_usd"), status = parcels_.fieldIndex("status");
  QVERIFY(id >= 0 && owner >= 0 && price >= 0 && status >= 0);
  const std::set<std::string> owners{"state", "private", "lease", "municipal", "indigenous community"};
  const std::set<std::string> statuses{"available", "protected", "under negotiation", "not for sale"};
  std::set<std::int64_t> ids;
  std::set<std::string> ownersSeen, statusesSeen;
  double totalUsd = 0, totalHa = 0;
  for (const Feature& f : parcels_.features) {
    ids.insert(std::get<std::int64_t>(f.attributes[id]));
    const std::string o = toString(f.attributes[owner]), s = toString(f.attributes[status]);
    QVERIFY2(owners.count(o), o.c_str());
    QVERIFY2(statuses.count(s), s.c_str());
    ownersSeen.insert(o);
    statusesSeen.insert(s);
    const double usd = std::get<double>(f.attributes[price]);
    QVERIFY(usd > 0);
    totalUsd += usd;
    totalHa += areaOf(f) / 1e4;
  }
  // Ids 1..N, each once.
  const int n = int(parcels_.features.size());
  QCOMPARE(int(ids.size()), n);
  QCOMPARE(*ids.begin(), std::int64_t(1));
  QCOMPARE(*ids.rbegin(), std::int64_t(n));
  QCOMPARE(ownersSeen.size(), owners.size());
  QCOMPARE(statusesSeen.size(), statuses.size());
  // Mostly forest at 50-400 USD/ha with farmland and villages dearer: the mean lies in 50-3000.
  const double usdPerHa = totalUsd / totalHa;
  qInfo("mean land price %.0f USD/ha", usdPerHa);
  QVERIFY(usdPerHa > 50 && usdPerHa < 3000);
}

void TestSampleRegion::reserveIsTheProtectedParcels() {
  QCOMPARE(reserve_.layerName, std::string("reserve"));
  QCOMPARE(int(reserve_.features.size()), 1);
  const Feature& r = reserve_.features.front();
  QCOMPARE(toString(r.attributes[reserve_.fieldIndex("name")]), std::string("Land of the Leopard National Park (sample)"));
  QVERIFY(r.geometry->IsValid());
  const double km2 = areaOf(r) / 1e6;
  QVERIFY2(km2 >= 200 && km2 <= 1000, qPrintable(QString::number(km2)));
  // In the west, against the border: its centroid west of the region's middle (695000).
  OGRPoint centroid;
  QCOMPARE(r.geometry->Centroid(&centroid), OGRERR_NONE);
  QVERIFY(centroid.getX() < 695000);
  // Exactly the parcels marked "protected" make it up.
  const int status = parcels_.fieldIndex("status");
  double protectedArea = 0;
  for (const Feature& f : parcels_.features)
    if (toString(f.attributes[status]) == "protected") protectedArea += areaOf(f);
  QVERIFY(std::abs(protectedArea - areaOf(r)) <= 0.001 * areaOf(r));
}

void TestSampleRegion::everyFileIsUtm52n() {
  QCOMPARE(pixels_.info.crs.epsg().value_or(0), 32652);
  for (const VectorLayer* layer : {&basins_, &parcels_, &reserve_}) QCOMPARE(layer->crs.epsg().value_or(0), 32652);
}

void TestSampleRegion::progressRunsFromZeroToOne() {
  QVERIFY(progress_.size() > 10);
  QCOMPARE(progress_.front().first, 0.0);
  QCOMPARE(progress_.back().first, 1.0);
  for (std::size_t i = 1; i < progress_.size(); ++i) {
    QVERIFY2(progress_[i].first >= progress_[i - 1].first, progress_[i].second.c_str());
    QVERIFY(!progress_[i].second.empty());
  }
}

void TestSampleRegion::anotherSeedIsAnotherPlausibleRegion() {
  sample::SampleOptions options;
  options.seed = 7;
  const sample::SamplePaths c = sample::writeSampleRegion(dirPath(dir_, "c"), options);
  QVERIFY(fileBytes(c.forest) != fileBytes(a_.forest));
  const Pixels p = readPixels(c.forest);
  std::size_t forest = 0;
  for (std::uint8_t v : p.values) forest += v >= 50 && v <= 100;
  const double share = double(forest) / double(p.valid);
  QVERIFY2(share >= 0.40 && share <= 0.80, qPrintable(QString::number(share)));
  const int basins = int(readVectorLayer(c.basins).features.size());
  QVERIFY(basins >= 8 && basins <= 20);
  const int parcels = int(readVectorLayer(c.parcels).features.size());
  QVERIFY(parcels >= 300 && parcels <= 1000);
}

void TestSampleRegion::cancelLeavesNoFiles() {
  const std::string folder = dirPath(dir_, "cancelled");
  // Stop once the canopy raster is half written: well into the run, with partial files on disk.
  QVERIFY_THROWS_EXCEPTION(Cancelled, sample::writeSampleRegion(folder, {}, [](double f, const std::string&) { return f < 0.4; }));
  const QDir d(QString::fromStdString(folder));
  QVERIFY2(d.entryList(QDir::Files | QDir::Hidden).isEmpty(), qPrintable(d.entryList(QDir::Files | QDir::Hidden).join(',')));
}

void TestSampleRegion::cliWritesTheSameRegion() {
  if (!QFile::exists(QStringLiteral(HP_CLI_PATH))) QSKIP("habitat-cli not built");
  const QString out = dir_.filePath(QStringLiteral("cli"));
  QProcess cli;
  cli.start(QStringLiteral(HP_CLI_PATH), {QStringLiteral("sample"), QStringLiteral("--out"), out, QStringLiteral("--seed"), QStringLiteral("1")});
  QVERIFY(cli.waitForFinished(120000));
  QCOMPARE(cli.exitCode(), 0);
  QVERIFY(fileBytes(out.toStdString() + "/forest.tif") == fileBytes(a_.forest));
}

QTEST_GUILESS_MAIN(TestSampleRegion)
#include "test_sample_region.moc"
