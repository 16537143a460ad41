// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "Progress.h"
#include "ranking/ParcelAtoms.h"
#include "ranking/SelectionPerimeter.h"
#include "solver/CbcMip.h"

namespace hp::ranking {

// The budget problem with the patch objective replaced by a linear surrogate CBC can solve
// exactly: each parcel is worth its whole leopards alone against the reserve plus its fractional
// leopards (parcels are mostly smaller than a territory, so alone most hold no whole leopard and
// the fractional part is what points to habitat), and each touching pair whose whole gain
// together differs from the sum of its singles
// gets that difference as a bonus (two halves that make a leopard) or penalty (two parcels that
// complete the same reserve patch), through a pair column z ≤ x_a, z ≤ x_b or z ≥ x_a + x_b − 1.
// Boundary and budget as in buildBudgetProgram (BudgetSelection.h).
struct LinearisedBudgetInput {
  double budget = 0;
  double blm = 0;
  std::vector<std::uint8_t> lock;  // per parcel: 0 free, 1 locked in, 2 locked out
  double timeLimitSeconds = 10;
  int seed = 1;
  // A feasible selection CBC starts from (e.g. the greedy order's prefix), so that a solve
  // stopped early still has a solution and a finite gap; empty: none.
  std::vector<std::int32_t> start;
};

struct LinearisedBudgetResult {
  MipStatus status = MipStatus::NoSolution;
  std::vector<std::int32_t> parcels;  // ascending; empty without a solution
  double objective = 0;               // the surrogate's value of `parcels`
  double bestBound = 0;               // no selection has a higher surrogate value
  double relativeGap = std::numeric_limits<double>::infinity();  // proven, of the surrogate
  int pairColumns = 0;

  bool hasSolution() const noexcept { return status == MipStatus::Optimal || status == MipStatus::TimeLimit; }
};

// Throws like buildBudgetProgram and solveMip (hp::Cancelled when progress says stop).
LinearisedBudgetResult solveLinearisedBudget(const ParcelAtoms& atoms, const std::vector<double>& costs,
                                             const SelectionPerimeter& perimeter, const LinearisedBudgetInput& input,
                                             const Progress& progress = {});

}  // namespace hp::ranking
