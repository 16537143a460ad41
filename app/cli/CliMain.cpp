// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli's argument handling, apart from main() so that fuzz/fuzz_cli.cpp runs the same code.
#include <QCommandLineParser>
#include <QCoreApplication>

#include <atomic>
#include <cstdio>
#include <exception>

#include "Version.h"
#include "cli/CliCommand.h"
#include "common/ErrorText.h"

namespace hp::cli {

namespace {
std::atomic<bool> parseOnlyMode{false};

// As QCommandLineParser prints its messages: the local 8-bit encoding, no newline added.
void printRaw(const QString& text, std::FILE* stream) {
  const QByteArray bytes = text.toLocal8Bit();
  std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
  std::fflush(stream);
}
}  // namespace

void printOut(const QString& text) {
  const QByteArray bytes = (text + '\n').toUtf8();
  std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
  std::fflush(stdout);
}

void printErr(const QString& text) {
  const QByteArray bytes = (text + '\n').toUtf8();
  std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
}

void setParseOnly(bool parseOnly) { parseOnlyMode = parseOnly; }

std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments) {
  const bool quiet = parseOnlyMode;
  if (!parser.parse(arguments)) {
    if (!quiet) printRaw(QCoreApplication::applicationName() + QLatin1String(": ") + parser.errorText() + QLatin1Char('\n'), stderr);
    return 1;  // process()'s EXIT_FAILURE: a contract scripts rely on
  }
  // In process()'s order: --help before --help-all.
  const QStringList names = parser.optionNames();
  if (names.contains(QLatin1String("help")) || names.contains(QLatin1String("h")) || names.contains(QLatin1String("?"))) {
    if (!quiet) printRaw(parser.helpText(), stdout);
    return int(Ok);
  }
  if (names.contains(QLatin1String("help-all"))) {
    if (quiet) return int(Ok);
    parser.process(arguments);  // prints the help with Qt's options and exits 0
  }
  if (quiet) return int(Ok);
  return std::nullopt;
}

// Whether the sub-command draws (export-map): it needs QtGui's fonts and painters, so it gets a
// QGuiApplication on the offscreen platform and runs without a display. Its --lang is the page's
// language, left for the command to read. Every other command stays QtCore only.
bool commandDraws(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const QByteArray a(argv[i]);
    if (a == "--lang") {
      ++i;
      continue;
    }
    if (a.startsWith("--lang=")) continue;
    return a == "export-map";
  }
  return false;
}

static void printUsage() {
  printOut(QCoreApplication::translate("habitat-cli", "Usage: habitat-cli <command> [options]"));
  printOut(QString());
  printOut(QCoreApplication::translate("habitat-cli", "Commands:"));
  for (const CliCommand& c : commands())
    printOut(QStringLiteral("  %1  %2").arg(QString::fromLatin1(c.name), -12).arg(QCoreApplication::translate("habitat-cli", c.summary)));
  printOut(QString());
  printOut(QCoreApplication::translate("habitat-cli", "Run 'habitat-cli <command> --help' for a command's options."));
}

QString takeLanguage(QStringList& args, bool commandDraws) {
  // --lang is global: take it out before the sub-command sees its arguments.
  QString lang;
  for (int i = 1; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
      lang = args[i + 1];
      args.remove(i, 2);
      break;
    }
    if (args[i].startsWith(QLatin1String("--lang="))) {
      lang = args[i].mid(7);
      args.remove(i);
      break;
    }
  }
  // A drawing command's --lang is its page's language ("en+ru"): handed back to it, and its messages
  // are in the first of the page's languages.
  if (commandDraws && !lang.isEmpty()) args << QStringLiteral("--lang") << lang;
  return lang;
}

int dispatch(const QStringList& args) {
  const bool quiet = parseOnlyMode;
  if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
      args[1] == QLatin1String("help")) {
    if (!quiet) printUsage();
    return args.size() < 2 ? UsageError : Ok;
  }
  if (args[1] == QLatin1String("--version") || args[1] == QLatin1String("-v")) {
    if (!quiet) printOut(QStringLiteral("habitat-cli %1").arg(QString::fromLatin1(hp::kVersion)));
    return Ok;
  }
  for (const CliCommand& command : commands()) {
    if (args[1] != QLatin1String(command.name)) continue;
    try {
      return command.run(args.mid(1));
    } catch (const hp::Error& e) {
      printErr(QStringLiteral("habitat-cli %1: ").arg(QLatin1String(command.name)) + hp::app::describeError(e));
      return DataError;
    } catch (const std::exception& e) {
      printErr(QStringLiteral("habitat-cli %1: ").arg(QLatin1String(command.name)) + QString::fromLocal8Bit(e.what()));
      return DataError;
    }
  }
  if (!quiet) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli: unknown command '%1'").arg(args[1]));
    printUsage();
  }
  return UsageError;
}

}  // namespace hp::cli
