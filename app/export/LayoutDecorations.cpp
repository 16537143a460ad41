// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/LayoutDecorations.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

#include "export/LayoutTexts.h"
#include "export/ScaleBar.h"

namespace hp::exporting {

namespace {

// One bar: divisions alternating black and white, labels 0, half and end with the unit.
double paintBar(QPainter& painter, QPointF topLeft, const ScaleBarLength& bar, double metresPerUnit,
                const QString& unit, const LayoutTexts& texts, const QFont& font) {
  const QFontMetricsF fm(font);
  const double barHeight = fm.height() * 0.45;
  const double length = bar.metres / metresPerUnit;
  const double y = topLeft.y() + fm.height();  // labels sit above the bar
  const int n = std::max(1, bar.divisions);
  painter.save();
  painter.setFont(font);
  painter.setPen(QPen(Qt::black, std::max(1.0, barHeight / 12)));
  for (int i = 0; i < n; ++i) {
    painter.setBrush(i % 2 ? Qt::white : Qt::black);
    painter.drawRect(QRectF(topLeft.x() + length * i / n, y, length / n, barHeight));
  }
  auto labelAt = [&](double fraction, const QString& text) {
    const double w = fm.horizontalAdvance(text);
    painter.drawText(QPointF(topLeft.x() + length * fraction - w / 2, y - fm.descent() - barHeight * 0.25), text);
  };
  const int decimals = bar.units < 1 ? 2 : (bar.units < 2 ? 1 : 0);
  labelAt(0, texts.number(0, 0));
  if (n % 2 == 0 && bar.units / 2 >= 0.01) labelAt(0.5, texts.number(bar.units / 2, decimals + (bar.units / 2 < 1 ? 1 : 0)));
  const QString end = texts.number(bar.units, decimals);
  labelAt(1, end);
  painter.drawText(QPointF(topLeft.x() + length + fm.horizontalAdvance(end) / 2 + fm.height() * 0.3, y + barHeight),
                   unit);
  painter.restore();
  return fm.height() + barHeight + fm.height() * 0.35;
}

}  // namespace

double paintScaleBars(QPainter& painter, QPointF topLeft, double maxWidth, double groundMetresPerUnit,
                      const LayoutTexts& texts, const QFont& font) {
  if (!(groundMetresPerUnit > 0) || !(maxWidth > 0)) return 0;
  // Room for the unit after the bar and half an end label.
  const QFontMetricsF fm(font);
  const double room = maxWidth - fm.horizontalAdvance(QStringLiteral("0000")) -
                      std::max(fm.horizontalAdvance(texts.kilometres()), fm.horizontalAdvance(texts.miles()));
  const ScaleBarLength km = niceScaleBarLength(room * groundMetresPerUnit, kMetresPerKm);
  const ScaleBarLength mi = niceScaleBarLength(room * groundMetresPerUnit, kMetresPerMile);
  double h = paintBar(painter, topLeft, km, groundMetresPerUnit, texts.kilometres(), texts, font);
  h += paintBar(painter, topLeft + QPointF(0, h), mi, groundMetresPerUnit, texts.miles(), texts, font);
  return h;
}

void paintNorthArrow(QPainter& painter, const QRectF& box, double degrees, const QString& letter, const QFont& font) {
  const QFontMetricsF fm(font);
  const double size = std::min(box.width(), box.height() - fm.height());
  if (size <= 0) return;
  const QPointF centre(box.center().x(), box.top() + fm.height() + size / 2);
  painter.save();
  painter.setFont(font);
  painter.setPen(Qt::black);
  painter.drawText(QRectF(box.left(), box.top(), box.width(), fm.height()), Qt::AlignHCenter | Qt::AlignBottom, letter);
  painter.translate(centre);
  painter.rotate(degrees);
  const double h = size / 2, w = size / 5;
  QPainterPath left, right;
  left.moveTo(0, -h);
  left.lineTo(-w, h);
  left.lineTo(0, h * 0.55);
  left.closeSubpath();
  right.moveTo(0, -h);
  right.lineTo(w, h);
  right.lineTo(0, h * 0.55);
  right.closeSubpath();
  painter.setPen(QPen(Qt::black, std::max(1.0, size / 60)));
  painter.setBrush(Qt::black);
  painter.drawPath(left);
  painter.setBrush(Qt::white);
  painter.drawPath(right);
  painter.restore();
}

QString scaleText(double groundMetresPerPageMetre, const LayoutTexts& texts) {
  if (!(groundMetresPerPageMetre > 0)) return {};
  const double magnitude = std::pow(10.0, std::floor(std::log10(groundMetresPerPageMetre)) - 2);
  const double rounded = std::round(groundMetresPerPageMetre / magnitude) * magnitude;
  return QStringLiteral("1 : ") + texts.integer(qlonglong(std::llround(rounded)));
}

}  // namespace hp::exporting
