// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-planner: with no arguments it opens the sample project (generated on first start); a .hplan
// argument opens that project; other file arguments open as layers. --lang ru|zh_CN|ko|en picks the language.
#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>

#include "Version.h"
#include "common/I18n.h"
#include "gui/MainWindow.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("habitat-planner"));
  QApplication::setApplicationDisplayName(QStringLiteral("Habitat Planner"));
  QApplication::setApplicationVersion(QString::fromLatin1(hp::kVersion));

  // The language must be known before any translated text is made, so --lang is read first.
  QString lang;
  const QStringList args = QApplication::arguments();
  for (qsizetype i = 1; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) lang = args[i + 1];
    if (args[i].startsWith(QLatin1String("--lang="))) lang = args[i].mid(7);
  }
  const QString language = hp::app::installTranslations(app, lang);
  // Numbers (the scale, coordinates in dialogs) follow the chosen language, not only the words.
  if (!lang.isEmpty()) QLocale::setDefault(QLocale(language));

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QApplication::translate("habitat-planner", "Plan Amur leopard reserves on a map."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addOption({QStringLiteral("lang"),
                    QApplication::translate("habitat-planner", "User interface language: ru, zh_CN, ko or en."),
                    QStringLiteral("LANG")});
  parser.addPositionalArgument(QStringLiteral("files"),
                               QApplication::translate("habitat-planner", "A project (.hplan) to open, or raster and vector files to open as layers."),
                               QStringLiteral("[files…]"));
  parser.process(app);

  hp::gui::MainWindow window;
  window.show();
  const QStringList files = parser.positionalArguments();
  // After show(), so the window is there behind a progress dialog or an error message.
  QTimer::singleShot(0, &window, [&window, files] {
    if (files.isEmpty()) {
      window.openSampleRegion();
      return;
    }
    QStringList layers;
    for (const QString& f : files) {
      if (f.endsWith(QLatin1String(".hplan"), Qt::CaseInsensitive))
        window.openProject(f);
      else
        layers << f;
    }
    if (!layers.isEmpty()) window.openFiles(layers);
  });
  return app.exec();
}
