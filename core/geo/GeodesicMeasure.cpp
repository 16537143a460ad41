// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeodesicMeasure.h"

#include <geodesic.h>

#include <cmath>

#include "geo/Error.h"

namespace hp {

GeodesicMeasure::GeodesicMeasure(const Crs& crs)
    : toLonLat_(crs, geographicBaseOf(crs)), ellipsoid_(ellipsoidOf(crs)) {}

void GeodesicMeasure::toLonLat(std::vector<double>& x, std::vector<double>& y) const {
  if (!toLonLat_.transform(x, y))
    throw Error(ErrorCode::ReprojectionFailed, {}, "a measured point lies outside the map projection's domain");
}

double GeodesicMeasure::lengthM(std::vector<double> x, std::vector<double> y) const {
  if (x.size() < 2 || x.size() != y.size()) return 0;
  toLonLat(x, y);
  geod_geodesic g;
  geod_init(&g, ellipsoid_.semiMajorM, ellipsoid_.flattening);
  double total = 0;
  for (std::size_t i = 1; i < x.size(); ++i) {
    double s12 = 0;
    geod_inverse(&g, y[i - 1], x[i - 1], y[i], x[i], &s12, nullptr, nullptr);
    total += s12;
  }
  return total;
}

double GeodesicMeasure::areaM2(std::vector<double> x, std::vector<double> y) const {
  if (x.size() < 3 || x.size() != y.size()) return 0;
  toLonLat(x, y);
  geod_geodesic g;
  geod_init(&g, ellipsoid_.semiMajorM, ellipsoid_.flattening);
  double area = 0, perimeter = 0;
  geod_polygonarea(&g, y.data(), x.data(), int(x.size()), &area, &perimeter);
  return std::abs(area);
}

}  // namespace hp
