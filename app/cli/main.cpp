// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli: arguments -> core call -> exit code. Every error is one line naming the file and the problem.
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <exception>
#include <memory>

#include "Version.h"
#include "cli/CliCommand.h"
#include "common/ErrorText.h"
#include "common/I18n.h"

namespace hp::cli {

void printOut(const QString& text) {
  const QByteArray bytes = (text + '\n').toUtf8();
  std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
  std::fflush(stdout);
}

void printErr(const QString& text) {
  const QByteArray bytes = (text + '\n').toUtf8();
  std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
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

// Whether the sub-command draws (export-map): it needs QtGui's fonts and painters, so it gets a
// QGuiApplication on the offscreen platform and runs without a display. Its --lang is the page's
// language, left for the command to read. Every other command stays QtCore only.
static bool commandDraws(int argc, char** argv) {
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

}  // namespace hp::cli

int main(int argc, char** argv) {
  const bool draws = hp::cli::commandDraws(argc, argv);
  if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  const std::unique_ptr<QCoreApplication> application =
      draws ? std::unique_ptr<QCoreApplication>(std::make_unique<QGuiApplication>(argc, argv))
            : std::make_unique<QCoreApplication>(argc, argv);
  QCoreApplication& app = *application;
  QCoreApplication::setApplicationName(QStringLiteral("habitat-cli"));
  QCoreApplication::setApplicationVersion(QString::fromLatin1(hp::kVersion));
  QStringList args = QCoreApplication::arguments();

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
  if (draws && !lang.isEmpty()) args << QStringLiteral("--lang") << lang;
  hp::app::installTranslations(app, lang.isEmpty() ? QStringLiteral("en") : lang.section(QLatin1Char('+'), 0, 0));

  using namespace hp::cli;
  if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
      args[1] == QLatin1String("help")) {
    printUsage();
    return args.size() < 2 ? UsageError : Ok;
  }
  if (args[1] == QLatin1String("--version") || args[1] == QLatin1String("-v")) {
    printOut(QStringLiteral("habitat-cli %1").arg(QString::fromLatin1(hp::kVersion)));
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
  printErr(QCoreApplication::translate("habitat-cli", "habitat-cli: unknown command '%1'").arg(args[1]));
  printUsage();
  return UsageError;
}
