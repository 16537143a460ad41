// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/LayerPainter.h"

#include <QPainter>

#include <atomic>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "mapkit/render/LabelPlacement.h"
#include "mapkit/render/LayerRenderer.h"

namespace hp::exporting {

LayerPainter::LayerPainter(std::vector<std::unique_ptr<gui::LayerRenderer>> layers) : layers_(std::move(layers)) {}
LayerPainter::~LayerPainter() = default;
LayerPainter::LayerPainter(LayerPainter&&) noexcept = default;
LayerPainter& LayerPainter::operator=(LayerPainter&&) noexcept = default;

QStringList LayerPainter::paint(QPainter& painter, const QRectF& rect, const Extent& extent, QSize pixels,
                                double pixelRatio) {
  QStringList problems;
  if (extent.isEmpty() || pixels.isEmpty() || rect.isEmpty()) return problems;
  const render::MapViewport viewport = render::MapViewport::fitting(extent, pixels.width(), pixels.height());
  const std::atomic<bool> notCancelled{false};

  painter.save();
  painter.setClipRect(rect, Qt::IntersectClip);
  painter.translate(rect.topLeft());
  painter.scale(rect.width() / pixels.width(), rect.height() / pixels.height());
  for (const auto& layer : layers_) {
    painter.save();
    // Translucency straight on the painter: a PDF keeps the layer as vectors (the canvas blends an image).
    painter.setOpacity(layer->opacity());
    try {
      gui::RenderContext ctx{painter, viewport, pixelRatio, notCancelled};
      layer->render(ctx);
    } catch (const Error& e) {
      problems.append(layer->layerName() + QStringLiteral(": ") + app::describeError(e));
    } catch (const std::exception& e) {
      problems.append(layer->layerName() + QStringLiteral(": ") + QString::fromLocal8Bit(e.what()));
    }
    painter.restore();
  }
  gui::LabelPlacement labels(viewport.widthPx, viewport.heightPx);
  for (const auto& layer : layers_) {
    painter.save();
    painter.setOpacity(std::max(0.6, layer->opacity()));  // as the canvas: a faded layer keeps readable names
    gui::RenderContext ctx{painter, viewport, pixelRatio, notCancelled, &labels};
    layer->renderLabels(ctx);
    painter.restore();
  }
  painter.restore();
  return problems;
}

}  // namespace hp::exporting
