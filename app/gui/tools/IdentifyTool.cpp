// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/IdentifyTool.h"

#include <QMouseEvent>

#include <algorithm>
#include <QPainter>
#include <QPainterPath>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "mapkit/layers/LayerModel.h"
#include "gui/map/MapCanvas.h"

namespace hp::gui {

IdentifyTool::IdentifyTool(MapCanvas* canvas) : MapTool(canvas) { setCursor(Qt::WhatsThisCursor); }

void IdentifyTool::canvasReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !canvas()->viewport().isValid()) return;
  const QPointF mapPos = canvas()->toMap(event->position());
  const QList<IdentifyResult> results = identifyAt(mapPos);
  lastPoint_ = mapPos;
  lastResults_ = results;
  hasResults_ = true;
  canvas()->update();
  emit identified(mapPos, results);
}

void IdentifyTool::paint(QPainter& painter) {
  if (!hasResults_) return;
  MapCanvas& c = *canvas();
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  const QColor highlight(255, 0, 0);
  painter.setPen(QPen(highlight, 2));
  // Only the top feature: a basin found under a parcel would cover the map in red.
  const auto top = std::find_if(lastResults_.cbegin(), lastResults_.cend(),
                                [](const IdentifyResult& r) { return !r.shape.isEmpty(); });
  if (top != lastResults_.cend()) {
    const IdentifyResult& r = *top;
    QPainterPath area;
    area.setFillRule(Qt::OddEvenFill);  // holes stay holes
    for (const QPolygonF& part : r.shape) {
      QPolygonF screen;
      screen.reserve(part.size());
      for (const QPointF& p : part) screen.append(c.toWidget(p));
      if (r.shapeIsArea) {
        area.addPolygon(screen);
        area.closeSubpath();
      } else if (screen.size() == 1) {
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(screen.front(), 6, 6);
      } else {
        painter.drawPolyline(screen);
      }
    }
    if (!area.isEmpty()) {
      painter.fillPath(area, QColor(255, 0, 0, 40));
      painter.strokePath(area, QPen(highlight, 2));
    }
  }
  // A cross where the user clicked.
  const QPointF at = c.toWidget(lastPoint_);
  painter.setPen(QPen(Qt::white, 4));
  painter.drawLine(at - QPointF(7, 0), at + QPointF(7, 0));
  painter.drawLine(at - QPointF(0, 7), at + QPointF(0, 7));
  painter.setPen(QPen(highlight, 2));
  painter.drawLine(at - QPointF(7, 0), at + QPointF(7, 0));
  painter.drawLine(at - QPointF(0, 7), at + QPointF(0, 7));
  painter.restore();
}

void IdentifyTool::deactivate() {
  hasResults_ = false;
  lastResults_.clear();
  if (canvas()) canvas()->update();
  MapTool::deactivate();
}

QList<IdentifyResult> IdentifyTool::identifyAt(const QPointF& mapPos) {
  QList<IdentifyResult> results;
  const double tolerance = kTolerancePx * canvas()->viewport().mapUnitsPerPixel;
  for (const auto& layer : canvas()->layers()->layers()) {
    if (!layer->isVisible()) continue;
    try {
      for (IdentifyResult& r : layer->identify(mapPos.x(), mapPos.y(), tolerance)) results.append(std::move(r));
    } catch (const Error& e) {
      emit identifyFailed(layer->name() + QStringLiteral(": ") + app::describeError(e));
    }
  }
  return results;
}

}  // namespace hp::gui
