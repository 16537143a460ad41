// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapkit/render/LayerRenderer.h"
#include "render/RasterDrawing.h"

namespace hp::gui {

// Draws a raster snapshot: opens its own dataset in the render thread (GDAL datasets are not thread-safe),
// reads the visible window at screen resolution through render::drawRaster, and puts the pixels on the
// map without smoothing, so pixels stay crisp when zoomed in past the raster's resolution.
class RasterLayerRenderer : public LayerRenderer {
 public:
  RasterLayerRenderer(QString name, double opacity, render::RasterDrawSource source,
                      render::RasterSymbology symbology);

  void render(RenderContext& ctx) override;

 private:
  render::RasterDrawSource source_;
  render::RasterSymbology symbology_;
};

}  // namespace hp::gui
