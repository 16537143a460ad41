// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "Progress.h"
#include "ranking/ParcelAtoms.h"

namespace hp::ranking {

struct BudgetOptions {
  double budget = 0;
  std::vector<std::int32_t> lockIn;   // always bought (their cost counts against the budget)
  std::vector<std::int32_t> lockOut;  // never bought
  int exhaustiveLimit = 16;           // enumerate every subset when at most this many parcels are free
  double timeLimitSeconds = 30;       // for the local search
};

struct BudgetResult {
  std::vector<std::int32_t> parcels;  // sorted
  long leopards = 0;
  double leopardsFractional = 0;
  double cost = 0;
  bool provenOptimal = false;  // true after full enumeration
};

// The selection under the budget with the most whole leopards (reserve included), then the most
// fractional leopards, then the lowest cost, on the exact patch objective. Few free parcels: every
// subset. Otherwise: the greedy order's prefix that fits, improved by local search (add, drop+add,
// drop+add pair) until no move helps or time runs out. Deterministic for the same inputs. Throws
// hp::Error when the locked-in parcels alone exceed the budget.
BudgetResult optimiseBudget(const ParcelAtoms& atoms, const std::vector<double>& costs, const BudgetOptions& options,
                            const Progress& progress = {});

}  // namespace hp::ranking
