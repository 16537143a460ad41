// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cmath>
#include <optional>

#include "geo/Extent.h"

namespace hp {

// GDAL's affine geotransform: x = c[0] + col*c[1] + row*c[2], y = c[3] + col*c[4] + row*c[5].
// Pixel (col,row) coordinates are continuous: (0,0) is the top-left corner of the first pixel.
struct GeoTransform {
  std::array<double, 6> c{0, 1, 0, 0, 0, 1};

  void pixelToGeo(double col, double row, double& x, double& y) const {
    x = c[0] + col * c[1] + row * c[2];
    y = c[3] + col * c[4] + row * c[5];
  }
  // Inverse; nullopt when the transform is degenerate.
  std::optional<GeoTransform> inverse() const {
    const double det = c[1] * c[5] - c[2] * c[4];
    if (std::abs(det) < 1e-300) return std::nullopt;
    GeoTransform inv;
    inv.c[1] = c[5] / det;
    inv.c[2] = -c[2] / det;
    inv.c[4] = -c[4] / det;
    inv.c[5] = c[1] / det;
    inv.c[0] = -(inv.c[1] * c[0] + inv.c[2] * c[3]);
    inv.c[3] = -(inv.c[4] * c[0] + inv.c[5] * c[3]);
    return inv;
  }
  bool isNorthUp() const { return c[2] == 0 && c[4] == 0 && c[5] < 0; }
  bool hasRotation() const { return c[2] != 0 || c[4] != 0; }
  // Area of one pixel in CRS units squared (the same for every pixel of an affine grid).
  double pixelAreaCrsUnits() const { return std::abs(c[1] * c[5] - c[2] * c[4]); }

  Extent extentOf(int width, int height) const {
    Extent e;
    for (double col : {0.0, double(width)})
      for (double row : {0.0, double(height)}) {
        double x, y;
        pixelToGeo(col, row, x, y);
        e.include(x, y);
      }
    return e;
  }
};

}  // namespace hp
