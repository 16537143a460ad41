// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "Progress.h"
#include "marxan/MarxanProblem.h"
#include "solver/CbcMip.h"
#include "solver/LinearProgram.h"

namespace hp::ranking {

// Marxan's minimum-set problem as an integer program (the Beyer et al. 2016 linearisation):
//   minimise Σ cost_i x_i + BLM·(Σ_i b_ii x_i + Σ_{i<j} b_ij (x_i + x_j − 2 y_ij))
//   s.t.     Σ_i a_fi x_i >= target_f for every feature f,  y_ij <= x_i,  y_ij <= x_j,
//            x_i binary (fixed for status 2 and 3), y_ij in [0, 1].
// Because y_ij has a negative cost it settles at min(x_i, x_j), so x_i + x_j − 2 y_ij is 1 exactly
// when one side of a shared boundary is selected: the objective is Marxan's score (cost + BLM ×
// boundary length of the selection) with every target met. bound.dat rows listed both ways are
// summed, as Marxan sums them. Columns 0..units−1 are the x_i in problem order.
LinearProgram buildMarxanProgram(const MarxanProblem& problem);

struct MarxanSolveOptions {
  double timeLimitSeconds = 60.0;
  double relativeGap = 1e-4;  // stop once the score is proven within this fraction of the optimum
  int seed = 1;
  Progress progress;          // false cancels with hp::Cancelled
  // A selection to start from (one flag per unit), e.g. Marxan's own output_best; improved by
  // improveMarxanSelection() first, ignored when it misses a target or breaks a lock.
  std::vector<bool> start;
  // With BLM > 0 and no start: spend a twelfth of the time limit on the problem without boundary
  // (much easier for CBC), improve that selection for the boundary by local search, and start
  // the full problem from it. CBC's own first solutions to the boundary problem are far weaker.
  bool boundaryFreeStart = true;
  // Otherwise, without a start: spend a twelfth of the time limit on the program with every unit
  // that the LP relaxation selects in full kept (RENS-style rounding), and start from its best
  // selection. On clumped problems CBC solves that smaller program to optimality long before it
  // finds as good a selection in the whole one.
  bool roundingStart = true;
  // Then CBC on the whole program from that start until 1/6 of the time limit (easy problems end
  // there), and if it has not proven relativeGap, re-choose neighbourhoods of the selection
  // exactly until 85 % of the time limit or until the bounds found so far prove relativeGap
  // (searchMarxanNeighbourhoods), and CBC again for the rest. CBC's search of the whole program
  // improves a selection far more slowly than the neighbourhoods do.
  bool neighbourhoodSearch = true;
};

struct MarxanSolveResult {
  MipStatus status = MipStatus::NoSolution;
  std::vector<bool> selected;    // one flag per unit; empty without a solution
  MarxanEvaluation evaluation;   // of `selected`; score = cost + BLM × boundary
  double bestBound = 0.0;        // no selection scores less than this
  double relativeGap = 0.0;      // (score − bestBound) / score, proven
  double seconds = 0.0;
  long nodes = 0;
  int columns = 0;               // size of the integer program
  int rows = 0;
  double startScore = 0.0;       // score of the start handed to CBC, 0 without one
  int neighbourhoods = 0;        // sub-programs the neighbourhood search solved (0: CBC proved the gap first)

  bool hasSolution() const noexcept { return status == MipStatus::Optimal || status == MipStatus::TimeLimit; }
};

// Solves exactly with CBC. Throws Error(InvalidInput) when a target exceeds what the units not
// locked out hold (naming the feature), or the problem is malformed; hp::Cancelled on cancel.
// Without a solution inside the time limit the result has status NoSolution and no selection.
MarxanSolveResult solveMarxan(const MarxanProblem& problem, const MarxanSolveOptions& options = {});

}  // namespace hp::ranking
