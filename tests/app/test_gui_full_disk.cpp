// SPDX-License-Identifier: GPL-3.0-or-later
// Saving onto a full disk from the main window: File > Save and the autosave each fail with one clear
// message naming the file and the lack of space; the project file stays byte for byte what it was,
// the window keeps every edit (still modified), and once space is freed the same Save writes them.
// The disk is a small tmpfs in a mount namespace of the test's own: the test runs itself as the child
// (`fullDiskChild`, with HP_FULL_DISK_DIR set), so nothing on the machine fills up.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include "gui/MainWindow.h"
#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectAutosave.h"
#include "gui/workspace/ProjectController.h"
#include "support/PrivateMount.h"
#include "support/UnattendedWindow.h"

using namespace hp;
using namespace hp::gui;

namespace {
QByteArray fileBytes(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes zeros into `path` until the file system refuses; returns the bytes written.
qint64 fillDisk(const QString& path) {
  QFile filler(path);
  if (!filler.open(QIODevice::WriteOnly)) return -1;
  const QByteArray block(64 * 1024, '\0');
  qint64 total = 0;
  for (;;) {
    const qint64 n = filler.write(block);
    if (n <= 0 || !filler.flush()) break;
    total += n;
  }
  // The last partial block: byte by byte, so not one free block is left.
  while (filler.write(block.constData(), 1) == 1 && filler.flush()) ++total;
  return total;
}

QStringList hiddenTemporaries(const QString& dir) {
  return QDir(dir).entryList({QStringLiteral(".*.saving-*")}, QDir::Files | QDir::Hidden);
}
}  // namespace

class TestGuiFullDisk : public QObject {
  Q_OBJECT
 private slots:
  void saveOnAFullDiskKeepsTheEdits() {
    const QStringList mount = test::privateMountCommand();
    if (mount.isEmpty())
      QSKIP("cannot mount a small tmpfs here (unshare --user --map-root-user --mount failed and not root)");
    QTemporaryDir tmp;
    const QString disk = QDir(tmp.path()).filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(disk));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HP_FULL_DISK_DIR"), disk);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    // 8 MiB holds the fixture region and its project several times over; the child fills the rest.
    const QString script = QStringLiteral("mount -t tmpfs -o size=8m tmpfs \"$1\" || exit 97\nexec \"$2\" fullDiskChild\n");
    child.start(mount.front(), mount.mid(1) + QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script,
                                                          QStringLiteral("sh"), disk,
                                                          QCoreApplication::applicationFilePath()});
    QVERIFY(child.waitForFinished(180000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    // The child really ran its checks (a skip would also exit 0).
    QVERIFY2(output.contains(QStringLiteral("PASS   : TestGuiFullDisk::fullDiskChild")), qPrintable(output));
    for (const QString& line : output.split('\n'))
      if (line.startsWith(QStringLiteral("QINFO"))) qInfo("%s", qPrintable(line));
  }

  // Runs only inside the private mount that saveOnAFullDiskKeepsTheEdits makes.
  void fullDiskChild() {
    const QString disk = qEnvironmentVariable("HP_FULL_DISK_DIR");
    if (disk.isEmpty()) QSKIP("the child of saveOnAFullDiskKeepsTheEdits; runs only on its private tmpfs");
    QCOMPARE(QStorageInfo(disk).fileSystemType(), QByteArray("tmpfs"));
    const QString plan = test::writeFixturePlan(disk);
    QStringList errors;
    auto w = test::makeUnattendedWindow(errors);
    QVERIFY(w->openProject(plan));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    PlanDocument* doc = w->document();
    QVERIFY(edits::addCandidate(doc, "East", QColor("#1f77b4")));
    QVERIFY(edits::setParcels(doc, 1, {"4", "8", "12"}, ParcelEdit::Add));
    QVERIFY(w->isWindowModified());
    const QByteArray before = fileBytes(plan);
    QVERIFY(!before.isEmpty());

    const QString filler = QDir(disk).filePath(QStringLiteral("filler"));
    QVERIFY(fillDisk(filler) > 0);
    QCOMPARE(QStorageInfo(disk).bytesAvailable(), qint64(0));

    // File > Save: one message naming the project and the lack of space; nothing on disk changed.
    w->projects()->saveAction()->trigger();
    QCOMPARE(errors.size(), 1);
    qInfo("Save on a full disk: %s", qPrintable(errors.front()));
    QVERIFY2(errors.front().startsWith(QStringLiteral("Cannot Save Project: ")), qPrintable(errors.front()));
    QVERIFY2(errors.front().contains(QStringLiteral("plan.hplan")), qPrintable(errors.front()));
    QVERIFY2(errors.front().contains(QStringLiteral("no space left"), Qt::CaseInsensitive), qPrintable(errors.front()));
    QVERIFY(fileBytes(plan) == before);
    QVERIFY2(hiddenTemporaries(disk).isEmpty(), qPrintable(hiddenTemporaries(disk).join(' ')));
    // The edits are all still there, still to be saved.
    QVERIFY(w->isWindowModified());
    QCOMPARE(doc->candidateCount(), 2);
    QCOMPARE(doc->candidate(1).parcelIds, (std::vector<std::string>{"4", "8", "12"}));
    QVERIFY(doc->undoStack()->canUndo());

    // Room for half the project: the save starts writing and runs out midway; still nothing changes.
    const qint64 half = before.size() / 2;
    QVERIFY(QFile::resize(filler, QFileInfo(filler).size() - half));
    QVERIFY(QStorageInfo(disk).bytesAvailable() >= half);
    errors.clear();
    w->projects()->saveAction()->trigger();
    QCOMPARE(errors.size(), 1);
    qInfo("Save with %lld bytes free: %s", QStorageInfo(disk).bytesAvailable(), qPrintable(errors.front()));
    QVERIFY2(errors.front().contains(QStringLiteral("no space left"), Qt::CaseInsensitive), qPrintable(errors.front()));
    QVERIFY(fileBytes(plan) == before);
    QVERIFY2(hiddenTemporaries(disk).isEmpty(), qPrintable(hiddenTemporaries(disk).join(' ')));
    QVERIFY(w->isWindowModified());
    QCOMPARE(doc->candidateCount(), 2);

    // The autosave fails the same way, on its worker, and says so; the project file is untouched.
    ProjectAutosave* autosave = w->projects()->autosave();
    QSignalSpy failed(autosave, &ProjectAutosave::autosaveFailed);
    QVERIFY(autosave->autosaveNow());
    autosave->waitForFinished();
    QTRY_COMPARE(failed.count(), 1);
    const QString autosaveError = failed.front().front().toString();
    qInfo("Autosave on a full disk: %s", qPrintable(autosaveError));
    QVERIFY2(autosaveError.contains(QStringLiteral("no space left"), Qt::CaseInsensitive), qPrintable(autosaveError));
    QVERIFY(!QFile::exists(ProjectAutosave::sidePath(plan)));
    QVERIFY(fileBytes(plan) == before);
    QVERIFY(hiddenTemporaries(disk).isEmpty());
    QVERIFY(w->isWindowModified());

    // Space freed: the same Save writes the edits, and a fresh window reads them back.
    QVERIFY(QFile::remove(filler));
    errors.clear();
    w->projects()->saveAction()->trigger();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QVERIFY(!w->isWindowModified());
    w.reset();
    auto again = test::makeUnattendedWindow(errors);
    QVERIFY(again->openProject(plan));
    QCOMPARE(again->document()->candidateCount(), 2);
    QCOMPARE(again->document()->candidate(1).name, std::string("East"));
    QCOMPARE(again->document()->candidate(1).parcelIds, (std::vector<std::string>{"4", "8", "12"}));
  }
};

QTEST_MAIN(TestGuiFullDisk)
#include "test_gui_full_disk.moc"
