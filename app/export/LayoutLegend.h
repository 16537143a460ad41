// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace hp::exporting {

// One line of a printed legend: a swatch drawn like the layer and its name.
struct LegendEntry {
  enum class Swatch { Area, Line, Ramp };
  QString label;
  Swatch swatch = Swatch::Area;
  QColor fill;                  // Area: may be transparent
  QColor outline;               // Area and Line
  double outlineWidth = 1.0;    // in page units
  bool hatched = false;
  std::vector<QColor> ramp;     // Ramp: colours left to right
};

// Draws `title` and the entries top down in `box`; entries that do not fit are left out.
// Returns the height used.
double paintLegend(QPainter& painter, const QRectF& box, const QString& title, const std::vector<LegendEntry>& entries,
                   const QFont& titleFont, const QFont& font);

}  // namespace hp::exporting
