// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "Progress.h"
#include "solver/CbcMip.h"
#include "solver/LinearProgram.h"

namespace hp::ranking {

enum class SelectionLock { Free, LockedIn, LockedOut };

// A candidate (a parcel, or a group of parcels the caller treats as one) with a linear value.
struct SelectionItem {
  double value = 0.0;  // what the item adds, e.g. leopards; may be negative
  double cost = 0.0;   // same unit as the budget, >= 0
  SelectionLock lock = SelectionLock::Free;
};

// A shared boundary between two items, or an item's boundary with everything outside the
// candidates when a == b (counted whenever the item is selected).
struct SelectionEdge {
  int a = 0;
  int b = 0;
  double lengthKm = 0.0;
};

// maximise Σ value_i x_i − blm·boundaryKm(x) − costWeight·Σ cost_i x_i
// s.t.     Σ cost_i x_i <= budget, locked items fixed, x binary,
// where boundaryKm(x) counts shared edges with exactly one side selected plus the external
// boundary of selected items (the perimeter of the selection, as Marxan's BLM term).
struct BudgetProblem {
  std::vector<SelectionItem> items;
  std::vector<SelectionEdge> edges;
  double budget = 0.0;
  double blm = 0.0;          // value units per km of boundary
  // Tie-break towards cheaper selections. Negative: automatic, 1e-6 × the smallest positive
  // |value| / Σ cost, so that all the costs together weigh less than a millionth of any one value.
  double costWeight = -1.0;
};

struct BudgetOptions {
  double timeLimitSeconds = 30.0;
  double relativeGap = 0.0;  // 0 proves optimality
  int seed = 1;
  Progress progress;
};

struct BudgetSelection {
  MipStatus status = MipStatus::NoSolution;
  std::vector<int> selected;  // item indices, ascending
  double value = 0.0;         // Σ value of the selected items
  double cost = 0.0;          // Σ cost, never above the budget
  double boundaryKm = 0.0;
  double objective = 0.0;     // value − blm·boundaryKm − costWeight·cost
  double bestBound = 0.0;     // no selection has a higher objective
  double relativeGap = 0.0;   // (bestBound − objective) / |objective|, proven
  double costWeight = 0.0;    // the tie-break weight used
  double seconds = 0.0;

  bool hasSolution() const noexcept { return status == MipStatus::Optimal || status == MipStatus::TimeLimit; }
};

// The program above; columns 0..items−1 are the x_i. Throws Error(InvalidInput) for negative
// costs, a negative budget, edges naming no item, or locked-in items costing more than the budget.
LinearProgram buildBudgetProgram(const BudgetProblem& problem);

// Solves exactly with CBC. Same problem, options and seed give the same selection.
BudgetSelection solveBudgetSelection(const BudgetProblem& problem, const BudgetOptions& options = {});

}  // namespace hp::ranking
