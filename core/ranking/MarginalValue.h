// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "ranking/ParcelAtoms.h"

namespace hp::ranking {

// What one parcel adds to reserve ∪ `chosen` on its own. Touching parcels join the reserve's (or
// a chosen parcel's) patches, so the same parcel is worth more next to them.
struct MarginalValue {
  std::int32_t parcel = 0;
  long gainLeopards = 0;
  double gainFractional = 0;
  double leopardsPerMillionUsd = 0;     // whole; 0 when the cost is ≤ 0
  double fractionalPerMillionUsd = 0;
};

// One row per parcel not in `chosen`, in parcel order. `costs` in USD (e.g. the price_usd field).
std::vector<MarginalValue> marginalValues(const ParcelAtoms& atoms, const std::vector<double>& costs,
                                          const std::vector<std::int32_t>& chosen = {});

}  // namespace hp::ranking
