// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli corridors on the sample region: one link per reserve-candidate and candidate pair,
// the figures core computes, written as a layer with the paths; bad arguments are refused.
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
