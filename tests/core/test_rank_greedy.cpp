// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "ranking/GreedyOrder.h"

using hp::ranking::ParcelAtoms;

namespace {

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
};

QTEST_APPLESS_MAIN(TestRankGreedy)
#include "test_rank_greedy.moc"
