// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>

#include "render/MapViewport.h"

class QPainter;

namespace hp::gui {

class LabelPlacement;

// What one render job hands each layer: where to draw and whether to stop.
struct RenderContext {
  QPainter& painter;
  render::MapViewport viewport;  // in image (device) pixels
  double pixelRatio = 1.0;       // device pixels per logical pixel: scales line widths and fonts
  const std::atomic<bool>& cancelled;
  // Labels placed so far on this image, shared by all layers' renderLabels; null: each layer keeps its own.
  LabelPlacement* labels = nullptr;

  bool isCancelled() const { return cancelled.load(std::memory_order_relaxed); }
};

// An immutable snapshot of one layer taken on the GUI thread (QGIS's QgsMapLayerRenderer): a render job
// in a worker thread draws it without touching the layer, which the user may restyle meanwhile.
class LayerRenderer {
 public:
  LayerRenderer(QString layerName, double opacity) : layerName_(std::move(layerName)), opacity_(opacity) {}
  virtual ~LayerRenderer() = default;
  LayerRenderer(const LayerRenderer&) = delete;
  LayerRenderer& operator=(const LayerRenderer&) = delete;

  // Draws into ctx.painter (opacity already set). Returns early when cancelled; throws hp::Error.
  virtual void render(RenderContext& ctx) = 0;
  // Draws text after every layer has drawn, so no layer covers another's labels (QGIS labels last too).
  virtual void renderLabels(RenderContext& ctx);

  const QString& layerName() const { return layerName_; }
  double opacity() const { return opacity_; }

 private:
  QString layerName_;
  double opacity_;
};

inline void LayerRenderer::renderLabels(RenderContext&) {}

}  // namespace hp::gui
