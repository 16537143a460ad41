// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/I18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hp::app {

QStringList availableLanguages() { return {"en", "ru", "zh_CN", "ko"}; }

static QString matchLanguage(const QString& requested) {
  const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);
  const QString name = locale.name();  // e.g. "zh_CN", "ru_RU"
  for (const QString& lang : availableLanguages())
    if (name == lang || name.section('_', 0, 0) == lang) return lang;
  if (locale.language() == QLocale::Chinese) return "zh_CN";
  return "en";
}

QString installTranslations(QCoreApplication& app, const QString& language) {
  const QString lang = matchLanguage(language);
  if (lang == "en") return lang;
  auto* own = new QTranslator(&app);
  if (own->load(QStringLiteral(":/i18n/habitat_%1.qm").arg(lang))) app.installTranslator(own);
  auto* qt = new QTranslator(&app);
  if (qt->load(QLocale(lang), "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    app.installTranslator(qt);
  return lang;
}

}  // namespace hp::app
