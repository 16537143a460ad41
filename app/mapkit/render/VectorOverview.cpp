// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/render/VectorOverview.h"

#include <QPainter>

#include "mapkit/render/ImageMemory.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace hp::gui {

namespace {

// Rows [y0, y1) of `dst`, each pixel the mean of the 2 x 2 pixels of `src` under it (premultiplied ARGB,
// rounded to nearest; an odd last row or column of `src` is left out, as halving the size rounds down).
void halveRows(const uchar* src, qsizetype srcBpl, uchar* dst, qsizetype dstBpl, int width, int y0, int y1) {
  for (int y = y0; y < y1; ++y) {
    const auto* a = reinterpret_cast<const quint32*>(src + 2 * qsizetype(y) * srcBpl);
    const auto* b = reinterpret_cast<const quint32*>(src + (2 * qsizetype(y) + 1) * srcBpl);
    auto* d = reinterpret_cast<quint32*>(dst + qsizetype(y) * dstBpl);
    for (int x = 0; x < width; ++x) {
      const quint32 p0 = a[2 * x], p1 = a[2 * x + 1], p2 = b[2 * x], p3 = b[2 * x + 1];
      // Two channels at a time, 16 bits apart: four bytes sum to at most 1020, no carry into the next.
      const quint32 rb =
          (p0 & 0x00FF00FFu) + (p1 & 0x00FF00FFu) + (p2 & 0x00FF00FFu) + (p3 & 0x00FF00FFu) + 0x00020002u;
      const quint32 ag = ((p0 >> 8) & 0x00FF00FFu) + ((p1 >> 8) & 0x00FF00FFu) + ((p2 >> 8) & 0x00FF00FFu) +
                         ((p3 >> 8) & 0x00FF00FFu) + 0x00020002u;
      d[x] = ((rb >> 2) & 0x00FF00FFu) | (((ag >> 2) & 0x00FF00FFu) << 8);
    }
  }
}

// The next level of the pyramid: half the size (rounded down), a box filter, the top half of the rows on
// this thread and the bottom half on another, into huge pages (newTransparentImage). Qt's smooth
// scaling gives much the same at a factor of 2, into memory that faults 4 KB at a time.
QImage halved(const QImage& src) {
  const int w = std::max(1, src.width() / 2), h = std::max(1, src.height() / 2);
  if (src.width() < 2 || src.height() < 2)
    return src.scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
  QImage dst = newTransparentImage(w, h);
  if (dst.isNull()) return {};
  const uchar* from = src.constBits();
  uchar* to = dst.bits();
  const qsizetype fromBpl = src.bytesPerLine(), toBpl = dst.bytesPerLine();
  const int split = h / 2;
  std::thread bottom([&] { halveRows(from, fromBpl, to, toBpl, w, split, h); });
  halveRows(from, fromBpl, to, toBpl, w, 0, split);
  bottom.join();
  return dst;
}

}  // namespace

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
    QImage first = newTransparentImage(w, h);
    if (first.isNull()) return {};
    // Both cores: the top and the bottom half drawn at once, each into its own rows of the image.
    const int split = h / 2;
    uchar* const bits = first.bits();
    const qsizetype bpl = first.bytesPerLine();
    auto drawRows = [&](int row0, int rows) {
      if (rows <= 0) return true;
      QImage band(bits + qsizetype(row0) * bpl, w, rows, bpl, QImage::Format_ARGB32_Premultiplied);
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
      QImage next = halved(levels_.back());
      if (next.isNull()) break;
      levels_.push_back(std::move(next));
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
