// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli marxan-solve end to end: files in, output_best.csv / output_sum.csv / summary.json
// out, and one line naming the file when the input is bad.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "marxan/MarxanFiles.h"
#include "support/CliRunner.h"

using namespace hp::ranking;


using hp::test::CliResult;
using hp::test::runCli;

static QByteArray readFile(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The 2 x 2 grid of test_marxan_solve: with BLM 1 the optimum is units {1,2}, cost 7, boundary 6, score 13.
static MarxanProblem grid2x2() {
  MarxanProblem p;
  p.blm = 1.0;
  p.units = {{1, 3.0, MarxanStatus::Available}, {2, 4.0, MarxanStatus::Available},
             {3, 4.0, MarxanStatus::Available}, {4, 3.0, MarxanStatus::Available}};
  p.features = {{10, "A", 2.0, 0.0, 1.0}, {20, "B", 2.0, 0.0, 1.0}};
  p.amounts = {{0, 0, 2.0}, {0, 1, 1.0}, {0, 2, 1.0}, {1, 1, 2.0}, {1, 2, 1.0}, {1, 3, 2.0}};
  p.boundaries = {{0, 1, 1.0}, {0, 2, 1.0}, {1, 3, 1.0}, {2, 3, 1.0}};
  for (int i = 0; i < 4; ++i) p.boundaries.push_back({i, i, 2.0});
  return p;
}

class TestMarxanCli : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

 private slots:
  void initTestCase() { QVERIFY(tmp_.isValid()); }

  void solvesAndWritesTheFiles() {
    const QString inputDat = QString::fromStdString(writeMarxanProject(tmp_.filePath("p").toStdString(), grid2x2()));
    const QString out = tmp_.filePath("solution");
    const CliResult r = runCli({"marxan-solve", inputDat, "--out", out, "--time-limit", "20", "--gap", "0"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("score 13  cost 7  boundary 6  units 2 of 4  targets met 2 of 2"), qPrintable(r.out));
    QCOMPARE(readFile(out + "/output_best.csv"), QByteArray("PUID,SOLUTION\n1,1\n2,1\n3,0\n4,0\n"));
    QVERIFY(readFile(out + "/output_sum.csv").split('\n').value(1).startsWith("1,13,7,2,6,0,0,0,1,2,2,0,optimal"));
    QVERIFY(readFile(out + "/summary.json").contains("\"selected_ids\""));
    // Four units: CBC proves the optimum before any neighbourhood is searched.
    QVERIFY(readFile(out + "/summary.json").contains("\"neighbourhoods\": 0"));
    QVERIFY(QFile::exists(out + "/output_mvbest.csv"));
    QVERIFY(r.err.isEmpty());  // CBC's log stays silent
  }

  void blmOverrideAndDefaultOutputFolder() {
    // --blm 0: the cheapest pair {1,4} (cost 6). Without --out the files go to OUTPUTDIR.
    const QString inputDat = QString::fromStdString(writeMarxanProject(tmp_.filePath("q").toStdString(), grid2x2()));
    const CliResult r = runCli({"marxan-solve", inputDat, "--blm", "0"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(readFile(tmp_.filePath("q/output/output_best.csv")), QByteArray("PUID,SOLUTION\n1,1\n2,0\n3,0\n4,1\n"));
  }

  void badInputIsOneLineNamingTheFile() {
    const QString inputDat = QString::fromStdString(writeMarxanProject(tmp_.filePath("bad").toStdString(), grid2x2()));
    QFile pu(tmp_.filePath("bad/input/puvspr.dat"));
    QVERIFY(pu.open(QIODevice::Append));
    pu.write("10,99,1\n");
    pu.close();
    const CliResult r = runCli({"marxan-solve", inputDat, "--out", tmp_.filePath("bad-out")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY2(r.err.contains("bad/input/puvspr.dat") && r.err.contains("line 8") && r.err.contains("planning unit 99"), qPrintable(r.err));
    QVERIFY(!QFile::exists(tmp_.filePath("bad-out/output_best.csv")));

    const CliResult missing = runCli({"marxan-solve", tmp_.filePath("none/input.dat")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("none/input.dat"));

    QCOMPARE(runCli({"marxan-solve", inputDat, "--gap", "-1"}).exitCode, 2);
    QCOMPARE(runCli({"marxan-solve"}).exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(TestMarxanCli)
#include "test_marxan_cli.moc"
