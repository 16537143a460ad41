// SPDX-License-Identifier: GPL-3.0-or-later
// Runs habitat-cli as scripts do: the one end-to-end driver every CLI test shares.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace hp::test {

struct CliResult {
  int exitCode = -1;  // -1: it crashed or did not finish in time
  QString out;
  QString err;
};

// The habitat-cli built with the tests (HP_CLI_PATH, set by hp_add_test) run with `args`.
inline CliResult runCli(const QStringList& args, int timeoutMs = 300000) {
  QProcess p;
  p.start(QStringLiteral(HP_CLI_PATH), args);
  const bool finished = p.waitForFinished(timeoutMs);
  return {finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
          QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace hp::test
