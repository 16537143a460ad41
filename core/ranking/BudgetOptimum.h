// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "Progress.h"
#include "ranking/BudgetSelection.h"
#include "ranking/GreedyOrder.h"
#include "ranking/ParcelAtoms.h"
#include "solver/CbcMip.h"

namespace hp::ranking {

// Named apart from BudgetSelection.h's BudgetOptions (CBC settings of solveBudgetSelection): two
// different classes of one name in one namespace would break the one-definition rule at link time.
struct BudgetOptimumOptions {
  double budget = 0;
  std::vector<std::int32_t> lockIn;   // always bought (their cost counts against the budget)
  std::vector<std::int32_t> lockOut;  // never bought
  int exhaustiveLimit = 16;           // enumerate every subset when at most this many parcels are free
  double timeLimitSeconds = 30;       // the whole optimisation: linear start, then local search

  // Compactness: the objective is leopards − blm × boundaryKm (blm in leopards per km), then
  // fractional leopards, then lower cost. boundaryKm is the perimeter of the selection as one
  // region, from `boundaries`: edges {a, b, km} between parcel indices count when exactly one
  // side is bought; {i, i, km}, the part of i's boundary shared with nothing listed, counts when
  // i is bought; a stretch shared with the existing reserve (an edge with ParcelAtoms::kReserve)
  // counts as shared, i.e. never. Edges listed twice add up, as in Marxan's bound.dat;
  // sharedBoundaries() over parcels and reserve produces them.
  double blm = 0;
  std::vector<SelectionEdge> boundaries;
  std::vector<double> areasKm2;  // parcel areas for BudgetResult::areaKm2; empty: not reported

  // The second start: CBC on the linearised problem (LinearisedBudget.h: each parcel's whole and
  // fractional leopards alone against the reserve, a bonus or penalty for touching pairs whose
  // whole gain together differs from the sum, the boundary) from the greedy start, for this
  // share of the time limit; false: the greedy start only.
  bool linearStart = true;
  double linearTimeShare = 0.5;
  int seed = 1;  // CBC's seeds
  // The linearised boundary (one column and two rows per shared edge) is left out of the CBC
  // start when there are more shared edges than this: on a loaded 2-core machine CBC's root
  // processing alone then outlasts the time limit (20,164 parcels, 40,000 edges: 20 s for a 5 s
  // limit). The local search still optimises the boundary; BudgetResult::linearWithBoundary says
  // which model the gap is of.
  int linearBoundaryEdgeLimit = 20000;
  // The greedy order of these atoms and costs when the caller has it already (habitat-cli rank
  // does); empty: computed here. Its prefix that fits is the first start.
  std::vector<OrderStep> greedyOrder;
};

struct BudgetResult {
  std::vector<std::int32_t> parcels;  // sorted
  long leopards = 0;                  // reserve included
  double leopardsFractional = 0;
  double cost = 0;
  double areaKm2 = 0;      // Σ areasKm2 of the parcels (0 when not given)
  double habitatKm2 = 0;   // habitat of reserve ∪ parcels
  double boundaryKm = 0;   // perimeter of the parcels as one region, see BudgetOptimumOptions::blm
  double objective = 0;    // leopards − blm × boundaryKm
  bool provenOptimal = false;  // true after full enumeration

  // The linearised start (CBC): its status, and the proven relative gap of that linear model
  // (0 when CBC proved it optimal; infinity when it was not run or found nothing). It bounds the
  // surrogate, not the patch objective, whose whole leopards are not linear in the parcels.
  MipStatus linearStatus = MipStatus::NoSolution;
  double linearGap = std::numeric_limits<double>::infinity();
  double linearObjective = 0;  // the surrogate's value of CBC's selection
  double linearBound = 0;      // no selection has a higher surrogate value
  bool linearWithBoundary = false;  // the linear model included the boundary term
  long startLeopards = 0;      // the start's true whole leopards, before local search
  int localSearchMoves = 0;    // improving moves applied
  bool linearRun = false;      // the linearised start was built and solved
  double linearSeconds = 0;    // building and solving the linearised start
  double seconds = 0;          // the whole call
  // The local search stopped at the time limit before no move helped (or had no time left for
  // the second start): a longer limit may find a better selection.
  bool localSearchStoppedByTime = false;
};

// The selection under the budget with the best objective above (with blm = 0: the most whole
// leopards, reserve included, then the most fractional leopards, then the lowest cost), on the
// exact patch objective. Few free parcels: every subset (provenOptimal). Otherwise two starts,
// the greedy order's prefix that fits and the linearised problem solved by CBC, then local search
// on the true objective (add one or a touching pair, drop one, drop one and add one or two) from
// the better start and, time permitting, from the other, until no move helps or the time limit;
// the best wins. Progress false throws hp::Cancelled. Same inputs and seed give the same answer as long as
// neither CBC nor the local search is stopped by the time limit. Throws hp::Error(InvalidInput)
// when the locked-in parcels alone exceed the budget, or for parcel indices out of range.
BudgetResult optimiseBudget(const ParcelAtoms& atoms, const std::vector<double>& costs,
                            const BudgetOptimumOptions& options, const Progress& progress = {});

}  // namespace hp::ranking
