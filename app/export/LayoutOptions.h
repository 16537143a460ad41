// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include "geo/Extent.h"

namespace hp::exporting {

// What the person exporting chose to say on the page (the page itself is PageSetup).
struct LayoutOptions {
  QString title;                          // empty: "Candidate reserves" in the layout's language
  QString subtitle;                       // empty: none
  QString language = QStringLiteral("en");  // one of layoutLanguages(): "ru", or "en+ru" for two side by side
  QString candidate;                      // fit the map to this candidate (by name); empty: `viewExtent`
  Extent viewExtent;                      // map CRS; empty: the project's saved view, else all layers
  bool showTopParcels = false;            // a second table of the top-ranked parcels (LayoutContent::topParcels)
  QString sources;                        // empty: the layers' file names
  QDate date;                             // invalid: today
};

// "en", "ru", "zh_CN", "ko", "en+ru", "en+zh_CN", "en+ko".
QStringList layoutLanguages();
bool isLayoutLanguage(const QString& language);

}  // namespace hp::exporting
