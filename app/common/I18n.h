// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace hp::app {

// Languages the user interface ships in, as locale names ("en" is the source language).
QStringList availableLanguages();

// Installs Habitat Planner's and Qt's own translations for `language` ("ru", "zh_CN", "ko"; empty:
// the system locale). Returns the language actually in use ("en" when none matched).
QString installTranslations(QCoreApplication& app, const QString& language);

}  // namespace hp::app
