// SPDX-License-Identifier: GPL-3.0-or-later
#include "marxan/MarxanLocalSearch.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace hp::ranking {

namespace {

struct Share {
  int feature;
  double amount;
};

struct Neighbour {
  int unit;
  double length;
};

class LocalSearch {
 public:
  LocalSearch(const MarxanProblem& p, std::vector<bool> start)
      : p_(p), n_(p.units.size()), targets_(featureTargets(p)), selected_(std::move(start)) {
    shares_.resize(n_);
    for (const MarxanAmount& a : p.amounts)
      if (a.amount > 0.0) shares_[std::size_t(a.unit)].push_back({a.feature, a.amount});
    holders_.resize(p.features.size());
    for (std::size_t i = 0; i < n_; ++i)
      for (const Share& s : shares_[i]) holders_[std::size_t(s.feature)].push_back(int(i));
    external_.assign(n_, 0.0);
    neighbours_.resize(n_);
    for (const MarxanBoundary& b : p.boundaries) {
      if (b.unitA == b.unitB) {
        external_[std::size_t(b.unitA)] += b.length;
      } else {
        neighbours_[std::size_t(b.unitA)].push_back({b.unitB, b.length});
        neighbours_[std::size_t(b.unitB)].push_back({b.unitA, b.length});
      }
    }
    held_.assign(p.features.size(), 0.0);
    for (std::size_t i = 0; i < n_; ++i)
      if (selected_[i])
        for (const Share& s : shares_[i]) held_[std::size_t(s.feature)] += s.amount;
  }

  std::vector<bool> run() {
    for (int pass = 0; pass < 200; ++pass) {
      bool improved = removals();
      improved = fillHoles() || improved;
      improved = swaps() || improved;
      if (!improved) break;
    }
    return selected_;
  }

 private:
  bool free(std::size_t i) const {
    return p_.units[i].status != MarxanStatus::LockedIn && p_.units[i].status != MarxanStatus::LockedOut;
  }

  // Score change of adding unit i to the current selection; removing it changes the score by the negative.
  double addDelta(std::size_t i) const {
    double boundary = external_[i];
    for (const Neighbour& nb : neighbours_[i]) boundary += selected_[std::size_t(nb.unit)] ? -nb.length : nb.length;
    return p_.units[i].cost + p_.blm * boundary;
  }

  void flip(std::size_t i) {
    selected_[i] = !selected_[i];
    const double sign = selected_[i] ? 1.0 : -1.0;
    for (const Share& s : shares_[i]) held_[std::size_t(s.feature)] += sign * s.amount;
  }

  double tolerance(std::size_t f) const { return 1e-9 * std::max(1.0, targets_[f]); }

  bool removable(std::size_t i) const {
    for (const Share& s : shares_[i]) {
      const auto f = std::size_t(s.feature);
      if (held_[f] - s.amount < targets_[f] - tolerance(f)) return false;
    }
    return true;
  }

  // Removals with the largest saving first.
  bool removals() {
    std::vector<std::pair<double, std::size_t>> order;
    for (std::size_t i = 0; i < n_; ++i)
      if (selected_[i] && free(i)) order.push_back({-addDelta(i), i});
    std::sort(order.begin(), order.end());
    bool improved = false;
    for (const auto& entry : order) {
      const std::size_t i = entry.second;
      if (addDelta(i) > 1e-9 && removable(i)) {
        flip(i);
        improved = true;
      }
    }
    return improved;
  }

  bool fillHoles() {
    if (p_.blm <= 0.0) return false;
    bool improved = false;
    for (std::size_t i = 0; i < n_; ++i)
      if (!selected_[i] && free(i) && addDelta(i) < -1e-9) {
        flip(i);
        improved = true;
      }
    return improved;
  }

  // Remove one unit and add the unselected one that restores every target it leaves short at
  // the lowest score.
  bool swaps() {
    bool improved = false;
    std::vector<std::pair<int, double>> shortfalls;
    for (std::size_t i = 0; i < n_; ++i) {
      if (!selected_[i] || !free(i)) continue;
      const double removeDelta = -addDelta(i);
      shortfalls.clear();
      for (const Share& s : shares_[i]) {
        const auto f = std::size_t(s.feature);
        const double shortBy = targets_[f] - (held_[f] - s.amount);
        if (shortBy > tolerance(f)) shortfalls.push_back({s.feature, shortBy});
      }
      if (shortfalls.empty()) continue;  // a plain removal, handled by removals()
      double bestDelta = -1e-9 * std::max(1.0, p_.units[i].cost);
      std::size_t best = n_;
      for (int candidate : holders_[std::size_t(shortfalls.front().first)]) {
        const auto j = std::size_t(candidate);
        if (selected_[j] || !free(j)) continue;
        bool covers = true;
        for (const auto& [feature, shortBy] : shortfalls) {
          double amount = 0.0;
          for (const Share& s : shares_[j])
            if (s.feature == feature) amount += s.amount;
          if (amount < shortBy) {
            covers = false;
            break;
          }
        }
        if (!covers) continue;
        double delta = removeDelta + addDelta(j);
        // addDelta(j) counted i as selected; with i gone their shared side becomes boundary.
        for (const Neighbour& nb : neighbours_[j])
          if (std::size_t(nb.unit) == i) delta += 2.0 * p_.blm * nb.length;
        if (delta < bestDelta) {
          bestDelta = delta;
          best = j;
        }
      }
      if (best != n_) {
        flip(i);
        flip(best);
        improved = true;
      }
    }
    return improved;
  }

  const MarxanProblem& p_;
  std::size_t n_;
  std::vector<double> targets_;
  std::vector<bool> selected_;
  std::vector<std::vector<Share>> shares_;
  std::vector<std::vector<int>> holders_;
  std::vector<double> external_;
  std::vector<std::vector<Neighbour>> neighbours_;
  std::vector<double> held_;
};

}  // namespace

std::vector<bool> improveMarxanSelection(const MarxanProblem& problem, std::vector<bool> start) {
  if (start.size() != problem.units.size()) return start;
  const MarxanEvaluation before = evaluateMarxanSelection(problem, start);
  if (before.targetsMet != int(problem.features.size())) return start;
  for (std::size_t i = 0; i < start.size(); ++i)
    if ((problem.units[i].status == MarxanStatus::LockedIn && !start[i]) ||
        (problem.units[i].status == MarxanStatus::LockedOut && start[i]))
      return start;
  std::vector<bool> improved = LocalSearch(problem, start).run();
  // Floating-point drift in the incremental bookkeeping must never return a worse or infeasible selection.
  const MarxanEvaluation after = evaluateMarxanSelection(problem, improved);
  if (after.targetsMet == int(problem.features.size()) && after.score <= before.score) return improved;
  return start;
}

}  // namespace hp::ranking
