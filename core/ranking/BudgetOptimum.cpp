// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/BudgetOptimum.h"

#include <algorithm>
#include <chrono>

#include "geo/Error.h"
#include "ranking/GreedyOrder.h"
#include "ranking/PatchUnion.h"

namespace hp::ranking {

namespace {

// Budget comparisons forgive rounding in sums of prices.
constexpr double kBudgetSlack = 1e-9;

struct Scored {
  std::vector<std::int32_t> parcels;
  long leopards = 0;
  double fractional = 0;
  double cost = 0;
};

bool better(const Scored& a, const Scored& b) {
  if (a.leopards != b.leopards) return a.leopards > b.leopards;
  if (a.fractional > b.fractional + 1e-12 || a.fractional < b.fractional - 1e-12) return a.fractional > b.fractional;
  if (a.cost != b.cost) return a.cost < b.cost;
  return a.parcels < b.parcels;
}

class Scorer {
 public:
  Scorer(const ParcelAtoms& atoms, const std::vector<double>& costs) : union_(atoms), costs_(costs) {}
  Scored score(std::vector<std::int32_t> parcels) const {
    std::sort(parcels.begin(), parcels.end());
    const auto t = union_.evaluate(parcels);
    double cost = 0;
    for (const auto p : parcels) cost += costs_[std::size_t(p)];
    return {std::move(parcels), t.leopards, t.equivalents, cost};
  }

 private:
  PatchUnion union_;
  const std::vector<double>& costs_;
};

}  // namespace

BudgetResult optimiseBudget(const ParcelAtoms& atoms, const std::vector<double>& costs, const BudgetOptions& options,
                            const Progress& progress) {
  const auto start = std::chrono::steady_clock::now();
  const auto n = std::int32_t(atoms.parcelCount);
  std::vector<std::uint8_t> state(std::size_t(n), 0);  // 0 free, 1 locked in, 2 locked out
  for (const auto p : options.lockOut) state[std::size_t(p)] = 2;
  for (const auto p : options.lockIn) state[std::size_t(p)] = 1;
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
  const Scorer scorer(atoms, costs);
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
    // Start: locked parcels, then the greedy order's parcels that still fit.
    std::vector<double> freeCosts = costs;
    for (std::int32_t p = 0; p < n; ++p)
      if (state[std::size_t(p)] == 2) freeCosts[std::size_t(p)] = 1e300;  // bought last, never fits
    std::vector<std::int32_t> pick = locked;
    double cost = lockedCost;
    for (const auto& step : greedyOrder(atoms, freeCosts)) {
      if (state[std::size_t(step.parcel)] != 0) continue;
      if (cost + costs[std::size_t(step.parcel)] > room) continue;
      pick.push_back(step.parcel);
      cost += costs[std::size_t(step.parcel)];
    }
    best = scorer.score(pick);
    auto outOfTime = [&] {
      return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() >
             options.timeLimitSeconds;
    };
    // First-improvement local search: add one; drop one and add one; drop one and add two.
    bool improved = true;
    while (improved && !outOfTime()) {
      improved = false;
      reportProgress(progress, 0.5, "budget optimum");
      std::vector<std::uint8_t> in(std::size_t(n), 0);
      for (const auto p : best.parcels) in[std::size_t(p)] = 1;
      std::vector<std::int32_t> droppable = {-1};  // −1: drop nothing
      for (const auto p : best.parcels)
        if (state[std::size_t(p)] == 0) droppable.push_back(p);
      for (const auto drop : droppable) {
        const double base = best.cost - (drop >= 0 ? costs[std::size_t(drop)] : 0);
        for (std::size_t i = 0; i < free.size() && !improved; ++i) {
          const auto a = free[i];
          if (in[std::size_t(a)] || base + costs[std::size_t(a)] > room) continue;
          std::vector<std::int32_t> trial;
          for (const auto p : best.parcels)
            if (p != drop) trial.push_back(p);
          trial.push_back(a);
          auto s = scorer.score(trial);
          if (better(s, best)) {
            best = std::move(s);
            improved = true;
            break;
          }
          if (drop < 0) continue;
          for (std::size_t j = i + 1; j < free.size(); ++j) {
            const auto b = free[j];
            if (in[std::size_t(b)] || base + costs[std::size_t(a)] + costs[std::size_t(b)] > room) continue;
            trial.push_back(b);
            auto s2 = scorer.score(trial);
            trial.pop_back();
            if (better(s2, best)) {
              best = std::move(s2);
              improved = true;
              break;
            }
          }
          if (outOfTime()) break;
        }
        if (improved || outOfTime()) break;
      }
    }
  }
  reportProgress(progress, 1.0, "budget optimum");
  result.parcels = best.parcels;
  result.leopards = best.leopards;
  result.leopardsFractional = best.fractional;
  result.cost = best.cost;
  return result;
}

}  // namespace hp::ranking
