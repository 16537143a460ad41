// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "io/RasterSource.h"
#include "model/ModelConfig.h"

namespace hp::capacity {

// The extra quality rasters of a model, on the forest raster's grid, read strip by strip as one
// factor per pixel: Π value (prey) × Π (1 − value) (disturbance), values clamped to 0..1. Where a
// raster has no data the factor is left as it is. A raster on another grid or CRS is resampled
// (bilinear) through a GDAL warped VRT kept in /vsimem/. Not thread-safe.
class QualityFactors {
 public:
  // Throws hp::Error naming the quality raster (not found, no CRS, band missing, cannot be warped).
  QualityFactors(const std::vector<model::QualityRaster>& rasters, const RasterInfo& forest);
  ~QualityFactors();
  QualityFactors(const QualityFactors&) = delete;
  QualityFactors& operator=(const QualityFactors&) = delete;

  bool isEmpty() const { return sources_.empty(); }
  // Rows [rowBegin, rowEnd), every column, into `out` (row-major, forest width).
  void read(int rowBegin, int rowEnd, float* out);

 private:
  struct Source {
    RasterSource raster;
    int band = 1;
    model::QualityEffect effect = model::QualityEffect::Prey;
    std::optional<double> nodata;
    std::string warpedPath;  // /vsimem/ VRT to unlink, or empty
  };
  std::vector<Source> sources_;
  std::vector<float> values_;
  int width_ = 0;
};

}  // namespace hp::capacity
