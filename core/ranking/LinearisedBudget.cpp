// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/LinearisedBudget.h"

#include <algorithm>

#include "ranking/BudgetSelection.h"
#include "ranking/PatchUnion.h"

namespace hp::ranking {

LinearisedBudgetResult solveLinearisedBudget(const ParcelAtoms& atoms, const std::vector<double>& costs,
                                             const SelectionPerimeter& perimeter, const LinearisedBudgetInput& input,
                                             const Progress& progress) {
  const auto n = std::size_t(atoms.parcelCount);
  // Building the program is a pass over parcels and touching pairs: a share of the progress, so
  // that 100,000 parcels report (and may be cancelled) before CBC starts.
  const Progress building = phaseProgress(progress, 0.0, 0.1);
  const PatchUnion reserve(atoms);
  std::vector<MarginalGain> alone(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (i % 4096 == 0) reportProgress(building, 0.5 * double(i) / double(n), "budget optimum: linear start");
    alone[i] = reserve.gainOf(std::int32_t(i));
  }

  BudgetProblem problem;
  problem.budget = input.budget;
  problem.blm = input.blm;
  problem.items.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    SelectionItem& item = problem.items[i];
    item.value = double(alone[i].leopards) + alone[i].equivalents;
    item.cost = costs[i];
    item.lock = input.lock[i] == 1 ? SelectionLock::LockedIn : input.lock[i] == 2 ? SelectionLock::LockedOut : SelectionLock::Free;
  }
  if (input.blm > 0)
    for (std::size_t i = 0; i < n; ++i) {
      if (perimeter.outsideKm(std::int32_t(i)) > 0) problem.edges.push_back({int(i), int(i), perimeter.outsideKm(std::int32_t(i))});
      for (const auto& [j, km] : perimeter.sharedKm(std::int32_t(i)))
        if (std::size_t(j) > i) problem.edges.push_back({int(i), j, km});
    }
  LinearProgram lp = buildBudgetProgram(problem);

  // Pair corrections, for touching parcels only: interactions through a shared reserve patch or
  // longer chains are left to the local search on the true objective.
  LinearisedBudgetResult result;
  const auto touching = atoms.touchingParcels();
  std::size_t seen = 0;
  for (const auto& [a, b] : touching) {
    if (seen++ % 4096 == 0) reportProgress(building, 0.5 + 0.5 * double(seen) / double(touching.size()), "budget optimum: linear start");
    if (input.lock[std::size_t(a)] == 2 || input.lock[std::size_t(b)] == 2) continue;
    const long bonus = reserve.gainOf({a, b}).leopards - alone[std::size_t(a)].leopards - alone[std::size_t(b)].leopards;
    if (bonus == 0) continue;
    const int z = lp.addColumn(double(bonus), 0.0, 1.0, false);
    if (bonus > 0) {  // z ≤ x_a, z ≤ x_b
      const double coefficients[2] = {1.0, -1.0};
      const int withA[2] = {z, a}, withB[2] = {z, b};
      lp.addRow(withA, coefficients, -LinearProgram::kInfinity, 0.0);
      lp.addRow(withB, coefficients, -LinearProgram::kInfinity, 0.0);
    } else {  // x_a + x_b − z ≤ 1
      const double coefficients[3] = {1.0, 1.0, -1.0};
      const int columns[3] = {a, b, z};
      lp.addRow(columns, coefficients, -LinearProgram::kInfinity, 1.0);
    }
    ++result.pairColumns;
  }

  MipOptions mip;
  mip.timeLimitSeconds = input.timeLimitSeconds;
  mip.seed = input.seed;
  mip.progress = phaseProgress(progress, 0.1, 1.0);
  if (!input.start.empty()) {
    mip.start.assign(std::size_t(lp.columnCount()), 0.0);  // CBC recomputes the continuous columns
    for (const auto p : input.start) mip.start[std::size_t(p)] = 1.0;
  }
  const MipResult solved = solveMip(lp, mip);
  result.status = solved.status;
  if (!solved.hasSolution()) return result;
  for (std::size_t i = 0; i < n; ++i)
    if (solved.values[i] > 0.5) result.parcels.push_back(std::int32_t(i));
  result.objective = solved.objective;
  result.bestBound = solved.bestBound;
  result.relativeGap = solved.relativeGap;
  return result;
}

}  // namespace hp::ranking
