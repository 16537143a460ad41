// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include <random>

#include "geo/Error.h"
#include "ranking/BudgetOptimum.h"
#include "ranking/PatchSelection.h"
#include "ranking/PatchUnion.h"

using hp::ranking::BudgetOptimumOptions;
using hp::ranking::ParcelAtoms;
using hp::ranking::SelectionEdge;

namespace {

// The issue's case: A holds 3 leopards for 60, B and C 2 each for 50, apart from each other.
ParcelAtoms abc() {
  ParcelAtoms p;
  p.parcelCount = 3;
  p.territoryMinKm2 = 1;
  p.territoryMaxKm2 = 2;
  p.atoms = {{0, 3, 3.0}, {1, 2, 2.0}, {2, 2, 2.0}};
  p.index();
  return p;
}

ParcelAtoms randomProblem(unsigned seed, int parcels) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> e(0.0, 1.4);
  ParcelAtoms p;
  p.parcelCount = parcels;
  p.territoryMinKm2 = 1;
  p.territoryMaxKm2 = 2;
  p.atoms.push_back({ParcelAtoms::kReserve, 1, e(rng)});
  for (int i = 0; i < parcels; ++i) p.atoms.push_back({i, 1, e(rng)});
  std::uniform_int_distribution<int> pick(0, parcels);
  for (int k = 0; k < parcels * 2; ++k) {
    const int a = pick(rng), b = pick(rng);
    if (a != b) p.touching.emplace_back(a, b);
  }
  p.index();
  return p;
}

// Parcels on a w × h grid of 1 km squares, one or two atoms each, atoms of side neighbours
// touching at random, the first column touching a reserve atom; boundaries of the grid cells
// (outside sides 1 km each, the first column's west side shared with the reserve).
struct GridCase {
  ParcelAtoms atoms;
  std::vector<double> costs;
  std::vector<SelectionEdge> edges;
};

GridCase gridCase(unsigned seed, int w, int h) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> e(0.0, 0.8);
  std::bernoulli_distribution two(0.3), link(0.7);
  std::uniform_int_distribution<int> price(1, 6);
  GridCase g;
  ParcelAtoms& p = g.atoms;
  p.parcelCount = w * h;
  p.territoryMinKm2 = 1;
  p.territoryMaxKm2 = 2;
  p.atoms.push_back({ParcelAtoms::kReserve, 1, 0.7});
  std::vector<std::vector<std::int32_t>> cell(std::size_t(w * h));
  for (int c = 0; c < w * h; ++c) {
    for (int k = two(rng) ? 2 : 1; k > 0; --k) {
      cell[std::size_t(c)].push_back(std::int32_t(p.atoms.size()));
      p.atoms.push_back({c, 1, e(rng)});
    }
    g.costs.push_back(price(rng));
  }
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const int c = y * w + x;
      int outside = 0;
      for (const auto& [dx, dy] : {std::pair{1, 0}, std::pair{-1, 0}, std::pair{0, 1}, std::pair{0, -1}}) {
        const int nx = x + dx, ny = y + dy;
        if (nx < 0 && dx < 0) {
          g.edges.push_back({c, ParcelAtoms::kReserve, 1.0});
          continue;
        }
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
          ++outside;
          continue;
        }
        const int d = ny * w + nx;
        if (d < c) continue;
        g.edges.push_back({c, d, 1.0});
        for (const auto a : cell[std::size_t(c)])
          for (const auto b : cell[std::size_t(d)])
            if (link(rng)) p.touching.emplace_back(a, b);
      }
      if (outside > 0) g.edges.push_back({c, c, double(outside)});
      if (x == 0)
        for (const auto a : cell[std::size_t(c)])
          if (link(rng)) p.touching.emplace_back(0, a);
    }
  p.index();
  return g;
}

BudgetOptimumOptions options(double budget, int exhaustiveLimit = 16, std::vector<std::int32_t> lockIn = {},
                      std::vector<std::int32_t> lockOut = {}) {
  BudgetOptimumOptions o;
  o.budget = budget;
  o.exhaustiveLimit = exhaustiveLimit;
  o.lockIn = std::move(lockIn);
  o.lockOut = std::move(lockOut);
  return o;
}

}  // namespace

class TestRankBudget : public QObject {
  Q_OBJECT
 private slots:
  void abcTakesBAndC() {
    for (const int limit : {16, 0}) {  // enumeration, then greedy start + local search
      const auto r = hp::ranking::optimiseBudget(abc(), {60, 50, 50}, options(100, limit));
      QCOMPARE(r.parcels, (std::vector<std::int32_t>{1, 2}));
      QCOMPARE(r.leopards, 4L);
      QCOMPARE(r.cost, 100.0);
    }
  }

  void locksAreKept() {
    const auto r = hp::ranking::optimiseBudget(abc(), {60, 50, 50}, options(100, 16, {0}));
    QCOMPARE(r.parcels, (std::vector<std::int32_t>{0}));
    const auto r2 = hp::ranking::optimiseBudget(abc(), {60, 50, 50}, options(100, 16, {}, {2}));
    QCOMPARE(r2.parcels, (std::vector<std::int32_t>{0}));
    QVERIFY_THROWS_EXCEPTION(hp::Error,
                             hp::ranking::optimiseBudget(abc(), {60, 50, 50}, options(50, 16, {0})));
  }

  // Two touching parcels of 0.6 each: only together do they hold a leopard.
  void adjacentPairBoughtTogether() {
    ParcelAtoms p;
    p.parcelCount = 3;
    p.territoryMinKm2 = 1;
    p.territoryMaxKm2 = 2;
    p.atoms = {{0, 1, 0.6}, {1, 1, 0.6}, {2, 1, 0.9}};
    p.touching = {{0, 1}};
    p.index();
    for (const int limit : {16, 0}) {
      const auto r = hp::ranking::optimiseBudget(p, {1, 1, 1}, options(2, limit));
      QCOMPARE(r.parcels, (std::vector<std::int32_t>{0, 1}));
      QCOMPARE(r.leopards, 1L);
    }
  }

  // 12 parcels: enumeration equals this test's own brute force; local search never beats it,
  // stays in budget and repeats exactly.
  void matchesBruteForce() {
    for (unsigned seed = 1; seed <= 3; ++seed) {
      const auto p = randomProblem(seed, 12);
      std::vector<double> costs;
      for (int i = 0; i < 12; ++i) costs.push_back(1 + (i * 7 + int(seed)) % 5);
      const double budget = 9;
      const hp::ranking::PatchUnion u(p);
      long bestLeopards = -1;
      for (unsigned mask = 0; mask < (1u << 12); ++mask) {
        std::vector<std::int32_t> pick;
        double cost = 0;
        for (int i = 0; i < 12; ++i)
          if (mask >> i & 1) {
            pick.push_back(i);
            cost += costs[std::size_t(i)];
          }
        if (cost <= budget) bestLeopards = std::max(bestLeopards, u.evaluate(pick).leopards);
      }
      const auto exact = hp::ranking::optimiseBudget(p, costs, options(budget));
      QVERIFY(exact.provenOptimal);
      QCOMPARE(exact.leopards, bestLeopards);
      const auto local = options(budget, 0);
      const auto a = hp::ranking::optimiseBudget(p, costs, local);
      const auto b = hp::ranking::optimiseBudget(p, costs, local);
      QVERIFY(a.leopards <= bestLeopards);
      QVERIFY(a.cost <= budget);
      QCOMPARE(a.parcels, b.parcels);
      qInfo("seed %u: optimum %ld, local search %ld", seed, bestLeopards, a.leopards);
    }
  }

  // The CBC start alone finds the issue's cases; its linear model is solved to optimality.
  void linearStartSolvesTheIssueCases() {
    auto o = options(100, 0);
    o.timeLimitSeconds = 0;  // no local search: the start must already be right
    const auto r = hp::ranking::optimiseBudget(abc(), {60, 50, 50}, o);
    QCOMPARE(r.parcels, (std::vector<std::int32_t>{1, 2}));
    QCOMPARE(r.linearStatus, hp::ranking::MipStatus::Optimal);
    QCOMPARE(r.linearGap, 0.0);
    QCOMPARE(r.startLeopards, 4L);
  }

  void locksAreKeptBySearch() {
    const auto in = hp::ranking::optimiseBudget(abc(), {60, 50, 50}, options(100, 0, {0}));
    QCOMPARE(in.parcels, (std::vector<std::int32_t>{0}));
    const auto out = hp::ranking::optimiseBudget(abc(), {60, 50, 50}, options(100, 0, {}, {2}));
    QCOMPARE(out.parcels, (std::vector<std::int32_t>{0}));
    QVERIFY_THROWS_EXCEPTION(hp::Error, hp::ranking::optimiseBudget(abc(), {60, 50, 50}, options(50, 0, {0})));
    QVERIFY_THROWS_EXCEPTION(hp::Error, hp::ranking::optimiseBudget(abc(), {60, 50, 50}, options(50, 0, {3})));
  }

  // Three 1 km squares worth one leopard each, budget for two: 0 stands alone (4 km of
  // boundary), 1 and 2 share a side (3 km outside each). Without BLM all pairs tie on leopards,
  // fractional and cost, and {0, 1} comes first by index; with BLM 0.1 the compact {1, 2} wins:
  // 2 − 0.1 × 6 = 1.4 against 2 − 0.1 × (4 + 4) = 1.2. With BLM 1 every purchase costs more
  // boundary than it brings (1 − 3 < 0): nothing is bought.
  void boundaryWeightPrefersTheCompactSet() {
    ParcelAtoms p;
    p.parcelCount = 3;
    p.territoryMinKm2 = 1;
    p.territoryMaxKm2 = 2;
    p.atoms = {{0, 1, 1.0}, {1, 1, 1.0}, {2, 1, 1.0}};
    p.index();
    const std::vector<SelectionEdge> edges = {{0, 0, 4}, {1, 1, 3}, {2, 2, 3}, {1, 2, 1}};
    for (const int limit : {16, 0}) {
      auto o = options(2, limit);
      o.boundaries = edges;
      o.areasKm2 = {1, 1, 1};
      QCOMPARE(hp::ranking::optimiseBudget(p, {1, 1, 1}, o).parcels, (std::vector<std::int32_t>{0, 1}));
      o.blm = 0.1;
      const auto r = hp::ranking::optimiseBudget(p, {1, 1, 1}, o);
      QCOMPARE(r.parcels, (std::vector<std::int32_t>{1, 2}));
      QCOMPARE(r.boundaryKm, 6.0);
      QVERIFY(std::abs(r.objective - 1.4) < 1e-12);
      QCOMPARE(r.areaKm2, 2.0);
      QCOMPARE(r.leopards, 2L);
      o.blm = 1;
      QCOMPARE(hp::ranking::optimiseBudget(p, {1, 1, 1}, o).parcels, std::vector<std::int32_t>{});
    }
  }

  // A side shared with the reserve counts as shared: with budget for one, the parcel on the
  // reserve (3 km of boundary of its own) beats the lone one (4 km).
  void reserveSideCountsAsShared() {
    ParcelAtoms p;
    p.parcelCount = 2;
    p.territoryMinKm2 = 1;
    p.territoryMaxKm2 = 2;
    p.atoms = {{0, 1, 1.0}, {1, 1, 1.0}};
    p.index();
    for (const int limit : {16, 0}) {
      auto o = options(1, limit);
      o.boundaries = {{0, 0, 4}, {1, 1, 3}, {1, ParcelAtoms::kReserve, 1}};
      o.blm = 0.01;
      const auto r = hp::ranking::optimiseBudget(p, {1, 1}, o);
      QCOMPARE(r.parcels, (std::vector<std::int32_t>{1}));
      QCOMPARE(r.boundaryKm, 3.0);
    }
  }

  // 10 × 8 grid with boundaries and locks: never above the budget, locks kept, the same answer
  // twice, and never worse than the greedy-only start.
  void searchOnAGrid() {
    for (const double blm : {0.0, 0.05}) {
      const GridCase g = gridCase(5, 10, 8);
      auto o = options(60, 0, {3, 17}, {0, 1, 2});
      o.boundaries = g.edges;
      o.blm = blm;
      o.timeLimitSeconds = 20;
      const auto a = hp::ranking::optimiseBudget(g.atoms, g.costs, o);
      const auto b = hp::ranking::optimiseBudget(g.atoms, g.costs, o);
      QCOMPARE(a.parcels, b.parcels);
      QVERIFY(a.cost <= 60);
      QVERIFY(std::binary_search(a.parcels.begin(), a.parcels.end(), 3));
      QVERIFY(std::binary_search(a.parcels.begin(), a.parcels.end(), 17));
      for (const int out : {0, 1, 2}) QVERIFY(!std::binary_search(a.parcels.begin(), a.parcels.end(), out));
      auto greedyOnly = o;
      greedyOnly.linearStart = false;
      const auto c = hp::ranking::optimiseBudget(g.atoms, g.costs, greedyOnly);
      QVERIFY(a.objective >= c.objective - 1e-9);
      QVERIFY(a.leopards >= a.startLeopards || blm > 0);
      qInfo("blm %g: %ld leopards, boundary %g km, cost %g; start %ld, %d moves; linear gap %g; greedy-only %ld",
            blm, a.leopards, a.boundaryKm, a.cost, a.startLeopards, a.localSearchMoves, a.linearGap, c.leopards);
    }
  }

  // With boundaries, BLM and locks on 12-parcel grids: enumeration and search score selections
  // the same way, so the search never beats the enumerated optimum, and it reaches it here.
  void searchAgainstEnumerationWithBoundary() {
    for (unsigned seed = 1; seed <= 4; ++seed) {
      const GridCase g = gridCase(seed, 4, 3);
      auto o = options(12, 16, {5}, {6});
      o.boundaries = g.edges;
      o.blm = 0.05 * seed;
      const auto exact = hp::ranking::optimiseBudget(g.atoms, g.costs, o);
      QVERIFY(exact.provenOptimal);
      o.exhaustiveLimit = 0;
      const auto search = hp::ranking::optimiseBudget(g.atoms, g.costs, o);
      QVERIFY(std::abs(search.objective - exact.objective) < 1e-9);
      QVERIFY(search.cost <= 12);
      qInfo("seed %u, blm %.2f: optimum %.3f (%ld leopards, %.0f km), search %.3f", seed, o.blm, exact.objective,
            exact.leopards, exact.boundaryKm, search.objective);
    }
  }

  // Progress reaches the local search and its false cancels the whole call.
  void progressCancels() {
    const GridCase g = gridCase(5, 10, 8);
    auto o = options(60, 0);
    o.linearStart = false;  // CBC's own cancel path is tested in test_marxan_solve
    bool sawSearch = false;
    const hp::Progress stopInSearch = [&](double, const std::string& stage) {
      sawSearch = sawSearch || stage.find("local search") != std::string::npos;
      return !sawSearch;
    };
    QVERIFY_THROWS_EXCEPTION(hp::Cancelled, hp::ranking::optimiseBudget(g.atoms, g.costs, o, stopInSearch));
    QVERIFY(sawSearch);
  }

  // The local search's evaluator equals a fresh evaluation after random moves, additions and
  // removals; its bound is never below it.
  void patchSelectionMatchesFreshEvaluation() {
    const GridCase g = gridCase(11, 9, 7);
    const hp::ranking::PatchUnion fresh(g.atoms);
    hp::ranking::PatchSelection sel(g.atoms);
    std::mt19937 rng(3);
    std::vector<std::int32_t> in;
    for (int step = 0; step < 400; ++step) {
      std::vector<std::int32_t> out, add;
      std::uniform_int_distribution<int> pick(0, g.atoms.parcelCount - 1);
      for (int k = int(rng() % 3); k > 0 && !in.empty(); --k) {
        const auto p = in[rng() % in.size()];
        if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
      }
      for (int k = int(rng() % 3); k > 0; --k) {
        const auto p = pick(rng);
        if (!sel.isSelected(p) && std::find(add.begin(), add.end(), p) == add.end()) add.push_back(p);
      }
      std::vector<std::int32_t> next;
      for (const auto p : in)
        if (std::find(out.begin(), out.end(), p) == out.end()) next.push_back(p);
      next.insert(next.end(), add.begin(), add.end());
      const auto before = fresh.evaluate(in), after = fresh.evaluate(next);
      const auto predicted = sel.evaluate(out, add);
      QCOMPARE(predicted.leopards, after.leopards - before.leopards);
      const auto bound = sel.bound(out, add);  // patches kept whole: never fewer leopards
      QVERIFY(bound.leopards >= predicted.leopards);
      QVERIFY(std::abs(bound.equivalents - predicted.equivalents) < 1e-9);
      if (out.empty()) QCOMPARE(bound.leopards, predicted.leopards);
      QVERIFY(std::abs(predicted.equivalents - (after.equivalents - before.equivalents)) < 1e-9);
      sel.apply(out, add);
      QCOMPARE(sel.totals().leopards, after.leopards);
      QCOMPARE(sel.totals().patches, after.patches);
      in = next;
    }
  }
};

QTEST_APPLESS_MAIN(TestRankBudget)
#include "test_rank_budget.moc"
