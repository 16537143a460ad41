// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli on a project in a team database: copy-project publishes a .hplan and takes it back, and
// commands given --project postgresql://... read (capacity, rank) and change (marxan-import) it as they
// would the file. A read-only role's change fails with exit code 1 and one line naming the database.
#include <QtTest>

#include "project/DatabaseProject.h"
#include "project/ProjectFile.h"
#include "project/ProjectLocation.h"
#include "support/CliRunner.h"
#include "support/PgCluster.h"
#include "support/SquareForestProject.h"

using namespace hp;

class TestPgCli : public QObject {
  Q_OBJECT

  test::PgCluster cluster_;
  QTemporaryDir dir_;
  QString hplan_;

  QString location(const std::string& user = "postgres") const {
    return QString::fromStdString(project::databaseLocation(cluster_.uri("hp", user), "cli"));
  }

  QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
  }

 private slots:
  void initTestCase() {
    HP_START_PG_CLUSTER(cluster_);
    project::Project p = test::writeSquareForestProject(dir_.path().toStdString());
    QVERIFY(!p.layers.empty());
    project::Candidate west;
    west.name = "West";
    west.parcelIds = {"1"};
    project::Candidate both = west;
    both.name = "West and middle";
    both.parcelIds = {"1", "2"};
    p.candidates = {west, both};
    hplan_ = dir_.filePath(QStringLiteral("square.hplan"));
    project::saveProject(p, hplan_.toStdString());
  }

  void publishAndReadLikeAFile() {
    test::CliResult r = test::runCli({"copy-project", "--from", hplan_, "--to", location()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("project=cli")) && r.out.contains(QStringLiteral("2 candidate")), qPrintable(r.out));
    // Publishing over it is refused.
    r = test::runCli({"copy-project", "--from", hplan_, "--to", location()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already holds a project 'cli'")), qPrintable(r.err));

    for (const char* command : {"capacity", "rank"}) {
      QStringList fromFile = {command, "--project", hplan_, "--out", dir_.filePath(QStringLiteral("file-%1.csv").arg(command))};
      QStringList fromDb = {command, "--project", location(), "--out", dir_.filePath(QStringLiteral("db-%1.csv").arg(command))};
      const QStringList extra = QString::fromLatin1(command) == QLatin1String("capacity") ? QStringList{"--candidates"}
                                                                                         : QStringList{"--budget", "3000000"};
      fromFile += extra;
      fromDb += extra;
      r = test::runCli(fromFile);
      QVERIFY2(r.exitCode == 0, qPrintable(r.err));
      r = test::runCli(fromDb);
      QVERIFY2(r.exitCode == 0, qPrintable(r.err));
      const QByteArray a = readFile(dir_.filePath(QStringLiteral("file-%1.csv").arg(command)));
      QVERIFY(a.count('\n') >= 3);
      QCOMPARE(readFile(dir_.filePath(QStringLiteral("db-%1.csv").arg(command))), a);
    }
  }

  void changeAndTakeBack() {
    const QString solution = dir_.filePath(QStringLiteral("output_best.csv"));
    {
      QFile f(solution);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("planning_unit,solution\n1,0\n2,1\n3,1\n");
    }
    test::CliResult r = test::runCli({"marxan-import", "--project", location(), "--solution", solution, "--candidate", "East pair"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    project::DatabaseProject db(location().toStdString());
    const project::Project stored = db.load().project;
    QCOMPARE(stored.candidates.size(), std::size_t(3));
    QCOMPARE(stored.candidates[2].name, std::string("East pair"));
    QCOMPARE(stored.candidates[2].parcelIds, (std::vector<ParcelId>{"2", "3"}));

    QVERIFY(cluster_.sql(QStringLiteral("CREATE ROLE reader LOGIN; GRANT USAGE ON SCHEMA habitat TO reader;"
                                        "GRANT SELECT ON ALL TABLES IN SCHEMA habitat TO reader")));
    r = test::runCli({"marxan-import", "--project", location("reader"), "--solution", solution, "--candidate", "Not mine"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("database hp")) && r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QCOMPARE(db.load().project.candidates.size(), std::size_t(3));

    const QString back = dir_.filePath(QStringLiteral("back.hplan"));
    r = test::runCli({"copy-project", "--from", location("reader"), "--to", back, "--embed"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const project::Project copy = project::loadProject(back.toStdString()).project;
    QCOMPARE(copy.candidates.size(), std::size_t(3));
    QCOMPARE(copy.candidates[2].parcelIds, (std::vector<ParcelId>{"2", "3"}));
    QVERIFY(copy.embedData);
    QVERIFY(project::isEmbeddedReference(copy.layers[2].path, copy.layers[2].layerName));
  }

  // import-layer on a database project: the project has no folder, so the new forest raster goes to
  // forest_versions/ in the working directory and the database stores its absolute path.
  void importLayerIntoTheDatabase() {
    const QString forest = dir_.filePath(QStringLiteral("forest.tif"));
    QVERIFY(QFile::exists(forest));
    const QString work = dir_.filePath(QStringLiteral("work"));
    QVERIFY(QDir().mkpath(work));
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(work));
    const test::CliResult r = test::runCli({"import-layer", "--project", location(), "--file", forest, "--method", "canopy", "--date", "2026-06-01"});
    const test::CliResult denied = test::runCli({"import-layer", "--project", location("reader"), "--file", forest, "--method", "canopy", "--date", "2026-07-01"});
    QVERIFY(QDir::setCurrent(before));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("version\t1\n")), qPrintable(r.out));
    // The same canopy imported again: nothing lost or gained.
    QVERIFY2(r.out.contains(QStringLiteral("lost_pixels\t0\n")) && r.out.contains(QStringLiteral("gained_pixels\t0\n")), qPrintable(r.out));

    project::DatabaseProject db(location().toStdString());
    const project::Project stored = db.load().project;
    QCOMPARE(stored.forestVersions.size(), std::size_t(1));
    QCOMPARE(stored.forestVersions[0].date, std::string("2026-06-01"));
    const QString raster = QString::fromStdString(stored.forestVersions[0].path);
    QVERIFY2(QFileInfo(raster).isAbsolute() && QFile::exists(raster), qPrintable(raster));
    QVERIFY2(QFileInfo(raster).absolutePath().startsWith(QFileInfo(work).canonicalFilePath()), qPrintable(raster));
    QVERIFY2(r.out.contains(QStringLiteral("path\t") + raster), qPrintable(r.out));
    QCOMPARE(stored.candidates.size(), std::size_t(3));  // the candidates are untouched

    // A read-only role: one line naming the database, and the project keeps its one version.
    QCOMPARE(denied.exitCode, 1);
    QVERIFY2(denied.err.contains(QStringLiteral("read-only: role reader may read project 'cli' but not change it (importing imagery refused")), qPrintable(denied.err));
    QVERIFY2(denied.err.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(denied.err));  // refused before any work, so no progress either
    QCOMPARE(db.load().project.forestVersions.size(), std::size_t(1));
    QCOMPARE(QDir(work + QStringLiteral("/forest_versions")).entryList(QDir::Files).size(), 1);  // and no raster left behind
  }
};

QTEST_GUILESS_MAIN(TestPgCli)
#include "test_pg_cli.moc"
