// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/BudgetOptimum.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>
#include <set>

#include "geo/Error.h"
#include "ranking/GreedyOrder.h"
#include "ranking/LinearisedBudget.h"
#include "ranking/PatchLocalSearch.h"
#include "ranking/PatchUnion.h"
#include "ranking/SelectionPerimeter.h"

namespace hp::ranking {

namespace {

// Budget comparisons forgive rounding in sums of prices.
constexpr double kBudgetSlack = 1e-9;

struct Scored {
  std::vector<std::int32_t> parcels;
  long leopards = 0;
  double fractional = 0;
  double cost = 0;
  double boundaryKm = 0;
  double objective = 0;  // leopards − blm × boundaryKm
};

bool better(const Scored& a, const Scored& b) {
  if (std::abs(a.objective - b.objective) > 1e-9) return a.objective > b.objective;
  if (a.fractional > b.fractional + 1e-12 || a.fractional < b.fractional - 1e-12) return a.fractional > b.fractional;
  if (a.cost != b.cost) return a.cost < b.cost;
  return a.parcels < b.parcels;
}

class Scorer {
 public:
  Scorer(const ParcelAtoms& atoms, const std::vector<double>& costs, const SelectionPerimeter& perimeter, double blm)
      : union_(atoms), costs_(costs), perimeter_(perimeter), blm_(blm), bought_(std::size_t(atoms.parcelCount), 0) {}
  Scored score(std::vector<std::int32_t> parcels) const {
    std::sort(parcels.begin(), parcels.end());
    const auto t = union_.evaluate(parcels);
    double cost = 0;
    for (const auto p : parcels) {
      cost += costs_[std::size_t(p)];
      bought_[std::size_t(p)] = 1;
    }
    const double boundary = perimeter_.perimeterKm(bought_);
    for (const auto p : parcels) bought_[std::size_t(p)] = 0;
    const double objective = double(t.leopards) - blm_ * boundary;
    return {std::move(parcels), t.leopards, t.equivalents, cost, boundary, objective};
  }

 private:
  PatchUnion union_;
  const std::vector<double>& costs_;
  const SelectionPerimeter& perimeter_;
  double blm_;
  mutable std::vector<std::uint8_t> bought_;
};

}  // namespace

BudgetResult optimiseBudget(const ParcelAtoms& atoms, const std::vector<double>& costs, const BudgetOptimumOptions& options,
                            const Progress& progress) {
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  const auto n = std::int32_t(atoms.parcelCount);
  if (costs.size() != std::size_t(n))
    throw Error(ErrorCode::InvalidInput, {}, "budget optimum: " + std::to_string(costs.size()) + " costs for " +
                                                 std::to_string(n) + " parcels");
  if (!std::isfinite(options.blm) || options.blm < 0)
    throw Error(ErrorCode::InvalidInput, {}, "the boundary weight must be a non-negative number");
  std::vector<std::uint8_t> state(std::size_t(n), 0);  // 0 free, 1 locked in, 2 locked out
  for (const auto& [list, value] : {std::pair{&options.lockOut, 2}, std::pair{&options.lockIn, 1}})
    for (const auto p : *list) {
      if (p < 0 || p >= n)
        throw Error(ErrorCode::InvalidInput, {}, "locked parcel " + std::to_string(p) + " of " + std::to_string(n));
      state[std::size_t(p)] = std::uint8_t(value);
    }
  std::vector<std::int32_t> locked, free;
  double lockedCost = 0;
  for (std::int32_t p = 0; p < n; ++p) {
    if (state[std::size_t(p)] == 1) {
      locked.push_back(p);
      lockedCost += costs[std::size_t(p)];
    } else if (state[std::size_t(p)] == 0 && costs[std::size_t(p)] <= options.budget + kBudgetSlack) {
      free.push_back(p);
    }
  }
  if (lockedCost > options.budget + kBudgetSlack)
    throw Error(ErrorCode::InvalidInput, {}, "the locked-in parcels cost more than the budget");
  const SelectionPerimeter perimeter(n, options.boundaries);
  const Scorer scorer(atoms, costs, perimeter, options.blm);
  const double room = options.budget + kBudgetSlack;
  Scored best = scorer.score(locked);
  BudgetResult result;

  if (int(free.size()) <= options.exhaustiveLimit) {
    const std::uint64_t subsets = std::uint64_t(1) << free.size();
    for (std::uint64_t mask = 1; mask < subsets; ++mask) {
      if ((mask & 0xFFF) == 0) reportProgress(progress, double(mask) / double(subsets), "budget optimum");
      std::vector<std::int32_t> pick = locked;
      double cost = lockedCost;
      for (std::size_t k = 0; k < free.size(); ++k)
        if (mask >> k & 1) {
          pick.push_back(free[k]);
          cost += costs[std::size_t(free[k])];
        }
      if (cost > room) continue;
      auto s = scorer.score(std::move(pick));
      if (better(s, best)) best = std::move(s);
    }
    result.provenOptimal = true;
  } else {
    // Start 1: locked parcels, then the greedy order's parcels that still fit.
    std::vector<double> freeCosts = costs;
    for (std::int32_t p = 0; p < n; ++p)
      if (state[std::size_t(p)] == 2) freeCosts[std::size_t(p)] = 1e300;  // bought last, never fits
    std::vector<std::int32_t> pick = locked;
    double cost = lockedCost;
    const auto order = options.greedyOrder.size() == std::size_t(n) ? options.greedyOrder : greedyOrder(atoms, freeCosts);
    for (const auto& step : order) {
      if (state[std::size_t(step.parcel)] != 0) continue;
      if (cost + costs[std::size_t(step.parcel)] > room) continue;
      pick.push_back(step.parcel);
      cost += costs[std::size_t(step.parcel)];
    }
    const Scored greedyStart = scorer.score(pick);
    best = greedyStart;
    reportProgress(progress, 0.1, "budget optimum");
    // Start 2: the linearised problem solved by CBC, from the greedy start.
    std::optional<Scored> linearStart;
    if (options.linearStart) {
      LinearisedBudgetInput linear;
      linear.budget = options.budget;
      std::size_t sharedEdges = 0;
      for (std::int32_t p = 0; p < n; ++p) sharedEdges += perimeter.sharedKm(p).size();
      result.linearWithBoundary = options.blm > 0 && sharedEdges / 2 <= std::size_t(std::max(0, options.linearBoundaryEdgeLimit));
      linear.blm = result.linearWithBoundary ? options.blm : 0.0;
      linear.lock = state;
      linear.timeLimitSeconds = std::max(0.5, options.timeLimitSeconds * options.linearTimeShare - elapsed());
      linear.seed = options.seed;
      linear.start = greedyStart.parcels;
      const double linearBegin = elapsed();
      result.linearRun = true;
      const LinearisedBudgetResult solved = solveLinearisedBudget(atoms, costs, perimeter, linear, phaseProgress(progress, 0.1, 0.5));
      result.linearSeconds = elapsed() - linearBegin;
      result.linearStatus = solved.status;
      if (solved.hasSolution()) {
        result.linearGap = solved.relativeGap;
        result.linearObjective = solved.objective;
        result.linearBound = solved.bestBound;
        Scored s = scorer.score(solved.parcels);
        if (s.cost <= room) linearStart = std::move(s);
      }
    }
    // Local search from the better start, then, time permitting, from the other: different
    // local optima, and the answer is never worse than either start's.
    std::vector<const Scored*> starts = {&greedyStart};
    if (linearStart) starts.insert(better(*linearStart, greedyStart) ? starts.begin() : starts.end(), &*linearStart);
    result.startLeopards = starts.front()->leopards;
    best = *starts.front();
    for (std::size_t k = 0; k < starts.size(); ++k) {
      if (k > 0 && elapsed() >= options.timeLimitSeconds) {
        result.localSearchStoppedByTime = true;
        break;
      }
      PatchLocalSearchSettings search;
      search.budget = options.budget + kBudgetSlack;
      search.blm = options.blm;
      search.timeLimitSeconds = std::max(0.0, options.timeLimitSeconds - elapsed());
      const auto improved = improveSelection(atoms, costs, perimeter, state, starts[k]->parcels, search,
                                             k == 0 ? phaseProgress(progress, 0.5, 0.9) : phaseProgress(progress, 0.9, 1.0));
      result.localSearchMoves += improved.moves;
      result.localSearchStoppedByTime = result.localSearchStoppedByTime || improved.stoppedByTime;
      Scored s = scorer.score(improved.parcels);
      if (s.cost <= room && better(s, best)) best = std::move(s);
    }
  }
  reportProgress(progress, 1.0, "budget optimum");
  result.parcels = best.parcels;
  result.leopards = best.leopards;
  result.leopardsFractional = best.fractional;
  result.cost = best.cost;
  result.boundaryKm = best.boundaryKm;
  result.objective = best.objective;
  result.habitatKm2 = PatchUnion(atoms).evaluate(best.parcels).habitatKm2;
  if (options.areasKm2.size() == std::size_t(n))
    for (const auto p : best.parcels) result.areaKm2 += options.areasKm2[std::size_t(p)];
  result.seconds = elapsed();
  return result;
}

}  // namespace hp::ranking
