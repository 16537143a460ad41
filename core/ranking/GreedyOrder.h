// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "Progress.h"
#include "ranking/ParcelAtoms.h"

namespace hp::ranking {

// One step of the acquisition order: a parcel, in the order it is bought.
struct OrderStep {
  std::int32_t parcel = 0;
  double cost = 0;
  long gainLeopards = 0;        // of the step that bought it (a pair's gain goes to its second parcel)
  double gainFractional = 0;
  double cumulativeCost = 0;
  long cumulativeLeopards = 0;  // reserve included
};

struct GreedyOptions {
  bool pairs = true;  // also consider two touching parcels bought together
};

// Greedy acquisition order: repeatedly buys the parcel, or pair of touching parcels, with the best
// whole-leopard gain per cost; ties and zero whole gains fall back to fractional gain per cost, then
// lower cost, then lower index (deterministic). Parcels with cost ≤ 0 count as costing 1e-9.
// Every parcel appears once. Gains are exact (PatchUnion). Candidates wait in a lazy priority
// queue; after each purchase only the parcels touching the patches that grew, and the pairs
// holding them, are re-evaluated: the same order as re-evaluating everything at every step, in
// O((parcels + pairs) · log) plus the frontier of each grown patch per step.
// Throws Error(InvalidInput) when costs.size() != parcelCount.
std::vector<OrderStep> greedyOrder(const ParcelAtoms& atoms, const std::vector<double>& costs,
                                   const GreedyOptions& options = {}, const Progress& progress = {});

}  // namespace hp::ranking
