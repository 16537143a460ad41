// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "Progress.h"
#include "marxan/MarxanProblem.h"
#include "solver/LinearProgram.h"

namespace hp::ranking {

// The LP relaxation of buildMarxanProgram, per unit; either vector may be empty.
struct UnitRelaxation {
  std::vector<double> values;
  std::vector<double> reducedCosts;
  double bound = 0.0;  // the relaxation's objective: no selection scores less
};

struct NeighbourhoodSearchOptions {
  double timeLimitSeconds = 20.0;  // wall clock for the whole search: the outer bound in either budget
  int seed = 1;                    // picks the neighbourhoods; same seed, same sequence
  int maxFailures = 40;            // stop after this many neighbourhoods in a row bring nothing
  double goodEnough = -1e300;      // stop once the score is at most this (proven close enough to optimal)
  long maxNodes = 1000;            // per neighbourhood; CBC stops there, deterministically
  int maxNeighbourhoods = 0;       // stop after this many sub-programs; 0: no count
  // Budget by work alone: a neighbourhood then ends only at maxNodes or its proof, never at its
  // time share (an eighth of the limit), so the same inputs give the same answer on a machine of
  // any speed (under ASan too) as long as timeLimitSeconds does not end the search first
  // (NeighbourhoodSearchResult::timedOut). By time (false), a slow neighbourhood cannot starve the rest.
  bool workBudget = false;
  Progress progress;               // false cancels with hp::Cancelled
};

struct NeighbourhoodSearchResult {
  std::vector<bool> selected;  // never scores worse than the start
  double score = 0.0;
  int neighbourhoods = 0;      // sub-programs solved
  int improvements = 0;        // of which improved the selection
  long nodes = 0;
  double seconds = 0.0;
  // The clock, not the work done, ended the search or a neighbourhood: the answer then depends on
  // the machine's speed.
  bool timedOut = false;
};

// Large neighbourhood search (Shaw 1998) on Marxan's program: keep every unit of the selection
// except a neighbourhood, let CBC re-choose that neighbourhood exactly (at most maxNodes nodes),
// keep the result when it scores less, repeat. Neighbourhoods, in turn:
//  - the units where the selection disagrees with the LP relaxation (Danna, Rothberg and Le Pape's
//    RINS, 2005), once after each improvement;
//  - a random draw from the units nearest the LP's margin (smallest |reduced cost|), with that
//    disagreement: good selections differ from the LP's rounding almost only there, but in many
//    far-apart units at once, since a feature's clumps lie all over the map;
//  - without reduced costs, a compact group of units grown over shared boundaries (over shared
//    features without bound.dat) from a random unit. With them such regions were measured worse
//    than the margin draws even with BLM > 0, so they are not mixed in.
// Sizes adapt to what CBC finishes. Any superset of a selection meets the targets, so every
// sub-program holds the current selection and can only improve on it. `program` is
// buildMarxanProgram(problem); `start` must meet every target and lock. Deterministic for a seed
// as long as the time limit is not what stops it (timedOut false).
NeighbourhoodSearchResult searchMarxanNeighbourhoods(const MarxanProblem& problem, const LinearProgram& program,
                                                     std::vector<bool> start, const UnitRelaxation& relaxation,
                                                     const NeighbourhoodSearchOptions& options);

}  // namespace hp::ranking
