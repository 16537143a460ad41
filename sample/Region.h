// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>

#include "geo/Extent.h"
#include "geo/GeoTransform.h"
#include "sample/Grid.h"

namespace hp::sample {

// WGS 84 / UTM zone 52N, the CRS of every sample file.
constexpr int kSampleEpsg = 32652;

// Where the sample region lies and how finely its raster is cut.
struct Region {
  Extent extent;  // EPSG:32652, metres
  double pixelSizeM = 30;
  int width = 0;   // pixels
  int height = 0;  // pixels

  GeoTransform transform() const { return GeoTransform{{extent.minX, pixelSizeM, 0, extent.maxY, 0, -pixelSizeM}}; }
  double pixelCenterX(int col) const { return extent.minX + (col + 0.5) * pixelSizeM; }
  double pixelCenterY(int row) const { return extent.maxY - (row + 0.5) * pixelSizeM; }

  // A grid of cellSizeM cells over the whole extent (the last row and column may overhang it).
  template <typename T>
  Grid<T> grid(double cellSizeM, T fill) const {
    return Grid<T>(int(std::ceil(extent.width() / cellSizeM - 1e-9)), int(std::ceil(extent.height() / cellSizeM - 1e-9)),
                   extent.minX, extent.maxY, cellSizeM, fill);
  }
};

// South-west Primorsky Krai from the Chinese border to Amur Bay: x 650-740 km, y 4725-4821 km.
// Every point of it lies within 42.63-43.53 N, 130.83-131.97 E (checked through PROJ in the tests).
// The pixel size must be between 10 and 300 m; the extent is trimmed to whole pixels.
// Throws Error(InvalidInput).
Region sampleRegion(double pixelSizeM);

}  // namespace hp::sample
