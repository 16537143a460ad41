// SPDX-License-Identifier: GPL-3.0-or-later
// Every habitat-cli command that writes into a project folder is SIGKILLed at random moments spread
// over its measured run time. After each kill the project opens with the product's own reader and is
// exactly the state before the command or the state after it (settings, layers, forest versions with
// their rasters' checksums, candidates), and SQLite's integrity_check says "ok". A full disk during a
// save is one line naming the file and leaves the previous file byte for byte.
//
// HP_KILL_ROUNDS (default 10) sets the kills per command; HP_KILL_SEED repeats a run's moments.
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_alg.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <unistd.h>

#include <chrono>
#include <functional>
#include <thread>

#include "geo/GdalSupport.h"
#include "io/VectorReader.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectFile.h"
#include "support/KillRounds.h"
#include "sample/SampleProject.h"
#include "support/CliRunner.h"
#include "support/PrivateMount.h"

using namespace hp;
using test::integrityCheck;
using test::killRounds;
using test::killSeed;
using test::privateMountCommand;

namespace {



// What a forest version's raster holds: its size and GDAL's checksum, or why it cannot be read.
std::string rasterDigest(const std::string& path) {
  gdal::ErrorCollector quiet;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER));
  if (!ds || ds->GetRasterCount() < 1) return "unreadable";
  GDALRasterBand* band = ds->GetRasterBand(1);
  const int sum = GDALChecksumImage(band, 0, 0, ds->GetRasterXSize(), ds->GetRasterYSize());
  return std::to_string(ds->GetRasterXSize()) + "x" + std::to_string(ds->GetRasterYSize()) + "#" + std::to_string(sum);
}

// Everything a project holds, as text, read by the product's own loadProject; "error: ..." when it
// does not open. Two states compare equal exactly when a user would see the same project.
QString projectState(const QString& path) {
  try {
    const project::Project p = project::loadProject(path.toStdString()).project;
    std::string s = "model " + p.modelJson + "\nactive " + std::to_string(p.activeForestVersion) + "\ncrs " + p.crs.wkt() + "\n";
    for (const project::LayerRef& l : p.layers)
      s += "layer " + l.name + "|" + l.path + "|" + l.layerName + "|" + std::to_string(l.visible) + "|" +
           std::to_string(l.opacity) + "|" + l.styleJson + "\n";
    for (const project::ForestVersion& v : p.forestVersions)
      s += "version " + std::to_string(v.id) + "|" + v.date + "|" + v.path + "|" + v.method + "|" + v.source + "|" +
           rasterDigest(v.path) + "\n";
    for (const project::Candidate& c : p.candidates) {
      s += "candidate " + c.name + "|" + c.color + "|" + std::to_string(c.drawn.size()) + "|";
      for (const ParcelId& id : c.parcelIds) s += id + ",";
      s += "\n";
    }
    return QString::fromStdString(s);
  } catch (const std::exception& e) {
    return QStringLiteral("error: ") + QString::fromUtf8(e.what());
  }
}


// The features of the first layer of a vector file, as text (capacity's .gpkg output).
QString vectorDigest(const QString& path) {
  if (!QFile::exists(path)) return QStringLiteral("missing");
  gdal::ErrorCollector quiet;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
  if (!ds || ds->GetLayerCount() < 1) return QStringLiteral("unreadable");
  QCryptographicHash hash(QCryptographicHash::Sha256);
  long long count = 0;
  for (auto& f : *ds->GetLayer(0)) {
    ++count;
    for (int i = 0; i < f->GetFieldCount(); ++i) hash.addData(QByteArray(f->GetFieldAsString(i)) + '|');
  }
  return QString::number(count) + QLatin1Char(' ') + QString::fromLatin1(hash.result().toHex());
}

// Temporary siblings a killed save leaves behind (.NAME.saving-PID-N.EXT): never the project itself.
int removeLeftovers(const QString& dir) {
  int n = 0;
  for (const QString& name : QDir(dir).entryList({QStringLiteral(".*.saving-*")}, QDir::Files | QDir::Hidden))
    n += QFile::remove(QDir(dir).filePath(name)) ? 1 : 0;
  return n;
}

QByteArray fileBytes(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct KillOutcome {
  int rounds = 0;
  int oldState = 0;
  int newState = 0;
  int finishedFirst = 0;  // the command had exited before the kill (counted in newState)
  int leftovers = 0;
  qint64 runMs = 0;
  qint64 latestKillMs = 0;
};

}  // namespace

class TestCliProjectKill : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString dir_;       // the sample folder the commands write into
  QString project_;   // its sample.hplan
  QString original_;  // a copy of sample.hplan as written, to restore before each round
  QString solution_;  // a Marxan solution of the sample's parcels

  void restoreProject() {
    QFile::remove(project_);
    QVERIFY(QFile::copy(original_, project_));
    QDir(dir_ + QStringLiteral("/forest_versions")).removeRecursively();
    removeLeftovers(dir_);
  }

  // Runs `args` once whole (its time and the state after), then `rounds` times killed after a random
  // delay in [0, 1.25 x run time), classifying the state each kill leaves. `state` reads the outcome.
  KillOutcome killLoop(const char* name, const QStringList& args, const std::function<void()>& restore,
                       const std::function<QString()>& state) {
    KillOutcome outcome;
    restore();
    const QString before = state();
    QElapsedTimer timer;
    timer.start();
    const test::CliResult whole = test::runCli(args);
    outcome.runMs = timer.elapsed();
    if (whole.exitCode != 0) qWarning("%s", qPrintable(whole.err));
    if (whole.exitCode != 0) return outcome;
    const QString after = state();
    if (after == before) return outcome;

    const quint32 seed = killSeed();
    qInfo("%s: seed %u (HP_KILL_SEED=%u repeats it), a whole run takes %lld ms", name, seed, seed, outcome.runMs);
    QRandomGenerator rng(seed);
    const int rounds = killRounds();
    for (int round = 0; round < rounds; ++round) {
      restore();
      const qint64 delayUs = qint64(rng.bounded(double(outcome.runMs) * 1250.0));
      QProcess child;
      child.setStandardOutputFile(QProcess::nullDevice());
      child.setStandardErrorFile(QProcess::nullDevice());
      child.start(QStringLiteral(HP_CLI_PATH), args);
      if (!child.waitForStarted()) return outcome;
      std::this_thread::sleep_for(std::chrono::microseconds(delayUs));
      const bool exited = child.state() == QProcess::NotRunning || child.waitForFinished(0);
      child.kill();  // SIGKILL: no destructor, no atexit, no flush runs
      child.waitForFinished(10000);
      const QString now = state();
      const QString check = integrityCheck(project_);
      if (check != QLatin1String("ok") || (now != before && now != after)) {
        qWarning("%s round %d (kill after %lld us): integrity %s; state:\n%s\nold:\n%s\nnew:\n%s", name, round, delayUs,
                 qPrintable(check), qPrintable(now), qPrintable(before), qPrintable(after));
        return outcome;
      }
      ++outcome.rounds;
      if (now == before) ++outcome.oldState;
      else ++outcome.newState;
      if (exited) ++outcome.finishedFirst;
      outcome.leftovers += removeLeftovers(dir_);
      outcome.latestKillMs = std::max(outcome.latestKillMs, delayUs / 1000);
    }
    qInfo("%s: %d kills between 0 and %lld ms: %d old state, %d new state (%d of them had finished), "
          "%d temporary files left beside the project",
          name, outcome.rounds, outcome.latestKillMs, outcome.oldState, outcome.newState, outcome.finishedFirst,
          outcome.leftovers);
    return outcome;
  }

  void verifyOutcome(const KillOutcome& o) {
    QVERIFY2(o.runMs > 0 && o.rounds == killRounds(), "a kill left a state that is neither the old nor the new one");
    QVERIFY2(o.oldState > 0, "no kill landed before the command's write");
  }

 private slots:
  void initTestCase() {
    gdal::ensureRegistered();
    dir_ = tmp_.filePath(QStringLiteral("s"));
    project_ = QString::fromStdString(project::writeSample(dir_.toStdString()));
    original_ = tmp_.filePath(QStringLiteral("original.hplan"));
    QVERIFY(QFile::copy(project_, original_));

    // A solution choosing every other parcel of the sample; its unit numbers are the parcel ids.
    const project::Project p = project::loadProject(project_.toStdString()).project;
    VectorReadOptions read;
    read.layerName = p.layer(project::LayerRole::Parcels)->layerName;
    const std::vector<ParcelId> ids = project::projectParcelIds(readVectorLayer(p.layer(project::LayerRole::Parcels)->path, read));
    QVERIFY(ids.size() > 10);
    solution_ = tmp_.filePath(QStringLiteral("output_best.csv"));
    QFile f(solution_);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("planning_unit,solution\n");
    for (std::size_t i = 0; i < ids.size(); ++i) f.write(QByteArray::fromStdString(ids[i]) + (i % 2 ? ",1\n" : ",0\n"));
  }

  void importLayer() {
    const QStringList args = {QStringLiteral("import-layer"), QStringLiteral("--project"), project_, QStringLiteral("--file"),
                              dir_ + QStringLiteral("/forest.tif"), QStringLiteral("--method"), QStringLiteral("canopy"),
                              QStringLiteral("--date"), QStringLiteral("2025-06-01")};
    verifyOutcome(killLoop("import-layer", args, [this] { restoreProject(); }, [this] { return projectState(project_); }));
  }

  void marxanImport() {
    const QStringList args = {QStringLiteral("marxan-import"), QStringLiteral("--project"), project_, QStringLiteral("--solution"),
                              solution_, QStringLiteral("--candidate"), QStringLiteral("Marxan kill")};
    verifyOutcome(killLoop("marxan-import", args, [this] { restoreProject(); }, [this] { return projectState(project_); }));
  }

  // capacity reads the project and writes its table into the project's folder: the project stays as
  // it was and the table is the previous one or the whole new one, never a part.
  void capacityIntoProjectFolder() {
    const QString out = dir_ + QStringLiteral("/capacity.gpkg");
    const QString previous = tmp_.filePath(QStringLiteral("previous-capacity.gpkg"));
    {  // the previous table: one row
      GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
          previous.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
      OGRLayer* layer = ds->CreateLayer("capacity", nullptr, wkbNone, nullptr);
      OGRFieldDefn id("id", OFTString);
      QCOMPARE(layer->CreateField(&id), OGRERR_NONE);
      OGRFeature f(layer->GetLayerDefn());
      f.SetField("id", "previous");
      QCOMPARE(layer->CreateFeature(&f), OGRERR_NONE);
    }
    const QStringList args = {QStringLiteral("capacity"), QStringLiteral("--project"), project_, QStringLiteral("--out"), out};
    auto restore = [&] {
      restoreProject();
      removeLeftovers(dir_);
      QFile::remove(out);
      QVERIFY(QFile::copy(previous, out));
    };
    restore();  // the earlier tests may leave their new state: start from the old one, as every round does
    const QString projectBefore = projectState(project_);
    const KillOutcome o = killLoop("capacity", args, restore, [&] { return projectState(project_) + vectorDigest(out); });
    verifyOutcome(o);
    QCOMPARE(projectState(project_), projectBefore);
  }

  // The project folder on a tmpfs that is full: each writing command fails with one line naming the
  // project and the lack of space, exits 1, and the project file is byte for byte what it was.
  void fullDisk() {
    const QStringList mount = privateMountCommand();
    if (mount.isEmpty())
      QSKIP("cannot mount a small tmpfs here (unshare --user --map-root-user --mount failed and not root)");
    const QString disk = tmp_.filePath(QStringLiteral("disk"));
    const QString out = tmp_.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(disk) && QDir().mkpath(out));
    restoreProject();
    qint64 bytes = 0;
    for (const QFileInfo& f : QDir(dir_).entryInfoList(QDir::Files)) bytes += f.size();
    // The sample and the solution fit with 1 MiB to spare; the filler then takes every free block.
    const QString script = QStringLiteral(
        "D=$1; SRC=$2; OUT=$3; CLI=$4; SOL=$5\n"
        "mount -t tmpfs -o size=$6k tmpfs \"$D\" || exit 97\n"
        "cp \"$SRC\"/* \"$D\"/ && cp \"$SOL\" \"$D/output_best.csv\" || exit 98\n"
        "cp \"$D/sample.hplan\" \"$OUT/before.hplan\"\n"
        "dd if=/dev/zero of=\"$D/filler\" bs=4k 2>/dev/null\n"
        "\"$CLI\" marxan-import --project \"$D/sample.hplan\" --solution \"$D/output_best.csv\" --candidate Full "
        ">/dev/null 2>\"$OUT/marxan.err\"; echo $? >\"$OUT/marxan.rc\"\n"
        "cp \"$D/sample.hplan\" \"$OUT/after-marxan.hplan\"\n"
        "\"$CLI\" import-layer --project \"$D/sample.hplan\" --file \"$D/forest.tif\" --method canopy "
        ">/dev/null 2>\"$OUT/import.err\"; echo $? >\"$OUT/import.rc\"\n"
        "cp \"$D/sample.hplan\" \"$OUT/after-import.hplan\"\n"
        "ls -a \"$D\" \"$D/forest_versions\" >\"$OUT/ls.txt\" 2>&1\n");
    QProcess child;
    child.start(mount.front(), mount.mid(1) + QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                                                          disk, dir_, out, QStringLiteral(HP_CLI_PATH), solution_,
                                                          QString::number(bytes / 1024 + 1024)});
    QVERIFY(child.waitForFinished(120000));
    QVERIFY2(child.exitCode() == 0, qPrintable(QString::fromUtf8(child.readAllStandardError())));
    const QByteArray before = fileBytes(out + QStringLiteral("/before.hplan"));
    QVERIFY(!before.isEmpty());
    const QString projectOnDisk = disk + QStringLiteral("/sample.hplan");
    for (const QString& command : {QStringLiteral("marxan"), QStringLiteral("import")}) {
      // Progress lines ("import: 40%") may come first; the error is one line of its own.
      QStringList errors;
      for (const QString& line : QString::fromUtf8(fileBytes(out + QLatin1Char('/') + command + QStringLiteral(".err"))).split('\n'))
        if (line.startsWith(QLatin1String("habitat-cli"))) errors << line;
      QCOMPARE(errors.size(), 1);
      const QString err = errors.front();
      qInfo("%s on a full disk: %s", qPrintable(command), qPrintable(err));
      QCOMPARE(fileBytes(out + QLatin1Char('/') + command + QStringLiteral(".rc")).trimmed(), QByteArray("1"));
      QVERIFY2(err.contains(projectOnDisk) || err.contains(disk), qPrintable(err));
      QVERIFY2(err.contains(QStringLiteral("no space left"), Qt::CaseInsensitive), qPrintable(err));
      QVERIFY(fileBytes(out + QStringLiteral("/after-") + command + QStringLiteral(".hplan")) == before);
    }
    const QString listing = QString::fromUtf8(fileBytes(out + QStringLiteral("/ls.txt")));
    QVERIFY2(!listing.contains(QStringLiteral(".saving-")), qPrintable(listing));
  }
};

QTEST_GUILESS_MAIN(TestCliProjectKill)
#include "test_cli_project_kill.moc"
