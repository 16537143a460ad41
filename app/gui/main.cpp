// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>

#include "Version.h"
#include "common/I18n.h"
#include "gui/MainWindow.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("habitat-planner"));
  QApplication::setApplicationVersion(QString::fromLatin1(hp::kVersion));
  hp::app::installTranslations(app, QString());
  hp::gui::MainWindow window;
  window.show();
  return app.exec();
}
