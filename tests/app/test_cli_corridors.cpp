// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli corridors on the sample region: one link per reserve-candidate and candidate pair,
// the figures core computes, written as a layer with the paths; bad arguments are refused.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "corridor/Corridors.h"
#include "project/ProjectFile.h"
#include "sample/SampleProject.h"
#include "support/CliRunner.h"

using namespace hp;

class TestCliCorridors : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString project_;

 private slots:
  void initTestCase() { project_ = QString::fromStdString(project::writeSample(tmp_.filePath("s").toStdString())); }

  void linksMatchCore() {
    const QString out = tmp_.filePath("corridors.gpkg");
    const test::CliResult r = test::runCli({"corridors", "--project", project_, "--out", out});
    QCOMPARE(r.exitCode, 0);
    const project::Project p = project::loadProject(project_.toStdString()).project;
    const auto links = corridor::projectCorridors(p, project::loadProjectData(p), {});
    // The reserve to each of the 2 candidates, and the one pair of candidates.
    QCOMPARE(links.size(), std::size_t(3));
    QCOMPARE(r.out.trimmed().split('\n').size(), 3);
    GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    OGRLayer* layer = ds->GetLayerByName("corridors");
    QVERIFY(layer);
    QCOMPARE(layer->GetFeatureCount(), GIntBig(3));
    layer->ResetReading();
    for (const corridor::CorridorLink& l : links) {
      OGRFeatureUniquePtr f(layer->GetNextFeature());
      QVERIFY(f);
      QCOMPARE(std::string(f->GetFieldAsString("from")), l.from);
      QCOMPARE(std::string(f->GetFieldAsString("to")), l.to);
      QCOMPARE(f->GetFieldAsInteger("reachable"), l.reachable ? 1 : 0);
      QVERIFY(std::abs(f->GetFieldAsDouble("cost_km") - l.costKm) < 1e-9);
      QVERIFY(f->GetGeometryRef() && wkbFlatten(f->GetGeometryRef()->getGeometryType()) == wkbLineString);
    }
    // The sample's extension is built against the reserve: they touch, no corridor is needed.
    QCOMPARE(links[0].costKm, 0.0);
    QCOMPARE(links[0].lengthKm, 0.0);
    // The eastern ridges lie well away: a real corridor, longer than the straight line is costly.
    QVERIFY(links[1].reachable && links[1].costKm > links[1].lengthKm && links[1].widthKm > 0);
    QVERIFY(r.out.contains(QStringLiteral("reserve\tEastern ridges (sample)\t")));
  }

  // export-data --corridors: each candidate's link from the reserve, the figures `corridors` writes;
  // without the flag the columns stay as they were.
  void exportDataCarriesCorridors() {
    const QString links = tmp_.filePath("reserve.gpkg");
    QCOMPARE(test::runCli({"corridors", "--project", project_, "--reserve-only", "--out", links}).exitCode, 0);
    struct Row {
      QString to;
      int reachable;
      double cost, length, width;
    };
    std::vector<Row> expected;
    {
      GDALDatasetUniquePtr ds(GDALDataset::Open(links.toUtf8().constData(), GDAL_OF_VECTOR));
      QVERIFY(ds);
      for (const auto& f : *ds->GetLayerByName("corridors"))
        expected.push_back({QString::fromUtf8(f->GetFieldAsString("to")), f->GetFieldAsInteger("reachable"),
                            f->GetFieldAsDouble("cost_km"), f->GetFieldAsDouble("length_km"),
                            f->IsFieldSetAndNotNull(f->GetFieldIndex("width_km")) ? f->GetFieldAsDouble("width_km") : -1.0});
    }
    QCOMPARE(expected.size(), std::size_t(2));

    const QString out = tmp_.filePath("with_corridors.gpkg");
    const test::CliResult r = test::runCli({"export-data", "--project", project_, "--corridors", "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    OGRLayer* candidates = ds->GetLayerByName("candidates");
    QCOMPARE(candidates->GetFeatureCount(), GIntBig(2));
    std::size_t i = 0;
    for (const auto& f : *candidates) {
      const Row& e = expected.at(i++);
      QCOMPARE(QString::fromUtf8(f->GetFieldAsString("name")), e.to);
      QCOMPARE(f->GetFieldAsInteger("corridor_reachable"), e.reachable);
      QCOMPARE(f->GetFieldAsDouble("corridor_cost_km"), e.cost);
      QCOMPARE(f->GetFieldAsDouble("corridor_length_km"), e.length);
      const int width = f->GetFieldIndex("corridor_width_km");
      QCOMPARE(f->IsFieldSetAndNotNull(width) ? f->GetFieldAsDouble(width) : -1.0, e.width);
    }
    // The extension touches the reserve (no width); the eastern ridges have a real corridor.
    QCOMPARE(expected[0].length, 0.0);
    QCOMPARE(expected[0].width, -1.0);
    QVERIFY(expected[1].length > 10 && expected[1].width > 0);

    // A Shapefile's dBase names are the documented short ones.
    const QString shp = tmp_.filePath("with_corridors.shp");
    QCOMPARE(test::runCli({"export-data", "--project", project_, "--corridors", "--out", shp}).exitCode, 0);
    GDALDatasetUniquePtr dbf(GDALDataset::Open(shp.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(dbf);
    OGRFeatureDefn* defn = dbf->GetLayer(0)->GetLayerDefn();
    for (const char* name : {"corr_reach", "corr_cost", "corr_len", "corr_width"})
      QVERIFY2(defn->GetFieldIndex(name) >= 0, name);

    const QString plain = tmp_.filePath("plain.csv");
    QCOMPARE(test::runCli({"export-data", "--project", project_, "--out", plain}).exitCode, 0);
    QFile csv(plain);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().trimmed().endsWith("added_per_musd"));
    QCOMPARE(test::runCli({"export-data", "--project", project_, "--corridors", "--what", "parcels", "--out",
                           tmp_.filePath("p.gpkg")}).exitCode, 2);
  }

  void badArgumentsAreRefused() {
    QCOMPARE(test::runCli({"corridors", "--out", tmp_.filePath("x.gpkg")}).exitCode, 2);
    QCOMPARE(test::runCli({"corridors", "--project", project_, "--out", tmp_.filePath("x.txt")}).exitCode, 2);
    QCOMPARE(test::runCli({"corridors", "--project", project_, "--cell", "-5", "--out", tmp_.filePath("x.gpkg")}).exitCode, 2);
    // A cell finer than the forest's 30 m pixels is bad data about that raster: one line naming it.
    const test::CliResult fine = test::runCli({"corridors", "--project", project_, "--cell", "10", "--out", tmp_.filePath("x.gpkg")});
    QCOMPARE(fine.exitCode, 1);
    QVERIFY2(fine.err.contains(QStringLiteral("forest")) && fine.err.contains(QStringLiteral("smaller than a forest pixel")), qPrintable(fine.err));
  }
};

QTEST_GUILESS_MAIN(TestCliCorridors)
#include "test_cli_corridors.moc"
