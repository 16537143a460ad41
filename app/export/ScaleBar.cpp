// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScaleBar.h"

#include <cmath>

namespace hp::exporting {

ScaleBarLength niceScaleBarLength(double maxGroundMetres, double unitMetres) {
  if (!(maxGroundMetres > 0.0) || !(unitMetres > 0.0)) return {};
  const double maxUnits = maxGroundMetres / unitMetres;
  const double decade = std::pow(10.0, std::floor(std::log10(maxUnits)));
  // Small epsilon: a frame exactly 10 km wide should give a 10 km bar, not 5 km.
  const double epsilon = 1e-9;
  double best = decade;
  int divisions = 5;
  for (const double step : {5.0, 2.0, 1.0}) {
    if (step * decade <= maxUnits * (1.0 + epsilon)) {
      best = step * decade;
      // 5 divides into 5, 2 into 4 (half units), 1 into 5 (fifths).
      divisions = step == 2.0 ? 4 : 5;
      break;
    }
  }
  return {best, best * unitMetres, divisions};
}

}  // namespace hp::exporting
