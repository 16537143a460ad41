// SPDX-License-Identifier: GPL-3.0-or-later
#include "marxan/MarxanSolve.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <tuple>

#include "geo/Error.h"
#include "io/DelimitedReader.h"
#include "marxan/MarxanLocalSearch.h"
#include "marxan/MarxanNeighbourhoodSearch.h"

namespace hp::ranking {

namespace {

struct Edge {
  int a;
  int b;
  double length;
};

// Shared boundaries with a < b, duplicates (either direction) summed, zero lengths dropped;
// external boundaries (a == b) are returned per unit.
std::vector<Edge> sharedEdges(const MarxanProblem& problem, std::vector<double>& external) {
  external.assign(problem.units.size(), 0.0);
  std::vector<Edge> edges;
  for (const MarxanBoundary& b : problem.boundaries) {
    if (b.unitA == b.unitB) external[std::size_t(b.unitA)] += b.length;
    else edges.push_back({std::min(b.unitA, b.unitB), std::max(b.unitA, b.unitB), b.length});
  }
  std::sort(edges.begin(), edges.end(), [](const Edge& l, const Edge& r) { return std::tie(l.a, l.b) < std::tie(r.a, r.b); });
  std::vector<Edge> merged;
  for (const Edge& e : edges) {
    if (!merged.empty() && merged.back().a == e.a && merged.back().b == e.b) merged.back().length += e.length;
    else merged.push_back(e);
  }
  merged.erase(std::remove_if(merged.begin(), merged.end(), [](const Edge& e) { return e.length == 0.0; }), merged.end());
  return merged;
}

void checkTargetsReachable(const MarxanProblem& problem) {
  const std::vector<double> targets = featureTargets(problem);
  std::vector<double> available(problem.features.size(), 0.0);
  for (const MarxanAmount& a : problem.amounts)
    if (problem.units[std::size_t(a.unit)].status != MarxanStatus::LockedOut) available[std::size_t(a.feature)] += a.amount;
  for (std::size_t f = 0; f < targets.size(); ++f) {
    if (available[f] >= targets[f] - 1e-9 * std::max(1.0, targets[f])) continue;
    const MarxanFeature& feature = problem.features[f];
    throw Error(ErrorCode::InvalidInput, {},
                "feature " + std::to_string(feature.id) + (feature.name.empty() ? "" : " (" + feature.name + ")") + ": target " +
                    formatNumber(targets[f]) + " exceeds the " + formatNumber(available[f]) +
                    " held by planning units that are not locked out");
  }
}

}  // namespace

LinearProgram buildMarxanProgram(const MarxanProblem& problem) {
  validateMarxanProblem(problem);
  LinearProgram lp(LinearProgram::Sense::Minimise);
  std::vector<double> external;
  const std::vector<Edge> edges = problem.blm > 0.0 ? sharedEdges(problem, external) : std::vector<Edge>{};
  if (problem.blm <= 0.0) external.assign(problem.units.size(), 0.0);

  std::vector<double> unitObjective(problem.units.size());
  for (std::size_t i = 0; i < problem.units.size(); ++i) unitObjective[i] = problem.units[i].cost + problem.blm * external[i];
  for (const Edge& e : edges) {
    unitObjective[std::size_t(e.a)] += problem.blm * e.length;
    unitObjective[std::size_t(e.b)] += problem.blm * e.length;
  }
  for (std::size_t i = 0; i < problem.units.size(); ++i) {
    const int column = lp.addBinary(unitObjective[i]);
    if (problem.units[i].status == MarxanStatus::LockedIn) lp.fixColumn(column, 1.0);
    if (problem.units[i].status == MarxanStatus::LockedOut) lp.fixColumn(column, 0.0);
  }
  const double minusOne[2] = {1.0, -1.0};
  for (const Edge& e : edges) {
    const int y = lp.addColumn(-2.0 * problem.blm * e.length, 0.0, 1.0, false);
    const int withA[2] = {y, e.a};
    const int withB[2] = {y, e.b};
    lp.addRow(withA, minusOne, -LinearProgram::kInfinity, 0.0);
    lp.addRow(withB, minusOne, -LinearProgram::kInfinity, 0.0);
  }

  // One covering row per feature with a target; repeated (feature, unit) rows are summed.
  std::vector<MarxanAmount> amounts = problem.amounts;
  std::sort(amounts.begin(), amounts.end(),
            [](const MarxanAmount& l, const MarxanAmount& r) { return std::tie(l.feature, l.unit) < std::tie(r.feature, r.unit); });
  const std::vector<double> targets = featureTargets(problem);
  std::size_t k = 0;
  for (std::size_t f = 0; f < problem.features.size(); ++f) {
    std::vector<int> columns;
    std::vector<double> coefficients;
    for (; k < amounts.size() && std::size_t(amounts[k].feature) == f; ++k) {
      if (amounts[k].amount == 0.0) continue;
      if (!columns.empty() && columns.back() == amounts[k].unit) coefficients.back() += amounts[k].amount;
      else {
        columns.push_back(amounts[k].unit);
        coefficients.push_back(amounts[k].amount);
      }
    }
    if (targets[f] > 0.0) lp.addRow(columns, coefficients, targets[f], LinearProgram::kInfinity);
  }
  return lp;
}

namespace {

// CBC's settings for one solve within a Marxan solve.
MipOptions mipOptionsOf(const MarxanSolveOptions& options) {
  MipOptions mip;
  mip.timeLimitSeconds = options.timeLimitSeconds;
  mip.relativeGap = options.relativeGap;
  mip.seed = options.seed;
  mip.progress = options.progress;
  return mip;
}

// One CBC solve, from options.start when it is usable. Time, start score and the gap are
// solveMarxan's to fill in: it knows every phase and every bound.
MarxanSolveResult solveMarxanOnce(const MarxanProblem& problem, const LinearProgram& lp, const MarxanSolveOptions& options) {
  MarxanSolveResult result;
  result.columns = lp.columnCount();
  result.rows = lp.rowCount();
  MipOptions mip = mipOptionsOf(options);
  if (!options.start.empty()) {  // vetted by solveMarxan
    mip.start.assign(std::size_t(lp.columnCount()), 0.0);
    for (std::size_t i = 0; i < options.start.size(); ++i) mip.start[i] = options.start[i] ? 1.0 : 0.0;
  }
  const MipResult solved = solveMip(lp, mip);
  result.status = solved.status;
  result.nodes = solved.nodes;
  if (!solved.hasSolution()) return result;
  result.selected.resize(problem.units.size());
  for (std::size_t i = 0; i < problem.units.size(); ++i) result.selected[i] = solved.values[i] > 0.5;
  result.evaluation = evaluateMarxanSelection(problem, result.selected);
  result.bestBound = solved.bestBound;
  return result;
}

bool startUsable(const MarxanProblem& problem, const std::vector<bool>& start) {
  if (start.size() != problem.units.size() || problem.units.empty()) return false;
  for (std::size_t i = 0; i < start.size(); ++i)
    if ((problem.units[i].status == MarxanStatus::LockedIn && !start[i]) ||
        (problem.units[i].status == MarxanStatus::LockedOut && start[i]))
      return false;
  return evaluateMarxanSelection(problem, start).targetsMet == int(problem.features.size());
}

// A selection found before the main search, and the nodes finding it took.
struct StartSearch {
  std::vector<bool> selected;  // empty when none was found
  long nodes = 0;
};

// The LP relaxation's unit values and reduced costs (empty when it has none), for rounding and neighbourhoods.
UnitRelaxation relaxedUnits(const MarxanProblem& problem, const LinearProgram& lp, const MarxanSolveOptions& options) {
  const MipResult relaxed = solveMip(lp.relaxation(), mipOptionsOf(options));
  if (!relaxed.hasSolution()) return {};
  const auto units = std::ptrdiff_t(problem.units.size());
  UnitRelaxation unitsOnly;
  unitsOnly.bound = relaxed.objective;
  unitsOnly.values.assign(relaxed.values.begin(), relaxed.values.begin() + units);
  if (!relaxed.reducedCosts.empty()) unitsOnly.reducedCosts.assign(relaxed.reducedCosts.begin(), relaxed.reducedCosts.begin() + units);
  return unitsOnly;
}

// Berthold's RENS ("RENS: the optimal rounding", 2014), restricted to the units the LP relaxation
// selects in full: keeping them selected leaves CBC a far smaller program, and its solutions still
// meet every target (selecting more never breaks a covering row), so they start the whole search.
StartSearch relaxationRoundingStart(const MarxanProblem& problem, LinearProgram lp, const UnitRelaxation& relaxation,
                                    const MarxanSolveOptions& options) {
  StartSearch found;
  if (relaxation.values.empty()) return found;
  for (std::size_t i = 0; i < problem.units.size(); ++i)
    if (relaxation.values[i] > 1.0 - 1e-6) lp.fixColumn(int(i), 1.0);
  const MipResult rounded = solveMip(lp, mipOptionsOf(options));
  found.nodes = rounded.nodes;
  if (!rounded.hasSolution()) return found;
  found.selected.resize(problem.units.size());
  for (std::size_t i = 0; i < problem.units.size(); ++i) found.selected[i] = rounded.values[i] > 0.5;
  return found;
}

}  // namespace

MarxanSolveResult solveMarxan(const MarxanProblem& problem, const MarxanSolveOptions& options) {
  validateMarxanProblem(problem);
  checkTargetsReachable(problem);
  if (!(options.timeLimitSeconds > 0.0))
    throw Error(ErrorCode::InvalidInput, {}, "the time limit must be a positive number of seconds");
  const auto began = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count(); };
  // Time shares: a first selection until 1/12 of the limit; CBC on the whole program until 1/6
  // (easy problems end there, hard ones get CBC's root bound); neighbourhoods until 85 %; CBC
  // again for the rest. Beyond its root cuts CBC's bound barely moves on clumped problems, while
  // the neighbourhoods keep improving the selection.
  constexpr double kStartShare = 1.0 / 12.0, kFirstProofShare = 1.0 / 6.0, kNeighbourhoodShare = 0.85;
  const double limit = options.timeLimitSeconds;
  auto share = [&](double until) { return std::max(until * limit - elapsed(), 0.02 * limit); };
  auto phase = [&](double until) { return phaseProgress(options.progress, std::min(elapsed() / limit, until), until); };
  const LinearProgram lp = buildMarxanProgram(problem);
  const bool searchFirst = !problem.units.empty() && (options.boundaryFreeStart || options.roundingStart || options.neighbourhoodSearch);
  UnitRelaxation relaxation;
  if (searchFirst) {
    MarxanSolveOptions lpOptions = options;
    lpOptions.timeLimitSeconds = kStartShare * limit;
    lpOptions.progress = phaseProgress(options.progress, 0.0, 0.01);
    relaxation = relaxedUnits(problem, lp, lpOptions);
  }

  std::vector<bool> start = options.start;
  long nodes = 0;
  int neighbourhoods = 0;
  if (start.empty() && !problem.units.empty() && (options.boundaryFreeStart || options.roundingStart)) {
    MarxanSolveOptions firstOptions = options;
    firstOptions.timeLimitSeconds = share(kStartShare);
    firstOptions.progress = phase(kStartShare);
    if (options.boundaryFreeStart && problem.blm > 0.0) {
      MarxanProblem withoutBoundary = problem;
      withoutBoundary.blm = 0.0;
      firstOptions.neighbourhoodSearch = false;
      const MarxanSolveResult r = solveMarxan(withoutBoundary, firstOptions);
      start = r.selected;
      nodes += r.nodes;
    } else if (options.roundingStart) {
      const StartSearch first = relaxationRoundingStart(problem, lp, relaxation, firstOptions);
      start = first.selected;
      nodes += first.nodes;
    }
  }
  if (startUsable(problem, start)) start = improveMarxanSelection(problem, std::move(start));
  else start.clear();
  const double startScore = start.empty() ? 0.0 : evaluateMarxanSelection(problem, start).score;

  auto finish = [&](MarxanSolveResult result, double bound) {
    result.seconds = elapsed();
    result.nodes = nodes;
    result.neighbourhoods = neighbourhoods;
    if (startScore > 0.0) result.startScore = startScore;
    if (!result.hasSolution()) return result;
    // Every bound met on the way is proven; keep the highest.
    const double score = result.evaluation.score;
    result.bestBound = std::min(std::max(result.bestBound, bound), score);
    result.relativeGap = (score - result.bestBound) / std::max(std::abs(score), 1e-9);
    if (result.relativeGap <= options.relativeGap) result.status = MipStatus::Optimal;
    return result;
  };
  double bound = relaxation.values.empty() ? -LinearProgram::kInfinity : relaxation.bound;

  MarxanSolveOptions proof = options;
  proof.start = start;
  if (options.neighbourhoodSearch && !start.empty()) {
    proof.timeLimitSeconds = share(kFirstProofShare);
    proof.progress = phase(kFirstProofShare);
    MarxanSolveResult attempt = solveMarxanOnce(problem, lp, proof);
    nodes += attempt.nodes;
    if (attempt.status != MipStatus::TimeLimit) return finish(std::move(attempt), bound);
    bound = std::max(bound, attempt.bestBound);
    if (attempt.evaluation.score < startScore) start = attempt.selected;

    NeighbourhoodSearchOptions lns;
    lns.timeLimitSeconds = share(kNeighbourhoodShare);
    lns.seed = options.seed;
    lns.goodEnough = bound / (1.0 - std::min(options.relativeGap, 0.5));  // the bound proves the gap
    lns.progress = phase(kNeighbourhoodShare);
    NeighbourhoodSearchResult searched = searchMarxanNeighbourhoods(problem, lp, std::move(start), relaxation, lns);
    nodes += searched.nodes;
    neighbourhoods = searched.neighbourhoods;
    if (searched.score <= lns.goodEnough) {
      attempt.selected = std::move(searched.selected);
      attempt.evaluation = evaluateMarxanSelection(problem, attempt.selected);
      attempt.bestBound = bound;
      return finish(std::move(attempt), bound);
    }
    proof.start = std::move(searched.selected);
  }
  proof.timeLimitSeconds = share(1.0);
  proof.progress = searchFirst ? phase(1.0) : options.progress;
  MarxanSolveResult result = solveMarxanOnce(problem, lp, proof);
  nodes += result.nodes;
  return finish(std::move(result), bound);
}

}  // namespace hp::ranking
