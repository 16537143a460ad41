// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/PatchLocalSearch.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "ranking/PatchSelection.h"

namespace hp::ranking {

namespace {

// What a move changes.
struct Change {
  long leopards = 0;
  double boundaryKm = 0;
  double fractional = 0;
  double cost = 0;
};

class Search {
 public:
  Search(const ParcelAtoms& atoms, const std::vector<double>& costs, const SelectionPerimeter& perimeter,
         const PatchLocalSearchSettings& settings, const Progress& progress)
      : costs_(costs), perimeter_(perimeter), settings_(settings), progress_(progress), selection_(atoms),
        bought_(std::size_t(atoms.parcelCount), 0), start_(std::chrono::steady_clock::now()) {}

  bool bought(std::int32_t p) const { return bought_[std::size_t(p)] != 0; }
  int moves() const { return moves_; }

  double objective(const Change& c) const { return double(c.leopards) - settings_.blm * c.boundaryKm; }
  // Better by the lexicographic objective: leopards − blm × boundary, fractional, then cost.
  bool improves(const Change& c) const {
    const double o = objective(c);
    if (o > 1e-9) return true;
    if (o < -1e-9) return false;
    if (c.fractional > 1e-12) return true;
    if (c.fractional < -1e-12) return false;
    return c.cost < -1e-9;
  }

  bool fits(std::span<const std::int32_t> out, std::span<const std::int32_t> in) const {
    double cost = cost_;
    for (const auto p : out) cost -= costs_[std::size_t(p)];
    for (const auto p : in) cost += costs_[std::size_t(p)];
    return cost <= settings_.budget;
  }

  Change change(std::span<const std::int32_t> out, std::span<const std::int32_t> in) const {
    const PatchDelta d = selection_.evaluate(out, in);
    return {d.leopards, boundaryChange(out, in), d.equivalents, costChange(out, in)};
  }

  // False when the move cannot improve: its leopards bounded from above without re-splitting the
  // patches it breaks (PatchSelection::bound). Additions alone are cheap to evaluate exactly.
  bool mayImprove(std::span<const std::int32_t> out, std::span<const std::int32_t> in) const {
    if (out.empty()) return true;
    const PatchDelta d = selection_.bound(out, in);
    return improves({d.leopards, boundaryChange(out, in), d.equivalents, costChange(out, in)});
  }

  // A swap's upper bound from its parts: when the two parcels' patches do not meet, the leopards
  // of dropping one and adding the other add up; otherwise bound() on the swap itself.
  bool swapMayImprove(std::int32_t drop, const PatchDelta& dropBound, std::int32_t add, const Change& addChange) const {
    const std::int32_t out[1] = {drop}, in[1] = {add};
    if (!selection_.independent(drop, add)) return mayImprove(out, in);
    return improves({dropBound.leopards + addChange.leopards, boundaryChange(out, in),
                     dropBound.equivalents + addChange.fractional, costChange(out, in)});
  }

  PatchDelta dropBound(std::int32_t drop) const {
    const std::int32_t out[1] = {drop};
    return selection_.bound(out, {});
  }

  void apply(std::span<const std::int32_t> out, std::span<const std::int32_t> in) {
    selection_.apply(out, in);
    cost_ += costChange(out, in);
    for (const auto p : out) bought_[std::size_t(p)] = 0;
    for (const auto p : in) bought_[std::size_t(p)] = 1;
    ++moves_;
  }

  // Checked between moves; also where a cancel request is noticed (every 64th call), since one
  // round over 20,000 parcels takes seconds.
  bool outOfTime() const {
    if (!timedOut_)
      timedOut_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count() > settings_.timeLimitSeconds;
    if ((++checks_ & 63) == 0) reportProgress(progress_, elapsedShare(), "budget optimum: local search");
    return timedOut_;
  }
  double elapsedShare() const {
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    return settings_.timeLimitSeconds > 0 ? std::min(1.0, s / settings_.timeLimitSeconds) : 1.0;
  }

 private:
  double costChange(std::span<const std::int32_t> out, std::span<const std::int32_t> in) const {
    double c = 0;
    for (const auto p : out) c -= costs_[std::size_t(p)];
    for (const auto p : in) c += costs_[std::size_t(p)];
    return c;
  }
  double boundaryChange(std::span<const std::int32_t> out, std::span<const std::int32_t> in) const {
    if (perimeter_.empty()) return 0;
    double km = 0;
    for (const auto p : out) {
      km += perimeter_.flipDeltaKm(p, bought_);
      bought_[std::size_t(p)] ^= 1;
    }
    for (const auto p : in) {
      km += perimeter_.flipDeltaKm(p, bought_);
      bought_[std::size_t(p)] ^= 1;
    }
    for (const auto p : out) bought_[std::size_t(p)] ^= 1;
    for (const auto p : in) bought_[std::size_t(p)] ^= 1;
    return km;
  }

  const std::vector<double>& costs_;
  const SelectionPerimeter& perimeter_;
  const PatchLocalSearchSettings& settings_;
  const Progress& progress_;
  PatchSelection selection_;
  mutable std::vector<std::uint8_t> bought_;  // flipped and restored while measuring a move
  double cost_ = 0;
  int moves_ = 0;
  std::chrono::steady_clock::time_point start_;
  mutable bool timedOut_ = false;
  mutable unsigned checks_ = 0;
};

}  // namespace

PatchLocalSearchResult improveSelection(const ParcelAtoms& atoms, const std::vector<double>& costs,
                                        const SelectionPerimeter& perimeter, const std::vector<std::uint8_t>& lock,
                                        const std::vector<std::int32_t>& start, const PatchLocalSearchSettings& settings,
                                        const Progress& progress) {
  const auto n = std::int32_t(atoms.parcelCount);
  Search search(atoms, costs, perimeter, settings, progress);
  search.apply({}, start);
  std::vector<std::int32_t> free;
  for (std::int32_t p = 0; p < n; ++p)
    if (lock[std::size_t(p)] == 0 && costs[std::size_t(p)] <= settings.budget) free.push_back(p);
  std::vector<std::pair<std::int32_t, std::int32_t>> pairs = atoms.touchingParcels();
  std::erase_if(pairs, [&](const auto& pair) { return lock[std::size_t(pair.first)] != 0 || lock[std::size_t(pair.second)] != 0; });
  std::vector<std::vector<std::int32_t>> partners(static_cast<std::size_t>(n));
  for (const auto& [a, b] : pairs) {
    partners[std::size_t(a)].push_back(b);
    partners[std::size_t(b)].push_back(a);
  }
  const int startMoves = search.moves();
  auto tryMove = [&](std::span<const std::int32_t> out, std::span<const std::int32_t> in) {
    if (!search.fits(out, in) || !search.mayImprove(out, in) || !search.improves(search.change(out, in))) return false;
    search.apply(out, in);
    return true;
  };

  PatchLocalSearchResult result;
  while (!search.outOfTime()) {
    reportProgress(progress, search.elapsedShare(), "budget optimum: local search");
    bool improved = false;
    // Cheap moves first, to their local optimum.
    for (const auto a : free) {
      if (search.outOfTime()) break;
      const std::int32_t in[1] = {a};
      if (!search.bought(a) && tryMove({}, in)) improved = true;
    }
    for (const auto& [a, b] : pairs) {
      if (search.outOfTime()) break;
      const std::int32_t in[2] = {a, b};
      if (!search.bought(a) && !search.bought(b) && tryMove({}, in)) improved = true;
    }
    for (const auto d : free) {
      if (search.outOfTime()) break;
      const std::int32_t out[1] = {d};
      if (search.bought(d) && tryMove(out, {})) improved = true;
    }
    if (improved) continue;

    // Swaps against the best single additions.
    struct Candidate {
      std::int32_t parcel;
      Change change;
      double score;
    };
    std::vector<Candidate> candidates;
    for (const auto a : free) {
      if (search.bought(a)) continue;
      if (search.outOfTime()) break;
      const std::int32_t in[1] = {a};
      const Change c = search.change({}, in);
      const double cost = std::max(costs[std::size_t(a)], 1e-9);
      candidates.push_back({a, c, search.objective(c) / cost + 1e-6 * c.fractional / cost});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& l, const Candidate& r) { return l.score > r.score; });
    if (candidates.size() > std::size_t(settings.candidateLimit)) candidates.resize(std::size_t(settings.candidateLimit));
    for (const auto d : free) {
      if (improved || search.outOfTime()) break;
      if (!search.bought(d)) continue;
      const std::int32_t out[1] = {d};
      const PatchDelta dropBound = search.dropBound(d);
      for (const Candidate& a : candidates) {
        const std::int32_t in[1] = {a.parcel};
        if (!search.fits(out, in) || !search.swapMayImprove(d, dropBound, a.parcel, a.change)) continue;
        if (search.improves(search.change(out, in))) {
          search.apply(out, in);
          improved = true;
          break;
        }
      }
    }
    if (improved) continue;

    // Drop one, add two: pairs of the best additions, and each of them with a touching partner.
    const std::size_t top = std::min(candidates.size(), std::size_t(settings.pairCandidateLimit));
    std::vector<std::pair<std::int32_t, std::int32_t>> twos;
    for (std::size_t i = 0; i < top; ++i) {
      for (std::size_t j = i + 1; j < top; ++j) twos.emplace_back(candidates[i].parcel, candidates[j].parcel);
      for (const auto b : partners[std::size_t(candidates[i].parcel)])
        if (!search.bought(b)) twos.emplace_back(candidates[i].parcel, b);
    }
    for (const auto d : free) {
      if (improved || search.outOfTime()) break;
      if (!search.bought(d)) continue;
      const std::int32_t out[1] = {d};
      for (const auto& [a, b] : twos) {
        if (a == d || b == d) continue;
        const std::int32_t in[2] = {a, b};
        if (tryMove(out, in)) {
          improved = true;
          break;
        }
        if (search.outOfTime()) break;
      }
    }
    if (!improved) break;
  }
  result.stoppedByTime = search.outOfTime();
  result.moves = search.moves() - startMoves;
  for (std::int32_t p = 0; p < n; ++p)
    if (search.bought(p)) result.parcels.push_back(p);
  return result;
}

}  // namespace hp::ranking
