// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include <random>

#include "geo/Error.h"
#include "ranking/BudgetOptimum.h"
#include "ranking/PatchUnion.h"

using hp::ranking::BudgetOptions;
using hp::ranking::ParcelAtoms;

namespace {

// The case: A holds 3 leopards for 60, B and C 2 each for 50, apart from each other.
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

BudgetOptions options(double budget, int exhaustiveLimit = 16, std::vector<std::int32_t> lockIn = {},
                      std::vector<std::int32_t> lockOut = {}) {
  BudgetOptions o;
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
};

QTEST_APPLESS_MAIN(TestRankBudget)
#include "test_rank_budget.moc"
