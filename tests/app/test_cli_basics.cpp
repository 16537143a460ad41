// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli as scripts see it: exit codes, one-line errors naming the file, --version, info.
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "support/CliRunner.h"

static const QString kShared = QStringLiteral(HP_SHARED_DATA_DIR);

using hp::test::CliResult;
using hp::test::runCli;

class TestCliBasics : public QObject {
  Q_OBJECT
 private slots:
  void version() {
    const CliResult r = runCli({"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("habitat-cli "));
    QVERIFY(r.out.trimmed().split(' ').last().count('.') == 2);
  }

  void usageErrors() {
    QCOMPARE(runCli({}).exitCode, 2);
    const CliResult r = runCli({"no-such-command"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no-such-command"));
  }

  // A command's own parser (QCommandLineParser::parse() since the CLI stopped exiting from process()):
  // what scripts saw before, byte for byte: an unknown option or a missing value is exit 1 with Qt's
  // message after "habitat-cli: ", -h / --help print the command's help on stdout with exit 0, --help
  // wins over --help-all, and --help-all adds Qt's own options.
  void commandOptionsParseAsBefore() {
    CliResult r = runCli({"info", "--bogus"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QStringLiteral("habitat-cli: Unknown option 'bogus'.\n"));
    r = runCli({"rank", "--budget"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("habitat-cli: Missing value after '--budget'.\n"));
    r = runCli({"capacity", "-h"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.startsWith(QLatin1String("Usage: ")) && r.out.contains(QLatin1String("--parcels <P>")), qPrintable(r.out));
    const QString help = r.out;
    QCOMPARE(runCli({"capacity", "--help", "--help-all"}).out, help);
    r = runCli({"capacity", "--help-all"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.size() > help.size() && r.out.contains(QLatin1String("--parcels <P>")), qPrintable(r.out));
  }

  void missingFileIsOneLine() {
    const CliResult r = runCli({"info", "/nonexistent/forest.tif"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(r.err.contains("/nonexistent/forest.tif"));
    QVERIFY(r.err.contains("file not found"));
  }

  void translatedError() {
    // The same error in Russian: the file name stays, the problem is translated.
    const CliResult r = runCli({"--lang", "ru", "info", "/nonexistent/forest.tif"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("/nonexistent/forest.tif"));
    QVERIFY2(r.err.contains(QStringLiteral("файл не найден")), qPrintable(r.err));
  }

  void brokenFilesGiveOneLineEach() {
    if (!QDir(kShared).exists()) QSKIP("../shared/data/real is absent");
    const QDir broken(kShared + "/broken");
    int checked = 0;
    for (const QString& name : broken.entryList(QDir::Files)) {
      const QString path = broken.filePath(name);
      const CliResult r = runCli({"info", path});
      QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(path));  // never a crash
      if (r.exitCode == 1) {
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
      }
      ++checked;
    }
    QVERIFY(checked >= 5);
  }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "test_cli_basics.moc"
