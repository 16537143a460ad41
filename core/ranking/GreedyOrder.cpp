// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/GreedyOrder.h"

#include <algorithm>
#include <set>

#include "ranking/PatchUnion.h"

namespace hp::ranking {

namespace {

struct Choice {
  std::vector<std::int32_t> parcels;
  MarginalGain gain;
  double cost = 0;
};

// True when `a` is the better buy: whole leopards per cost, then fractional per cost, then cheaper.
bool better(const Choice& a, const Choice& b) {
  const double wa = double(a.gain.leopards) / a.cost, wb = double(b.gain.leopards) / b.cost;
  if (wa != wb) return wa > wb;
  const double fa = a.gain.equivalents / a.cost, fb = b.gain.equivalents / b.cost;
  if (fa != fb) return fa > fb;
  if (a.cost != b.cost) return a.cost < b.cost;
  return a.parcels < b.parcels;
}

// Pairs of parcels with touching atoms, each once, lower index first.
std::vector<std::pair<std::int32_t, std::int32_t>> touchingPairs(const ParcelAtoms& atoms) {
  std::set<std::pair<std::int32_t, std::int32_t>> pairs;
  for (const auto& [a, b] : atoms.touching) {
    const auto pa = atoms.atoms[std::size_t(a)].owner, pb = atoms.atoms[std::size_t(b)].owner;
    if (pa == ParcelAtoms::kReserve || pb == ParcelAtoms::kReserve || pa == pb) continue;
    pairs.emplace(std::min(pa, pb), std::max(pa, pb));
  }
  return {pairs.begin(), pairs.end()};
}

}  // namespace

std::vector<OrderStep> greedyOrder(const ParcelAtoms& atoms, const std::vector<double>& costs,
                                   const GreedyOptions& options, const Progress& progress) {
  const auto n = std::size_t(atoms.parcelCount);
  auto costOf = [&](std::int32_t p) { return std::max(costs[std::size_t(p)], 1e-9); };
  const auto pairs = options.pairs ? touchingPairs(atoms) : std::vector<std::pair<std::int32_t, std::int32_t>>{};
  PatchUnion current(atoms);
  std::vector<OrderStep> order;
  order.reserve(n);
  double spent = 0;
  while (order.size() < n) {
    reportProgress(progress, double(order.size()) / double(n), "greedy order");
    Choice best;
    bool found = false;
    auto consider = [&](Choice&& c) {
      if (!found || better(c, best)) {
        best = std::move(c);
        found = true;
      }
    };
    for (std::int32_t p = 0; p < std::int32_t(n); ++p)
      if (!current.isSelected(p)) consider({{p}, current.gainOf(p), costOf(p)});
    for (const auto& [a, b] : pairs)
      if (!current.isSelected(a) && !current.isSelected(b))
        consider({{a, b}, current.gainOf({a, b}), costOf(a) + costOf(b)});
    // A pair is bought as its better single first, then the other, so each row keeps its own gain.
    if (best.parcels.size() == 2) {
      const auto g0 = current.gainOf(best.parcels[0]), g1 = current.gainOf(best.parcels[1]);
      if (!better(Choice{{best.parcels[0]}, g0, costOf(best.parcels[0])},
                  Choice{{best.parcels[1]}, g1, costOf(best.parcels[1])}))
        std::swap(best.parcels[0], best.parcels[1]);
    }
    for (const auto p : best.parcels) {
      const auto gain = current.gainOf(p);
      current.add(p);
      spent += costs[std::size_t(p)];
      order.push_back({p, costs[std::size_t(p)], gain.leopards, gain.equivalents, spent, current.totals().leopards});
    }
  }
  reportProgress(progress, 1.0, "greedy order");
  return order;
}

}  // namespace hp::ranking
