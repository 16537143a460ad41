// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/IdentifyTool.h"

#include <QMouseEvent>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "gui/layers/LayerModel.h"
#include "gui/map/MapCanvas.h"

namespace hp::gui {

IdentifyTool::IdentifyTool(MapCanvas* canvas) : MapTool(canvas) { setCursor(Qt::WhatsThisCursor); }

void IdentifyTool::canvasReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !canvas()->viewport().isValid()) return;
  const QPointF mapPos = canvas()->toMap(event->position());
  const QList<IdentifyResult> results = identifyAt(mapPos);
  emit identified(mapPos, results);
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
