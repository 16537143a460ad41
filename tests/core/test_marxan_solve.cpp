// SPDX-License-Identifier: GPL-3.0-or-later
// The CBC wrapper and the exact Marxan solve on problems small enough to check by enumeration.
#include <QElapsedTimer>
#include <QtTest>

#include <cmath>
#include <random>
#include <type_traits>

#include "geo/Error.h"
#include "marxan/MarxanLocalSearch.h"
#include "marxan/MarxanSolve.h"
#include "solver/CbcMip.h"

using namespace hp;
using namespace hp::ranking;

static_assert(!std::is_copy_constructible_v<CbcMip> && !std::is_copy_assignable_v<CbcMip>, "one owner per CBC model");
static_assert(std::is_nothrow_move_constructible_v<CbcMip> && std::is_nothrow_move_assignable_v<CbcMip>);

// A 2 x 2 grid of unit squares:   1 2
//                                 3 4
// Each cell has 2 sides on the outside (external boundary 2) and shares a side of length 1
// with each orthogonal neighbour: (1,2), (1,3), (2,4), (3,4). Costs 3, 4, 4, 3.
// Feature A holds 2, 1, 1, 0 with target 2; feature B holds 0, 2, 1, 2 with target 2.
static MarxanProblem grid2x2(double blm) {
  MarxanProblem p;
  p.blm = blm;
  p.units = {{1, 3.0, MarxanStatus::Available}, {2, 4.0, MarxanStatus::Available},
             {3, 4.0, MarxanStatus::Available}, {4, 3.0, MarxanStatus::Available}};
  p.features = {{10, "A", 2.0, 0.0, 1.0}, {20, "B", 2.0, 0.0, 1.0}};
  p.amounts = {{0, 0, 2.0}, {0, 1, 1.0}, {0, 2, 1.0}, {1, 1, 2.0}, {1, 2, 1.0}, {1, 3, 2.0}};
  p.boundaries = {{0, 1, 1.0}, {0, 2, 1.0}, {1, 3, 1.0}, {2, 3, 1.0}};
  for (int i = 0; i < 4; ++i) p.boundaries.push_back({i, i, 2.0});
  return p;
}

// Best feasible score over all 2^n selections, independent of the solver.
static double enumeratedOptimum(const MarxanProblem& p, std::vector<bool>* best = nullptr) {
  const std::size_t n = p.units.size();
  double bestScore = std::numeric_limits<double>::infinity();
  for (unsigned mask = 0; mask < (1u << n); ++mask) {
    std::vector<bool> s(n);
    bool allowed = true;
    for (std::size_t i = 0; i < n; ++i) {
      s[i] = (mask >> i) & 1u;
      if (p.units[i].status == MarxanStatus::LockedIn && !s[i]) allowed = false;
      if (p.units[i].status == MarxanStatus::LockedOut && s[i]) allowed = false;
    }
    if (!allowed) continue;
    const MarxanEvaluation e = evaluateMarxanSelection(p, s);
    if (e.targetsMet != int(p.features.size())) continue;
    if (e.score < bestScore - 1e-12) {
      bestScore = e.score;
      if (best) *best = s;
    }
  }
  return bestScore;
}

static std::vector<bool> flags(std::initializer_list<int> bits) {
  std::vector<bool> v;
  for (int b : bits) v.push_back(b != 0);
  return v;
}

// A multi-dimensional knapsack that CBC needs many nodes for (used to exercise the time limit
// and cancelling).
static LinearProgram hardKnapsack() {
  std::mt19937 rng(1);
  LinearProgram lp(LinearProgram::Sense::Maximise);
  const int n = 400;
  for (int j = 0; j < n; ++j) lp.addBinary(double(rng() % 100 + 1));
  for (int r = 0; r < 30; ++r) {
    std::vector<int> columns(n);
    std::vector<double> weights(n);
    for (int j = 0; j < n; ++j) {
      columns[std::size_t(j)] = j;
      weights[std::size_t(j)] = double(rng() % 100 + 1);
    }
    lp.addRow(columns, weights, -LinearProgram::kInfinity, 5000.0);
  }
  return lp;
}

class TestMarxanSolve : public QObject {
  Q_OBJECT
 private slots:
  void smallMipKnownOptimum() {
    // max 5a + 4b + 3c  s.t. 2a + 3b + c <= 5, 4a + b + 2c <= 11, 3a + 4b + 2c <= 8, binary.
    // a+c: 8 (rows 3<=5, 6<=11, 5<=8); a+b: rows 5, 5, 7 -> 9; a+b+c: row 1 = 6 > 5. Optimum a+b = 9.
    LinearProgram lp(LinearProgram::Sense::Maximise);
    for (double c : {5.0, 4.0, 3.0}) lp.addBinary(c);
    const int all[3] = {0, 1, 2};
    const double r1[3] = {2, 3, 1}, r2[3] = {4, 1, 2}, r3[3] = {3, 4, 2};
    lp.addRow(all, r1, -LinearProgram::kInfinity, 5);
    lp.addRow(all, r2, -LinearProgram::kInfinity, 11);
    lp.addRow(all, r3, -LinearProgram::kInfinity, 8);
    const MipResult r = solveMip(lp);
    QCOMPARE(r.status, MipStatus::Optimal);
    QCOMPARE(r.values, (std::vector<double>{1, 1, 0}));
    QCOMPARE(r.objective, 9.0);
    QVERIFY(std::abs(r.bestBound - 9.0) < 1e-6);
    QVERIFY(r.relativeGap < 1e-9);
    QCOMPARE(lp.maxViolation(r.values), 0.0);

    // Asked only for 1 %: CBC may prune nodes within 1 % of the incumbent, so a finished search
    // proves no more than that, whatever CBC's own bound says.
    MipOptions loose;
    loose.relativeGap = 0.01;
    const MipResult l = solveMip(lp, loose);
    QCOMPARE(l.status, MipStatus::Optimal);
    QCOMPARE(l.objective, 9.0);
    QVERIFY2(std::abs(l.bestBound - 9.09) < 1e-9, qPrintable(QString::number(l.bestBound, 'g', 17)));
    QVERIFY(l.relativeGap <= 0.01);
  }

  void infeasibleMip() {
    // x + y >= 3 with x, y binary cannot hold.
    LinearProgram lp;
    lp.addBinary(1);
    lp.addBinary(1);
    const int cols[2] = {0, 1};
    const double ones[2] = {1, 1};
    lp.addRow(cols, ones, 3, LinearProgram::kInfinity);
    const MipResult r = solveMip(lp);
    QCOMPARE(r.status, MipStatus::Infeasible);
    QVERIFY(!r.hasSolution());
    QVERIFY(r.values.empty());
  }

  void solvesOnlyOnce() {
    LinearProgram lp;
    lp.addBinary(1);
    CbcMip mip(lp);
    CbcMip moved(std::move(mip));
    QCOMPARE(moved.solve().status, MipStatus::Optimal);
    QVERIFY_THROWS_EXCEPTION(Error, moved.solve());
  }

  void timeLimitReportsProvenGap() {
    MipOptions options;
    options.timeLimitSeconds = 1.0;
    QElapsedTimer clock;
    clock.start();
    const MipResult r = solveMip(hardKnapsack(), options);
    QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(r.status, MipStatus::TimeLimit);
    QVERIFY(r.secondsLimitReached);
    QVERIFY(r.hasSolution());
    // Maximising: the bound lies above the solution, and the gap is their proven distance.
    QVERIFY(r.bestBound >= r.objective);
    QVERIFY(r.relativeGap > 0.0);
    QVERIFY(std::abs(r.relativeGap - (r.bestBound - r.objective) / r.objective) < 1e-12);
  }

  void nodeLimitStopsTheSearch() {
    // The node limit, unlike the time limit, stops CBC at the same point on every run.
    MipOptions options;
    options.timeLimitSeconds = 60.0;
    options.maxNodes = 20;
    const MipResult a = solveMip(hardKnapsack(), options);
    QCOMPARE(a.status, MipStatus::TimeLimit);
    QVERIFY2(a.nodes <= 20, qPrintable(QString::number(a.nodes)));
    QVERIFY(!a.secondsLimitReached);  // stopped by the work done, not the clock
    QVERIFY(a.relativeGap > 0.0);
    const MipResult b = solveMip(hardKnapsack(), options);
    QCOMPARE(b.values, a.values);
    QCOMPARE(b.bestBound, a.bestBound);
    options.maxNodes = -1;
    QVERIFY_THROWS_EXCEPTION(Error, solveMip(hardKnapsack(), options));
  }

  void reducedCostsOfALinearProgram() {
    // min x + 3y + z  s.t.  x + y >= 1, y + z >= 1, all in [0, 1]. Optimum x = z = 1, y = 0
    // (cost 2; y alone costs 3). Both row duals are 1 (x's and z's costs), so y's reduced cost is
    // 3 − 1 − 1 = 1 and x's and z's are 0.
    LinearProgram lp;
    for (double c : {1.0, 3.0, 1.0}) lp.addColumn(c, 0.0, 1.0, false);
    const int xy[2] = {0, 1}, yz[2] = {1, 2};
    const double ones[2] = {1, 1};
    lp.addRow(xy, ones, 1, LinearProgram::kInfinity);
    lp.addRow(yz, ones, 1, LinearProgram::kInfinity);
    MipResult r = solveMip(lp);
    QCOMPARE(r.status, MipStatus::Optimal);
    QCOMPARE(r.objective, 2.0);
    QCOMPARE(r.reducedCosts.size(), std::size_t(3));
    QVERIFY(std::abs(r.reducedCosts[1] - 1.0) < 1e-9);
    QVERIFY(std::abs(r.reducedCosts[0]) < 1e-9);
    QVERIFY(std::abs(r.reducedCosts[2]) < 1e-9);
    // The same program maximising −cost: reduced costs in the maximisation's own sense.
    LinearProgram negated(LinearProgram::Sense::Maximise);
    for (double c : {-1.0, -3.0, -1.0}) negated.addColumn(c, 0.0, 1.0, false);
    negated.addRow(xy, ones, 1, LinearProgram::kInfinity);
    negated.addRow(yz, ones, 1, LinearProgram::kInfinity);
    r = solveMip(negated);
    QCOMPARE(r.objective, -2.0);
    QVERIFY(std::abs(r.reducedCosts[1] + 1.0) < 1e-9);
    // With integer columns there are no reduced costs to report.
    LinearProgram binary;
    binary.addBinary(1.0);
    QVERIFY(solveMip(binary).reducedCosts.empty());
  }

  void progressCancelsTheSearch() {
    MipOptions options;
    options.timeLimitSeconds = 60.0;
    QElapsedTimer clock;
    clock.start();
    int calls = 0;
    options.progress = [&](double, const std::string&) { return ++calls == 1 || clock.elapsed() < 300; };
    QVERIFY_THROWS_EXCEPTION(Cancelled, solveMip(hardKnapsack(), options));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(calls >= 2);  // stopped from inside the search, not before it began
    // CBC is usable again after a cancelled solve.
    LinearProgram lp;
    lp.addBinary(-1);
    QCOMPARE(solveMip(lp).objective, -1.0);
  }

  void marxanWithoutBoundary() {
    // BLM 0: the cheapest selection meeting both targets. Pairs by cost: {1,4} = 3 + 3 = 6 holds
    // A 2 + 0 = 2 and B 0 + 2 = 2, both met; no single unit meets both. Optimum {1,4}, score 6.
    const MarxanProblem p = grid2x2(0.0);
    const MarxanSolveResult r = solveMarxan(p);
    QCOMPARE(r.status, MipStatus::Optimal);
    QCOMPARE(r.selected, flags({1, 0, 0, 1}));
    QCOMPARE(r.evaluation.cost, 6.0);
    QCOMPARE(r.evaluation.score, 6.0);
    // Boundary of the diagonal pair: external 2 + 2, and all four shared sides have one side in: 4 + 4 = 8.
    QCOMPARE(r.evaluation.boundary, 8.0);
    QCOMPARE(r.evaluation.targetsMet, 2);
    QCOMPARE(r.evaluation.held, (std::vector<double>{2.0, 2.0}));
    QCOMPARE(enumeratedOptimum(p), 6.0);
    QVERIFY(r.relativeGap <= 1e-4);
  }

  void highBlmMakesTheSelectionCompact() {
    // BLM 1: {1,4} scores 6 + 1·8 = 14. The adjacent pair {1,2} costs 3 + 4 = 7, holds A 2 + 1 = 3
    // and B 0 + 2 = 2, and its boundary is external 2 + 2 plus sides (1,3) and (2,4) = 6: score 13.
    // {2,3} (diagonal) = 8 + 8 = 16; triples cost >= 10 with boundary 8 (>= 18); the other
    // adjacent pairs miss a target. Optimum {1,2}, score 13.
    const MarxanProblem p = grid2x2(1.0);
    std::vector<bool> best;
    QCOMPARE(enumeratedOptimum(p, &best), 13.0);
    QCOMPARE(best, flags({1, 1, 0, 0}));
    const MarxanSolveResult r = solveMarxan(p);
    QCOMPARE(r.selected, flags({1, 1, 0, 0}));
    QCOMPARE(r.evaluation.score, 13.0);
    QCOMPARE(r.evaluation.cost, 7.0);
    QCOMPARE(r.evaluation.boundary, 6.0);
    QVERIFY(r.bestBound <= 13.0 && r.bestBound >= 13.0 * (1 - 1e-4));
  }

  void locksAreRespected() {
    // Unit 2 locked out at BLM 1: {1,2} is gone; {1,4} = 14 beats {1,3,4} = 10 + 8 = 18.
    MarxanProblem p = grid2x2(1.0);
    p.units[1].status = MarxanStatus::LockedOut;
    MarxanSolveResult r = solveMarxan(p);
    QCOMPARE(r.selected, flags({1, 0, 0, 1}));
    QCOMPARE(r.evaluation.score, 14.0);
    QCOMPARE(enumeratedOptimum(p), 14.0);

    // Unit 3 locked in at BLM 0: {1,3} and {3,4} miss a target ({1,3}: B = 1; {3,4}: A = 1);
    // {2,3} costs 8 and holds A 2, B 3; {1,3,4} costs 10. Optimum {2,3}, cost 8.
    p = grid2x2(0.0);
    p.units[2].status = MarxanStatus::LockedIn;
    r = solveMarxan(p);
    QCOMPARE(r.selected, flags({0, 1, 1, 0}));
    QCOMPARE(r.evaluation.cost, 8.0);
    QCOMPARE(enumeratedOptimum(p), 8.0);

    // Status 1 (initial reserve) is no lock: same answer as the free problem.
    p = grid2x2(0.0);
    p.units[1].status = MarxanStatus::InitialReserve;
    QCOMPARE(solveMarxan(p).selected, flags({1, 0, 0, 1}));
  }

  void proportionalTargets() {
    // prop 0.5 of A's total 2 + 1 + 1 + 0 = 4 is 2, the same absolute target: the same optimum.
    MarxanProblem p = grid2x2(1.0);
    p.features[0].target = 0.0;
    p.features[0].proportion = 0.5;
    QCOMPARE(featureTargets(p), (std::vector<double>{2.0, 2.0}));
    QCOMPARE(solveMarxan(p).selected, flags({1, 1, 0, 0}));
    // prop 1 needs all of A: units 1, 2 and 3; B is then 2 + 1 = 3. Cost 11, boundary: external
    // 2·3 + sides (2,4), (3,4) = 8, score 19.
    p.features[0].proportion = 1.0;
    const MarxanSolveResult r = solveMarxan(p);
    QCOMPARE(r.selected, flags({1, 1, 1, 0}));
    QCOMPARE(r.evaluation.score, 19.0);
  }

  void duplicateBoundaryRowsAreSummed() {
    // bound.dat listing (1,2) both ways counts 2 for that side, like Marxan; the evaluation and the
    // integer program agree on it. {1,2} boundary: 4 + (1,3) + (2,4) = 6 (the doubled side is inside).
    MarxanProblem p = grid2x2(1.0);
    p.boundaries.push_back({1, 0, 1.0});
    QCOMPARE(evaluateMarxanSelection(p, flags({1, 1, 0, 0})).boundary, 6.0);
    // {1,4}: 4 external + sides 1 + 1 + 1 + 1 + the doubled (1,2) once more = 9.
    QCOMPARE(evaluateMarxanSelection(p, flags({1, 0, 0, 1})).boundary, 9.0);
    const MarxanSolveResult r = solveMarxan(p);
    QCOMPARE(r.evaluation.score, enumeratedOptimum(p));
  }

  void randomProblemsMatchEnumeration() {
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int trial = 0; trial < 12; ++trial) {
      // 3 x 4 grid, 3 features, random costs, amounts, BLM and locks.
      MarxanProblem p;
      p.blm = trial % 3 == 0 ? 0.0 : 2.0 * unit(rng);
      for (int i = 0; i < 12; ++i) {
        MarxanStatus s = MarxanStatus::Available;
        const double u = unit(rng);
        if (u < 0.08) s = MarxanStatus::LockedIn;
        else if (u < 0.16) s = MarxanStatus::LockedOut;
        p.units.push_back({100 + i, 1.0 + 9.0 * unit(rng), s});
        for (int side = 0; side < 4; ++side) {
          const int r = i / 4, c = i % 4;
          const int nr = r + (side == 0) - (side == 1), nc = c + (side == 2) - (side == 3);
          if (nr < 0 || nr >= 3 || nc < 0 || nc >= 4) p.boundaries.push_back({i, i, 1.0});
          else if (nr * 4 + nc > i) p.boundaries.push_back({i, nr * 4 + nc, 0.5 + unit(rng)});
        }
      }
      for (int f = 0; f < 3; ++f) {
        p.features.push_back({f + 1, "f" + std::to_string(f), 0.0, 0.3, 1.0});
        for (int i = 0; i < 12; ++i)
          if (unit(rng) < 0.6) p.amounts.push_back({f, i, std::round(10.0 * unit(rng))});
      }
      MarxanSolveResult r;
      try {
        MarxanSolveOptions options;
        options.relativeGap = 0.0;
        r = solveMarxan(p, options);
      } catch (const Error& e) {
        // Locked-out units can make a target unreachable; then enumeration finds nothing either.
        QCOMPARE(e.code(), ErrorCode::InvalidInput);
        QVERIFY(std::isinf(enumeratedOptimum(p)));
        continue;
      }
      const double expected = enumeratedOptimum(p);
      QVERIFY2(std::abs(r.evaluation.score - expected) <= 1e-6 * expected,
               qPrintable(QStringLiteral("trial %1: %2 vs %3").arg(trial).arg(r.evaluation.score).arg(expected)));
      QCOMPARE(r.evaluation.targetsMet, 3);
    }
  }

  void sameInputSameAnswer() {
    MarxanProblem p = grid2x2(0.5);  // {1,4} = 6 + 4 = 10 ties {1,2} = 7 + 3 = 10
    const MarxanSolveResult a = solveMarxan(p);
    for (int run = 0; run < 3; ++run) {
      const MarxanSolveResult b = solveMarxan(p);
      QCOMPARE(b.selected, a.selected);
      QCOMPARE(b.evaluation.score, 10.0);
    }
  }

  void unreachableTargetNamesTheFeature() {
    MarxanProblem p = grid2x2(0.0);
    p.features[1].target = 6.0;  // B holds 0 + 2 + 1 + 2 = 5 in all
    try {
      solveMarxan(p);
      QFAIL("expected an error");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidInput);
      QVERIFY2(QString::fromStdString(e.cause()).contains("feature 20 (B): target 6 exceeds the 5"), e.what());
    }
  }

  void startingSelections() {
    // Local search from {1,4} (score 14 at BLM 1): removing 4 leaves B short by 2, unit 2 holds
    // B 2 and restores it; {1,2} scores 13 (cost 7 + boundary 6). Unit 3 cannot replace 4 (B 1).
    const MarxanProblem p = grid2x2(1.0);
    QCOMPARE(improveMarxanSelection(p, flags({1, 0, 0, 1})), flags({1, 1, 0, 0}));
    // Removals: from all four units (score 14 + 8 = 22) the search must end feasible and no worse
    // than any single-move neighbour; it reaches the optimum 13 here.
    QCOMPARE(evaluateMarxanSelection(p, improveMarxanSelection(p, flags({1, 1, 1, 1}))).score, 13.0);
    // A start missing a target comes back untouched.
    QCOMPARE(improveMarxanSelection(p, flags({1, 0, 0, 0})), flags({1, 0, 0, 0}));

    // The start handed to CBC is the improved one.
    MarxanSolveOptions options;
    options.start = flags({1, 0, 0, 1});
    MarxanSolveResult r = solveMarxan(p, options);
    QCOMPARE(r.startScore, 13.0);
    QCOMPARE(r.selected, flags({1, 1, 0, 0}));
    // Without a start, BLM > 0 starts from the BLM-0 optimum {1,4}, improved to {1,2}.
    r = solveMarxan(p);
    QCOMPARE(r.startScore, 13.0);
    options.start.clear();
    options.boundaryFreeStart = false;
    options.roundingStart = false;
    QCOMPARE(solveMarxan(p, options).startScore, 0.0);
    // A start that misses target B ({1} alone holds B 0) is not used.
    options.start = flags({1, 0, 0, 0});
    options.boundaryFreeStart = true;
    r = solveMarxan(p, options);
    QCOMPARE(r.startScore, 0.0);
    QCOMPARE(r.evaluation.score, 13.0);
    // On the CBC wrapper: a start of the wrong length is refused.
    MipOptions mip;
    mip.start = {1.0};
    QVERIFY_THROWS_EXCEPTION(Error, solveMip(buildMarxanProgram(p), mip));
  }

  void roundingStartKeepsWhatTheRelaxationSelects() {
    // One feature, target 10. The LP relaxation takes A (8 for 4, 0.5 a unit) in full and B
    // (10 for 6) at 0.2; keeping A, the best completion is C (2 for 2.5): start {A, C} = 6.5.
    // No single removal or swap improves it, yet {B} alone = 6 is optimal: the search after
    // the start must still find it.
    MarxanProblem p;
    p.units = {{1, 4.0, MarxanStatus::Available}, {2, 6.0, MarxanStatus::Available}, {3, 2.5, MarxanStatus::Available}};
    p.features = {{7, "f", 10.0, 0.0, 1.0}};
    p.amounts = {{0, 0, 8.0}, {0, 1, 10.0}, {0, 2, 2.0}};
    MarxanSolveOptions options;
    options.relativeGap = 0.0;
    MarxanSolveResult r = solveMarxan(p, options);
    QCOMPARE(r.startScore, 6.5);
    QCOMPARE(r.selected, flags({0, 1, 0}));
    QCOMPARE(r.evaluation.score, 6.0);
    QCOMPARE(r.status, MipStatus::Optimal);
    options.roundingStart = false;
    r = solveMarxan(p, options);
    QCOMPARE(r.startScore, 0.0);
    QCOMPARE(r.selected, flags({0, 1, 0}));
  }

  void programShape() {
    // 4 unit columns + 4 shared sides as y columns; 2 rows per side + 2 feature rows.
    const LinearProgram lp = buildMarxanProgram(grid2x2(1.0));
    QCOMPARE(lp.columnCount(), 8);
    QCOMPARE(lp.rowCount(), 10);
    // Unit 1's coefficient: cost 3 + BLM·(external 2 + sides (1,2) and (1,3)) = 3 + 4 = 7.
    QCOMPARE(lp.objective()[0], 7.0);
    QCOMPARE(lp.objective()[4], -2.0);
    // BLM 0 leaves the boundary out entirely.
    QCOMPARE(buildMarxanProgram(grid2x2(0.0)).columnCount(), 4);
  }
};

QTEST_GUILESS_MAIN(TestMarxanSolve)
#include "test_marxan_solve.moc"
