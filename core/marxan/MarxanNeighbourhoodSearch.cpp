// SPDX-License-Identifier: GPL-3.0-or-later
#include "marxan/MarxanNeighbourhoodSearch.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <deque>
#include <random>

#include "geo/Error.h"
#include "solver/CbcMip.h"

namespace hp::ranking {

namespace {

using Clock = std::chrono::steady_clock;

// Which units lie next to which: across shared boundaries, or across shared features when the
// problem has no boundaries (then a neighbourhood is "units holding what this unit holds").
class UnitGraph {
 public:
  explicit UnitGraph(const MarxanProblem& problem)
      : unitNext_(problem.units.size()), featureUnits_(problem.features.size()), unitFeatures_(problem.units.size()) {
    for (const MarxanBoundary& b : problem.boundaries) {
      if (b.unitA == b.unitB || b.length <= 0.0) continue;
      unitNext_[std::size_t(b.unitA)].push_back(b.unitB);
      unitNext_[std::size_t(b.unitB)].push_back(b.unitA);
      byBoundary_ = true;
    }
    for (const MarxanAmount& a : problem.amounts) {
      if (a.amount <= 0.0) continue;
      featureUnits_[std::size_t(a.feature)].push_back(a.unit);
      unitFeatures_[std::size_t(a.unit)].push_back(a.feature);
    }
  }

  // Up to `size` units with `eligible` set, breadth first from `seed`.
  std::vector<int> grow(int seed, std::size_t size, const std::vector<char>& eligible) const {
    std::vector<char> seen(unitNext_.size(), 0), featureSeen(featureUnits_.size(), 0);
    std::vector<int> found;
    std::deque<int> queue{seed};
    seen[std::size_t(seed)] = 1;
    auto visit = [&](int next) {
      if (seen[std::size_t(next)]) return;
      seen[std::size_t(next)] = 1;
      queue.push_back(next);
    };
    while (!queue.empty() && found.size() < size) {
      const int unit = queue.front();
      queue.pop_front();
      if (eligible[std::size_t(unit)]) found.push_back(unit);
      if (byBoundary_) {
        for (int next : unitNext_[std::size_t(unit)]) visit(next);
        continue;
      }
      for (int feature : unitFeatures_[std::size_t(unit)]) {
        if (featureSeen[std::size_t(feature)]) continue;
        featureSeen[std::size_t(feature)] = 1;
        for (int next : featureUnits_[std::size_t(feature)]) visit(next);
      }
    }
    return found;
  }

 private:
  std::vector<std::vector<int>> unitNext_;
  std::vector<std::vector<int>> featureUnits_;
  std::vector<std::vector<int>> unitFeatures_;
  bool byBoundary_ = false;
};

bool isFree(const MarxanUnit& unit) {
  return unit.status != MarxanStatus::LockedIn && unit.status != MarxanStatus::LockedOut;
}

}  // namespace

NeighbourhoodSearchResult searchMarxanNeighbourhoods(const MarxanProblem& problem, const LinearProgram& program,
                                                     std::vector<bool> start, const UnitRelaxation& relaxation,
                                                     const NeighbourhoodSearchOptions& options) {
  if (start.size() != problem.units.size() || program.columnCount() < int(problem.units.size()))
    throw Error(ErrorCode::InvalidInput, {}, "the neighbourhood search needs one flag per planning unit");
  const Clock::time_point began = Clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - began).count(); };
  const std::string stage = "neighbourhood search";

  NeighbourhoodSearchResult result;
  result.score = evaluateMarxanSelection(problem, start).score;
  result.selected = std::move(start);

  const std::size_t units = problem.units.size();
  std::vector<char> eligible(units, 0);
  std::vector<int> freeUnits;
  for (std::size_t i = 0; i < units; ++i)
    if (isFree(problem.units[i])) {
      eligible[i] = 1;
      freeUnits.push_back(int(i));
    }
  if (freeUnits.empty()) return result;
  const bool withRelaxation = relaxation.values.size() == units;
  const bool withReducedCosts = relaxation.reducedCosts.size() == units;
  // Free units by |reduced cost|, nearest the LP's margin first: good selections differ from the
  // LP's rounding almost only in these, so neighbourhoods are drawn from the head of this list.
  std::vector<int> byMargin = freeUnits;
  if (withReducedCosts)
    std::stable_sort(byMargin.begin(), byMargin.end(), [&](int l, int r) {
      return std::abs(relaxation.reducedCosts[std::size_t(l)]) < std::abs(relaxation.reducedCosts[std::size_t(r)]);
    });
  const UnitGraph graph(problem);
  std::mt19937 random(std::uint32_t(options.seed));
  const double allFree = double(freeUnits.size());
  // The size grows while CBC finishes neighbourhoods within the node limit and shrinks when not.
  double size = std::clamp((withReducedCosts ? 0.05 : 0.1) * allFree, std::min(20.0, allFree), allFree);
  bool disagreementPending = withRelaxation;
  int failures = 0;

  while (failures < options.maxFailures && result.score > options.goodEnough &&
         (options.maxNeighbourhoods <= 0 || result.neighbourhoods < options.maxNeighbourhoods)) {
    const double remaining = options.timeLimitSeconds - elapsed();
    if (remaining <= 0.05) {
      result.timedOut = true;
      break;
    }
    reportProgress(options.progress, std::min(1.0, elapsed() / options.timeLimitSeconds), stage);

    // Units where the selection and the LP relaxation disagree (Danna et al.'s RINS).
    std::vector<int> disagreement;
    if (withRelaxation)
      for (int i : freeUnits)
        if (std::abs(relaxation.values[std::size_t(i)] - (result.selected[std::size_t(i)] ? 1.0 : 0.0)) > 1e-6)
          disagreement.push_back(i);
    enum class Kind { Disagreement, Margin, Region } kind;
    std::vector<int> neighbourhood;
    if (disagreementPending) {
      kind = Kind::Disagreement;
      disagreementPending = false;
      neighbourhood = disagreement;
      if (neighbourhood.empty()) continue;
    } else if (withReducedCosts) {
      kind = Kind::Margin;
      const std::size_t count = std::size_t(size);
      const std::size_t pool = std::min(byMargin.size(), 2 * count);
      std::vector<int> drawn(byMargin.begin(), byMargin.begin() + std::ptrdiff_t(pool));
      std::shuffle(drawn.begin(), drawn.end(), random);
      drawn.resize(std::min(drawn.size(), count));
      neighbourhood = std::move(drawn);
      neighbourhood.insert(neighbourhood.end(), disagreement.begin(), disagreement.end());
    } else {
      kind = Kind::Region;
      const int seed = freeUnits[std::uniform_int_distribution<std::size_t>(0, freeUnits.size() - 1)(random)];
      neighbourhood = graph.grow(seed, std::size_t(size), eligible);
    }

    LinearProgram sub = program;
    std::vector<char> inside(units, 0);
    for (int i : neighbourhood) inside[std::size_t(i)] = 1;
    for (int i : freeUnits)
      if (!inside[std::size_t(i)]) sub.fixColumn(i, result.selected[std::size_t(i)] ? 1.0 : 0.0);
    MipOptions mip;
    mip.timeLimitSeconds = options.workBudget ? remaining : std::min(remaining, std::max(1.0, options.timeLimitSeconds / 8.0));
    mip.seed = options.seed;
    mip.maxNodes = options.maxNodes;
    mip.start.assign(std::size_t(program.columnCount()), 0.0);
    for (std::size_t i = 0; i < units; ++i) mip.start[i] = result.selected[i] ? 1.0 : 0.0;
    if (options.progress)
      mip.progress = [&](double, const std::string&) {
        return options.progress(std::min(1.0, elapsed() / options.timeLimitSeconds), stage);
      };
    const MipResult solved = solveMip(sub, mip);
    ++result.neighbourhoods;
    result.nodes += solved.nodes;
    result.timedOut = result.timedOut || solved.secondsLimitReached;
    const bool finished = solved.status == MipStatus::Optimal;
    if (kind != Kind::Disagreement) size = finished ? std::min(size * 1.25, allFree) : std::max(size * 0.8, 10.0);
    bool improved = false;
    if (solved.hasSolution()) {
      std::vector<bool> candidate(units);
      for (std::size_t i = 0; i < units; ++i) candidate[i] = solved.values[i] > 0.5;
      const MarxanEvaluation evaluation = evaluateMarxanSelection(problem, candidate);
      if (evaluation.targetsMet == int(problem.features.size()) &&
          evaluation.score < result.score - 1e-9 * std::max(1.0, std::abs(result.score))) {
        result.selected = std::move(candidate);
        result.score = evaluation.score;
        ++result.improvements;
        improved = true;
      }
    }
    if (improved) {
      failures = 0;
      disagreementPending = withRelaxation;  // the selection moved: its disagreement with the LP did too
    } else {
      ++failures;
    }
  }
  result.seconds = elapsed();
  return result;
}

}  // namespace hp::ranking
