// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include <random>

#include "ranking/MarginalValue.h"
#include "ranking/PatchUnion.h"

using hp::ranking::Atom;
using hp::ranking::ParcelAtoms;
using hp::ranking::PatchUnion;

namespace {

// Reserve atom R (0.5); parcel 0: atoms a (0.6, touches R) and b (0.7, alone); parcels 1 and 2:
// one atom each of 0.6, touching each other only; parcel 3: 2.3 alone.
ParcelAtoms smallProblem() {
  ParcelAtoms p;
  p.parcelCount = 4;
  p.territoryMinKm2 = 10;
  p.territoryMaxKm2 = 20;
  p.atoms = {{ParcelAtoms::kReserve, 5, 0.5}, {0, 6, 0.6}, {0, 7, 0.7}, {1, 6, 0.6}, {2, 6, 0.6}, {3, 23, 2.3}};
  p.touching = {{0, 1}, {3, 4}, {4, 3}};
  p.index();
  return p;
}

}  // namespace

class TestRankUnion : public QObject {
  Q_OBJECT
 private slots:
  void reserveAlone() {
    const auto p = smallProblem();
    PatchUnion u(p);
    QCOMPARE(u.totals().patches, 1L);
    QCOMPARE(u.totals().leopards, 0L);
    QCOMPARE(u.totals().equivalents, 0.5);
  }

  // The case: two adjacent parcels that hold 0 alone and 1 together.
  void adjacentPairHoldsOneTogether() {
    const auto p = smallProblem();
    PatchUnion u(p);
    QCOMPARE(u.gainOf(1).leopards, 0L);
    QCOMPARE(u.gainOf(2).leopards, 0L);
    QCOMPARE(u.gainOf({1, 2}).leopards, 1L);
    QCOMPARE(u.gainOf({1, 2}).equivalents, 1.2);
    u.add(1);
    QCOMPARE(u.gainOf(2).leopards, 1L);
    u.add(2);
    QCOMPARE(u.totals().leopards, 1L);
    QCOMPARE(u.totals().patches, 2L);
  }

  // A parcel next to the reserve joins its patch: 0.5 + 0.6 → 1; its other atom 0.7 stays apart.
  void parcelJoinsReservePatch() {
    const auto p = smallProblem();
    PatchUnion u(p);
    QCOMPARE(u.gainOf(0).leopards, 1L);
    u.add(0);
    QCOMPARE(u.totals().patches, 2L);
    QCOMPARE(u.totals().leopards, 1L);
    QVERIFY(qAbs(u.totals().equivalents - 1.8) < 1e-12);
    QCOMPARE(u.totals().habitatKm2, 18.0);
    // 11 km² / T_min 10 → 1; 7 km² → 0. By T_max 20 none.
    QCOMPARE(u.totals().leopardsMax, 1L);
    QCOMPARE(u.totals().leopardsMin, 0L);
  }

  void evaluateMatchesIncremental() {
    const auto p = smallProblem();
    const PatchUnion u(p);
    const auto all = u.evaluate({0, 1, 2, 3});
    QCOMPARE(all.leopards, 1L + 0L + 1L + 2L);
    QCOMPARE(all.patches, 4L);
  }

  // Parcel 0 (2 M USD) joins the reserve: 1 leopard, 1.3 fractional; after buying parcel 1,
  // parcel 2 (0.5 M USD) completes their pair: 1 leopard → 2 per million USD.
  void marginalValuesPerMillion() {
    const auto p = smallProblem();
    const std::vector<double> costs = {2e6, 1e6, 0.5e6, 0};
    const auto rows = hp::ranking::marginalValues(p, costs);
    QCOMPARE(rows.size(), std::size_t(4));
    QCOMPARE(rows[0].gainLeopards, 1L);
    QVERIFY(qAbs(rows[0].gainFractional - 1.3) < 1e-12);
    QCOMPARE(rows[0].leopardsPerMillionUsd, 0.5);
    QCOMPARE(rows[3].leopardsPerMillionUsd, 0.0);  // free parcel: no ratio
    const auto after = hp::ranking::marginalValues(p, costs, {1});
    QCOMPARE(after.size(), std::size_t(3));
    QCOMPARE(after[1].parcel, 2);
    QCOMPARE(after[1].gainLeopards, 1L);
    QCOMPARE(after[1].leopardsPerMillionUsd, 2.0);
  }

  // Random atoms on a chain-and-grid adjacency: every gain equals the difference of totals
  // before and after adding, for singles and pairs.
  void gainsEqualTotalsDifference() {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> e(0.0, 1.2);
    ParcelAtoms p;
    p.parcelCount = 12;
    p.territoryMinKm2 = 1;
    p.territoryMaxKm2 = 2;
    for (int k = 0; k < 3; ++k) p.atoms.push_back({ParcelAtoms::kReserve, 1, e(rng)});
    for (int i = 0; i < 12; ++i)
      for (int k = 0; k < 2; ++k) p.atoms.push_back({i, 1, e(rng)});
    std::uniform_int_distribution<int> pick(0, int(p.atoms.size()) - 1);
    for (int k = 0; k < 30; ++k) {
      const int a = pick(rng), b = pick(rng);
      if (p.atoms[std::size_t(a)].owner != p.atoms[std::size_t(b)].owner) p.touching.emplace_back(a, b);
    }
    p.index();
    PatchUnion u(p);
    std::vector<std::int32_t> order = {3, 7, 1, 11, 0, 5, 9, 2, 4, 6, 8, 10};
    std::vector<std::int32_t> chosen;
    for (std::size_t k = 0; k + 1 < order.size(); ++k) {
      const auto pair = u.gainOf({order[k], order[k + 1]});
      PatchUnion twin(p);
      for (const auto c : chosen) twin.add(c);
      twin.add(order[k]);
      twin.add(order[k + 1]);
      QCOMPARE(pair.leopards, twin.totals().leopards - u.totals().leopards);
      const auto before = u.totals();
      const auto g = u.gainOf(order[k]);
      u.add(order[k]);
      chosen.push_back(order[k]);
      QCOMPARE(g.leopards, u.totals().leopards - before.leopards);
      QVERIFY(qAbs(g.equivalents - (u.totals().equivalents - before.equivalents)) < 1e-9);
      QCOMPARE(u.evaluate(chosen).leopards, u.totals().leopards);
    }
  }
};

QTEST_APPLESS_MAIN(TestRankUnion)
#include "test_rank_union.moc"
