// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>

#include "model/RegionCapacity.h"

namespace hp::model {

// What a purchase adds to the existing reserve: the figures of (candidate ∪ reserve) less those of the
// reserve alone. A candidate that joins a reserve patch too small for a territory into one that holds a
// leopard adds that leopard, though alone it holds none; one inside the reserve adds nothing.
struct ReserveAddition {
  double areaKm2 = 0;       // new land: area of the union less the reserve's
  double habitatKm2 = 0;
  long leopards = 0;        // whole leopards added
  double leopardsFractional = 0;
  long leopardsMin = 0;     // the range of leopards added over the territory assumptions: every habitat
  long leopardsMax = 0;     // pixel at T_max, at T_min, or quality-weighted (the same on both sides)
  double leopardsPerMillionUsd = std::numeric_limits<double>::quiet_NaN();  // NaN when nothing is paid
};

// withReserve: the candidate and the reserve evaluated as one region; reserve: the reserve alone.
// costUsd: what the candidate costs (the reserve is already owned).
ReserveAddition reserveAddition(const RegionCapacity& withReserve, const RegionCapacity& reserve, double costUsd);

}  // namespace hp::model
