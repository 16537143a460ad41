// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "mapkit/layers/VectorData.h"
#include "mapkit/render/LayerRenderer.h"

namespace hp::gui {

class VectorOverview;

// Draws a vector layer's snapshot: the features the layer's index finds in the view, mapped to screen
// pixels (vertices closer than a third of a pixel dropped, features smaller than a pixel as that pixel),
// polygons clipped to the view so a deep zoom never hands the rasteriser far-off coordinates. A large
// layer seen zoomed out is drawn from its overviews (`overview`, may be null). Labels come in a second
// pass over all layers, none over another.
class VectorLayerRenderer : public LayerRenderer {
 public:
  VectorLayerRenderer(QString name, double opacity, std::shared_ptr<const VectorData> data, VectorStyle style,
                      std::shared_ptr<VectorOverview> overview = nullptr);

  void render(RenderContext& ctx) override;
  void renderLabels(RenderContext& ctx) override;

 private:
  bool drawFeatures(QPainter& painter, const render::MapViewport& viewport, double pixelRatio,
                    const std::vector<std::size_t>& features, const std::atomic<bool>& cancelled) const;

  std::shared_ptr<const VectorData> data_;
  VectorStyle style_;
  std::shared_ptr<VectorOverview> overview_;
};

}  // namespace hp::gui
