// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli import-layer: a new forest version lands in the project; a bad file changes nothing.
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>

#include "geo/GdalSupport.h"
#include "io/RasterSource.h"
#include "project/ForestVersions.h"
#include "project/ProjectFile.h"
#include "support/CliRunner.h"

using namespace hp;


static void writeByteRaster(const std::string& path, int epsg, double x0, double y0, double px, int w, int h, int value) {
  gdal::ensureRegistered();
  GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(path.c_str(), w, h, 1, GDT_Byte, nullptr));
  double gt[6] = {x0, px, 0, y0, 0, -px};
  ds->SetGeoTransform(gt);
  OGRSpatialReference srs;
  srs.importFromEPSG(epsg);
  ds->SetSpatialRef(&srs);
  ds->GetRasterBand(1)->SetNoDataValue(255);
  ds->GetRasterBand(1)->Fill(value);
}

static QByteArray digest(const QString& path) {
  QFile f(path);
  f.open(QIODevice::ReadOnly);
  return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

class TestCliImport : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

  std::string p(const char* name) { return tmp_.filePath(name).toStdString(); }

  static test::CliResult run(const QStringList& args) { return test::runCli(args); }

 private slots:
  void initTestCase() {
    // Forest: 50 % over 3 km x 3 km of UTM 52N; the project references it by a relative path.
    writeByteRaster(p("forest.tif"), 32652, 700000, 4750000, 30, 100, 100, 50);
    project::Project proj;
    proj.crs = Crs::fromEpsg(32652);
    proj.layers.push_back({project::LayerRole::Forest, "Forest", p("forest.tif"), "", true, 1.0, ""});
    project::saveProject(proj, p("plan.hplan"));
    // New tree cover of 85 % at 60 m.
    writeByteRaster(p("cover2025.tif"), 32652, 699000, 4751000, 60, 80, 80, 85);
  }

  void importsAVersion() {
    const test::CliResult proc = run({"import-layer", "--project", tmp_.filePath("plan.hplan"), "--file", tmp_.filePath("cover2025.tif"),
                          "--method", "canopy", "--date", "2025-06-01"});
    QCOMPARE(proc.exitCode, 0);
    const QString out = proc.out;
    QVERIFY2(out.contains("version\t1"), qPrintable(out));
    QVERIFY(out.contains("mean_canopy_before\t50.00"));
    QVERIFY(out.contains("mean_canopy_after\t85.00"));
    QVERIFY(proc.err.contains("import: "));  // progress on stderr
    const project::Project proj = project::loadProject(p("plan.hplan")).project;
    QCOMPARE(proj.forestVersions.size(), std::size_t(1));
    QCOMPARE(proj.activeForestVersion, 1);
    QCOMPARE(proj.forestVersions[0].date, std::string("2025-06-01"));
    const RasterSource v1 = RasterSource::open(project::forestPath(proj, 1));
    QCOMPARE(int(v1.read<std::uint8_t>(1, PixelWindow{50, 50, 1, 1})[0]), 85);
  }

  void forestChangeMapsTheImport() {
    // Every pixel went from 50 % to 85 %: a gain of 35 points everywhere.
    const test::CliResult proc = run({"forest-change", "--project", tmp_.filePath("plan.hplan"), "--from", "0", "--to", "latest",
                          "--map", tmp_.filePath("change.tif")});
    QCOMPARE(proc.exitCode, 0);
    const QString out = proc.out;
    QVERIFY2(out.contains("gain_pixels\t10000"), qPrintable(out));
    QVERIFY(out.contains("loss_pixels\t0"));
    const RasterSource change = RasterSource::open(p("change.tif"));
    QCOMPARE(int(change.read<std::uint8_t>(1, PixelWindow{10, 90, 1, 1})[0]), 2);
    QCOMPARE(run({"forest-change", "--project", tmp_.filePath("plan.hplan"), "--to", "7", "--map", tmp_.filePath("x.tif")}).exitCode, 2);
  }

  void badFileChangesNothing() {
    const QByteArray before = digest(tmp_.filePath("plan.hplan"));
    QFile junk(tmp_.filePath("clouds.tif"));
    junk.open(QIODevice::WriteOnly);
    junk.write("not a raster at all");
    junk.close();
    const test::CliResult proc = run({"import-layer", "--project", tmp_.filePath("plan.hplan"), "--file", junk.fileName(), "--method", "canopy"});
    QCOMPARE(proc.exitCode, 1);
    const QString err = proc.err.trimmed();
    QCOMPARE(err.count('\n'), 0);
    QVERIFY2(err.contains(junk.fileName()), qPrintable(err));
    QCOMPARE(digest(tmp_.filePath("plan.hplan")), before);
  }

  void usageErrors() {
    QCOMPARE(run({"import-layer", "--file", "x.tif"}).exitCode, 2);
    QCOMPARE(run({"import-layer", "--project", tmp_.filePath("plan.hplan"), "--file", "x.tif", "--method", "ndvi"}).exitCode, 2);
    QCOMPARE(run({"import-layer", "--project", tmp_.filePath("plan.hplan"), "--file", "x.tif", "--method", "magic"}).exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
