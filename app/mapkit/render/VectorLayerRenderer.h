// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "mapkit/layers/VectorData.h"
#include "mapkit/render/LayerRenderer.h"

namespace hp::gui {

// Draws a vector layer's snapshot: features whose bounding box meets the view, mapped to screen pixels
// (vertices closer than a third of a pixel dropped), polygons clipped to the view so a deep zoom never
// hands the rasteriser far-off coordinates; labels in a second pass over all layers.
class VectorLayerRenderer : public LayerRenderer {
 public:
  VectorLayerRenderer(QString name, double opacity, std::shared_ptr<const VectorData> data, VectorStyle style);

  void render(RenderContext& ctx) override;
  void renderLabels(RenderContext& ctx) override;

 private:
  std::shared_ptr<const VectorData> data_;
  VectorStyle style_;
};

}  // namespace hp::gui
