// SPDX-License-Identifier: GPL-3.0-or-later
#include "marxan/MarxanProblem.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "geo/Error.h"

namespace hp::ranking {

std::unordered_map<std::int64_t, int> unitIndexById(const MarxanProblem& problem) {
  std::unordered_map<std::int64_t, int> index;
  index.reserve(problem.units.size());
  for (std::size_t i = 0; i < problem.units.size(); ++i) index.emplace(problem.units[i].id, int(i));
  return index;
}

std::vector<double> featureTotals(const MarxanProblem& problem) {
  std::vector<double> totals(problem.features.size(), 0.0);
  for (const MarxanAmount& a : problem.amounts) totals[std::size_t(a.feature)] += a.amount;
  return totals;
}

std::vector<double> featureTargets(const MarxanProblem& problem) {
  std::vector<double> targets = featureTotals(problem);
  for (std::size_t f = 0; f < targets.size(); ++f) {
    const MarxanFeature& feature = problem.features[f];
    targets[f] = feature.proportion > 0.0 ? feature.proportion * targets[f] : feature.target;
  }
  return targets;
}

MarxanEvaluation evaluateMarxanSelection(const MarxanProblem& problem, const std::vector<bool>& selected) {
  if (selected.size() != problem.units.size())
    throw Error(ErrorCode::InvalidInput, {}, "the selection has " + std::to_string(selected.size()) + " flags for " +
                                                 std::to_string(problem.units.size()) + " planning units");
  MarxanEvaluation e;
  for (std::size_t i = 0; i < selected.size(); ++i) {
    if (!selected[i]) continue;
    e.cost += problem.units[i].cost;
    ++e.unitsSelected;
  }
  for (const MarxanBoundary& b : problem.boundaries) {
    const bool a = selected[std::size_t(b.unitA)];
    if (b.unitA == b.unitB) {
      if (a) e.boundary += b.length;
    } else if (a != selected[std::size_t(b.unitB)]) {
      e.boundary += b.length;
    }
  }
  e.score = e.cost + problem.blm * e.boundary;
  e.targets = featureTargets(problem);
  e.held.assign(problem.features.size(), 0.0);
  for (const MarxanAmount& a : problem.amounts)
    if (selected[std::size_t(a.unit)]) e.held[std::size_t(a.feature)] += a.amount;
  e.met.assign(problem.features.size(), 0);
  for (std::size_t f = 0; f < e.targets.size(); ++f) {
    const double target = e.targets[f];
    const bool met = e.held[f] >= target - 1e-9 * std::max(1.0, std::abs(target));
    e.met[f] = met ? 1 : 0;
    e.targetsMet += met ? 1 : 0;
    e.shortfall += std::max(0.0, target - e.held[f]);
    if (target > 0.0) e.minProportionMet = std::min(e.minProportionMet, std::min(1.0, e.held[f] / target));
  }
  return e;
}

void validateMarxanProblem(const MarxanProblem& problem) {
  auto fail = [](const std::string& cause) { throw Error(ErrorCode::InvalidInput, {}, cause); };
  if (!std::isfinite(problem.blm) || problem.blm < 0.0) fail("the BLM must be a non-negative number");
  std::unordered_set<std::int64_t> ids;
  for (const MarxanUnit& u : problem.units) {
    if (!ids.insert(u.id).second) fail("planning unit " + std::to_string(u.id) + " is listed twice");
    if (!std::isfinite(u.cost) || u.cost < 0.0) fail("planning unit " + std::to_string(u.id) + ": cost must be a non-negative number");
    const int s = int(u.status);
    if (s < 0 || s > 3) fail("planning unit " + std::to_string(u.id) + ": status must be 0, 1, 2 or 3");
  }
  ids.clear();
  for (const MarxanFeature& f : problem.features) {
    if (!ids.insert(f.id).second) fail("feature " + std::to_string(f.id) + " is listed twice");
    if (!std::isfinite(f.target) || f.target < 0.0) fail("feature " + std::to_string(f.id) + ": target must be a non-negative number");
    if (!std::isfinite(f.proportion) || f.proportion < 0.0 || f.proportion > 1.0)
      fail("feature " + std::to_string(f.id) + ": prop must lie between 0 and 1");
  }
  const int units = int(problem.units.size());
  const int features = int(problem.features.size());
  for (const MarxanAmount& a : problem.amounts) {
    if (a.unit < 0 || a.unit >= units || a.feature < 0 || a.feature >= features) fail("an amount refers to no planning unit or feature");
    if (!std::isfinite(a.amount) || a.amount < 0.0)
      fail("planning unit " + std::to_string(problem.units[std::size_t(a.unit)].id) + ": amount must be a non-negative number");
  }
  for (const MarxanBoundary& b : problem.boundaries) {
    if (b.unitA < 0 || b.unitA >= units || b.unitB < 0 || b.unitB >= units) fail("a boundary refers to no planning unit");
    if (!std::isfinite(b.length) || b.length < 0.0)
      fail("boundary between " + std::to_string(problem.units[std::size_t(b.unitA)].id) + " and " +
           std::to_string(problem.units[std::size_t(b.unitB)].id) + " must be a non-negative length");
  }
}

}  // namespace hp::ranking
