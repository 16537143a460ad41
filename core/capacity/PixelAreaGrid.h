// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include "geo/Proj.h"
#include "io/RasterSource.h"

namespace hp::capacity {

// The physical area (km² on the ellipsoid) of every pixel of a raster, whatever its CRS.
// Geographic north-up rasters: exact per row (model/EllipsoidArea.h). Projected rasters: the nominal
// pixel area divided by PROJ's areal scale factor at the centre of each cell of 256 × 256 pixels
// (1 for equal-area CRSs). Rotated geographic rasters: the geodesic area of the cell's centre pixel.
class PixelAreaGrid {
 public:
  // Throws Error(ReprojectionFailed) when the CRS cannot be related to its ellipsoid. `scale`: the
  // raster CRS's areal scale made already (null: made here), cloned instead of querying the PROJ
  // database again (tens of ms).
  explicit PixelAreaGrid(const RasterInfo& raster, const ArealScale* scale = nullptr);

  double areaKm2(int row, int col) const { return cells_[cellIndex(row, col)]; }
  // Columns per cell: the area is constant over columns [k·cellCols, (k+1)·cellCols) of a row.
  int cellCols() const { return cellCols_; }
  // The cells of `row`, one per cellCols() columns.
  const double* rowCells(int row) const { return cells_.data() + std::size_t(row / cellRows_) * std::size_t(cellsPerRow_); }
  // The areal scale of a projected raster's CRS, for others to clone(); null for geographic rasters.
  const ArealScale* arealScale() const { return scale_.get(); }

 private:
  std::size_t cellIndex(int row, int col) const {
    return std::size_t(row / cellRows_) * std::size_t(cellsPerRow_) + std::size_t(col / cellCols_);
  }
  int cellRows_ = 1;
  int cellCols_ = 1;
  int cellsPerRow_ = 1;
  std::vector<double> cells_;
  std::unique_ptr<ArealScale> scale_;
};

}  // namespace hp::capacity
