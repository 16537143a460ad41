// SPDX-License-Identifier: GPL-3.0-or-later
// The throwaway PostgreSQL server the team-project tests run against: it starts with PostGIS, keeps
// committed data across a crash (SIGKILL of every server process) and restarts on the same data.
#include <QtTest>

#include "support/PgCluster.h"

using hp::test::PgCluster;

class TestPgCluster : public QObject {
  Q_OBJECT

 private slots:
  void startsWithPostgis() {
    PgCluster cluster;
    HP_START_PG_CLUSTER(cluster);
    QString out;
    QVERIFY2(cluster.sql(QStringLiteral("SELECT ST_Area(ST_MakeEnvelope(0, 0, 3, 4)), ST_AsText(ST_Centroid(ST_MakeEnvelope(0, 0, 3, 4)))"), QStringLiteral("hp"),
                         QStringLiteral("postgres"), &out),
             qPrintable(cluster.error()));
    QCOMPARE(out, QStringLiteral("12|POINT(1.5 2)"));
    QVERIFY(QFileInfo::exists(cluster.socketDir() + QStringLiteral("/.s.PGSQL.5432")));
    QVERIFY(cluster.conninfo().find("host=" + cluster.socketDir().toStdString()) == 0);
  }

  // Also: the folder goes with the object.
  void committedDataSurvivesAKill() {
    QString folder;
    {
      PgCluster cluster;
      HP_START_PG_CLUSTER(cluster);
      folder = cluster.socketDir();
      QVERIFY2(cluster.sql(QStringLiteral("CREATE TABLE t (v int); INSERT INTO t VALUES (41), (1)")), qPrintable(cluster.error()));
      const qint64 before = cluster.postmasterPid();
      QVERIFY2(cluster.killAndRestart(), qPrintable(cluster.error()));
      QVERIFY(cluster.postmasterPid() != before);
      QString out;
      QVERIFY2(cluster.sql(QStringLiteral("SELECT sum(v) FROM t"), QStringLiteral("hp"), QStringLiteral("postgres"), &out),
               qPrintable(cluster.error()));
      QCOMPARE(out, QStringLiteral("42"));
    }
    QVERIFY(!QFileInfo::exists(folder));
  }
};

QTEST_GUILESS_MAIN(TestPgCluster)
#include "test_pg_cluster.moc"
