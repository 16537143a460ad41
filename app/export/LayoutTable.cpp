// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/LayoutTable.h"

#include <QFontMetricsF>
#include <QPainter>

#include <numeric>

namespace hp::exporting {

int LayoutTable::headerLines() const {
  int lines = 1;
  for (const QString& h : headers) lines = std::max(lines, int(h.count(QLatin1Char('\n'))) + 1);
  return lines;
}

double LayoutTable::height(const QFont& captionFont, const QFont& font) const {
  const QFontMetricsF cm(captionFont), fm(font);
  return cm.height() * 1.4 + fm.height() * (headerLines() + 0.5) + fm.height() * 1.5 * double(rows.size()) +
         fm.height() * 0.3;
}

double LayoutTable::paint(QPainter& painter, const QRectF& box, const QFont& captionFont, const QFont& font) const {
  const QFontMetricsF cm(captionFont), fm(font);
  const double pad = fm.height() * 0.3;
  const double total = std::accumulate(columnWeights.begin(), columnWeights.end(), 0.0);
  std::vector<double> x{box.left()};
  for (qsizetype i = 0; i < headers.size(); ++i)
    x.push_back(x.back() + box.width() * (std::size_t(i) < columnWeights.size() && total > 0 ? columnWeights[std::size_t(i)] / total
                                                                               : 1.0 / double(headers.size())));
  painter.save();
  painter.setPen(Qt::black);
  painter.setFont(captionFont);
  painter.drawText(QRectF(box.left(), box.top(), box.width(), cm.height()), Qt::AlignLeft | Qt::AlignVCenter, caption);
  double y = box.top() + cm.height() * 1.4;
  const QPen rule(QColor(60, 60, 60), std::max(1.0, fm.height() / 25));
  const QPen thin(QColor(170, 170, 170), std::max(0.5, fm.height() / 50));

  painter.setFont(font);
  const double headerHeight = fm.height() * (headerLines() + 0.5);
  // Headers wider than their column (a long translation) are all set smaller, down to 60 %, rather than cut
  // or overlapped; one size for the whole row keeps it one line of text for readers and text extraction.
  double scale = 1.0;
  for (qsizetype c = 0; c < headers.size(); ++c) {
    const double room = x[c + 1] - x[c] - 2 * pad;
    for (const QString& line : headers[c].split(QLatin1Char('\n')))
      if (const double w = fm.horizontalAdvance(line); w > room && w > 0) scale = std::min(scale, room / w);
  }
  QFont headerFont = font;
  if (scale < 1.0) {
    scale = std::max(0.6, scale);
    if (font.pixelSize() > 0)
      headerFont.setPixelSize(std::max(1, int(font.pixelSize() * scale)));
    else
      headerFont.setPointSizeF(font.pointSizeF() * scale);
  }
  painter.setFont(headerFont);
  for (qsizetype c = 0; c < headers.size(); ++c) {
    const QRectF cell(x[c] + pad, y, x[c + 1] - x[c] - 2 * pad, headerHeight);
    // Still too wide at 60 % (many columns in a long language): two lines at that size fit the row.
    painter.drawText(cell, (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom | Qt::TextWordWrap, headers[c]);
  }
  painter.setFont(font);
  y += headerHeight + fm.height() * 0.15;
  painter.setPen(rule);
  painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));

  const double rowHeight = fm.height() * 1.5;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    double textLeft = x[0] + pad;
    if (r < swatches.size() && swatches[r].isValid()) {
      const double s = fm.height() * 0.8;
      painter.setPen(QPen(swatches[r].darker(130), std::max(1.0, s / 10)));
      QColor fill = swatches[r];
      fill.setAlpha(140);
      painter.setBrush(fill);
      painter.drawRect(QRectF(textLeft, y + (rowHeight - s) / 2, s, s));
      painter.setBrush(Qt::NoBrush);
      textLeft += s + pad;
    }
    painter.setPen(Qt::black);
    for (qsizetype c = 0; c < headers.size() && c < rows[r].size(); ++c) {
      const double left = c == 0 ? textLeft : x[c] + pad;
      const QRectF cell(left, y, x[c + 1] - pad - left, rowHeight);
      const QString text = fm.elidedText(rows[r][c], Qt::ElideRight, cell.width());
      painter.drawText(cell, (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, text);
    }
    y += rowHeight;
    painter.setPen(r + 1 == rows.size() ? rule : thin);
    painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
  }
  painter.restore();
  return y - box.top();
}

}  // namespace hp::exporting
