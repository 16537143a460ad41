// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <span>

namespace hp::cli {

// Exit codes scripts can rely on.
enum ExitCode { Ok = 0, DataError = 1, UsageError = 2 };

// One `habitat-cli <name>` sub-command. `run` receives argv from the sub-command's name on,
// parses its own options, and returns an ExitCode. It may throw hp::Error; main() reports it.
struct CliCommand {
  const char* name;
  const char* summary;  // marked with QT_TRANSLATE_NOOP("habitat-cli", ...)
  int (*run)(const QStringList& arguments);
};

std::span<const CliCommand> commands();

// Writes to stdout/stderr with a trailing newline (UTF-8).
void printOut(const QString& text);
void printErr(const QString& text);

}  // namespace hp::cli
