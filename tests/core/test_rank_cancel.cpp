// SPDX-License-Identifier: GPL-3.0-or-later
// Progress and cancel of the whole ranking (issue #16, point 5) on a generated 256-parcel layer:
// progress only grows and ends at exactly 1, every phase reports, and a cancel asked at any report —
// in each phase, inside CBC's search and inside the local search — ends the call with hp::Cancelled
// on that very report, with no work reported after it. Promptness is counted in progress reports,
// not measured on a clock.
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "geo/Error.h"
#include "ranking/ParcelRanking.h"
#include "support/RankGridLayers.h"

using namespace hp;

namespace {

struct Report {
  double fraction;
  std::string stage;
};

}  // namespace

class TestRankCancel : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  test::RankGridFiles files_;
  ranking::RankingOptions options_;
  std::vector<Report> full_;  // every report of one uncancelled run

  ranking::RankingResult rank(const Progress& progress) { return ranking::rankParcels(files_.inputs(), options_, progress); }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    test::RankGrid grid;
    grid.columns = grid.rows = 16;
    files_ = test::writeRankGrid(dir_.path().toStdString(), grid);
    QCOMPARE(files_.parcelCount, 256);
    options_.budget = 0.3 * files_.totalCostUsd;
    options_.blm = 0.01;
    options_.timeLimitSeconds = 5;
    const ranking::RankingResult result = rank([this](double fraction, const std::string& stage) {
      full_.push_back({fraction, stage});
      return true;
    });
    QCOMPARE(result.order.size(), std::size_t(256));
    qInfo("full run: %.2f s, budget optimum %.2f s, %zu reports", result.seconds, result.phaseSeconds.budgetOptimum, full_.size());
    QVERIFY(result.leopards > result.reserveLeopards);  // a real problem: the budget buys leopards
    QVERIFY(result.selectedIds.size() > 16);           // the search, not enumeration
    QVERIFY(result.seconds > 0);
    QVERIFY(result.phaseSeconds.budgetOptimum > 0 && result.phaseSeconds.budgetOptimum <= result.seconds);
    QVERIFY(result.optimalityGap >= 0);
    QCOMPARE(result.linearStatus.empty(), false);
  }

  void progressGrowsToOne() {
    QVERIFY(full_.size() > 100);
    QCOMPARE(full_.front().fraction, 0.0);
    QCOMPARE(full_.back().fraction, 1.0);
    for (std::size_t k = 1; k < full_.size(); ++k)
      QVERIFY2(full_[k].fraction >= full_[k - 1].fraction && full_[k].fraction <= 1.0,
               qPrintable(QStringLiteral("report %1 (%2: %3) after %4: %5").arg(k).arg(QString::fromStdString(full_[k].stage))
                              .arg(full_[k].fraction).arg(QString::fromStdString(full_[k - 1].stage)).arg(full_[k - 1].fraction)));
  }

  void everyPhaseReports() {
    std::map<std::string, int> count;
    for (const Report& r : full_) ++count[r.stage];
    for (const char* stage : {"reading layers", "preparing parcels", "parcel atoms", "shared boundaries", "greedy order",
                              "budget optimum", "budget optimum: linear start", "branch and bound", "budget optimum: local search",
                              "parcels alone", "done"})
      QVERIFY2(count[stage] > 0, stage);
    // The loops over parcels report at least every few hundred of them: 256 parcels, 256 greedy steps.
    QVERIFY(count["greedy order"] >= 256 / 64);
    QVERIFY(count["shared boundaries"] >= 2);
    // CBC was polled from inside its search (its first and last reports come from outside).
    QVERIFY2(count["branch and bound"] >= 3, qPrintable(QString::number(count["branch and bound"])));
  }

  void cancelStopsAtOnce_data() {
    // The report that asks to stop: the k-th (from 0) of a stage. Counted per stage, as CBC's and
    // the local search's reports come by the clock and shift the later ones.
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("k");
    std::map<std::string, int> count;
    std::vector<std::string> order;
    for (const Report& r : full_)
      if (count[r.stage]++ == 0) order.push_back(r.stage);
    for (const std::string& stage : order) {
      QTest::newRow((stage + ", first").c_str()) << QString::fromStdString(stage) << 0;
      const bool byClock = stage == "branch and bound" || stage == "budget optimum: local search";
      if (count[stage] >= 3) QTest::newRow((stage + ", later").c_str()) << QString::fromStdString(stage) << (byClock ? 1 : count[stage] / 2);
    }
  }

  void cancelStopsAtOnce() {
    QFETCH(QString, stage);
    QFETCH(int, k);
    const std::string wanted = stage.toStdString();
    int ofStage = 0, afterStop = 0;
    bool stopped = false, cancelled = false;
    try {
      rank([&](double, const std::string& s) {
        if (stopped) {
          ++afterStop;
          return false;
        }
        if (s == wanted && ofStage++ == k) stopped = true;
        return !stopped;
      });
    } catch (const Cancelled&) {
      cancelled = true;
    }
    QVERIFY(stopped);
    QVERIFY(cancelled);
    QCOMPARE(afterStop, 0);  // nothing more is computed and reported once the callback said stop
  }

};

QTEST_GUILESS_MAIN(TestRankCancel)
#include "test_rank_cancel.moc"
