// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include <algorithm>
#include <random>
#include <set>

#include "geo/Error.h"
#include "ranking/GreedyOrder.h"
#include "ranking/PatchUnion.h"

using hp::ranking::MarginalGain;
using hp::ranking::OrderStep;
using hp::ranking::ParcelAtoms;
using hp::ranking::PatchUnion;

namespace {

// The definition the incremental order must reproduce: every step re-evaluates every single and
// every touching pair against the current selection and buys the best (whole leopards per cost,
// fractional per cost, cheaper, lower ids); a pair goes in as its better single first.
std::vector<OrderStep> bruteForceOrder(const ParcelAtoms& atoms, const std::vector<double>& costs) {
  struct Choice {
    std::vector<std::int32_t> parcels;
    MarginalGain gain;
    double cost = 0;
  };
  auto better = [](const Choice& a, const Choice& b) {
    const double wa = double(a.gain.leopards) / a.cost, wb = double(b.gain.leopards) / b.cost;
    if (wa != wb) return wa > wb;
    const double fa = a.gain.equivalents / a.cost, fb = b.gain.equivalents / b.cost;
    if (fa != fb) return fa > fb;
    if (a.cost != b.cost) return a.cost < b.cost;
    return a.parcels < b.parcels;
  };
  auto costOf = [&](std::int32_t p) { return std::max(costs[std::size_t(p)], 1e-9); };
  std::set<std::pair<std::int32_t, std::int32_t>> pairs;
  for (const auto& [a, b] : atoms.touching) {
    const auto pa = atoms.atoms[std::size_t(a)].owner, pb = atoms.atoms[std::size_t(b)].owner;
    if (pa != ParcelAtoms::kReserve && pb != ParcelAtoms::kReserve && pa != pb) pairs.emplace(std::min(pa, pb), std::max(pa, pb));
  }
  PatchUnion current(atoms);
  std::vector<OrderStep> order;
  double spent = 0;
  while (order.size() < std::size_t(atoms.parcelCount)) {
    Choice best;
    bool found = false;
    auto consider = [&](Choice c) {
      if (!found || better(c, best)) best = std::move(c), found = true;
    };
    for (std::int32_t p = 0; p < atoms.parcelCount; ++p)
      if (!current.isSelected(p)) consider({{p}, current.gainOf(p), costOf(p)});
    for (const auto& [a, b] : pairs)
      if (!current.isSelected(a) && !current.isSelected(b)) consider({{a, b}, current.gainOf({a, b}), costOf(a) + costOf(b)});
    if (best.parcels.size() == 2 && !better({{best.parcels[0]}, current.gainOf(best.parcels[0]), costOf(best.parcels[0])},
                                            {{best.parcels[1]}, current.gainOf(best.parcels[1]), costOf(best.parcels[1])}))
      std::swap(best.parcels[0], best.parcels[1]);
    for (const auto p : best.parcels) {
      const auto gain = current.gainOf(p);
      current.add(p);
      spent += costs[std::size_t(p)];
      order.push_back({p, costs[std::size_t(p)], gain.leopards, gain.equivalents, spent, current.totals().leopards});
    }
  }
  return order;
}

// Parcels on a w × h grid, each with one to three atoms of 0–0.9 equivalents; atoms of
// neighbouring cells touch at random, a block of reserve atoms in one corner. Integer costs 1–4
// make ties common, so the tie-breaks are exercised too.
ParcelAtoms gridProblem(unsigned seed, int w, int h) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> e(0.0, 0.9);
  std::uniform_int_distribution<int> atomCount(1, 3);
  std::bernoulli_distribution link(0.6);
  ParcelAtoms p;
  p.parcelCount = w * h;
  p.territoryMinKm2 = 1;
  p.territoryMaxKm2 = 2;
  for (int r = 0; r < 3; ++r) p.atoms.push_back({ParcelAtoms::kReserve, 1, e(rng)});
  std::vector<std::vector<std::int32_t>> cellAtoms(std::size_t(w * h));
  for (int c = 0; c < w * h; ++c)
    for (int k = atomCount(rng); k > 0; --k) {
      cellAtoms[std::size_t(c)].push_back(std::int32_t(p.atoms.size()));
      p.atoms.push_back({c, 1, e(rng)});
    }
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const int c = y * w + x;
      for (const int d : {x + 1 < w ? c + 1 : -1, y + 1 < h ? c + w : -1, x + 1 < w && y + 1 < h ? c + w + 1 : -1})
        if (d >= 0)
          for (const auto a : cellAtoms[std::size_t(c)])
            for (const auto b : cellAtoms[std::size_t(d)])
              if (link(rng)) p.touching.emplace_back(a, b);
      if (x < 2 && y < 2)
        for (const auto a : cellAtoms[std::size_t(c)]) p.touching.emplace_back(std::int32_t(rng() % 3), a);
    }
  p.index();
  return p;
}

std::vector<double> integerCosts(unsigned seed, int n) {
  std::mt19937 rng(seed * 7919u);
  std::uniform_int_distribution<int> c(1, 4);
  std::vector<double> costs;
  for (int i = 0; i < n; ++i) costs.push_back(c(rng));
  return costs;
}

bool sameOrder(const std::vector<OrderStep>& a, const std::vector<OrderStep>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].parcel != b[i].parcel || a[i].gainLeopards != b[i].gainLeopards || a[i].gainFractional != b[i].gainFractional ||
        a[i].cumulativeCost != b[i].cumulativeCost || a[i].cumulativeLeopards != b[i].cumulativeLeopards)
      return false;
  return true;
}

// Reserve atom 0.5; parcel 0: 0.6 touching the reserve and 0.7 apart; parcels 1 and 2: 0.6 each,
// touching each other; parcel 3: 2.3 alone.
ParcelAtoms smallProblem() {
  ParcelAtoms p;
  p.parcelCount = 4;
  p.territoryMinKm2 = 10;
  p.territoryMaxKm2 = 20;
  p.atoms = {{ParcelAtoms::kReserve, 5, 0.5}, {0, 6, 0.6}, {0, 7, 0.7}, {1, 6, 0.6}, {2, 6, 0.6}, {3, 23, 2.3}};
  p.touching = {{0, 1}, {3, 4}};
  p.index();
  return p;
}

}  // namespace

class TestRankGreedy : public QObject {
  Q_OBJECT
 private slots:
  // Unit costs: parcel 3 (2 leopards), then 0 (joins the reserve: 1), then the pair 1+2 (1 for 2).
  void ordersByGainPerCost() {
    const auto order = hp::ranking::greedyOrder(smallProblem(), {1, 1, 1, 1});
    QCOMPARE(order.size(), std::size_t(4));
    QCOMPARE(order[0].parcel, 3);
    QCOMPARE(order[0].gainLeopards, 2L);
    QCOMPARE(order[1].parcel, 0);
    QCOMPARE(order[1].cumulativeLeopards, 3L);
    QCOMPARE(order[2].parcel, 1);
    QCOMPARE(order[2].gainLeopards, 0L);
    QCOMPARE(order[3].parcel, 2);
    QCOMPARE(order[3].gainLeopards, 1L);
    QCOMPARE(order[3].cumulativeLeopards, 4L);
    QCOMPARE(order[3].cumulativeCost, 4.0);
  }

  // Without pairs the two half-parcels only come last, by fractional gain.
  void singlesOnlyStillCoverEveryParcel() {
    const auto order = hp::ranking::greedyOrder(smallProblem(), {1, 1, 1, 1}, {.pairs = false});
    QCOMPARE(order.size(), std::size_t(4));
    QCOMPARE(order.back().cumulativeLeopards, 4L);
  }

  // The A/B/C: A 3 leopards for 60, B and C 2 each for 50, apart: A has the best ratio.
  void abcRatioOrder() {
    ParcelAtoms p;
    p.parcelCount = 3;
    p.territoryMinKm2 = 1;
    p.territoryMaxKm2 = 2;
    p.atoms = {{0, 3, 3.0}, {1, 2, 2.0}, {2, 2, 2.0}};
    p.index();
    const auto order = hp::ranking::greedyOrder(p, {60, 50, 50});
    QCOMPARE(order[0].parcel, 0);
    QCOMPARE(order[1].parcel, 1);
    QCOMPARE(order[2].parcel, 2);
    QCOMPARE(order[2].cumulativeLeopards, 7L);
  }

  // The incremental order equals the re-evaluate-everything definition, step by step, on random
  // grids with and without pairs.
  void incrementalEqualsBruteForce() {
    for (unsigned seed = 1; seed <= 12; ++seed) {
      const auto p = gridProblem(seed, 6 + int(seed % 3), 5);
      const auto costs = integerCosts(seed, p.parcelCount);
      QVERIFY2(sameOrder(hp::ranking::greedyOrder(p, costs), bruteForceOrder(p, costs)), qPrintable(QString::number(seed)));
    }
    const auto p = gridProblem(99, 7, 7);
    QCOMPARE(hp::ranking::greedyOrder(p, integerCosts(99, 49), {.pairs = false}).size(), std::size_t(49));
  }

  // A few thousand parcels: every parcel once, cumulative figures consistent with a fresh evaluation.
  void scaleCountsAndTotals() {
    const auto p = gridProblem(7, 40, 50);
    const auto costs = integerCosts(7, p.parcelCount);
    const auto order = hp::ranking::greedyOrder(p, costs);
    QCOMPARE(order.size(), std::size_t(2000));
    std::vector<std::int32_t> parcels;
    for (const auto& s : order) parcels.push_back(s.parcel);
    std::sort(parcels.begin(), parcels.end());
    QVERIFY(std::adjacent_find(parcels.begin(), parcels.end()) == parcels.end());
    const PatchUnion u(p);
    std::vector<std::int32_t> prefix;
    for (std::size_t i = 0; i < 1000; ++i) prefix.push_back(order[i].parcel);
    QCOMPARE(order[999].cumulativeLeopards, u.evaluate(prefix).leopards);
    QCOMPARE(order.back().cumulativeLeopards, u.evaluate(parcels).leopards);
  }

  void costsMustMatchParcels() {
    QVERIFY_THROWS_EXCEPTION(hp::Error, hp::ranking::greedyOrder(smallProblem(), {1, 1}));
  }
};

QTEST_APPLESS_MAIN(TestRankGreedy)
#include "test_rank_greedy.moc"
