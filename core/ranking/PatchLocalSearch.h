// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "Progress.h"
#include "ranking/ParcelAtoms.h"
#include "ranking/SelectionPerimeter.h"

namespace hp::ranking {

struct PatchLocalSearchSettings {
  double budget = 0;            // slack for rounding included by the caller
  double blm = 0;               // leopards per km of perimeter
  double timeLimitSeconds = 10;
  // Swap moves try this many of the best single additions (all of them when there are fewer
  // free parcels): complete on small problems, bounded on large ones.
  int candidateLimit = 48;
  int pairCandidateLimit = 12;  // likewise for drop one, add two
};

struct PatchLocalSearchResult {
  std::vector<std::int32_t> parcels;  // ascending
  int moves = 0;                      // improving moves applied
  bool stoppedByTime = false;
};

// First-improvement local search on the true objective (leopards − blm × perimeter, then
// fractional leopards, then lower cost) from `start` (feasible, locks respected): add one parcel,
// add a touching pair, drop one, drop one and add one, drop one and add two, repeated until a
// full round finds nothing or the time limit. `lock` per parcel: 0 free, 1 locked in, 2 locked
// out. Deterministic: moves are scanned in index order. Progress gets the share of the time
// limit used.
PatchLocalSearchResult improveSelection(const ParcelAtoms& atoms, const std::vector<double>& costs,
                                        const SelectionPerimeter& perimeter, const std::vector<std::uint8_t>& lock,
                                        const std::vector<std::int32_t>& start, const PatchLocalSearchSettings& settings,
                                        const Progress& progress = {});

}  // namespace hp::ranking
