// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/PixelAreaGrid.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "geo/Error.h"
#include "geo/Proj.h"
#include "model/EllipsoidArea.h"

namespace hp::capacity {

namespace {

constexpr int kCellPixels = 256;  // the areal scale changes by far less than 0.01 % over 256 pixels

// Geodesic area of pixel (col,row)'s four corners in longitude/latitude: the corners converted by
// `toLonLat(x, y)` (false: no place on the ellipsoid, area 0).
template <class ToLonLat>
double pixelGeodesicAreaM2(const GeoTransform& gt, double col, double row, const ToLonLat& toLonLat,
                           const Ellipsoid& ellipsoid) {
  OGRLinearRing ring;
  for (const auto& [dc, dr] : {std::pair{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}, {0.0, 1.0}, {0.0, 0.0}}) {
    double x, y;
    gt.pixelToGeo(col + dc, row + dr, x, y);
    if (!toLonLat(x, y)) return 0.0;
    ring.addPoint(x, y);
  }
  OGRPolygon polygon;
  polygon.addRing(&ring);
  return geodesicAreaM2(polygon, ellipsoid);
}

}  // namespace

PixelAreaGrid::PixelAreaGrid(const RasterInfo& raster, const ArealScale* scale) {
  const GeoTransform& gt = raster.transform;
  const Ellipsoid ellipsoid = ellipsoidOf(raster.crs);
  const int width = raster.width, height = raster.height;

  if (raster.crs.isGeographic()) {
    const double degreesPerUnit = raster.crs.ogr()->GetAngularUnits() * 180.0 / std::numbers::pi;
    if (!gt.hasRotation()) {
      // Every pixel of a row has the same area: one cell per row.
      cellRows_ = 1;
      cellCols_ = std::max(1, width);
      cellsPerRow_ = 1;
      cells_.resize(std::size_t(height));
      for (int r = 0; r < height; ++r) {
        const double lat1 = (gt.c[3] + r * gt.c[5]) * degreesPerUnit;
        const double lat2 = (gt.c[3] + (r + 1) * gt.c[5]) * degreesPerUnit;
        cells_[std::size_t(r)] =
            model::latLonCellAreaM2(ellipsoid.semiMajorM, ellipsoid.flattening, lat1, lat2, gt.c[1] * degreesPerUnit) / 1e6;
      }
      return;
    }
    cellRows_ = cellCols_ = kCellPixels;
    cellsPerRow_ = (width + kCellPixels - 1) / kCellPixels;
    const int cellRowsCount = (height + kCellPixels - 1) / kCellPixels;
    cells_.resize(std::size_t(cellsPerRow_) * std::size_t(cellRowsCount));
    for (int cr = 0; cr < cellRowsCount; ++cr)
      for (int cc = 0; cc < cellsPerRow_; ++cc) {
        const int col = std::min(width - 1, cc * kCellPixels + kCellPixels / 2);
        const int row = std::min(height - 1, cr * kCellPixels + kCellPixels / 2);
        auto toDegrees = [degreesPerUnit](double& x, double& y) {
          x *= degreesPerUnit;
          y *= degreesPerUnit;
          return true;
        };
        cells_[std::size_t(cr) * std::size_t(cellsPerRow_) + std::size_t(cc)] =
            pixelGeodesicAreaM2(gt, col, row, toDegrees, ellipsoid) / 1e6;
      }
    return;
  }

  // Projected: nominal area in m² divided by the areal scale at each cell's centre.
  const double metresPerUnit = raster.crs.ogr()->GetLinearUnits();
  const double nominalM2 = gt.pixelAreaCrsUnits() * metresPerUnit * metresPerUnit;
  scale_ = scale ? std::make_unique<ArealScale>(scale->clone()) : std::make_unique<ArealScale>(raster.crs, raster.path);
  cellRows_ = cellCols_ = kCellPixels;
  cellsPerRow_ = (width + kCellPixels - 1) / kCellPixels;
  const int cellRowsCount = (height + kCellPixels - 1) / kCellPixels;
  cells_.resize(std::size_t(cellsPerRow_) * std::size_t(cellRowsCount));
  for (int cr = 0; cr < cellRowsCount; ++cr)
    for (int cc = 0; cc < cellsPerRow_; ++cc) {
      // The centre of the cell's pixels that exist (the last cells may be partial).
      const double col = (cc * kCellPixels + std::min(width, (cc + 1) * kCellPixels)) / 2.0;
      const double row = (cr * kCellPixels + std::min(height, (cr + 1) * kCellPixels)) / 2.0;
      double x, y;
      gt.pixelToGeo(col, row, x, y);
      double areaM2 = 0;
      if (scale_->toLonLat(x, y)) {
        if (auto s = scale_->at(x, y)) areaM2 = nominalM2 / *s;
        else
          areaM2 = pixelGeodesicAreaM2(
              gt, std::floor(col), std::floor(row), [this](double& px, double& py) { return scale_->toLonLat(px, py); },
              ellipsoid);
      }
      cells_[std::size_t(cr) * std::size_t(cellsPerRow_) + std::size_t(cc)] = areaM2 / 1e6;
    }
}

}  // namespace hp::capacity
