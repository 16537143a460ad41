// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli export-data end to end (and export-map's .tif): the files scripts get, the figures core
// computes, the exit codes.
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "project/ProjectCapacity.h"
#include "project/ProjectFile.h"
#include "sample/SampleProject.h"
#include "support/CliRunner.h"
#include "support/SquareForestProject.h"

using namespace hp;

class TestCliExportData : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString projectPath_;
  project::Project project_;

 private slots:
  void initTestCase() {
    // UTM 52N, 100 m pixels: canopy 100 % on a 10 km square (x 600..610 km, y 4800..4810 km), 10 % around;
    // parcels 1 and 2 are its halves, 3 the strip east of it.
    project_ = test::writeSquareForestProject(tmp_.path().toStdString());
    QCOMPARE(project_.layers.size(), std::size_t(3));
    project_.candidates = {{"Both halves", "#ff0000", {"1", "2"}, {}}, {"East strip", "#0000ff", {"3"}, {}}};
    projectPath_ = tmp_.filePath("export.hplan");
    project::saveProject(project_, projectPath_.toStdString());
  }

  void kmlWithBothLayers() {
    const QString out = tmp_.filePath("both.kml");
    const test::CliResult r = test::runCli({"export-data", "--project", projectPath_, "--out", out, "--what", "both"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), out);
    GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    QCOMPARE(ds->GetLayerByName("candidates")->GetFeatureCount(), GIntBig(2));
    QCOMPARE(ds->GetLayerByName("parcels")->GetFeatureCount(), GIntBig(3));
    // x 600..615 km, y 4800..4810 km of UTM 52N lie near 130.2°E 43.3°N: longitude first.
    OGREnvelope env;
    QCOMPARE(ds->GetLayerByName("candidates")->GetExtent(&env), OGRERR_NONE);
    QVERIFY2(env.MinX > 130.0 && env.MaxX < 130.5 && env.MinY > 43.2 && env.MaxY < 43.5,
             qPrintable(QStringLiteral("%1 %2 %3 %4").arg(env.MinX).arg(env.MaxX).arg(env.MinY).arg(env.MaxY)));
  }

  void csvFiguresAreCores() {
    const QString out = tmp_.filePath("c.csv");
    QCOMPARE(test::runCli({"export-data", "--project", projectPath_, "--out", out}).exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const project::Project p = project::loadProject(projectPath_.toStdString()).project;
    const auto figures = project::evaluateCandidates(p, project::loadProjectData(p));
    for (int i = 0; i < 2; ++i) {
      const QStringList cells = lines[i + 1].split(',');
      QCOMPARE(cells[0], QString::fromStdString(p.candidates[std::size_t(i)].name));
      QVERIFY(std::abs(cells[2].toDouble() - figures[std::size_t(i)].capacity.areaKm2) < 1e-6);
      QCOMPARE(cells[4].toDouble(), figures[std::size_t(i)].costUsd);
      QCOMPARE(cells[5].toLong(), figures[std::size_t(i)].capacity.leopards);
    }
  }

  // The sample has a reserve: each candidate's row ends with it beside the reserve, as core computes.
  void csvCarriesWhatEachCandidateAdds() {
    QTemporaryDir dir;
    const QString plan = QString::fromStdString(project::writeSample(dir.filePath("s").toStdString()));
    const QString out = dir.filePath("c.csv");
    QCOMPARE(test::runCli({"export-data", "--project", plan, "--out", out}).exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split('\n');
    QVERIFY(lines[0].endsWith(QStringLiteral(",leopards_with_reserve,added_leopards,added_leopards_min,added_leopards_max,added_per_musd")));
    const project::Project p = project::loadProject(plan.toStdString()).project;
    const auto figures = project::evaluateCandidates(p, project::loadProjectData(p), true);
    QCOMPARE(lines.size(), int(p.candidates.size()) + 1);
    for (std::size_t i = 0; i < p.candidates.size(); ++i) {
      const QStringList cells = lines[int(i) + 1].split(',');  // parcel_ids is quoted: count from the end
      const qsizetype n = cells.size();
      QCOMPARE(cells[n - 5].toLong(), figures[i].withReserve->leopards);
      QCOMPARE(cells[n - 4].toLong(), figures[i].added->leopards);
      QCOMPARE(cells[n - 3].toLong(), figures[i].added->leopardsMin);
      QCOMPARE(cells[n - 2].toLong(), figures[i].added->leopardsMax);
      QVERIFY(std::abs(cells[n - 1].toDouble() - figures[i].added->leopardsPerMillionUsd) < 1e-6);
    }
    QVERIFY(figures[0].added->leopards > figures[0].capacity.leopards);  // the extension joins the park's patches
  }

  void shapefileOfOneCandidate() {
    const QString out = tmp_.filePath("east.shp");
    const test::CliResult r =
        test::runCli({"export-data", "--project", projectPath_, "--candidate", "East strip", "--out", out, "--what", "both"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().split('\n'), (QStringList{tmp_.filePath("east_candidates.shp"), tmp_.filePath("east_parcels.shp")}));
    GDALDatasetUniquePtr ds(GDALDataset::Open(tmp_.filePath("east_parcels.shp").toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    QCOMPARE(ds->GetLayer(0)->GetFeatureCount(), GIntBig(1));  // only the candidate's parcel
    QVERIFY(ds->GetLayer(0)->GetLayerDefn()->GetFieldIndex("leop_frac") >= 0);
  }

  void rankedParcels() {
    const QString out = tmp_.filePath("ranked.csv");
    const test::CliResult r = test::runCli({"export-data", "--project", projectPath_, "--what", "parcels", "--ranked", "--out", out});
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QStringList header = lines[0].split(',');
    const int rank = int(header.indexOf("rank")), gain = int(header.indexOf("gain_leopards"));
    QVERIFY(rank >= 0 && gain >= 0 && header.contains("leopards_per_musd"));
    QStringList ranks;
    for (int i = 1; i < 4; ++i) ranks << lines[i].split(',')[rank];
    ranks.sort();
    QCOMPARE(ranks, (QStringList{"1", "2", "3"}));
    // The strip of 10 % canopy holds no habitat: it adds nothing whenever it is bought.
    QCOMPARE(lines[3].split(',')[gain].toDouble(), 0.0);
    // Each parcel beside the reserve (issue 17): no reserve here, so with it = added = alone. A half
    // is 50 km² of full canopy, 50 / 41.44 = 1.21 → 1 leopard (0 at 120 sq mi); the strip none.
    const int with = int(header.indexOf("leopards_with_reserve")), added = int(header.indexOf("added_leopards"));
    const int addedMin = int(header.indexOf("added_leopards_min")), addedMax = int(header.indexOf("added_leopards_max"));
    QVERIFY(with >= 0 && added >= 0 && addedMin >= 0 && addedMax >= 0 && header.contains("added_per_musd"));
    const int id = int(header.indexOf("parcel_id"));
    QVERIFY(id >= 0);
    for (int i = 1; i < 4; ++i) {
      const QStringList row = lines[i].split(',');
      const bool strip = row[id] == QLatin1String("3");
      QCOMPARE(row[with], strip ? QStringLiteral("0") : QStringLiteral("1"));
      QCOMPARE(row[added], row[with]);
      QCOMPARE(row[addedMin], QStringLiteral("0"));
      QCOMPARE(row[addedMax], row[with]);
    }
    QCOMPARE(test::runCli({"export-data", "--project", projectPath_, "--ranked", "--out", out}).exitCode, 2);
  }

  void usageAndDataErrors() {
    auto run = [&](const QStringList& args) { return test::runCli(QStringList{"export-data"} + args); };
    QCOMPARE(run({"--out", tmp_.filePath("x.gpkg")}).exitCode, 2);
    QCOMPARE(run({"--project", projectPath_}).exitCode, 2);
    QCOMPARE(run({"--project", projectPath_, "--out", tmp_.filePath("x.dxf")}).exitCode, 2);
    QCOMPARE(run({"--project", projectPath_, "--out", tmp_.filePath("x.gpkg"), "--what", "all"}).exitCode, 2);
    QCOMPARE(run({"--project", projectPath_, "--out", tmp_.filePath("x.gpkg"), "--candidate", "Nobody"}).exitCode, 2);
    QVERIFY(!QFileInfo::exists(tmp_.filePath("x.gpkg")));
    const QString missing = tmp_.filePath("missing/x.gpkg");
    const test::CliResult r = run({"--project", projectPath_, "--out", missing});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));
    QCOMPARE(run({"--project", tmp_.filePath("none.hplan"), "--out", tmp_.filePath("x.gpkg")}).exitCode, 1);
  }

  void mapAsGeoTiff() {
    const QString out = tmp_.filePath("map.tif");
    const test::CliResult r = test::runCli({"export-map", "--project", projectPath_, "--candidate", "Both halves",
                                            "--out", out, "--dpi", "60"});
    QCOMPARE(r.exitCode, 0);
    GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_RASTER));
    QVERIFY(ds);
    QCOMPARE(ds->GetRasterCount(), 4);
    double gt[6];
    QCOMPARE(ds->GetGeoTransform(gt), CE_None);
    // The frame is fitted to the candidate (x 600..610 km, y 4800..4810 km) with room around it.
    const double maxX = gt[0] + gt[1] * ds->GetRasterXSize(), minY = gt[3] + gt[5] * ds->GetRasterYSize();
    QVERIFY(gt[0] < 600000 && maxX > 610000 && minY < 4800000 && gt[3] > 4810000);
    QVERIFY(gt[0] > 590000 && maxX < 620000);
    QVERIFY(ds->GetSpatialRef() && ds->GetSpatialRef()->IsSame(Crs::fromEpsg(32652).ogr()));
  }
};

QTEST_GUILESS_MAIN(TestCliExportData)
#include "test_cli_export_data.moc"
