// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/EllipsoidArea.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hp::model {

double latLonCellAreaM2(double a, double f, double lat1Deg, double lat2Deg, double dLonDeg) {
  const double deg = std::numbers::pi / 180.0;
  const double s1 = std::sin(std::clamp(lat1Deg, -90.0, 90.0) * deg);
  const double s2 = std::sin(std::clamp(lat2Deg, -90.0, 90.0) * deg);
  const double dLon = std::abs(dLonDeg) * deg;
  const double e2 = f * (2 - f);
  if (e2 < 1e-15) return dLon * a * a * std::abs(s2 - s1);  // sphere
  const double e = std::sqrt(e2);
  auto q = [&](double s) { return s / (1 - e2 * s * s) + std::atanh(e * s) / e; };
  const double b2 = a * a * (1 - e2);
  return dLon * b2 / 2 * std::abs(q(s2) - q(s1));
}

}  // namespace hp::model
