// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace hp::ranking {

// Marxan's planning-unit status, the `status` column of pu.dat.
enum class MarxanStatus : int {
  Available = 0,       // free to choose
  InitialReserve = 1,  // free; only a starting point for Marxan's annealing
  LockedIn = 2,
  LockedOut = 3,
};

struct MarxanUnit {
  std::int64_t id = 0;
  double cost = 1.0;
  MarxanStatus status = MarxanStatus::Available;
  bool operator==(const MarxanUnit&) const = default;
};

// A conservation feature of spec.dat. As in Marxan, a proportion > 0 wins over the absolute
// target: the target becomes proportion × the feature's total amount over all planning units.
struct MarxanFeature {
  std::int64_t id = 0;
  std::string name;
  double target = 0.0;      // absolute amount (`target`)
  double proportion = 0.0;  // fraction of the total (`prop`), 0 when unused
  double spf = 0.0;         // species penalty factor; carried for Marxan, unused by the exact solve
  bool operator==(const MarxanFeature&) const = default;
};

// One row of puvspr.dat, by index into MarxanProblem::features and ::units.
struct MarxanAmount {
  int feature = 0;
  int unit = 0;
  double amount = 0.0;
  bool operator==(const MarxanAmount&) const = default;
};

// One row of bound.dat, by index into MarxanProblem::units. unitA == unitB is the unit's external
// (irreplaceable) boundary, counted whenever the unit is selected.
struct MarxanBoundary {
  int unitA = 0;
  int unitB = 0;
  double length = 0.0;
  bool operator==(const MarxanBoundary&) const = default;
};

// A Marxan minimum-set problem: choose units meeting every feature's target at least cost plus
// BLM × boundary length of the selection.
struct MarxanProblem {
  std::vector<MarxanUnit> units;
  std::vector<MarxanFeature> features;
  std::vector<MarxanAmount> amounts;
  std::vector<MarxanBoundary> boundaries;
  double blm = 0.0;  // boundary length modifier, cost units per boundary length unit
  bool operator==(const MarxanProblem&) const = default;
};

std::unordered_map<std::int64_t, int> unitIndexById(const MarxanProblem& problem);

// Σ amount per feature over every planning unit.
std::vector<double> featureTotals(const MarxanProblem& problem);
// Absolute target per feature (proportion × total when proportion > 0, else target).
std::vector<double> featureTargets(const MarxanProblem& problem);

// A selection judged the way Marxan reports it. `selected` has one flag per unit.
struct MarxanEvaluation {
  double cost = 0.0;
  double boundary = 0.0;  // Σ shared boundary with exactly one side selected + external boundary of selected units
  double score = 0.0;     // cost + BLM × boundary (Marxan's shortfall penalty is not modelled)
  int unitsSelected = 0;
  std::vector<double> targets;  // absolute, per feature
  std::vector<double> held;     // amount in the selection, per feature
  std::vector<char> met;        // held >= target (relative tolerance 1e-9)
  int targetsMet = 0;
  double shortfall = 0.0;          // Σ max(0, target − held)
  double minProportionMet = 1.0;   // min over features with a target of held / target, capped at 1 (Marxan's MPM)
};

MarxanEvaluation evaluateMarxanSelection(const MarxanProblem& problem, const std::vector<bool>& selected);

// Structural checks shared by readers and solvers: unique ids, indices in range, non-negative
// costs, amounts and lengths. Throws Error(InvalidInput) naming the offending id.
void validateMarxanProblem(const MarxanProblem& problem);

}  // namespace hp::ranking
