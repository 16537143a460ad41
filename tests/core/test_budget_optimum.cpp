// SPDX-License-Identifier: GPL-3.0-or-later
// The budget-constrained selection: known optima where taking the best value per cost first
// fails, locks, the budget as a hard ceiling, the boundary weight, and repeatability.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

#include "geo/Error.h"
#include "ranking/BudgetSelection.h"

using namespace hp;
using namespace hp::ranking;

// A holds 3 for 60; B and C hold 2 each for 50; budget 100.
static BudgetProblem abc() {
  BudgetProblem p;
  p.items = {{3.0, 60.0}, {2.0, 50.0}, {2.0, 50.0}};
  p.budget = 100.0;
  return p;
}

// Greedy by value per cost, the heuristic the exact solve must beat.
static double greedyByRatio(const BudgetProblem& p) {
  std::vector<int> order(p.items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = int(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return p.items[std::size_t(a)].value / p.items[std::size_t(a)].cost > p.items[std::size_t(b)].value / p.items[std::size_t(b)].cost;
  });
  double spent = 0.0, value = 0.0;
  for (int i : order)
    if (spent + p.items[std::size_t(i)].cost <= p.budget) {
      spent += p.items[std::size_t(i)].cost;
      value += p.items[std::size_t(i)].value;
    }
  return value;
}

// Best objective over all subsets (value − blm·boundary; no tie-break weight).
static double enumeratedBest(const BudgetProblem& p) {
  const std::size_t n = p.items.size();
  double best = -std::numeric_limits<double>::infinity();
  for (unsigned mask = 0; mask < (1u << n); ++mask) {
    double cost = 0.0, value = 0.0, boundary = 0.0;
    bool allowed = true;
    for (std::size_t i = 0; i < n; ++i) {
      const bool in = (mask >> i) & 1u;
      if ((p.items[i].lock == SelectionLock::LockedIn && !in) || (p.items[i].lock == SelectionLock::LockedOut && in)) allowed = false;
      if (in) {
        cost += p.items[i].cost;
        value += p.items[i].value;
      }
    }
    for (const SelectionEdge& e : p.edges) {
      const bool a = (mask >> e.a) & 1u, b = (mask >> e.b) & 1u;
      if (e.a == e.b ? a : a != b) boundary += e.lengthKm;
    }
    if (allowed && cost <= p.budget) best = std::max(best, value - p.blm * boundary);
  }
  return best;
}

class TestBudgetOptimum : public QObject {
  Q_OBJECT
 private slots:
  void exactBeatsGreedyByRatio() {
    // Ratios: A 3/60 = 0.05, B and C 2/50 = 0.04. Greedy takes A (60), then neither B nor C fits
    // (60 + 50 = 110 > 100): value 3. The optimum is B + C: cost 100, value 4.
    const BudgetProblem p = abc();
    QCOMPARE(greedyByRatio(p), 3.0);
    const BudgetSelection s = solveBudgetSelection(p);
    QCOMPARE(s.status, MipStatus::Optimal);
    QCOMPARE(s.selected, (std::vector<int>{1, 2}));
    QCOMPARE(s.value, 4.0);
    QCOMPARE(s.cost, 100.0);
    QVERIFY(s.relativeGap <= 1e-9);
    QVERIFY(s.bestBound >= s.objective);
  }

  void locksAreRespected() {
    // A locked in: 60 spent, B or C would make 110: A alone, value 3.
    BudgetProblem p = abc();
    p.items[0].lock = SelectionLock::LockedIn;
    BudgetSelection s = solveBudgetSelection(p);
    QCOMPARE(s.selected, (std::vector<int>{0}));
    QCOMPARE(s.value, 3.0);
    // B locked out: A + C = 110 > 100, so A (3) beats C (2).
    p = abc();
    p.items[1].lock = SelectionLock::LockedOut;
    s = solveBudgetSelection(p);
    QCOMPARE(s.selected, (std::vector<int>{0}));
    // A locked in and B locked in cost 110 > 100: no selection can respect both.
    p = abc();
    p.items[0].lock = p.items[1].lock = SelectionLock::LockedIn;
    try {
      solveBudgetSelection(p);
      QFAIL("expected an error");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidInput);
      QVERIFY2(QString::fromStdString(e.cause()).contains("locked-in items cost 110, more than the budget of 100"), e.what());
    }
  }

  void pairThatOnlyCountsTogether() {
    // Two adjacent parcels worth nothing alone and 1 together are the caller's job to group; as a
    // group item (value 1, cost 80) it competes with a single parcel worth 0.9 for 40. Budget 100:
    // the group (1) wins over the single (0.9), and both together (120) do not fit.
    BudgetProblem p;
    p.items = {{1.0, 80.0}, {0.9, 40.0}};
    p.budget = 100.0;
    QCOMPARE(solveBudgetSelection(p).selected, (std::vector<int>{0}));
  }

  void boundaryWeightFavoursCompactSets() {
    // Three parcels in a row, X | Y | Z, each worth 1 for cost 10, budget 20; every shared side is 2 km,
    // every parcel has 4 km of outside boundary. Any two parcels are worth 2. Adjacent pair X+Y:
    // boundary 4 + 4 + side (Y,Z) 2 = 10 km; the split pair X+Z: 4 + 4 + 2 + 2 = 12 km. With
    // BLM 0.1 per km: X+Y scores 2 − 1.0 = 1.0, X+Z 2 − 1.2 = 0.8; a single parcel 1 − 0.1·(4 + 2) = 0.4
    // (X) — adjacent pairs win, and X+Y ties Y+Z; the cost tie-break cannot split them (equal costs).
    BudgetProblem p;
    p.items = {{1.0, 10.0}, {1.0, 10.0}, {1.0, 10.0}};
    p.edges = {{0, 1, 2.0}, {1, 2, 2.0}, {0, 0, 4.0}, {1, 1, 4.0}, {2, 2, 4.0}};
    p.budget = 20.0;
    p.blm = 0.1;
    const BudgetSelection s = solveBudgetSelection(p);
    QCOMPARE(s.selected.size(), std::size_t(2));
    QCOMPARE(s.selected[1] - s.selected[0], 1);  // adjacent
    QCOMPARE(s.boundaryKm, 10.0);
    QVERIFY(std::abs(s.objective - (2.0 - 1.0 - s.costWeight * 20.0)) < 1e-12);
    QCOMPARE(enumeratedBest(p), 1.0);
    // Without the weight the split pair is as good; the boundary is then only reported.
    p.blm = 0.0;
    QCOMPARE(solveBudgetSelection(p).value, 2.0);
  }

  void cheaperAmongEqualValues() {
    // Values 4 either way: {0} costs 100, {1,2} costs 45 + 45 = 90. The tie-break picks 90.
    BudgetProblem p;
    p.items = {{4.0, 100.0}, {2.0, 45.0}, {2.0, 45.0}};
    p.budget = 100.0;
    const BudgetSelection s = solveBudgetSelection(p);
    QCOMPARE(s.selected, (std::vector<int>{1, 2}));
    QCOMPARE(s.cost, 90.0);
    // Automatic weight: 1e-6 × smallest value 2 / total cost 190.
    QCOMPARE(s.costWeight, 1e-6 * 2.0 / 190.0);
  }

  void randomProblemsMatchEnumerationAndNeverExceedTheBudget() {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (int trial = 0; trial < 25; ++trial) {
      BudgetProblem p;
      const int n = 12;
      for (int i = 0; i < n; ++i) {
        SelectionItem item{std::round(10.0 * u(rng)) / 2.0, 5.0 + std::round(40.0 * u(rng)), SelectionLock::Free};
        if (u(rng) < 0.08) item.lock = SelectionLock::LockedOut;
        p.items.push_back(item);
        if (i + 1 < n && u(rng) < 0.7) p.edges.push_back({i, i + 1, 1.0 + std::round(3.0 * u(rng))});
        p.edges.push_back({i, i, 2.0});
      }
      p.budget = 60.0 + std::round(100.0 * u(rng));
      p.blm = trial % 2 ? 0.0 : 0.2 * u(rng);
      p.costWeight = 0.0;  // compare the pure objective with enumeration
      const BudgetSelection s = solveBudgetSelection(p);
      QCOMPARE(s.status, MipStatus::Optimal);
      QVERIFY2(s.cost <= p.budget, qPrintable(QStringLiteral("trial %1: %2 > %3").arg(trial).arg(s.cost).arg(p.budget)));
      const double expected = enumeratedBest(p);
      QVERIFY2(std::abs(s.objective - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
               qPrintable(QStringLiteral("trial %1: %2 vs %3").arg(trial).arg(s.objective).arg(expected)));
      for (int i : s.selected) QVERIFY(p.items[std::size_t(i)].lock != SelectionLock::LockedOut);
    }
  }

  void identicalAcrossRuns() {
    // Many equal-valued items: lots of optimal selections; every run must return the same one.
    BudgetProblem p;
    for (int i = 0; i < 30; ++i) p.items.push_back({1.0, 10.0});
    for (int i = 0; i + 1 < 30; ++i) p.edges.push_back({i, i + 1, 1.0});
    p.budget = 95.0;
    p.blm = 0.01;
    const BudgetSelection first = solveBudgetSelection(p);
    QCOMPARE(first.selected.size(), std::size_t(9));
    for (int run = 0; run < 3; ++run) QCOMPARE(solveBudgetSelection(p).selected, first.selected);
  }

  void emptyAndZeroBudget() {
    BudgetProblem p;
    p.budget = 0.0;
    QCOMPARE(solveBudgetSelection(p).selected.size(), std::size_t(0));
    p = abc();
    p.budget = 0.0;
    const BudgetSelection s = solveBudgetSelection(p);
    QVERIFY(s.selected.empty());
    QCOMPARE(s.cost, 0.0);
  }
};

QTEST_GUILESS_MAIN(TestBudgetOptimum)
#include "test_budget_optimum.moc"
