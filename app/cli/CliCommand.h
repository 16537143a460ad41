// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>
#include <span>

class QCommandLineParser;

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

// A command's parser.process(arguments) that returns instead of calling exit(): nothing when the command
// is to run, else its exit code once what process() prints is printed: the help (-h, -?, --help) on
// stdout, 0; "habitat-cli: <error>" on stderr, 1. --help-all (Qt's own options too, which only
// process() can list) still goes through process(), which prints and exits as before.
// In parse-only mode (fuzz/fuzz_cli.cpp) nothing is printed and a parsed command stops here with Ok.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments);
void setParseOnly(bool parseOnly);

// What main() does once the application exists, from the arguments as QCoreApplication::arguments()
// gives them: takes --lang out (into `language`), then help, version, an unknown command, or the
// command's exit code (hp::Error and other exceptions reported as one line, DataError).
// commandDraws: whether the command is export-map, which needs a QGuiApplication (main.cpp).
bool commandDraws(int argc, char** argv);
QString takeLanguage(QStringList& arguments, bool commandDraws);
int dispatch(const QStringList& arguments);

// Writes to stdout/stderr with a trailing newline (UTF-8).
void printOut(const QString& text);
void printErr(const QString& text);

}  // namespace hp::cli
