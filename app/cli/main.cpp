// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli: arguments -> core call -> exit code. Every error is one line naming the file and the problem.
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include "Version.h"
#include "cli/CliCommand.h"
#include "common/I18n.h"

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
  const QString lang = hp::cli::takeLanguage(args, draws);
  hp::app::installTranslations(app, lang.isEmpty() ? QStringLiteral("en") : lang.section(QLatin1Char('+'), 0, 0));
  return hp::cli::dispatch(args);
}
