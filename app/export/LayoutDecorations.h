// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace hp::exporting {

class LayoutTexts;

// Two scale bars from `topLeft`, kilometres above miles, each the longest round length (niceScaleBarLength)
// that fits `maxWidth` page units, in alternating black and white divisions, with "0", the half and the
// end labelled. `groundMetresPerUnit`: metres on the ground per page unit at the frame's centre.
// Returns the height used.
double paintScaleBars(QPainter& painter, QPointF topLeft, double maxWidth, double groundMetresPerUnit,
                      const LayoutTexts& texts, const QFont& font);

// A north arrow in `box`, turned `degrees` clockwise (trueNorthDegrees), with `letter` above it.
void paintNorthArrow(QPainter& painter, const QRectF& box, double degrees, const QString& letter, const QFont& font);

// "1 : 250 000": the representative fraction rounded to three significant digits, in the texts' locale.
QString scaleText(double groundMetresPerPageMetre, const LayoutTexts& texts);

}  // namespace hp::exporting
