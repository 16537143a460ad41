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
//
// A view that shows many features is drawn on two cores: the image's top and bottom bands each by their
// own thread into their own transparent image of the whole view, from the features that reach the band,
// then the bands put together. Every pixel sees the same drawing calls with the same coordinates as one
// thread drawing everything into one transparent image makes, so the picture is the same to the bit.
class VectorLayerRenderer : public LayerRenderer {
 public:
  // Views whose features take less (estimated) drawing time draw on one thread: a second one would
  // cost more than it saves.
  static constexpr double kMinMicrosForBands = 4000;

  VectorLayerRenderer(QString name, double opacity, std::shared_ptr<const VectorData> data, VectorStyle style,
                      std::shared_ptr<VectorOverview> overview = nullptr);

  void render(RenderContext& ctx) override;
  void renderLabels(RenderContext& ctx) override;

  // Draws the features `viewport` shows (no overviews) into `painter` in `bands` horizontal bands, each
  // on its own thread (1: this thread alone), through transparent images put together over the
  // painter's device. The same pixels for any number of bands. False when cancelled.
  bool drawInBands(QPainter& painter, const render::MapViewport& viewport, double pixelRatio, int bands,
                   const std::atomic<bool>& cancelled) const;

 private:
  bool drawInBands(QPainter& painter, const render::MapViewport& viewport, double pixelRatio,
                   const std::vector<std::size_t>& features, int bands, const std::atomic<bool>& cancelled) const;
  bool drawFeatures(QPainter& painter, const render::MapViewport& viewport, double pixelRatio,
                    const std::vector<std::size_t>& features, const std::atomic<bool>& cancelled) const;
  bool worthBands(const std::vector<std::size_t>& features, double pixelRatio) const;
  // How far in device pixels a feature's drawing can reach beyond its bounding box (pen, point, speck).
  double reachPx(double pixelRatio) const;

  std::shared_ptr<const VectorData> data_;
  VectorStyle style_;
  std::shared_ptr<VectorOverview> overview_;
};

}  // namespace hp::gui
