// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli's progress (issue #16, point 5): on a terminal a bar redrawn in place, as wide as the
// terminal, ended by a newline; in a log the one-line-per-10 % format scripts parse, unchanged.
// The terminal is a pseudo-terminal (forkpty) of a known size running habitat-cli rank on a
// generated layer.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "cli/CliProgress.h"
#include "support/CliRunner.h"
#include "support/RankGridLayers.h"

using namespace hp;

namespace {

struct PtyRun {
  int exitCode = -1;
  QByteArray output;  // stdout and stderr together, as the terminal received them
};

// Runs habitat-cli with `args` on a pseudo-terminal of `columns` columns; everything it writes is read
// until it closes the terminal.
PtyRun runOnTerminal(const QStringList& args, unsigned short columns) {
  std::vector<std::string> strings{HP_CLI_PATH};
  for (const QString& a : args) strings.push_back(a.toStdString());
  std::vector<char*> argv;
  for (std::string& s : strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  winsize size{};
  size.ws_col = columns;
  size.ws_row = 24;
  int master = -1;
  const pid_t pid = ::forkpty(&master, nullptr, nullptr, &size);
  if (pid < 0) qFatal("forkpty failed");
  if (pid == 0) {
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  PtyRun run;
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::read(master, buffer, sizeof buffer);
    if (n > 0) run.output.append(buffer, qsizetype(n));
    else if (n < 0 && errno == EINTR) continue;
    else break;  // EIO once the child has closed its side
  }
  ::close(master);
  int status = 0;
  ::waitpid(pid, &status, 0);
  run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

// The bar lines drawn: every piece between \r and \r or \n that holds a bar.
QStringList barsOf(const QString& output) {
  QStringList bars;
  for (const QString& piece : output.split(QRegularExpression(QStringLiteral("[\r\n]")), Qt::SkipEmptyParts))
    if (piece.startsWith(QLatin1String("rank: ")) && piece.contains(QLatin1String(" ["))) bars << piece;
  return bars;
}

}  // namespace

class TestCliProgress : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  test::RankGridFiles files_;

  QStringList rankArgs(const QStringList& extra = {}) const {
    return QStringList{QStringLiteral("rank"),
                       QStringLiteral("--forest"), QString::fromStdString(files_.forest),
                       QStringLiteral("--basins"), QString::fromStdString(files_.basins),
                       QStringLiteral("--parcels"), QString::fromStdString(files_.parcels),
                       QStringLiteral("--reserve"), QString::fromStdString(files_.reserve),
                       QStringLiteral("--budget"), QString::number(0.1 * files_.totalCostUsd, 'f', 2),
                       QStringLiteral("--time-limit"), QStringLiteral("20"),
                       QStringLiteral("--out"), dir_.filePath(QStringLiteral("ORDER.csv")),
                       QStringLiteral("--summary"), dir_.filePath(QStringLiteral("S.json"))} +
           extra;
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    test::RankGrid grid;
    grid.columns = grid.rows = 10;
    files_ = test::writeRankGrid(dir_.path().toStdString(), grid);
  }

  // Hand-counted lines: width − 1 characters in all, the label, " [", the bar, "] NNN%  M:SS".
  void barLine_data() {
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("line");
    // 59 = 20 (label) + 2 + 25 (bar) + 12; 52 % of 25 cells is 13.
    QTest::newRow("52 %") << QStringLiteral("rank: budget optimum") << 0.52 << 12.3 << 60
                          << QStringLiteral("rank: budget optimum [#############            ]  52%  0:12");
    // 39 = 12 + 2 + 10 + 15: the bar full, an hour and more as H:MM:SS.
    QTest::newRow("100 %, 1:02:05") << QStringLiteral("greedy order") << 1.0 << 3725.0 << 40
                                    << QStringLiteral("greedy order [##########] 100%  1:02:05");
    // A label too long for a bar of 10 cells is cut to 39 − 14 − 10 = 15 characters.
    QTest::newRow("long label") << QStringLiteral("scenario canopy70: budget optimum") << 0.0 << 0.0 << 40
                                << QStringLiteral("scenario canopy [          ]   0%  0:00");
    // Code points, not bytes: Cyrillic labels keep the width.
    QTest::newRow("UTF-8") << QStringLiteral("сценарий: done") << 0.25 << 61.0 << 41
                           << QStringLiteral("сценарий: done [###         ]  25%  1:01");
  }

  void barLine() {
    QFETCH(QString, label);
    QFETCH(double, fraction);
    QFETCH(double, seconds);
    QFETCH(int, columns);
    QFETCH(QString, line);
    const QString drawn = QString::fromStdString(cli::progressBarLine(label.toStdString(), fraction, seconds, columns));
    QCOMPARE(drawn, line);
    QCOMPARE(drawn.size(), columns - 1);
  }

  void barOnATerminal() {
    const PtyRun run = runOnTerminal(rankArgs(), 72);
    const QString text = QString::fromUtf8(run.output);
    QVERIFY2(run.exitCode == 0, qPrintable(text));
    const QStringList bars = barsOf(text);
    QVERIFY2(bars.size() >= 3, qPrintable(text));
    // Every bar is redrawn over the last (\r), 71 characters wide (72 columns less the last), with a
    // growing share and the same layout.
    const QRegularExpression layout(QStringLiteral("^rank: [a-z :]+ \\[(#*) *\\] +(\\d+)%  \\d+:\\d\\d$"));
    int lastPercent = -1;
    for (const QString& bar : bars) {
      QCOMPARE(bar.size(), 71);
      const QRegularExpressionMatch m = layout.match(bar);
      QVERIFY2(m.hasMatch(), qPrintable(bar));
      const int percent = m.captured(2).toInt();
      QVERIFY2(percent >= lastPercent, qPrintable(bar));
      lastPercent = percent;
    }
    QVERIFY(text.contains(QLatin1Char('\r')));
    QVERIFY(bars.first().contains(QLatin1String("[ ")));  // starts empty
    // Ends full at 100 %, then a newline (the terminal shows \n as \r\n) before the results.
    QVERIFY2(bars.last().startsWith(QLatin1String("rank: done [###")) && bars.last().contains(QLatin1String("] 100%  ")),
             qPrintable(bars.last()));
    const qsizetype end = text.lastIndexOf(bars.last()) + bars.last().size();
    QCOMPARE(text.mid(end, 2), QStringLiteral("\r\n"));
    QVERIFY(text.indexOf(QLatin1String("selected ")) > end);
    // No log lines ("greedy order: 40%") on a terminal.
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("(^|\n)[a-z ]+: \\d+%\r?\n"))));
  }

  // A run that fails after the bar was drawn: the error starts on a line of its own.
  void errorAfterABar() {
    const PtyRun run = runOnTerminal(rankArgs({QStringLiteral("--lock-in"), QStringLiteral("99999")}), 80);
    const QString text = QString::fromUtf8(run.output);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!barsOf(text).isEmpty(), qPrintable(text));
    const qsizetype message = text.indexOf(QLatin1String("no parcel has id '99999'"));
    QVERIFY2(message > 0, qPrintable(text));
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), message) + 1;
    QVERIFY(lineStart > 0);
    const QString line = text.mid(lineStart, message - lineStart);
    QVERIFY2(!line.contains(QLatin1Char('\r')) && !line.contains(QLatin1Char('#')), qPrintable(line));
  }

  // Not a terminal: the log format, exactly as before the bar.
  void logLinesInAPipe() {
    const test::CliResult run = test::runCli(rankArgs());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1Char('\r')) && !run.err.contains(QLatin1Char('[')));
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 5);
    const QRegularExpression log(QStringLiteral("^([a-z :]+): (\\d+)%$"));
    QString lastStage;
    int lastPercent = -1;
    for (const QString& line : lines) {
      const QRegularExpressionMatch m = log.match(line);
      QVERIFY2(m.hasMatch(), qPrintable(line));
      const int percent = m.captured(2).toInt();
      // A new line for a new stage or a new 10 % step only.
      QVERIFY2(m.captured(1) != lastStage || percent / 10 != lastPercent / 10, qPrintable(line));
      lastStage = m.captured(1);
      lastPercent = percent;
    }
    QCOMPARE(lines.first(), QStringLiteral("reading layers: 0%"));
    QCOMPARE(lines.last(), QStringLiteral("done: 100%"));
  }
};

QTEST_GUILESS_MAIN(TestCliProgress)
#include "test_cli_progress.moc"
