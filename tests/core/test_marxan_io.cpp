// SPDX-License-Identifier: GPL-3.0-or-later
// Marxan files: round trips, the variants Marxan users write by hand, and errors that name the
// file, the line and the problem.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "geo/Error.h"
#include "io/DelimitedReader.h"
#include "marxan/MarxanFiles.h"
#include "marxan/MarxanResults.h"
#include "marxan/MarxanSolve.h"

using namespace hp;
using namespace hp::ranking;

static void writeFile(const QString& path, const QByteArray& text) {
  QDir().mkpath(QFileInfo(path).absolutePath());
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) qFatal("cannot write %s", qPrintable(path));
  f.write(text);
}

static QByteArray readFile(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return f.readAll();
}

// Numbers that only survive a round trip when written with all their digits.
static MarxanProblem awkwardProblem() {
  MarxanProblem p;
  p.blm = 0.1 + 0.2;  // 0.30000000000000004
  p.units = {{7, 1.0 / 3.0, MarxanStatus::Available}, {3, 1e-300, MarxanStatus::InitialReserve},
             {1000000007, 12345678.9, MarxanStatus::LockedIn}, {-4, 0.0, MarxanStatus::LockedOut}};
  p.features = {{1, "Amur leopard, female range", 0.0, 0.3, 1000.0}, {2, "Ungulates", 2.5, 0.0, 1.5}, {9, "", 7.0, 0.0, 0.0}};
  p.amounts = {{0, 0, 2.0 / 3.0}, {0, 2, 1.5}, {1, 1, 4.0}, {2, 3, 7.25}, {1, 3, 1e-9}};
  p.boundaries = {{0, 1, 1000.0 / 7.0}, {1, 1, 5.5}, {2, 3, 0.1}};
  return p;
}

static QString errorText(const std::function<void()>& f, ErrorCode* code = nullptr) {
  try {
    f();
  } catch (const Error& e) {
    if (code) *code = e.code();
    return QString::fromStdString(e.what());
  }
  return {};
}

class TestMarxanIo : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

  // A hand-written project: tab-separated pu.dat with quoted headers, CRLF in spec.dat, input.dat
  // with prose, unknown keys and Marxan's usual parameters.
  QString handWritten(const QString& name, const QByteArray& pu, const QByteArray& spec, const QByteArray& puvspr,
                      const QByteArray& bound) {
    const QString dir = tmp_.filePath(name);
    writeFile(dir + "/input.dat",
              "Input file for Annealing program.\n\nGeneral Parameters\nVERSION 0.1\nBLM 2.5\nPROP 0.5\nRANDSEED -1\n"
              "NUMREPS 100\nNUMITNS 1000000\n\nInput Files\nINPUTDIR data\nSPECNAME spec.csv\nPUNAME pu.txt\n"
              "PUVSPRNAME puvspr.dat\nBOUNDNAME bound.dat\n\nSave Files\nSCENNAME scen1\nSAVEBEST 3\nOUTPUTDIR results\n");
    writeFile(dir + "/data/pu.txt", pu);
    writeFile(dir + "/data/spec.csv", spec);
    writeFile(dir + "/data/puvspr.dat", puvspr);
    writeFile(dir + "/data/bound.dat", bound);
    return dir + "/input.dat";
  }

  QString validProject(const QString& name) {
    return handWritten(name, "\"id\"\t\"cost\"\t\"status\"\n1\t10\t0\n2\t20.5\t2\n3\t1e1\t3\n\n",
                       "id,prop,target,spf,name\r\n1,0.5,0,10,leopard\r\n2,0,4,1,deer\r\n",
                       "species,pu,amount\n1,1,3\n1,2,1\n2,2,4\n2,3,2\n",
                       "id1,id2,boundary\n1,2,1.5\n2,3,2\n1,1,4\n");
  }

 private slots:
  void initTestCase() { QVERIFY(tmp_.isValid()); }

  void numbersIgnoreTheLocaleAndReadBackExactly() {
    QCOMPARE(parseNumber(" 2.5 ").value_or(-1), 2.5);
    QCOMPARE(parseNumber("+1e3").value_or(-1), 1000.0);
    QVERIFY(!parseNumber("2,5"));
    QVERIFY(!parseNumber("nan"));
    QVERIFY(!parseNumber("12abc"));
    QCOMPARE(parseInteger("12.0").value_or(-1), std::int64_t(12));
    QVERIFY(!parseInteger("12.5"));
    QCOMPARE(formatNumber(0.1 + 0.2), std::string("0.30000000000000004"));
    QCOMPARE(parseNumber(formatNumber(1.0 / 3.0)).value_or(0), 1.0 / 3.0);
  }

  void projectRoundTrip() {
    const MarxanProblem p = awkwardProblem();
    MarxanSettings settings;
    settings.numReps = 25;
    const std::string inputDat = writeMarxanProject(tmp_.filePath("roundtrip").toStdString(), p, settings);
    const MarxanProject back = readMarxanProject(inputDat);
    QVERIFY(back.warnings.empty());
    // The name's comma cannot survive a comma-separated file; it is written as a space.
    MarxanProblem expected = p;
    expected.features[0].name = "Amur leopard  female range";
    QVERIFY(back.problem == expected);
    QCOMPARE(back.settings.numReps, 25);
    QCOMPARE(back.settings.boundName, std::string("bound.dat"));
    QCOMPARE(back.problem.blm, 0.1 + 0.2);
    QCOMPARE(back.outputDirectory, (QDir(tmp_.filePath("roundtrip")).absolutePath() + "/output").toStdString());
    // The header Marxan expects.
    QVERIFY(readFile(tmp_.filePath("roundtrip/input/pu.dat")).startsWith("id,cost,status\n"));
    QVERIFY(readFile(tmp_.filePath("roundtrip/input.dat")).contains("\nBOUNDNAME bound.dat\n"));
  }

  void readsHandWrittenVariants() {
    const MarxanProject project = readMarxanProject(validProject("valid").toStdString());
    const MarxanProblem& p = project.problem;
    QCOMPARE(p.blm, 2.5);
    QCOMPARE(project.settings.numReps, 100);
    QCOMPARE(project.settings.scenarioName, std::string("scen1"));
    QCOMPARE(p.units.size(), std::size_t(3));
    QCOMPARE(p.units[1].cost, 20.5);
    QCOMPARE(p.units[1].status, MarxanStatus::LockedIn);
    QCOMPARE(p.units[2].cost, 10.0);
    QCOMPARE(p.units[2].status, MarxanStatus::LockedOut);
    QCOMPARE(p.features[0].name, std::string("leopard"));
    // Leopard: prop 0.5 of 3 + 1 = 4 is 2; deer: absolute 4.
    QCOMPARE(featureTargets(p), (std::vector<double>{2.0, 4.0}));
    QCOMPARE(p.boundaries.size(), std::size_t(3));
    QCOMPARE(p.boundaries[2].unitA, 0);
    QCOMPARE(p.boundaries[2].unitB, 0);
    QVERIFY(QString::fromStdString(project.outputDirectory).endsWith("/valid/results"));
  }

  void solvesTheHandWrittenProject() {
    // Unit 2 is locked in (cost 20.5, leopard 1, deer 4), unit 3 locked out. Leopard needs 2: unit 1
    // (cost 10) must join. Score = 30.5 + BLM 2.5 × boundary; boundary of {1,2}: external of 1 = 4,
    // side (2,3) = 2 with 3 out; side (1,2) inside: 6. Score 30.5 + 15 = 45.5.
    const MarxanProject project = readMarxanProject(validProject("solve").toStdString());
    const MarxanSolveResult r = solveMarxan(project.problem);
    QCOMPARE(r.selected, (std::vector<bool>{true, true, false}));
    QCOMPARE(r.evaluation.boundary, 6.0);
    QCOMPARE(r.evaluation.score, 45.5);

    const MarxanResultPaths paths = writeMarxanResults(tmp_.filePath("solve/out").toStdString(), project.problem, r);
    QCOMPARE(readFile(QString::fromStdString(paths.best)), QByteArray("PUID,SOLUTION\n1,1\n2,1\n3,0\n"));
    const QList<QByteArray> sum = readFile(QString::fromStdString(paths.summary)).split('\n');
    QVERIFY(sum[0].startsWith("Run_Number,Score,Cost,Planning_Units,Connectivity,Penalty,Shortfall,Missing_Values,MPM,Targets_Met"));
    QVERIFY2(sum[1].startsWith("1,45.5,30.5,2,6,0,0,0,1,2,2,"), sum[1].constData());
    const QByteArray mv = readFile(QString::fromStdString(paths.missingValues));
    QVERIFY(mv.contains("\n1,leopard,2,4,yes,1\n"));  // held: 3 + 1
    QVERIFY(mv.contains("\n2,deer,4,4,yes,1\n"));
    const nlohmann::json j = nlohmann::json::parse(readFile(QString::fromStdString(paths.summaryJson)).toStdString());
    QCOMPARE(j["score"].get<double>(), 45.5);
    QCOMPARE(j["targets_met"].get<int>(), 2);
    QCOMPARE(j["selected_ids"], nlohmann::json::array({1, 2}));
    QCOMPARE(j["feature_results"][1]["held"].get<double>(), 4.0);

    // Our own output_best reads back as a selection.
    const MarxanSolutionColumn best = readMarxanSolution(paths.best);
    QCOMPARE(selectionFromMarxanSolution(project.problem, best), r.selected);
  }

  void readsMarxanSolutionFiles() {
    // Marxan quotes its csv headers; output_ssoln counts how many runs chose each unit.
    writeFile(tmp_.filePath("sol/output_best.csv"), "\"PUID\",\"SOLUTION\"\n3,1\n1,0\n2,1\n");
    writeFile(tmp_.filePath("sol/output_ssoln.csv"), "\"planning_unit\",\"number\"\n1,0\n2,100\n3,37\n");
    writeFile(tmp_.filePath("sol/output_best.txt"), "planning_unit\tsolution\n1\t1\n2\t0\n");
    const MarxanProblem p = readMarxanProject(validProject("sol-problem").toStdString()).problem;

    const MarxanSolutionColumn best = readMarxanSolution(tmp_.filePath("sol/output_best.csv").toStdString());
    QCOMPARE(best.valueName, std::string("SOLUTION"));
    QCOMPARE(best.unitIds, (std::vector<std::int64_t>{3, 1, 2}));
    QCOMPARE(selectionFromMarxanSolution(p, best), (std::vector<bool>{false, true, true}));

    const MarxanSolutionColumn ssoln = readMarxanSolution(tmp_.filePath("sol/output_ssoln.csv").toStdString());
    QCOMPARE(ssoln.valueName, std::string("number"));
    QCOMPARE(ssoln.values, (std::vector<double>{0, 100, 37}));

    const MarxanSolutionColumn txt = readMarxanSolution(tmp_.filePath("sol/output_best.txt").toStdString());
    QCOMPARE(selectionFromMarxanSolution(p, txt), (std::vector<bool>{true, false, false}));

    writeFile(tmp_.filePath("sol/stranger.csv"), "PUID,SOLUTION\n1,1\n99,1\n");
    const MarxanSolutionColumn stranger = readMarxanSolution(tmp_.filePath("sol/stranger.csv").toStdString());
    QVERIFY(errorText([&] { selectionFromMarxanSolution(p, stranger); }).contains("planning unit 99"));
  }

  void badFilesNameFileLineAndProblem_data() {
    QTest::addColumn<QByteArray>("pu");
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QByteArray>("puvspr");
    QTest::addColumn<QByteArray>("bound");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    const QByteArray pu = "id,cost,status\n1,10,0\n2,20,0\n";
    const QByteArray spec = "id,target,name\n1,2,leopard\n";
    const QByteArray puvspr = "species,pu,amount\n1,1,3\n";
    const QByteArray bound = "id1,id2,boundary\n1,2,1\n";
    QTest::newRow("pu without cost") << QByteArray("id,status\n1,0\n") << spec << puvspr << bound << "pu.txt"
                                     << "line 1: missing column 'cost'";
    QTest::newRow("text cost") << QByteArray("id,cost,status\n1,10,0\n2,ten,0\n") << spec << puvspr << bound << "pu.txt"
                               << "line 3: cost 'ten' is not a number";
    QTest::newRow("status 5") << QByteArray("id,cost,status\n1,10,5\n") << spec << puvspr << bound << "pu.txt"
                              << "line 2: status 5 is not 0, 1, 2 (locked in) or 3 (locked out)";
    QTest::newRow("duplicate pu") << QByteArray("id,cost\n1,10\n1,11\n") << spec << puvspr << bound << "pu.txt"
                                  << "line 3: planning unit 1 is listed twice";
    QTest::newRow("negative cost") << QByteArray("id,cost\n1,-1\n") << spec << puvspr << bound << "pu.txt"
                                   << "line 2: cost -1 is negative";
    QTest::newRow("short row") << QByteArray("id,cost,status\n1,10\n") << spec << puvspr << bound << "pu.txt"
                               << "line 2: no value in column 'status'";
    QTest::newRow("spec without target") << pu << QByteArray("id,name\n1,x\n") << puvspr << bound << "spec.csv"
                                         << "missing column 'target' or 'prop'";
    QTest::newRow("prop above 1") << pu << QByteArray("id,prop\n1,1.5\n") << puvspr << bound << "spec.csv"
                                  << "line 2: prop 1.5 is not between 0 and 1";
    QTest::newRow("unknown pu in puvspr") << pu << spec << QByteArray("species,pu,amount\n1,1,3\n1,99,2\n") << bound << "puvspr.dat"
                                          << "line 3: planning unit 99 is not listed";
    QTest::newRow("puvspr without amount") << pu << spec << QByteArray("species,pu\n1,1\n") << bound << "puvspr.dat"
                                           << "missing column 'amount'";
    QTest::newRow("unknown pu in bound") << pu << spec << puvspr << QByteArray("id1,id2,boundary\n1,2,1\n2,77,1\n") << "bound.dat"
                                         << "line 3: planning unit 77 is not listed";
    QTest::newRow("text boundary") << pu << spec << puvspr << QByteArray("id1,id2,boundary\n1,2,long\n") << "bound.dat"
                                   << "line 2: boundary 'long' is not a number";
    QTest::newRow("empty pu") << QByteArray("") << spec << puvspr << bound << "pu.txt" << "the file is empty";
  }
  void badFilesNameFileLineAndProblem() {
    QFETCH(QByteArray, pu);
    QFETCH(QByteArray, spec);
    QFETCH(QByteArray, puvspr);
    QFETCH(QByteArray, bound);
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString inputDat = handWritten(QStringLiteral("bad-%1").arg(QTest::currentDataTag()).replace(' ', '-'), pu, spec, puvspr, bound);
    ErrorCode code = ErrorCode::Cancelled;
    const QString text = errorText([&] { readMarxanProject(inputDat.toStdString()); }, &code);
    QCOMPARE(code, ErrorCode::InvalidInput);
    QVERIFY2(text.contains("/data/" + file + ": "), qPrintable(text));
    QVERIFY2(text.contains(message), qPrintable(text));
  }

  void inputDatProblems() {
    ErrorCode code = ErrorCode::Cancelled;
    QVERIFY(errorText([&] { readMarxanProject(tmp_.filePath("nowhere/input.dat").toStdString()); }, &code).contains("nowhere/input.dat"));
    QCOMPARE(code, ErrorCode::FileNotFound);

    writeFile(tmp_.filePath("badblm/input.dat"), "BLM heavy\n");
    const QString text = errorText([&] { readMarxanProject(tmp_.filePath("badblm/input.dat").toStdString()); }, &code);
    QCOMPARE(code, ErrorCode::InvalidInput);
    QVERIFY2(text.contains("badblm/input.dat: invalid input: line 1: BLM 'heavy' is not a non-negative number"), qPrintable(text));

    // Files that input.dat names but that do not exist.
    writeFile(tmp_.filePath("nopu/input.dat"), "PUNAME missing.dat\n");
    QVERIFY(errorText([&] { readMarxanProject(tmp_.filePath("nopu/input.dat").toStdString()); }, &code).contains("input/missing.dat"));
    QCOMPARE(code, ErrorCode::FileNotFound);
  }

  void unknownFeaturesInPuvsprAreSkippedWithAWarning() {
    const QString inputDat = handWritten("extra-feature", "id,cost\n1,1\n", "id,target\n1,1\n", "species,pu,amount\n1,1,2\n5,1,9\n",
                                         "id1,id2,boundary\n");
    const MarxanProject project = readMarxanProject(inputDat.toStdString());
    QCOMPARE(project.problem.amounts.size(), std::size_t(1));
    QCOMPARE(project.warnings.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(project.warnings[0]).contains("1 feature(s) not listed"));
  }
};

QTEST_GUILESS_MAIN(TestMarxanIo)
#include "test_marxan_io.moc"
