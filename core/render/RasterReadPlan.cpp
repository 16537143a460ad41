// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RasterReadPlan.h"

#include <algorithm>
#include <cmath>

namespace hp::render {

std::optional<RasterReadPlan> planRasterRead(const GeoTransform& gt, int rasterWidth, int rasterHeight,
                                             const MapViewport& viewport) {
  if (!gt.isNorthUp() || !(gt.c[1] > 0) || rasterWidth <= 0 || rasterHeight <= 0 || !viewport.isValid())
    return std::nullopt;
  const Extent view = viewport.extent();
  const Extent raster = gt.extentOf(rasterWidth, rasterHeight);
  Extent visible;
  visible.minX = std::max(view.minX, raster.minX);
  visible.maxX = std::min(view.maxX, raster.maxX);
  visible.minY = std::max(view.minY, raster.minY);
  visible.maxY = std::min(view.maxY, raster.maxY);
  if (visible.isEmpty() || visible.width() <= 0 || visible.height() <= 0) return std::nullopt;

  RasterReadPlan p;
  p.srcX = std::clamp((visible.minX - gt.c[0]) / gt.c[1], 0.0, double(rasterWidth));
  p.srcY = std::clamp((visible.maxY - gt.c[3]) / gt.c[5], 0.0, double(rasterHeight));
  const double srcRight = std::clamp((visible.maxX - gt.c[0]) / gt.c[1], 0.0, double(rasterWidth));
  const double srcBottom = std::clamp((visible.minY - gt.c[3]) / gt.c[5], 0.0, double(rasterHeight));
  p.srcWidth = srcRight - p.srcX;
  p.srcHeight = srcBottom - p.srcY;
  if (!(p.srcWidth > 0) || !(p.srcHeight > 0)) return std::nullopt;

  p.srcXOff = int(std::floor(p.srcX));
  p.srcYOff = int(std::floor(p.srcY));
  p.srcXSize = std::max(1, std::min(rasterWidth, int(std::ceil(srcRight))) - p.srcXOff);
  p.srcYSize = std::max(1, std::min(rasterHeight, int(std::ceil(srcBottom))) - p.srcYOff);

  viewport.toScreen(visible.minX, visible.maxY, p.dstX, p.dstY);
  p.dstWidth = visible.width() / viewport.mapUnitsPerPixel;
  p.dstHeight = visible.height() / viewport.mapUnitsPerPixel;
  p.bufferWidth = std::max(1, int(std::lround(p.dstWidth)));
  p.bufferHeight = std::max(1, int(std::lround(p.dstHeight)));
  return p;
}

}  // namespace hp::render
