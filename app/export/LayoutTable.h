// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;

namespace hp::exporting {

// A plain table for paper: a caption, a header row (cells may hold "\n" for two lines, as bilingual
// headers do), then rows with thin rules between them. Column 0 is left-aligned (with an optional colour
// swatch per row), the other columns right-aligned, as figures are.
struct LayoutTable {
  QString caption;
  QStringList headers;
  std::vector<double> columnWeights;  // relative widths, one per header
  std::vector<QStringList> rows;
  std::vector<QColor> swatches;       // per row; invalid or missing: none

  // The height paint() needs for this table in `font`.
  double height(const QFont& captionFont, const QFont& font) const;
  // Paints within `box` (its height should be height()). Returns the height used.
  double paint(QPainter& painter, const QRectF& box, const QFont& captionFont, const QFont& font) const;

 private:
  int headerLines() const;
};

}  // namespace hp::exporting
