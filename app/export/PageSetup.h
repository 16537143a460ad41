// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>

namespace hp::exporting {

enum class PaperSize { A4, A3, Letter };

// The sheet a map layout is printed on. The layout draws its own margins, so a PDF page has none.
struct PageSetup {
  PaperSize paper = PaperSize::A4;
  bool landscape = false;
  double marginMm = 10.0;
  int dpi = 150;  // PNG pixels per inch; raster layers inside a PDF or SVG are drawn at min(dpi, 300)

  QSizeF sizeMm() const;       // as oriented: width x height
  QSizeF sizePoints() const;   // in 1/72 inch
  QSize sizePixels() const;    // at `dpi`, rounded
  QPageLayout pageLayout() const;  // for QPdfWriter or QPrinter: the paper, oriented, zero margins

  // "A4", "a3", "Letter" (any case); nothing for another name.
  static std::optional<PaperSize> paperFromName(const QString& name);
  static QString paperName(PaperSize paper);
};

}  // namespace hp::exporting
