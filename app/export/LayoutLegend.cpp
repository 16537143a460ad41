// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/LayoutLegend.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

namespace hp::exporting {

double paintLegend(QPainter& painter, const QRectF& box, const QString& title, const std::vector<LegendEntry>& entries,
                   const QFont& titleFont, const QFont& font) {
  const QFontMetricsF tm(titleFont), fm(font);
  painter.save();
  painter.setFont(titleFont);
  painter.setPen(Qt::black);
  painter.drawText(QRectF(box.left(), box.top(), box.width(), tm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
  double y = box.top() + tm.height() * 1.3;
  const double rowHeight = fm.height() * 1.35;
  const double swatchW = fm.height() * 1.6, swatchH = fm.height() * 0.85;
  painter.setFont(font);
  for (const LegendEntry& e : entries) {
    if (y + rowHeight > box.bottom() + 0.01) break;
    const QRectF swatch(box.left(), y + (rowHeight - swatchH) / 2, swatchW, swatchH);
    painter.save();
    switch (e.swatch) {
      case LegendEntry::Swatch::Area:
        painter.setPen(e.outline.alpha() > 0 ? QPen(e.outline, e.outlineWidth) : QPen(Qt::NoPen));
        painter.setBrush(e.fill.alpha() > 0 ? QBrush(e.fill) : QBrush(Qt::NoBrush));
        painter.drawRect(swatch);
        if (e.hatched) {
          QBrush hatch(e.outline, Qt::BDiagPattern);
          hatch.setTransform(QTransform::fromScale(swatchH / 12, swatchH / 12));
          painter.fillRect(swatch, hatch);
        }
        break;
      case LegendEntry::Swatch::Line:
        painter.setPen(QPen(e.outline, e.outlineWidth));
        painter.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
        break;
      case LegendEntry::Swatch::Ramp: {
        QLinearGradient g(swatch.topLeft(), swatch.topRight());
        for (std::size_t i = 0; i < e.ramp.size(); ++i)
          g.setColorAt(e.ramp.size() > 1 ? double(i) / double(e.ramp.size() - 1) : 0.0, e.ramp[i]);
        painter.setPen(QPen(QColor(90, 90, 90), std::max(1.0, swatchH / 20)));
        painter.setBrush(g);
        painter.drawRect(swatch);
        break;
      }
    }
    painter.restore();
    const QRectF text(swatch.right() + fm.height() * 0.5, y, box.right() - swatch.right() - fm.height() * 0.5, rowHeight);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(e.label, Qt::ElideRight, text.width()));
    y += rowHeight;
  }
  painter.restore();
  return y - box.top();
}

}  // namespace hp::exporting
