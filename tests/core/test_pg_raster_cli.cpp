// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli with the forest in a PostGIS raster table (loaded with raster2pgsql, 256 x 256 tiles,
// read through GDAL's PostGISRaster driver): capacity and rank write the same bytes as from the
// GeoTIFF it was loaded from, on the command line and from a .hplan or a team database that names the
// table. A table that is not there is one line naming the source, never its password.
#include <QtTest>

#include "project/ProjectFile.h"
#include "project/ProjectLocation.h"
#include "support/CliRunner.h"
#include "support/PgCluster.h"

using namespace hp;

namespace {

QByteArray readFile(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString raster2pgsql() {
  const QString onPath = QStandardPaths::findExecutable(QStringLiteral("raster2pgsql"));
  if (!onPath.isEmpty()) return onPath;
  const QString beside = test::PgCluster::binDir() + QStringLiteral("/raster2pgsql");
  return QFileInfo(beside).isExecutable() ? beside : QString();
}

}  // namespace

class TestPgRasterCli : public QObject {
  Q_OBJECT

  test::PgCluster cluster_;
  QTemporaryDir dir_;
  QString sample_;

  QString path(const QString& name) const { return dir_.filePath(name); }
  QString tif() const { return sample_ + QStringLiteral("/forest.tif"); }
  QString table(const QString& name = QStringLiteral("forest")) const {
    return QStringLiteral("PG:%1 table=%2 mode=2").arg(QString::fromStdString(cluster_.conninfo()), name);
  }
  QStringList layers(const QString& forest) const {
    return {"--forest", forest, "--basins", sample_ + "/basins.gpkg", "--parcels", sample_ + "/parcels.gpkg",
            "--reserve", sample_ + "/reserve.gpkg"};
  }

  void expectSameOutput(const QStringList& a, const QStringList& b, const QString& out) {
    test::CliResult r = test::runCli(a + QStringList{"--out", path("a-" + out)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = test::runCli(b + QStringList{"--out", path("b-" + out)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray fromFile = readFile(path("a-" + out));
    QVERIFY(fromFile.count('\n') >= 3);
    QCOMPARE(readFile(path("b-" + out)), fromFile);
  }

 private slots:
  void initTestCase() {
    HP_START_PG_CLUSTER(cluster_);
    const QString loader = raster2pgsql();
    if (loader.isEmpty()) QSKIP("raster2pgsql not found (install postgis, the package with PostGIS's loaders)");
    sample_ = path(QStringLiteral("sample"));
    test::CliResult r = test::runCli({"sample", "--out", sample_});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // The documented load (docs/TEAMS.md): tiles of 256 x 256, constraints, index, analysed.
    // psql runs as the server's user (nobody, under root): the SQL goes in the cluster's folder.
    const QString sql = cluster_.socketDir() + QStringLiteral("/forest.sql");
    QProcess load;
    load.setStandardOutputFile(sql);
    load.start(loader, {"-s", "32652", "-t", "256x256", "-I", "-C", "-M", tif(), "public.forest"});
    QVERIFY(load.waitForFinished(120000));
    QVERIFY2(load.exitCode() == 0, load.readAllStandardError().constData());
    QVERIFY2(cluster_.sql(QStringLiteral("CREATE EXTENSION postgis_raster")), qPrintable(cluster_.error()));
    QVERIFY2(cluster_.sql(QStringLiteral("\\i ") + sql), qPrintable(cluster_.error()));
    QString tiles;
    QVERIFY(cluster_.sql(QStringLiteral("SELECT count(*) FROM forest"), QStringLiteral("hp"), QStringLiteral("postgres"), &tiles));
    QCOMPARE(tiles.trimmed(), QStringLiteral("132"));  // 3000 x 3200 px: 12 x 13 tiles less 24 of only no-data, left out
  }

  void capacityFromTheTable() {
    expectSameOutput(QStringList{"capacity"} + layers(tif()), QStringList{"capacity"} + layers(table()), "capacity.csv");
    // What the figures are (docs/TEAMS.md): the reserve's row.
    const QList<QByteArray> rows = readFile(path("b-capacity.csv")).split('\n');
    for (const QByteArray& row : rows)
      if (row.startsWith("reserve,")) qInfo("reserve: %s", row.constData());
    qInfo("header: %s; %d rows", rows.value(0).constData(), int(rows.size()) - 2);
  }

  void rankFromTheTable() {
    expectSameOutput(QStringList{"rank", "--budget", "3000000"} + layers(tif()),
                     QStringList{"rank", "--budget", "3000000"} + layers(table()), "rank.csv");
  }

  void projectNamingTheTable() {
    project::Project p = project::loadProject((sample_ + "/sample.hplan").toStdString()).project;
    bool named = false;
    for (project::LayerRef& l : p.layers)
      if (l.role == project::LayerRole::Forest) l.path = table().toStdString(), named = true;
    for (project::ForestVersion& v : p.forestVersions)
      if (v.path == tif().toStdString()) v.path = table().toStdString();
    QVERIFY(named);
    const QString hplan = sample_ + QStringLiteral("/pg-forest.hplan");
    project::saveProject(p, hplan.toStdString());

    // A database is external to a project file: refused, naming it, until allowed.
    test::CliResult r = test::runCli({"capacity", "--project", hplan, "--out", path("refused.csv")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--allow-external")) && r.err.contains(QStringLiteral("table=forest")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path("refused.csv")));
    expectSameOutput({"capacity", "--project", sample_ + "/sample.hplan"}, {"capacity", "--project", hplan, "--allow-external"},
                     "project.csv");

    // Published to the same database: the raster is one of its own tables, opened without asking.
    const QString location = QString::fromStdString(project::databaseLocation(cluster_.uri(), "pgforest"));
    r = test::runCli({"copy-project", "--from", hplan, "--to", location, "--allow-external"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    expectSameOutput({"capacity", "--project", sample_ + "/sample.hplan", "--candidates"},
                     {"capacity", "--project", location, "--candidates"}, "db-project.csv");

    // A raster table in another database stays external to it, as another server's vector table is.
    QVERIFY2(cluster_.sql(QStringLiteral("CREATE DATABASE other")), qPrintable(cluster_.error()));
    const std::string elsewhere = table().replace(QStringLiteral(" dbname=hp "), QStringLiteral(" dbname=other ")).toStdString();
    QVERIFY(elsewhere.find("dbname=other") != std::string::npos);
    for (project::LayerRef& l : p.layers)
      if (l.role == project::LayerRole::Forest) l.path = elsewhere;
    for (project::ForestVersion& v : p.forestVersions)
      if (v.path == table().toStdString()) v.path = elsewhere;
    project::saveProject(p, hplan.toStdString());
    const QString other = QString::fromStdString(project::databaseLocation(cluster_.uri(), "elsewhere"));
    r = test::runCli({"copy-project", "--from", hplan, "--to", other, "--allow-external"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = test::runCli({"capacity", "--project", other, "--candidates", "--out", path("refused.csv")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("dbname=other")) && r.err.contains(QStringLiteral("--allow-external")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path("refused.csv")));
  }

  void tableThatIsNotThere() {
    const QString out = path(QStringLiteral("none.csv"));
    const QString withPassword = table(QStringLiteral("no_such_forest")).replace(" table=", " password=s3cret table=");
    for (const QString& source : {table(QStringLiteral("no_such_forest")), withPassword}) {
      const test::CliResult r = test::runCli(QStringList{"capacity"} + layers(source) + QStringList{"--out", out});
      QCOMPARE(r.exitCode, 1);
      QVERIFY2(r.err.trimmed().count('\n') == 0, qPrintable(r.err));
      QVERIFY2(r.err.contains(QStringLiteral("no_such_forest")), qPrintable(r.err));
      QVERIFY2(!r.err.contains(QStringLiteral("s3cret")), qPrintable(r.err));
      QVERIFY(!QFile::exists(out));
      qInfo("%s", qPrintable(r.err.trimmed()));
    }
  }
};

QTEST_GUILESS_MAIN(TestPgRasterCli)
#include "test_pg_raster_cli.moc"
