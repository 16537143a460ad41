// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

#include <functional>
#include <mutex>
#include <vector>

#include "geo/Extent.h"
#include "mapkit/layers/VectorData.h"
#include "render/MapViewport.h"

class QPainter;

namespace hp::gui {

// Overviews for a vector layer, as GDAL keeps them for rasters: the whole layer drawn once into an image
// about 4096 pixels on its longer side, then halved down to 512. A zoomed-out view of 200 000 parcels
// draws from the level just finer than the screen instead of drawing every parcel (about 3 µs each in
// Qt's rasteriser); views finer than the first level draw the features themselves, and then few of
// them are visible. Shared by the layer's render snapshots; the first render that needs it builds it,
// others wait. Built again when the style or the pixel ratio changes.
class VectorOverview {
 public:
  // Layers with fewer features and vertices draw fast enough without overviews.
  static constexpr std::size_t kMinFeatures = 20000;
  static constexpr std::size_t kMinVertices = 100000;
  static constexpr int kFirstLevelPx = 4096;
  static bool worthBuilding(const VectorData& data);
  static constexpr int kLastLevelPx = 512;

  // Draws what of the layer `viewport` shows into `painter`; returns false when stopped. Called from
  // two threads at once, for the two halves of the first level.
  using DrawAll = std::function<bool(QPainter& painter, const render::MapViewport& viewport)>;

  // The level to draw a view of `mapUnitsPerPixel` from, built first if needed (by `drawAll`, under
  // `styleKey`); null when the view is finer than the first level or the build was stopped.
  // `sourceRect` is set to the level's pixels that `view` shows. A copy (Qt shares the pixels), so a
  // rebuild for another style never pulls it from under a render.
  QImage levelFor(const Extent& dataExtent, const Extent& view, double mapUnitsPerPixel, const QString& styleKey,
                         const DrawAll& drawAll, QRectF& sourceRect);

 private:
  std::mutex mutex_;
  QString builtFor_;
  double firstLevelUnitsPerPixel_ = 0;
  std::vector<QImage> levels_;  // levels_[k]: 2^k times coarser than the first
};

}  // namespace hp::gui
