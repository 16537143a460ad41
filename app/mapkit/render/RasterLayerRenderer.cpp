// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/render/RasterLayerRenderer.h"

#include <QImage>
#include <QPainter>

#include "geo/Error.h"

namespace hp::gui {

RasterLayerRenderer::RasterLayerRenderer(QString name, double opacity, render::RasterDrawSource source,
                                         render::RasterSymbology symbology)
    : LayerRenderer(std::move(name), opacity), source_(std::move(source)), symbology_(std::move(symbology)) {}

void RasterLayerRenderer::render(RenderContext& ctx) {
  const Progress keepGoing = [&ctx](double, const std::string&) { return !ctx.isCancelled(); };
  std::optional<render::RasterDrawing> drawing;
  try {
    drawing = render::drawRaster(source_, symbology_, ctx.viewport, keepGoing);
  } catch (const Cancelled&) {
    return;
  }
  if (!drawing) return;
  const render::RasterReadPlan& p = drawing->plan;
  const QImage image(reinterpret_cast<const uchar*>(drawing->pixels.data()), p.bufferWidth, p.bufferHeight,
                     qsizetype(p.bufferWidth) * 4, QImage::Format_ARGB32);
  ctx.painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
  ctx.painter.drawImage(QRectF(p.dstX, p.dstY, p.dstWidth, p.dstHeight), image);
}

}  // namespace hp::gui
