// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSize>
#include <QStringList>

#include <memory>
#include <vector>

#include "geo/Extent.h"

class QPainter;

namespace hp::gui {
class LayerRenderer;
}

namespace hp::exporting {

// Draws map layers over a map extent into a rectangle of any painter, the way the canvas draws them
// (every layer bottom first, then every layer's labels), but on the caller's painter: a PDF keeps the
// vectors as vectors and only rasters become images. Holds snapshots (LayerRenderer) taken once, so the
// layers may change afterwards; paint() may run on any thread, one call at a time.
class LayerPainter {
 public:
  explicit LayerPainter(std::vector<std::unique_ptr<gui::LayerRenderer>> layers);  // bottom first
  ~LayerPainter();
  LayerPainter(LayerPainter&&) noexcept;
  LayerPainter& operator=(LayerPainter&&) noexcept;

  // Shows `extent` (its aspect ratio should be the rectangle's) in `rect`. Rasters are read at `pixels`
  // (the viewport the layers draw in, stretched over `rect`); `pixelRatio` scales the layers' line widths
  // and label sizes, which are given in screen pixels. Returns one line per layer that failed.
  QStringList paint(QPainter& painter, const QRectF& rect, const Extent& extent, QSize pixels, double pixelRatio);

 private:
  std::vector<std::unique_ptr<gui::LayerRenderer>> layers_;
};

}  // namespace hp::exporting
