// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "geo/GeoTransform.h"
#include "render/MapViewport.h"

namespace hp::render {

// Which pixels of a north-up raster a view shows, and at what buffer size to read them so that one
// buffer pixel covers about one screen pixel (GDAL then reads from the overview closest to that).
struct RasterReadPlan {
  // The visible part of the raster in (fractional) raster pixel coordinates.
  double srcX = 0, srcY = 0, srcWidth = 0, srcHeight = 0;
  // The whole raster pixels containing it, clamped to the raster: what GDAL's integer window must be.
  int srcXOff = 0, srcYOff = 0, srcXSize = 0, srcYSize = 0;
  // The buffer to read into, in pixels (at least 1 x 1).
  int bufferWidth = 0, bufferHeight = 0;
  // Where the buffer goes on screen, in (fractional) screen pixels of the viewport.
  double dstX = 0, dstY = 0, dstWidth = 0, dstHeight = 0;
};

// Nothing when the raster and the view do not overlap or the grid is not north-up (warp those first).
std::optional<RasterReadPlan> planRasterRead(const GeoTransform& transform, int rasterWidth, int rasterHeight,
                                             const MapViewport& viewport);

}  // namespace hp::render
