// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PageSetup.h"

#include <QPageSize>

#include <cmath>

namespace hp::exporting {

namespace {

QPageSize::PageSizeId pageSizeId(PaperSize paper) {
  switch (paper) {
    case PaperSize::A3: return QPageSize::A3;
    case PaperSize::Letter: return QPageSize::Letter;
    case PaperSize::A4: break;
  }
  return QPageSize::A4;
}

constexpr double kMmPerInch = 25.4;

}  // namespace

QSizeF PageSetup::sizeMm() const {
  const QSizeF portrait = QPageSize(pageSizeId(paper)).size(QPageSize::Millimeter);
  return landscape ? portrait.transposed() : portrait;
}

QSizeF PageSetup::sizePoints() const { return sizeMm() * (72.0 / kMmPerInch); }

QSize PageSetup::sizePixels() const {
  const QSizeF mm = sizeMm();
  return QSize(int(std::lround(mm.width() / kMmPerInch * dpi)), int(std::lround(mm.height() / kMmPerInch * dpi)));
}

QPageLayout PageSetup::pageLayout() const {
  return QPageLayout(QPageSize(pageSizeId(paper)), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

std::optional<PaperSize> PageSetup::paperFromName(const QString& name) {
  const QString n = name.trimmed().toLower();
  if (n == QLatin1String("a4")) return PaperSize::A4;
  if (n == QLatin1String("a3")) return PaperSize::A3;
  if (n == QLatin1String("letter")) return PaperSize::Letter;
  return std::nullopt;
}

QString PageSetup::paperName(PaperSize paper) {
  switch (paper) {
    case PaperSize::A3: return QStringLiteral("A3");
    case PaperSize::Letter: return QStringLiteral("Letter");
    case PaperSize::A4: break;
  }
  return QStringLiteral("A4");
}

}  // namespace hp::exporting
