// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ReserveAddition.h"

#include <algorithm>

namespace hp::model {

ReserveAddition reserveAddition(const RegionCapacity& withReserve, const RegionCapacity& reserve, double costUsd) {
  ReserveAddition a;
  a.areaKm2 = withReserve.areaKm2 - reserve.areaKm2;
  a.habitatKm2 = withReserve.habitatKm2 - reserve.habitatKm2;
  a.leopards = withReserve.leopards - reserve.leopards;
  a.leopardsFractional = withReserve.leopardsFractional - reserve.leopardsFractional;
  // Each bound of the range is one assumption on both sides of the difference (every territory at T_max,
  // or every one at T_min). Floors make differences non-monotone, so the range spans both and the
  // quality-weighted figure.
  const long atTmax = withReserve.leopardsMin - reserve.leopardsMin;
  const long atTmin = withReserve.leopardsMax - reserve.leopardsMax;
  a.leopardsMin = std::min({atTmax, atTmin, a.leopards});
  a.leopardsMax = std::max({atTmax, atTmin, a.leopards});
  if (costUsd > 0) a.leopardsPerMillionUsd = double(a.leopards) / (costUsd / 1e6);
  return a;
}

}  // namespace hp::model
