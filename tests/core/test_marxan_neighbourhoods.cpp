// SPDX-License-Identifier: GPL-3.0-or-later
// The large neighbourhood search that improves Marxan selections before the exact proof.
#include <QtTest>

#include <cmath>
#include <random>

#include "geo/Error.h"
#include "marxan/MarxanNeighbourhoodSearch.h"
#include "marxan/MarxanSolve.h"
#include "solver/CbcMip.h"

using namespace hp;
using namespace hp::ranking;

namespace {

// A 12 x 10 grid of square units with three clumped features: each holds 10 in the units inside
// its disc and 3 in a ring around it, targets 30 % of the total. Costs rise smoothly to the east;
// the first unit is locked in and the last locked out.
MarxanProblem clumpedGrid(double blm) {
  constexpr int kColumns = 12, kRows = 10;
  MarxanProblem p;
  p.blm = blm;
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> noise(0.0, 1.0);
  for (int i = 0; i < kColumns * kRows; ++i) {
    const int r = i / kColumns, c = i % kColumns;
    MarxanStatus status = MarxanStatus::Available;
    if (i == 0) status = MarxanStatus::LockedIn;
    if (i == kColumns * kRows - 1) status = MarxanStatus::LockedOut;
    p.units.push_back({i + 1, std::round(100.0 * (10.0 + c + 2.0 * noise(rng))) / 100.0, status});
    if (c + 1 < kColumns) p.boundaries.push_back({i, i + 1, 1.0});
    if (r + 1 < kRows) p.boundaries.push_back({i, i + kColumns, 1.0});
    const int outside = (r == 0) + (r == kRows - 1) + (c == 0) + (c == kColumns - 1);
    if (outside > 0) p.boundaries.push_back({i, i, double(outside)});
  }
  const double centres[3][3] = {{3.0, 3.0, 3.2}, {8.0, 6.0, 2.6}, {5.0, 7.0, 2.2}};
  for (int f = 0; f < 3; ++f) {
    p.features.push_back({f + 1, "f" + std::to_string(f + 1), 0.0, 0.3, 1.0});
    for (int i = 0; i < kColumns * kRows; ++i) {
      const double d = std::hypot(i % kColumns - centres[f][0], i / kColumns - centres[f][1]);
      if (d <= centres[f][2]) p.amounts.push_back({f, i, 10.0});
      else if (d <= centres[f][2] + 1.5) p.amounts.push_back({f, i, 3.0});
    }
  }
  return p;
}

UnitRelaxation relaxationOf(const MarxanProblem& problem, const LinearProgram& program) {
  const MipResult lp = solveMip(program.relaxation());
  const auto units = std::ptrdiff_t(problem.units.size());
  UnitRelaxation r;
  r.values.assign(lp.values.begin(), lp.values.begin() + units);
  r.reducedCosts.assign(lp.reducedCosts.begin(), lp.reducedCosts.begin() + units);
  r.bound = lp.objective;
  return r;
}

// Every unit that may be selected is: meets every target, and is far from optimal.
std::vector<bool> everythingAllowed(const MarxanProblem& p) {
  std::vector<bool> s(p.units.size());
  for (std::size_t i = 0; i < s.size(); ++i) s[i] = p.units[i].status != MarxanStatus::LockedOut;
  return s;
}

double exactOptimum(const MarxanProblem& p) {
  MarxanSolveOptions exact;
  exact.relativeGap = 0.0;
  exact.timeLimitSeconds = 600.0;  // a safety net: the proof ends it, in a few seconds even under ASan
  exact.roundingStart = exact.boundaryFreeStart = exact.neighbourhoodSearch = false;
  const MarxanSolveResult r = solveMarxan(p, exact);
  if (r.status != MipStatus::Optimal) return std::nan("");
  return r.evaluation.score;
}

}  // namespace

class TestMarxanNeighbourhoods : public QObject {
  Q_OBJECT
 private slots:
  void reachesTheExactOptimum_data() {
    QTest::addColumn<double>("blm");
    QTest::newRow("without boundary") << 0.0;
    QTest::newRow("BLM 2") << 2.0;
  }

  void reachesTheExactOptimum() {
    QFETCH(double, blm);
    const MarxanProblem p = clumpedGrid(blm);
    const LinearProgram program = buildMarxanProgram(p);
    const double optimum = exactOptimum(p);
    QVERIFY(std::isfinite(optimum));
    const std::vector<bool> start = everythingAllowed(p);
    const double startScore = evaluateMarxanSelection(p, start).score;
    QVERIFY(startScore > optimum * 1.5);

    NeighbourhoodSearchOptions options;
    // By work: each neighbourhood ends at its node limit or proof and the search at the failure
    // count, so the answer is the same however slow the machine is (ASan's 3-10x included). The
    // time limit is only a safety net, and the test fails if it is what ended the search.
    options.workBudget = true;
    options.timeLimitSeconds = 600.0;
    options.maxFailures = 10;
    const NeighbourhoodSearchResult r = searchMarxanNeighbourhoods(p, program, start, relaxationOf(p, program), options);
    const MarxanEvaluation e = evaluateMarxanSelection(p, r.selected);
    QCOMPARE(e.targetsMet, 3);
    QVERIFY(r.selected.front());
    QVERIFY(!r.selected.back());
    QCOMPARE(r.score, e.score);
    QVERIFY(!r.timedOut);
    QVERIFY2(std::abs(r.score - optimum) <= 1e-6 * optimum, qPrintable(QStringLiteral("%1 vs %2").arg(r.score).arg(optimum)));
    QVERIFY(r.improvements >= 1);
    QVERIFY(r.neighbourhoods >= r.improvements + options.maxFailures);

    // Same seed, same neighbourhoods, same answer.
    const NeighbourhoodSearchResult again = searchMarxanNeighbourhoods(p, program, start, relaxationOf(p, program), options);
    QCOMPARE(again.selected, r.selected);
    QCOMPARE(again.neighbourhoods, r.neighbourhoods);
    QCOMPARE(again.nodes, r.nodes);
  }

  void withoutRelaxationGrowsRegions() {
    // No LP information: only compact regions over shared boundaries. Still never worse than
    // the start, every target met, and far below it.
    const MarxanProblem p = clumpedGrid(0.0);
    const std::vector<bool> start = everythingAllowed(p);
    NeighbourhoodSearchOptions options;
    options.workBudget = true;
    options.timeLimitSeconds = 600.0;
    const NeighbourhoodSearchResult r = searchMarxanNeighbourhoods(p, buildMarxanProgram(p), start, {}, options);
    QCOMPARE(evaluateMarxanSelection(p, r.selected).targetsMet, 3);
    QVERIFY(r.score < 0.8 * evaluateMarxanSelection(p, start).score);
    QVERIFY(r.score >= exactOptimum(p) - 1e-6);
    QVERIFY(!r.timedOut);
  }

  void workBudgetCountsNeighbourhoods() {
    // The count ends the search however fast the neighbourhoods go; the clock still bounds it.
    const MarxanProblem p = clumpedGrid(0.0);
    const LinearProgram program = buildMarxanProgram(p);
    const std::vector<bool> start = everythingAllowed(p);
    NeighbourhoodSearchOptions options;
    options.workBudget = true;
    options.timeLimitSeconds = 600.0;
    options.maxNeighbourhoods = 3;
    const NeighbourhoodSearchResult r = searchMarxanNeighbourhoods(p, program, start, {}, options);
    QCOMPARE(r.neighbourhoods, 3);
    QVERIFY(!r.timedOut);
    QVERIFY(r.score < evaluateMarxanSelection(p, start).score);  // the first region alone improves on everything
    // A time limit too short for any neighbourhood: the start comes back, marked as cut short by the clock.
    options.timeLimitSeconds = 0.01;
    const NeighbourhoodSearchResult cut = searchMarxanNeighbourhoods(p, program, start, {}, options);
    QCOMPARE(cut.neighbourhoods, 0);
    QCOMPARE(cut.selected, start);
    QVERIFY(cut.timedOut);
  }

  void stopsOnceGoodEnough() {
    const MarxanProblem p = clumpedGrid(0.0);
    const std::vector<bool> start = everythingAllowed(p);
    NeighbourhoodSearchOptions options;
    options.goodEnough = evaluateMarxanSelection(p, start).score;
    const NeighbourhoodSearchResult r = searchMarxanNeighbourhoods(p, buildMarxanProgram(p), start, {}, options);
    QCOMPARE(r.neighbourhoods, 0);
    QCOMPARE(r.selected, start);
  }

  void easyProblemsEndBeforeTheSearch() {
    // CBC proves this 120-unit problem at once from the first selection: no neighbourhood is
    // needed, and the answer is the exact optimum.
    const MarxanProblem p = clumpedGrid(0.0);
    MarxanSolveOptions options;
    options.relativeGap = 0.0;
    const MarxanSolveResult r = solveMarxan(p, options);
    QCOMPARE(r.status, MipStatus::Optimal);
    QCOMPARE(r.neighbourhoods, 0);
    QVERIFY(std::abs(r.evaluation.score - exactOptimum(p)) <= 1e-9 * r.evaluation.score);
    QCOMPARE(r.relativeGap, 0.0);
  }

  void wrongSizedStartIsRefused() {
    const MarxanProblem p = clumpedGrid(0.0);
    QVERIFY_THROWS_EXCEPTION(Error, searchMarxanNeighbourhoods(p, buildMarxanProgram(p), {true, false}, {}, {}));
  }
};

QTEST_GUILESS_MAIN(TestMarxanNeighbourhoods)
#include "test_marxan_neighbourhoods.moc"
