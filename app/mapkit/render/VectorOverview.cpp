// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/render/VectorOverview.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <thread>

namespace hp::gui {

bool VectorOverview::worthBuilding(const VectorData& data) {
  if (data.features.size() >= kMinFeatures) return true;
  std::size_t vertices = 0;
  for (const FeatureShape& f : data.features)
    for (const QPolygonF& part : f.parts) vertices += std::size_t(part.size());
  return vertices >= kMinVertices;
}

QImage VectorOverview::levelFor(const Extent& extent, const Extent& view, double unitsPerPixel,
                                       const QString& styleKey, const DrawAll& drawAll, QRectF& sourceRect) {
  if (extent.isEmpty()) return {};
  const double firstUnits = std::max(extent.width(), extent.height()) / kFirstLevelPx;
  if (!(unitsPerPixel >= firstUnits)) return {};
  std::lock_guard<std::mutex> lock(mutex_);
  if (builtFor_ != styleKey || levels_.empty()) {
    levels_.clear();
    builtFor_.clear();
    const int w = std::max(1, int(std::ceil(extent.width() / firstUnits)));
    const int h = std::max(1, int(std::ceil(extent.height() / firstUnits)));
    QImage first(w, h, QImage::Format_ARGB32_Premultiplied);
    first.fill(Qt::transparent);
    // Both cores: the top and the bottom half drawn at once, each into its own rows of the image.
    const int split = h / 2;
    auto drawRows = [&](int row0, int rows) {
      if (rows <= 0) return true;
      QImage band(first.bits() + qsizetype(row0) * first.bytesPerLine(), w, rows, first.bytesPerLine(),
                  QImage::Format_ARGB32_Premultiplied);
      render::MapViewport vp;
      vp.mapUnitsPerPixel = firstUnits;
      vp.widthPx = w;
      vp.heightPx = rows;
      vp.centerX = extent.minX + w * firstUnits / 2;
      vp.centerY = extent.maxY - (row0 + rows / 2.0) * firstUnits;
      QPainter painter(&band);
      return drawAll(painter, vp);
    };
    bool bottomDone = false;
    std::thread bottom([&] { bottomDone = drawRows(split, h - split); });
    const bool topDone = drawRows(0, split);
    bottom.join();
    if (!topDone || !bottomDone) return {};
    levels_.push_back(std::move(first));
    while (std::max(levels_.back().width(), levels_.back().height()) > kLastLevelPx) {
      const QImage& last = levels_.back();
      levels_.push_back(last.scaled(std::max(1, last.width() / 2), std::max(1, last.height() / 2), Qt::IgnoreAspectRatio,
                                    Qt::SmoothTransformation));
    }
    firstLevelUnitsPerPixel_ = firstUnits;
    builtFor_ = styleKey;
  }
  // The coarsest level still at least as fine as the screen: scaled down by less than 2 when drawn.
  std::size_t k = 0;
  while (k + 1 < levels_.size() && firstLevelUnitsPerPixel_ * std::pow(2.0, double(k + 1)) <= unitsPerPixel) ++k;
  const QImage& level = levels_[k];
  // Map units per pixel of this level, along each axis (halving rounds the sizes down).
  const double ux = firstLevelUnitsPerPixel_ * levels_[0].width() / level.width();
  const double uy = firstLevelUnitsPerPixel_ * levels_[0].height() / level.height();
  sourceRect = QRectF((view.minX - extent.minX) / ux, (extent.maxY - view.maxY) / uy, view.width() / ux, view.height() / uy);
  return level;
}

}  // namespace hp::gui
