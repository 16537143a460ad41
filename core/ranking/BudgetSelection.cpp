// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/BudgetSelection.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "geo/Error.h"
#include "io/DelimitedReader.h"

namespace hp::ranking {

namespace {

double effectiveCostWeight(const BudgetProblem& problem) {
  if (problem.costWeight >= 0.0) return problem.costWeight;
  double smallestValue = 0.0;
  double totalCost = 0.0;
  for (const SelectionItem& item : problem.items) {
    const double v = std::abs(item.value);
    if (v > 0.0 && (smallestValue == 0.0 || v < smallestValue)) smallestValue = v;
    totalCost += item.cost;
  }
  if (totalCost <= 0.0) return 0.0;
  return 1e-6 * (smallestValue > 0.0 ? smallestValue : 1.0) / totalCost;
}

void validate(const BudgetProblem& problem) {
  auto fail = [](const std::string& cause) { throw Error(ErrorCode::InvalidInput, {}, cause); };
  if (!std::isfinite(problem.budget) || problem.budget < 0.0) fail("the budget must be a non-negative number");
  if (!std::isfinite(problem.blm) || problem.blm < 0.0) fail("the boundary weight must be a non-negative number");
  double lockedCost = 0.0;
  for (std::size_t i = 0; i < problem.items.size(); ++i) {
    const SelectionItem& item = problem.items[i];
    if (!std::isfinite(item.value)) fail("item " + std::to_string(i) + ": value is not a number");
    if (!std::isfinite(item.cost) || item.cost < 0.0) fail("item " + std::to_string(i) + ": cost must be a non-negative number");
    if (item.lock == SelectionLock::LockedIn) lockedCost += item.cost;
  }
  const int n = int(problem.items.size());
  for (const SelectionEdge& e : problem.edges) {
    if (e.a < 0 || e.a >= n || e.b < 0 || e.b >= n) fail("a boundary refers to no item");
    if (!std::isfinite(e.lengthKm) || e.lengthKm < 0.0) fail("boundary lengths must be non-negative numbers");
  }
  if (lockedCost > problem.budget)
    fail("the locked-in items cost " + formatNumber(lockedCost) + ", more than the budget of " + formatNumber(problem.budget));
}

}  // namespace

LinearProgram buildBudgetProgram(const BudgetProblem& problem) {
  validate(problem);
  const double costWeight = effectiveCostWeight(problem);
  const std::size_t n = problem.items.size();
  // Shared edges with a < b, both directions summed; external boundary per item.
  std::vector<double> external(n, 0.0);
  std::vector<SelectionEdge> edges;
  if (problem.blm > 0.0) {
    for (const SelectionEdge& e : problem.edges) {
      if (e.a == e.b) external[std::size_t(e.a)] += e.lengthKm;
      else edges.push_back({std::min(e.a, e.b), std::max(e.a, e.b), e.lengthKm});
    }
    std::sort(edges.begin(), edges.end(),
              [](const SelectionEdge& l, const SelectionEdge& r) { return std::tie(l.a, l.b) < std::tie(r.a, r.b); });
    std::vector<SelectionEdge> merged;
    for (const SelectionEdge& e : edges) {
      if (!merged.empty() && merged.back().a == e.a && merged.back().b == e.b) merged.back().lengthKm += e.lengthKm;
      else if (e.lengthKm > 0.0) merged.push_back(e);
    }
    edges = std::move(merged);
  }

  LinearProgram lp(LinearProgram::Sense::Maximise);
  std::vector<double> objective(n);
  for (std::size_t i = 0; i < n; ++i)
    objective[i] = problem.items[i].value - costWeight * problem.items[i].cost - problem.blm * external[i];
  for (const SelectionEdge& e : edges) {
    objective[std::size_t(e.a)] -= problem.blm * e.lengthKm;
    objective[std::size_t(e.b)] -= problem.blm * e.lengthKm;
  }
  std::vector<int> budgetColumns;
  std::vector<double> budgetCosts;
  for (std::size_t i = 0; i < n; ++i) {
    const int column = lp.addBinary(objective[i]);
    if (problem.items[i].lock == SelectionLock::LockedIn) lp.fixColumn(column, 1.0);
    if (problem.items[i].lock == SelectionLock::LockedOut) lp.fixColumn(column, 0.0);
    if (problem.items[i].cost > 0.0) {
      budgetColumns.push_back(column);
      budgetCosts.push_back(problem.items[i].cost);
    }
  }
  // y_ab <= x_a, y_ab <= x_b; y earns back 2·blm·length when both sides are in.
  const double coefficients[2] = {1.0, -1.0};
  for (const SelectionEdge& e : edges) {
    const int y = lp.addColumn(2.0 * problem.blm * e.lengthKm, 0.0, 1.0, false);
    const int withA[2] = {y, e.a};
    const int withB[2] = {y, e.b};
    lp.addRow(withA, coefficients, -LinearProgram::kInfinity, 0.0);
    lp.addRow(withB, coefficients, -LinearProgram::kInfinity, 0.0);
  }
  lp.addRow(budgetColumns, budgetCosts, -LinearProgram::kInfinity, problem.budget);
  return lp;
}

BudgetSelection solveBudgetSelection(const BudgetProblem& problem, const BudgetOptions& options) {
  LinearProgram lp = buildBudgetProgram(problem);
  BudgetSelection result;
  result.costWeight = effectiveCostWeight(problem);
  MipOptions mip;
  mip.timeLimitSeconds = options.timeLimitSeconds;
  mip.relativeGap = options.relativeGap;
  mip.seed = options.seed;
  mip.progress = options.progress;
  const MipResult solved = solveMip(lp, mip);
  result.status = solved.status;
  result.seconds = solved.seconds;
  if (!solved.hasSolution()) return result;

  const std::size_t n = problem.items.size();
  std::vector<bool> in(n);
  for (std::size_t i = 0; i < n; ++i) {
    in[i] = solved.values[i] > 0.5;
    if (!in[i]) continue;
    result.selected.push_back(int(i));
    result.value += problem.items[i].value;
    result.cost += problem.items[i].cost;
  }
  for (const SelectionEdge& e : problem.edges) {
    if (e.a == e.b) result.boundaryKm += in[std::size_t(e.a)] ? e.lengthKm : 0.0;
    else if (in[std::size_t(e.a)] != in[std::size_t(e.b)]) result.boundaryKm += e.lengthKm;
  }
  // CBC's row tolerance could admit a hair over the budget; the contract is never.
  if (result.cost > problem.budget)
    throw Error(ErrorCode::InvalidModel, {}, "the solver returned a selection costing " + formatNumber(result.cost) +
                                                 ", above the budget of " + formatNumber(problem.budget));
  result.objective = result.value - problem.blm * result.boundaryKm - result.costWeight * result.cost;
  result.bestBound = std::max(solved.bestBound, result.objective);
  result.relativeGap = (result.bestBound - result.objective) / std::max(std::abs(result.objective), 1e-9);
  return result;
}

}  // namespace hp::ranking
