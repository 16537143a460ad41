// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli given broken, empty, odd and hostile-sized files (docs/RELIABILITY.md, "Bad input"): each
// bad file is refused with exit 1 and one stderr line naming it and the problem, never its bytes; an
// output path that is an input is refused with exit 2 before anything is read; no input changes. Odd
// but valid geometry (self-intersecting, curved, EMPTY) gives hand-computed areas.
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

#include "support/CliRunner.h"
#include "support/SquareForestProject.h"
#include "project/ProjectFile.h"

using namespace hp;

namespace {

constexpr const char* kMarker = "BADINPUT-MARKER-91c2";

QByteArray hashOf(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The lines habitat-cli wrote (Qt's note about XDG_RUNTIME_DIR under the offscreen platform aside).
QStringList messageLines(const QString& err) {
  // rank reports its progress on stderr ("reading layers: 0%"): not a message.
  static const QRegularExpression progressLine(QStringLiteral("^[a-z][a-z ]*: [0-9]+%$"));
  QStringList lines;
  for (const QString& l : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
    if (!l.startsWith(QLatin1String("QStandardPaths")) && !progressLine.match(l).hasMatch()) lines << l;
  return lines;
}

// A GeoPackage layer "parcels" in `srs` with a parcel_id field and one feature per WKT.
void writeWktLayer(const std::string& path, const OGRSpatialReference* srs, OGRwkbGeometryType type,
                   const std::vector<std::string>& wkts) {
  GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  OGRLayer* layer = ds->CreateLayer("parcels", const_cast<OGRSpatialReference*>(srs), type, nullptr);
  OGRFieldDefn id("parcel_id", OFTInteger);
  layer->CreateField(&id);
  int n = 0;
  for (const std::string& wkt : wkts) {
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("parcel_id", ++n);
    OGRGeometry* g = nullptr;
    OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g);
    feature.SetGeometryDirectly(g);
    if (layer->CreateFeature(&feature) != OGRERR_NONE) return;
  }
}

// The areal scale of UTM at easting e (m): k0 (1 + x²/2R²), x = e − 500 km, R the mean radius; the
// planar area of a small polygon divided by its square is its area on the ellipsoid to ~1e-5.
double utmScale(double easting) {
  const double x = easting - 500000, r = 6371000;
  return 0.9996 * (1 + x * x / (2 * r * r));
}

}  // namespace

class TestCliBadInput : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString dir_;
  QString forest_, basins_, parcels_, project_;
  std::map<QString, QByteArray> hashes_;  // every input file, before any command ran

  QString path(const char* name) const { return dir_ + QLatin1Char('/') + QLatin1String(name); }

  void remember(const QString& file) { hashes_[file] = hashOf(file); }

  // Runs `args`; expects `exitCode` and one line naming `file` and holding `problem`.
  void expectRefused(const QStringList& args, int exitCode, const QString& file, const QString& problem) {
    const test::CliResult r = test::runCli(args, 60000);
    const QString what = args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + r.err;
    QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + QStringLiteral(": ") + what));
    const QStringList lines = messageLines(r.err);
    QVERIFY2(lines.size() == 1, qPrintable(what));
    QVERIFY2(lines.first().startsWith(QStringLiteral("habitat-cli ") + args.first() + QStringLiteral(": ")), qPrintable(what));
    QVERIFY2(lines.first().contains(file), qPrintable(what));
    QVERIFY2(lines.first().contains(problem), qPrintable(what));
    QVERIFY2(!r.err.contains(QLatin1String(kMarker)) && !r.out.contains(QLatin1String(kMarker)), qPrintable(what));
  }

  // The id and area_km2 of each row of a capacity CSV.
  std::map<QString, double> areas(const QString& csv) {
    std::map<QString, double> out;
    QFile f(csv);
    if (!f.open(QIODevice::ReadOnly)) return out;
    f.readLine();
    while (!f.atEnd()) {
      const QStringList cells = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
      if (cells.size() > 1) out[cells[0]] = cells[1].toDouble();
    }
    return out;
  }

  // The bad rasters and what each is refused with.
  struct BadFile {
    QString path;
    QString problem;
  };
  std::vector<BadFile> badRasters_, badVectors_;

 private slots:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    dir_ = tmp_.path();
    gdal::ensureRegistered();
    const project::Project p = test::writeSquareForestProject(dir_.toStdString());
    QVERIFY(!p.layers.empty());
    forest_ = path("forest.tif");
    basins_ = path("basins.gpkg");
    parcels_ = path("parcels.gpkg");
    project_ = path("plan.hplan");
    project::saveProject(p, project_.toStdString());

    const QByteArray forestBytes = [&] {
      QFile f(forest_);
      return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(forestBytes.size() > 40000);
    auto write = [](const QString& file, const QByteArray& bytes) {
      QFile f(file);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(bytes);
    };
    // Truncated in the pixels: the header reads, a strip does not.
    write(path("truncated.tif"), forestBytes.left(20000));
    // Corrupt: a deflate-compressed copy with everything after its first 16 bytes up to the middle
    // overwritten (its directory and strips), so the header no longer describes a readable image.
    {
      const char* options[] = {"COMPRESS=DEFLATE", nullptr};
      GDALDatasetUniquePtr src(GDALDataset::Open(forest_.toUtf8().constData(), GDAL_OF_RASTER));
      GDALDatasetUniquePtr d(GetGDALDriverManager()->GetDriverByName("GTiff")->CreateCopy(
          path("deflate.tif").toUtf8().constData(), src.get(), false, const_cast<char**>(options), nullptr, nullptr));
      QVERIFY(d);
    }
    {
      QFile f(path("deflate.tif"));
      QVERIFY(f.open(QIODevice::ReadOnly));
      QByteArray bytes = f.readAll();
      f.close();
      for (qsizetype i = 16; i < bytes.size() / 2; ++i) bytes[i] = char(0xA5);
      write(path("corrupt.tif"), bytes);
    }
    // No CRS, cut to 2 KB.
    {
      GDALDatasetUniquePtr d(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
          path("nocrs-full.tif").toUtf8().constData(), 200, 200, 1, GDT_Byte, nullptr));
      double gt[6] = {595000, 100, 0, 4815000, 0, -100};
      d->SetGeoTransform(gt);
      std::vector<GByte> v(200 * 200, 50);
      QCOMPARE(d->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 200, 200, v.data(), 200, 200, GDT_Byte, 0, 0, nullptr), CE_None);
    }
    {
      QFile f(path("nocrs-full.tif"));
      QVERIFY(f.open(QIODevice::ReadOnly));
      write(path("nocrs-2k.tif"), f.read(2048));
    }
    // An SRS with no relation to the Earth (a local engineering CRS).
    {
      GDALDatasetUniquePtr src(GDALDataset::Open(forest_.toUtf8().constData(), GDAL_OF_RASTER));
      GDALDatasetUniquePtr d(GetGDALDriverManager()->GetDriverByName("GTiff")->CreateCopy(
          path("local-srs.tif").toUtf8().constData(), src.get(), false, nullptr, nullptr, nullptr));
      OGRSpatialReference local;
      local.SetFromUserInput("LOCAL_CS[\"site grid\",UNIT[\"metre\",1]]");
      d->SetSpatialRef(&local);
    }
    write(path("zero.tif"), {});
    std::filesystem::create_directories(path("folder.tif").toStdString());
    write(path("text.tif"), QByteArray("password=") + kMarker + "\nnot a raster\n");
    // 10^6 x 10^6 pixels of 1 cm over the square's forest: on the Earth, hours to read.
    {
      std::ofstream vrt(path("huge.vrt").toStdString());
      vrt << "<VRTDataset rasterXSize=\"1000000\" rasterYSize=\"1000000\"><SRS>EPSG:32652</SRS>"
          << "<GeoTransform>595000,0.02,0,4815000,0,-0.02</GeoTransform><VRTRasterBand dataType=\"Byte\" band=\"1\">"
          << "<SimpleSource><SourceFilename relativeToVRT=\"1\">forest.tif</SourceFilename><SourceBand>1</SourceBand>"
          << "<SrcRect xOff=\"0\" yOff=\"0\" xSize=\"200\" ySize=\"200\"/><DstRect xOff=\"0\" yOff=\"0\" xSize=\"1000000\" "
          << "ySize=\"1000000\"/></SimpleSource></VRTRasterBand></VRTDataset>\n";
    }
    badRasters_ = {
        {path("truncated.tif"), QStringLiteral("corrupt data")},
        {path("corrupt.tif"), QStringLiteral("the file cannot be read")},
        {path("nocrs-2k.tif"), QStringLiteral("no coordinate reference system")},
        {path("local-srs.tif"), QStringLiteral("cannot be related to WGS 84")},
        {path("zero.tif"), QStringLiteral("unrecognised file format")},
        {path("folder.tif"), QStringLiteral("unrecognised file format")},
        {path("text.tif"), QStringLiteral("unrecognised file format")},
        {path("missing.tif"), QStringLiteral("file not found")},
    };

    // Vectors: a shapefile without .prj, a layer without features, one whose only polygon is EMPTY.
    const Crs utm = Crs::fromEpsg(32652);
    {
      GDALDatasetUniquePtr src(GDALDataset::Open(parcels_.toUtf8().constData(), GDAL_OF_VECTOR));
      GDALDatasetUniquePtr d(GetGDALDriverManager()->GetDriverByName("ESRI Shapefile")->CreateCopy(
          path("noprj.shp").toUtf8().constData(), src.get(), false, nullptr, nullptr, nullptr));
      QVERIFY(d);
    }
    for (const char* ext : {".prj", ".cpg"}) std::filesystem::remove((dir_ + QStringLiteral("/noprj") + QLatin1String(ext)).toStdString());
    writeWktLayer(path("nofeatures.gpkg").toStdString(), utm.ogr(), wkbPolygon, {});
    writeWktLayer(path("onlyempty.gpkg").toStdString(), utm.ogr(), wkbPolygon, {"POLYGON EMPTY"});
    write(path("text.gpkg"), QByteArray("password=") + kMarker + "\n");
    badVectors_ = {
        {path("noprj.shp"), QStringLiteral("no coordinate reference system")},
        {path("nofeatures.gpkg"), QStringLiteral("empty layer")},
        {path("onlyempty.gpkg"), QStringLiteral("empty layer")},
        {path("zero.tif"), QStringLiteral("unrecognised file format")},
        {path("folder.tif"), QStringLiteral("unrecognised file format")},
        {path("text.gpkg"), QStringLiteral("unrecognised file format")},
    };

    // Odd but valid parcels: a bow tie, a circle as a curve, an EMPTY polygon beside a 5 x 10 km strip.
    writeWktLayer(path("bowtie.gpkg").toStdString(), utm.ogr(), wkbPolygon,
                  {"POLYGON((600000 4800000,605000 4810000,605000 4800000,600000 4810000,600000 4800000))"});
    writeWktLayer(path("curved.gpkg").toStdString(), utm.ogr(), wkbCurvePolygon,
                  {"CURVEPOLYGON(CIRCULARSTRING(600000 4805000,605000 4800000,610000 4805000,605000 4810000,600000 4805000))"});
    writeWktLayer(path("withempty.gpkg").toStdString(), utm.ogr(), wkbPolygon,
                  {"POLYGON EMPTY", "POLYGON((600000 4800000,605000 4800000,605000 4810000,600000 4810000,600000 4800000))"});

    for (const auto& entry : std::filesystem::directory_iterator(dir_.toStdString()))
      if (entry.is_regular_file()) remember(QString::fromStdString(entry.path().string()));
  }

  void badRastersRefused() {
    const QString out = path("out.csv");
    for (const BadFile& bad : badRasters_) {
      expectRefused({"capacity", "--forest", bad.path, "--basins", basins_, "--parcels", parcels_, "--out", out}, 1, bad.path, bad.problem);
      expectRefused({"rank", "--forest", bad.path, "--basins", basins_, "--parcels", parcels_, "--budget", "1000000", "--out", out},
                    1, bad.path, bad.problem);
      expectRefused({"import-layer", "--project", project_, "--file", bad.path, "--date", "2025-06-01"}, 1, bad.path, bad.problem);
      // info needs no CRS and reads no pixels: it may describe a file capacity refuses, never crash.
      const test::CliResult info = test::runCli({"info", bad.path}, 60000);
      QVERIFY2(info.exitCode == 0 || (info.exitCode == 1 && messageLines(info.err).size() == 1), qPrintable(bad.path + info.err));
      QVERIFY(!info.err.contains(QLatin1String(kMarker)) && !info.out.contains(QLatin1String(kMarker)));
    }
  }

  void badVectorsRefused() {
    const QString out = path("out.csv");
    for (const BadFile& bad : badVectors_) {
      expectRefused({"capacity", "--forest", forest_, "--basins", basins_, "--parcels", bad.path, "--out", out}, 1, bad.path, bad.problem);
      expectRefused({"capacity", "--forest", forest_, "--basins", bad.path, "--parcels", parcels_, "--out", out}, 1, bad.path, bad.problem);
      expectRefused({"capacity", "--forest", forest_, "--basins", basins_, "--parcels", parcels_, "--reserve", bad.path, "--out", out},
                    1, bad.path, bad.problem);
      expectRefused({"rank", "--forest", forest_, "--basins", basins_, "--parcels", bad.path, "--budget", "1000000", "--out", out},
                    1, bad.path, bad.problem);
    }
    // marxan-export reads layers without a CRS (Marxan has none): the shapefile is fine there.
    for (const BadFile& bad : badVectors_) {
      if (bad.path.endsWith(QLatin1String(".shp"))) continue;
      expectRefused({"marxan-export", "--parcels", bad.path, "--feature-field", "price_usd", "--out", path("marxan")}, 1, bad.path, bad.problem);
    }
  }

  // 10^6 x 10^6 pixels: refused at once (the parcel alone would be 1.25e11 pixels), well inside 20 s.
  void hugeVrtIsBounded() {
    const auto start = std::chrono::steady_clock::now();
    expectRefused({"capacity", "--forest", path("huge.vrt"), "--basins", basins_, "--parcels", parcels_, "--out", path("out.csv")}, 1,
                  path("huge.vrt"), QStringLiteral("use a coarser raster"));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    QVERIFY2(seconds < 20, qPrintable(QString::number(seconds)));
    const test::CliResult info = test::runCli({"info", path("huge.vrt")}, 20000);
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QLatin1String("1000000")), qPrintable(info.out));
  }

  void oddGeometryHasHandComputedAreas() {
    const QString out = path("odd.csv");
    // Bow tie: repaired into two triangles of 12.5 km² each (planar), centroid easting 602.5 km.
    test::CliResult r = test::runCli({"capacity", "--forest", forest_, "--basins", basins_, "--parcels", path("bowtie.gpkg"), "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("repaired")), qPrintable(r.err));
    QCOMPARE(messageLines(r.err).size(), 1);
    const double k = utmScale(602500);
    QVERIFY2(std::abs(areas(out)[QStringLiteral("1")] - 25.0 / (k * k)) < 1e-3, qPrintable(QString::number(areas(out)[QStringLiteral("1")], 'f', 6)));

    // Circle of r = 5 km as CIRCULARSTRING: linearised by OGR at 4° a segment (90 sides):
    // 45 r² sin 4°, centroid easting 605 km.
    r = test::runCli({"capacity", "--forest", forest_, "--basins", basins_, "--parcels", path("curved.gpkg"), "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const double kc = utmScale(605000);
    const double circle = 45 * 25 * std::sin(4 * M_PI / 180) / (kc * kc);
    QVERIFY2(std::abs(areas(out)[QStringLiteral("1")] - circle) < 1e-3, qPrintable(QString::number(areas(out)[QStringLiteral("1")], 'f', 6)));

    // EMPTY beside a strip: skipped with a warning; the strip's 50 km² (centroid easting 602.5 km).
    r = test::runCli({"capacity", "--forest", forest_, "--basins", basins_, "--parcels", path("withempty.gpkg"), "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("without geometry skipped")), qPrintable(r.err));
    const auto rows = areas(out);
    QCOMPARE(rows.size(), std::size_t(1));
    QVERIFY2(std::abs(rows.at(QStringLiteral("2")) - 50.0 / (k * k)) < 1e-3, qPrintable(QString::number(rows.at(QStringLiteral("2")), 'f', 6)));
  }

  // Every command writing a file refuses an output that is one of its inputs (by name or through a
  // link) with exit 2, before reading anything.
  void outputOverInputRefused() {
    const QString link = path("parcels-link.gpkg");
    QVERIFY(QFile::link(parcels_, link));
    std::ofstream(path("solution.csv").toStdString()) << "planning_unit,solution\n1,1\n2,0\n3,1\n";
    remember(path("solution.csv"));
    const QString refusal = QStringLiteral("the output is an input file");
    const QList<std::pair<QStringList, QString>> cases = {
        {{"capacity", "--forest", forest_, "--basins", basins_, "--parcels", parcels_, "--out", parcels_}, parcels_},
        {{"capacity", "--forest", forest_, "--basins", basins_, "--parcels", parcels_, "--out", link}, link},
        {{"capacity", "--project", project_, "--out", basins_}, basins_},
        {{"rank", "--forest", forest_, "--basins", basins_, "--parcels", parcels_, "--budget", "1", "--out", basins_}, basins_},
        {{"rank", "--project", project_, "--budget", "1", "--out", path("o.csv"), "--summary", parcels_}, parcels_},
        {{"forest-change", "--project", project_, "--map", forest_}, forest_},
        {{"forest-change", "--project", project_, "--out", project_}, project_},
        {{"export-data", "--project", project_, "--out", parcels_}, parcels_},
        {{"marxan-export", "--parcels", parcels_, "--feature-field", "price_usd", "--out", parcels_}, parcels_},
        {{"marxan-import", "--parcels", parcels_, "--solution", path("solution.csv"), "--out", parcels_}, parcels_},
        {{"marxan-import", "--parcels", parcels_, "--solution", path("solution.csv"), "--out", path("solution.csv")}, path("solution.csv")},
    };
    for (const auto& [args, file] : cases) expectRefused(args, 2, file, refusal);
  }

  void inputsUnchanged() {
    for (const auto& [file, hash] : hashes_) QVERIFY2(hashOf(file) == hash, qPrintable(file));
  }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "test_cli_bad_input.moc"
