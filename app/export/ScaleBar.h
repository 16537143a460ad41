// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace hp::exporting {

// A scale bar length that reads well on paper: 1, 2 or 5 times a power of ten of its unit.
struct ScaleBarLength {
  double units = 0.0;   // in the bar's unit (km or miles)
  double metres = 0.0;  // the same length on the ground
  int divisions = 0;    // ticks along the bar, so readers can measure half or a fifth of it
};

inline constexpr double kMetresPerKm = 1000.0;
inline constexpr double kMetresPerMile = 1609.344;

// The largest round length in `unitMetres` (kMetresPerKm or kMetresPerMile) whose ground length
// fits in `maxGroundMetres`, i.e. the longest bar that stays inside the space the layout gives it.
// Returns units == 0 when maxGroundMetres is not positive.
ScaleBarLength niceScaleBarLength(double maxGroundMetres, double unitMetres);

}  // namespace hp::exporting
