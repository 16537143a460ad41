// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/GreedyOrder.h"

#include <algorithm>
#include <queue>

#include "geo/Error.h"
#include "ranking/PatchUnion.h"

namespace hp::ranking {

namespace {

// A single parcel (second < 0) or a pair of touching parcels (first < second), with its gain.
// Parcel ids are ≥ 0, so comparing (first, second) orders like the id lists {first} and
// {first, second} compare lexicographically.
struct Choice {
  std::int32_t first = 0;
  std::int32_t second = -1;
  MarginalGain gain;
  double cost = 0;
};

// True when `a` is the better buy: whole leopards per cost, then fractional per cost, then cheaper,
// then lower ids.
bool better(const Choice& a, const Choice& b) {
  const double wa = double(a.gain.leopards) / a.cost, wb = double(b.gain.leopards) / b.cost;
  if (wa != wb) return wa > wb;
  const double fa = a.gain.equivalents / a.cost, fb = b.gain.equivalents / b.cost;
  if (fa != fb) return fa > fb;
  if (a.cost != b.cost) return a.cost < b.cost;
  if (a.first != b.first) return a.first < b.first;
  return a.second < b.second;
}

// Mirrors the selection's patches (a union-find over the selected atoms) and, for each patch, the
// parcels with an atom touching it. A candidate's gain depends only on its own atoms and the sums
// of the patches they touch, so after a purchase exactly the parcels on the frontier of the
// patches that grew need new gains. Frontier lists are merged small into large and cleaned of
// bought parcels whenever they are read.
class PatchFrontier {
 public:
  explicit PatchFrontier(const ParcelAtoms& atoms)
      : atoms_(atoms), parent_(atoms.atoms.size(), -1), frontier_(atoms.atoms.size()) {
    for (const auto atom : atoms.reserveAtoms) addAtom(atom);
  }

  void addParcel(std::int32_t parcel) {
    for (const auto atom : atoms_.parcelAtoms[std::size_t(parcel)]) addAtom(atom);
  }

  // Appends the parcels not in `bought` that touch the patches holding `parcel`'s atoms, each
  // once across calls with the same `mark`.
  void touchingPatchesOf(std::int32_t parcel, const std::vector<std::uint8_t>& bought, std::vector<std::uint32_t>& stamp,
                         std::uint32_t mark, std::vector<std::int32_t>& out) {
    std::vector<std::int32_t> roots;
    for (const auto atom : atoms_.parcelAtoms[std::size_t(parcel)]) roots.push_back(find(atom));
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    for (const auto root : roots) {
      auto& list = frontier_[std::size_t(root)];
      std::sort(list.begin(), list.end());
      list.erase(std::unique(list.begin(), list.end()), list.end());
      std::erase_if(list, [&](std::int32_t q) { return bought[std::size_t(q)] != 0; });
      for (const auto q : list) {
        if (stamp[std::size_t(q)] == mark) continue;
        stamp[std::size_t(q)] = mark;
        out.push_back(q);
      }
    }
  }

 private:
  std::int32_t find(std::int32_t atom) {
    auto root = atom;
    while (parent_[std::size_t(root)] != root) root = parent_[std::size_t(root)];
    while (parent_[std::size_t(atom)] != root) {
      const auto next = parent_[std::size_t(atom)];
      parent_[std::size_t(atom)] = root;
      atom = next;
    }
    return root;
  }

  void addAtom(std::int32_t atom) {
    parent_[std::size_t(atom)] = atom;
    for (const auto other : atoms_.neighbours[std::size_t(atom)]) {
      const auto owner = atoms_.atoms[std::size_t(other)].owner;
      if (owner != ParcelAtoms::kReserve) frontier_[std::size_t(atom)].push_back(owner);
    }
    for (const auto other : atoms_.neighbours[std::size_t(atom)]) {
      if (parent_[std::size_t(other)] < 0) continue;
      auto ra = find(atom), rb = find(other);
      if (ra == rb) continue;
      if (frontier_[std::size_t(ra)].size() < frontier_[std::size_t(rb)].size()) std::swap(ra, rb);
      auto& into = frontier_[std::size_t(ra)];
      auto& from = frontier_[std::size_t(rb)];
      into.insert(into.end(), from.begin(), from.end());
      from = {};
      parent_[std::size_t(rb)] = ra;
    }
  }

  const ParcelAtoms& atoms_;
  std::vector<std::int32_t> parent_;  // −1: atom not selected
  std::vector<std::vector<std::int32_t>> frontier_;  // valid at roots
};

// A queue entry: a candidate's choice as computed at `version`; older versions are skipped. The
// ratios are computed once (the same expressions as better(), so the same values).
struct Entry {
  Choice choice;
  double wholePerCost = 0;
  double fractionalPerCost = 0;
  std::int32_t candidate = 0;
  std::uint32_t version = 0;
};

// better() on the stored ratios, reversed for std::priority_queue.
struct WorseEntry {
  bool operator()(const Entry& x, const Entry& y) const {
    if (x.wholePerCost != y.wholePerCost) return x.wholePerCost < y.wholePerCost;
    if (x.fractionalPerCost != y.fractionalPerCost) return x.fractionalPerCost < y.fractionalPerCost;
    const Choice &a = x.choice, &b = y.choice;
    if (a.cost != b.cost) return a.cost > b.cost;
    if (a.first != b.first) return a.first > b.first;
    return a.second > b.second;
  }
};

}  // namespace

std::vector<OrderStep> greedyOrder(const ParcelAtoms& atoms, const std::vector<double>& costs,
                                   const GreedyOptions& options, const Progress& progress) {
  const auto n = std::size_t(atoms.parcelCount);
  if (costs.size() != n)
    throw Error(ErrorCode::InvalidInput, {}, "greedy order: " + std::to_string(costs.size()) + " costs for " +
                                                 std::to_string(n) + " parcels");
  auto costOf = [&](std::int32_t p) { return std::max(costs[std::size_t(p)], 1e-9); };
  const auto pairs = options.pairs ? atoms.touchingParcels() : std::vector<std::pair<std::int32_t, std::int32_t>>{};
  std::vector<std::vector<std::int32_t>> pairsOf(n);  // candidate ids of the pairs holding a parcel
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    pairsOf[std::size_t(pairs[k].first)].push_back(std::int32_t(n + k));
    pairsOf[std::size_t(pairs[k].second)].push_back(std::int32_t(n + k));
  }

  PatchUnion current(atoms);
  PatchFrontier frontier(atoms);
  std::vector<std::uint8_t> bought(n, 0);
  std::vector<std::uint32_t> version(n + pairs.size(), 0);
  std::vector<MarginalGain> queued(n + pairs.size());  // the gain of each candidate's live entry
  // Where each candidate's gain was computed: while the patches it touches grow by less than the
  // window's slack, its gain stays (a patch must cross a whole leopard to change it), so most of a
  // large patch's frontier is checked in a few finds instead of evaluated after every purchase.
  std::vector<GainWindow> windows(n + pairs.size());
  std::priority_queue<Entry, std::vector<Entry>, WorseEntry> queue;
  // (Re)computes a candidate's gain; a new entry only when the gain changed. `afresh`: the
  // candidate touches a parcel just bought, so its window says nothing.
  auto evaluate = [&](std::int32_t candidate, bool initial, bool afresh) {
    GainWindow& window = windows[std::size_t(candidate)];
    if (!initial && !afresh && current.stillHolds(window)) return;
    Entry e;
    e.candidate = candidate;
    if (std::size_t(candidate) < n) {
      e.choice = {candidate, -1, current.gainOf(std::vector<std::int32_t>{candidate}, window), costOf(candidate)};
    } else {
      const auto [a, b] = pairs[std::size_t(candidate) - n];
      e.choice = {a, b, current.gainOf(std::vector<std::int32_t>{a, b}, window), costOf(a) + costOf(b)};
    }
    MarginalGain& live = queued[std::size_t(candidate)];
    if (!initial && live.leopards == e.choice.gain.leopards && live.equivalents == e.choice.gain.equivalents) return;
    live = e.choice.gain;
    e.version = ++version[std::size_t(candidate)];
    e.wholePerCost = double(e.choice.gain.leopards) / e.choice.cost;
    e.fractionalPerCost = e.choice.gain.equivalents / e.choice.cost;
    queue.push(e);
  };
  // The first gains of every single and pair: a tenth of the progress, the purchases the rest.
  const Progress buying = phaseProgress(progress, 0.1, 1.0);
  for (std::size_t c = 0; c < n + pairs.size(); ++c) {
    if (c % 4096 == 0) reportProgress(progress, 0.1 * double(c) / double(n + pairs.size()), "greedy order");
    evaluate(std::int32_t(c), true, true);
  }

  std::vector<OrderStep> order;
  order.reserve(n);
  std::vector<std::uint32_t> stamp(n + pairs.size(), 0);
  std::vector<std::uint32_t> nextTo(n, 0);  // == mark: touches an atom of the step's parcels
  std::uint32_t mark = 0;
  std::vector<std::int32_t> affected;
  double spent = 0;
  while (order.size() < n) {
    if ((order.size() & 63) == 0) reportProgress(buying, double(order.size()) / double(n), "greedy order");
    const Entry top = queue.top();
    queue.pop();
    const Choice& best = top.choice;
    if (top.version != version[std::size_t(top.candidate)] || bought[std::size_t(best.first)] ||
        (best.second >= 0 && bought[std::size_t(best.second)]))
      continue;  // stale: a newer entry exists, or a parcel of it is bought
    std::vector<std::int32_t> step{best.first};
    if (best.second >= 0) {
      // A pair is bought as its better single first, then the other, so each row keeps its own gain.
      step.push_back(best.second);
      const Choice a{best.first, -1, current.gainOf(best.first), costOf(best.first)};
      const Choice b{best.second, -1, current.gainOf(best.second), costOf(best.second)};
      if (!better(a, b)) std::swap(step[0], step[1]);
    }
    for (const auto p : step) {
      const auto gain = current.gainOf(p);
      current.add(p);
      frontier.addParcel(p);
      bought[std::size_t(p)] = 1;
      spent += costs[std::size_t(p)];
      order.push_back({p, costs[std::size_t(p)], gain.leopards, gain.equivalents, spent, current.totals().leopards});
    }
    // Gains change only for parcels touching the patches that just grew, and pairs holding them.
    ++mark;
    affected.clear();
    for (const auto p : step) frontier.touchingPatchesOf(p, bought, stamp, mark, affected);
    for (const auto p : step)
      for (const auto atom : atoms.parcelAtoms[std::size_t(p)])
        for (const auto other : atoms.neighbours[std::size_t(atom)])
          if (const auto owner = atoms.atoms[std::size_t(other)].owner; owner != ParcelAtoms::kReserve) nextTo[std::size_t(owner)] = mark;
    const std::uint32_t stepMark = mark;
    auto afresh = [&](std::int32_t q) { return nextTo[std::size_t(q)] == stepMark; };
    for (const auto q : affected) evaluate(q, false, afresh(q));
    ++mark;
    for (const auto q : affected)
      for (const auto k : pairsOf[std::size_t(q)]) {
        const auto [a, b] = pairs[std::size_t(k) - n];
        if (bought[std::size_t(a)] || bought[std::size_t(b)] || stamp[std::size_t(k)] == mark) continue;
        stamp[std::size_t(k)] = mark;
        evaluate(k, false, afresh(a) || afresh(b));
      }
  }
  reportProgress(progress, 1.0, "greedy order");
  return order;
}

}  // namespace hp::ranking
