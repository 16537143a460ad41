// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "geo/Crs.h"
#include "geo/Proj.h"

namespace hp {

// Lengths and areas on the ellipsoid of points given in any CRS: the points go to the CRS's own
// geographic base and the edges between them are geodesics (PROJ's geodesic.h, Karney's algorithm),
// so a measure never depends on a projection's scale, and is never planar in a geographic CRS.
class GeodesicMeasure {
 public:
  // Throws Error(MissingCrs) without a CRS, Error(ReprojectionFailed) when PROJ cannot use it.
  explicit GeodesicMeasure(const Crs& crs);

  // Sum of the geodesic distances between consecutive points, in metres.
  double lengthM(std::vector<double> x, std::vector<double> y) const;
  // Area of the ring through the points (closed from the last back to the first), in m²; 0 for
  // fewer than 3 points. Orientation does not matter. A self-crossing ring gives the signed sum of
  // its lobes, as geodesic.h does.
  double areaM2(std::vector<double> x, std::vector<double> y) const;

 private:
  void toLonLat(std::vector<double>& x, std::vector<double>& y) const;

  CoordinateTransform toLonLat_;
  Ellipsoid ellipsoid_;
};

}  // namespace hp
