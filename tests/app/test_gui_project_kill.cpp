// SPDX-License-Identifier: GPL-3.0-or-later
// Saving is atomic: a process saving a big project in a loop is killed (SIGKILL) at random moments,
// and each time the file on disk reads back as exactly one of the states that were saved. The test
// runs itself as the saving child (`--save-loop PATH`), so no extra helper program is needed. The
// GUI's File > Save and its autosave both write through saveProject (PlanDocument, ProjectController,
// ProjectAutosave); both targets are killed: the project file and its `.autosave` beside it.
// HP_KILL_ROUNDS (default 10) sets the kills per target, HP_KILL_SEED repeats a run's moments.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <string>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geo/GdalSupport.h"
#include "project/ProjectFile.h"
#include "support/KillRounds.h"

using namespace hp;
using test::integrityCheck;
using test::killRounds;
using test::killSeed;

namespace {
constexpr int kCandidates = 60;
constexpr int kParcels = 400;

// State k: every candidate is named "s<k>-<i>" and holds parcels k*100000 + i*1000 + 0..kParcels-1,
// so a file mixing two states (or cut short) is told apart from every saved one.
project::Project state(int k) {
  project::Project p;
  p.crs = Crs::fromEpsg(32652);
  p.modelJson = "{\"state\":" + std::to_string(k) + "}";
  for (int i = 0; i < kCandidates; ++i) {
    project::Candidate c;
    c.name = "s" + std::to_string(k) + "-" + std::to_string(i);
    for (int j = 0; j < kParcels; ++j) c.parcelIds.push_back(std::to_string(std::int64_t(k) * 100000 + i * 1000 + j));
    p.candidates.push_back(std::move(c));
  }
  return p;
}

int saveLoop(const char* path) {
  for (int k = 0;; ++k) {
    project::saveProject(state(k), path);
    std::printf("saved %d\n", k);
    std::fflush(stdout);
  }
}

// Which state `p` is, or -1 when it is none of them exactly.
int whichState(const project::Project& p) {
  if (p.candidates.size() != std::size_t(kCandidates)) return -1;
  const std::string& first = p.candidates.front().name;
  const int k = std::stoi(first.substr(1, first.find('-') - 1));
  const project::Project expected = state(k);
  if (p.modelJson != expected.modelJson) return -1;
  for (int i = 0; i < kCandidates; ++i) {
    if (p.candidates[i].name != expected.candidates[i].name) return -1;
    if (p.candidates[i].parcelIds != expected.candidates[i].parcelIds) return -1;
  }
  return k;
}



}  // namespace

class TestGuiProjectKill : public QObject {
  Q_OBJECT
 private slots:
  void killedWhileSavingLeavesASavedState_data() {
    QTest::addColumn<QString>("fileName");
    QTest::newRow("save") << QStringLiteral("big.hplan");
    QTest::newRow("autosave") << QStringLiteral("big.hplan.autosave");
  }

  void killedWhileSavingLeavesASavedState() {
    QFETCH(QString, fileName);
    gdal::ensureRegistered();
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    const quint32 seed = killSeed();
    qInfo("seed %u (HP_KILL_SEED=%u repeats it)", seed, seed);
    QRandomGenerator rng(seed);
    int killsDuringSaving = 0, inProgress = 0;
    const int rounds = killRounds();
    for (int round = 0; round < rounds; ++round) {
      QProcess child;
      child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--save-loop"), path});
      QVERIFY(child.waitForStarted());
      // Wait for the first save of this round, then kill at a random moment within the next saves.
      QVERIFY(child.waitForReadyRead(20000));
      QTest::qWait(int(rng.bounded(20, 400)));
      child.kill();  // SIGKILL on Unix: no cleanup runs
      QVERIFY(child.waitForFinished(5000));
      const QByteArray out = child.readAllStandardOutput();
      const int lastSaved = out.trimmed().split('\n').last().mid(6).toInt();
      if (lastSaved > 0) ++killsDuringSaving;

      const auto loaded = project::loadProject(path.toStdString());
      const int k = whichState(loaded.project);
      QVERIFY2(k >= 0, "the file is not one of the saved states");
      QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
      // The file holds the last completed save or the one that was being renamed into place.
      QVERIFY2(k == lastSaved || k == lastSaved + 1,
               qPrintable(QStringLiteral("file state %1, last reported %2").arg(k).arg(lastSaved)));
      if (k == lastSaved + 1) ++inProgress;
      // The killed save's temporary file is all that may be left beside it.
      for (const QString& name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
        if (name != fileName) {
          QVERIFY2(name.contains(QLatin1String(".saving-")), qPrintable(name));
          QFile::remove(dir.filePath(name));
        }
    }
    qInfo("%s: %d kills, %d during a later save, %d caught between the write and the report", qPrintable(fileName), rounds,
          killsDuringSaving, inProgress);
    QVERIFY(killsDuringSaving > 0);
  }
};

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "--save-loop") == 0) return saveLoop(argv[2]);
  QCoreApplication app(argc, argv);
  TestGuiProjectKill test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_gui_project_kill.moc"
