// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking across scenarios (issue 17, point 3): the built-in grid, scenarios files, and per parcel
// in how many scenarios it is bought, on layers whose leopards are counted by hand; habitat-cli rank
// --scenarios adds exactly three columns and a "scenarios" array, and leaves ORDER.csv alone without it.
//
// EPSG:6933 (equal-area), 100 m pixels of 0.01 km², canopy 100 % (q = 1 under any threshold below 100,
// so the base model's 16–120 range means 16 sq mi = 41.439809765 km²). No parcel touches another.
//   B   x −5..11 km,  y −5..15 km: 320 km², 3.4 M USD.  T16 7.72 → 7, T40 3.09 → 3, T80 1.54 → 1, T120 1.03 → 1
//   S1..S4, 4.3 × 20 km, 10 px apart: 86 km², 1 M USD.  T16 2.08 → 2, T40 0.83 → 0, T80 and T120 0
// Budget 4 M USD. Under 16 sq mi the four S hold 8 leopards against B's 7 (B + an S costs 4.4 M): the
// optimum is S1..S4, while the greedy order buys B first (7 / 3.4 M beats 2 / 1 M) and then no S fits.
// Under 40, 80 and 120 sq mi an S holds nothing: the optimum is B, the greedy order's first too.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "geo/Error.h"
#include "io/VectorWriter.h"
#include "ranking/Scenarios.h"
#include "support/CliRunner.h"
#include "support/EqualAreaSquareProject.h"

using namespace hp;
using namespace hp::ranking;

namespace {

// Habitat columns of B and S1..S4 (rows 0..199, y −5..15 km).
constexpr int kColumns[5][2] = {{0, 160}, {170, 213}, {222, 265}, {274, 317}, {326, 369}};
constexpr double kPrices[5] = {3.4e6, 1e6, 1e6, 1e6, 1e6};

GByte forest(int col, int row) {
  if (row >= 200) return 0;
  for (const auto& c : kColumns)
    if (col >= c[0] && col < c[1]) return 100;
  return 0;
}

OGRGeometryUniquePtr rectangle(double x0, double y0, double x1, double y1) { return OGRGeometryUniquePtr(test::rect(x0, y0, x1, y1)->clone()); }

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray contractHeader() {
  return "rank,id,cost,gain_leopards,gain_fractional,cumulative_cost,cumulative_leopards,selected,leopards_alone,"
         "leopards_alone_fractional,leopards_with_reserve,added_leopards,added_leopards_fractional,added_leopards_min,"
         "added_leopards_max,added_per_musd,reserve_cost_km,reachable";
}

}  // namespace

class TestRankScenarios : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  RankingInputs inputs_;
  RankingOptions options_;

  QString q(const char* name) const { return tmp_.filePath(QString::fromLatin1(name)); }
  std::string p(const char* name) const { return q(name).toStdString(); }
  QStringList layerArgs() const {
    return {QStringLiteral("rank"), QStringLiteral("--forest"), q("forest.tif"), QStringLiteral("--basins"), q("basins.gpkg"),
            QStringLiteral("--parcels"), q("parcels.gpkg"), QStringLiteral("--budget"), QStringLiteral("4000000")};
  }
  void writeText(const char* name, const QByteArray& text) {
    QFile f(q(name));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
  }

 private slots:
  void initTestCase() {
    QCOMPARE(test::writeEqualAreaForest(p("forest.tif"), 400, forest), CE_None);
    const Crs ea = Crs::fromEpsg(6933);
    VectorLayer basins;
    basins.crs = ea;
    basins.fields = {{"basin_id", FieldType::Integer}};
    basins.features.push_back({1, {std::int64_t(1)}, rectangle(-5000, -25000, 35000, 15000)});
    writeVectorLayer(p("basins.gpkg"), basins);
    VectorLayer parcels;
    parcels.crs = ea;
    parcels.fields = {{"parcel_id", FieldType::Integer}, {"price_usd", FieldType::Real}};
    for (int i = 0; i < 5; ++i)
      parcels.features.push_back({i + 1, {std::int64_t(i + 1), kPrices[i]},
                                  rectangle(-5000 + 100.0 * kColumns[i][0], -5000, -5000 + 100.0 * kColumns[i][1], 15000)});
    writeVectorLayer(p("parcels.gpkg"), parcels);
    inputs_.forestPath = p("forest.tif");
    inputs_.basinsPath = p("basins.gpkg");
    inputs_.parcelsPath = p("parcels.gpkg");
    options_.budget = 4e6;
  }

  void defaultGridAroundTheDefaultModel() {
    const std::vector<Scenario> grid = defaultScenarios({});
    QStringList names;
    for (const Scenario& s : grid) names << QString::fromStdString(s.name);
    QCOMPARE(names, QStringList({"base", "T16", "T40", "T80", "T120", "canopy50", "canopy70"}));
    QCOMPARE(grid[0].overrides.dump(), std::string("{}"));
    QVERIFY(grid[0].model == model::ModelConfig{});
    QCOMPARE(grid[2].overrides.dump(), std::string("{\"territory_min_sqmi\":40,\"territory_max_sqmi\":40}"));
    QCOMPARE(grid[2].model.territoryMinSqMi, 40.0);
    QCOMPARE(grid[2].model.territoryMaxSqMi, 40.0);
    QCOMPARE(grid[2].model.minCanopyPct, 60.0);
    QCOMPARE(grid[6].overrides.dump(), std::string("{\"min_canopy_pct\":70}"));
    QCOMPARE(grid[6].model.minCanopyPct, 70.0);
    QCOMPARE(grid[6].model.territoryMinSqMi, 16.0);
    QCOMPARE(grid[6].model.territoryMaxSqMi, 120.0);
  }

  void defaultGridClampsAndDropsRepeats() {
    const auto names = [](const model::ModelConfig& base) {
      QStringList out;
      for (const Scenario& s : defaultScenarios(base)) out << QString::fromStdString(s.name);
      return out;
    };
    model::ModelConfig m;
    m.minCanopyPct = 95;
    QCOMPARE(names(m).mid(5), QStringList({"canopy85", "canopy100"}));
    m.minCanopyPct = 100;  // +10 clamps to 100: the base again, left out
    QCOMPARE(names(m).mid(5), QStringList({"canopy90"}));
    m.minCanopyPct = 5;
    QCOMPARE(names(m).mid(5), QStringList({"canopy0", "canopy15"}));
    m.minCanopyPct = 62.5;
    QCOMPARE(names(m).mid(5), QStringList({"canopy52.5", "canopy72.5"}));
    model::ModelConfig fixed;  // territory fixed at 16 already: T16 is the base
    fixed.territoryMaxSqMi = 16;
    QCOMPARE(names(fixed), QStringList({"base", "T40", "T80", "T120", "canopy50", "canopy70"}));
    model::ModelConfig prey;
    prey.qualityRasters.push_back({"/data/prey.tif", 1, model::QualityEffect::Prey});
    const std::vector<Scenario> grid = defaultScenarios(prey);
    QCOMPARE(grid.size(), std::size_t(8));
    QCOMPARE(grid.back().name, std::string("no_quality"));
    QVERIFY(grid.back().model.qualityRasters.empty());
    QCOMPARE(grid[1].model.qualityRasters.size(), std::size_t(1));  // the others keep the base's rasters
  }

  void scenariosFileOverridesTheBase() {
    model::ModelConfig base;
    base.minCanopyPct = 55;
    const std::vector<Scenario> s = parseScenarios(
        "[{\"name\": \"T120\", \"territory_min_sqmi\": 120, \"territory_max_sqmi\": 120}, {\"min_canopy_pct\": 70},"
        " {\"name\": \"prey\", \"quality_rasters\": [{\"path\": \"prey.tif\"}]}]",
        base, "s.json", "/data/scenarios");
    QCOMPARE(s.size(), std::size_t(3));
    QCOMPARE(s[0].name, std::string("T120"));
    QCOMPARE(s[0].overrides.dump(), std::string("{\"territory_min_sqmi\":120,\"territory_max_sqmi\":120}"));
    QCOMPARE(s[0].model.territoryMinSqMi, 120.0);
    QCOMPARE(s[0].model.minCanopyPct, 55.0);  // what a scenario leaves out is the base's
    QCOMPARE(s[1].name, std::string("scenario 2"));
    QCOMPARE(s[1].model.minCanopyPct, 70.0);
    QCOMPARE(s[1].model.territoryMaxSqMi, 120.0);
    QCOMPARE(s[2].model.qualityRasters.size(), std::size_t(1));
    QCOMPARE(s[2].model.qualityRasters[0].path, std::string("/data/scenarios/prey.tif"));  // beside the file
  }

  void badScenariosNameTheScenario_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cause");
    QTest::newRow("not json") << "[{" << "not valid JSON";
    QTest::newRow("object") << "{\"name\": \"a\"}" << "the scenarios must be a non-empty JSON array of objects";
    QTest::newRow("empty") << "[]" << "the scenarios must be a non-empty JSON array of objects";
    QTest::newRow("number") << "[{}, 3]" << "scenario 2 must be an object of model keys";
    QTest::newRow("name") << "[{\"name\": 5}]" << "scenario 1: 'name' must be a non-empty string";
    QTest::newRow("twice") << "[{\"name\": \"a\"}, {\"name\": \"a\"}]" << "two scenarios are named 'a'";
    QTest::newRow("unknown key") << "[{\"territory\": 16}]" << "scenario 'scenario 1': unknown key 'territory'";
    QTest::newRow("min above max") << "[{\"name\": \"big\", \"territory_min_sqmi\": 200}]"
                                   << "scenario 'big': 'territory_min_sqmi' must not exceed 'territory_max_sqmi'";
    QTest::newRow("type") << "[{\"name\": \"t\", \"min_canopy_pct\": \"60\"}]" << "scenario 't': 'min_canopy_pct' must be a number, not string";
  }
  void badScenariosNameTheScenario() {
    QFETCH(QString, text);
    QFETCH(QString, cause);
    try {
      parseScenarios(text.toStdString(), {}, "s.json");
      QFAIL("no error");
    } catch (const Error& e) {
      QCOMPARE(e.file(), std::string("s.json"));
      QVERIFY2(QString::fromStdString(e.cause()).startsWith(cause), e.what());
    }
  }

  void countsOverTheDefaultGrid() {
    std::vector<double> fractions;
    QStringList stages;
    const ScenarioRanking r = rankScenarios(inputs_, options_, defaultScenarios(inputs_.model), [&](double f, const std::string& stage) {
      fractions.push_back(f);
      stages << QString::fromStdString(stage);
      return true;
    });
    // The base model's ranking as rankParcels gives it: the four S, 8 leopards; B first in the order.
    QCOMPARE(r.base.selectedIds, (std::vector<ParcelId>{"2", "3", "4", "5"}));
    QCOMPARE(r.base.leopards, 8L);
    QCOMPARE(r.base.order.front().id, ParcelId("1"));
    QCOMPARE(r.scenarios.size(), std::size_t(7));
    const long leopards[7] = {8, 8, 3, 1, 1, 8, 8};  // base, T16, T40, T80, T120, canopy50, canopy70
    for (std::size_t i = 0; i < 7; ++i) {
      QCOMPARE(r.scenarios[i].leopards, leopards[i]);
      QVERIFY(r.scenarios[i].provenOptimal);  // 5 parcels: every subset enumerated
      const bool big = leopards[i] < 8;
      QCOMPARE(r.scenarios[i].selectedIds, (big ? std::vector<ParcelId>{"1"} : std::vector<ParcelId>{"2", "3", "4", "5"}));
      QCOMPARE(r.scenarios[i].cost, big ? 3.4e6 : 4e6);
      QCOMPARE(r.scenarios[i].withinBudgetIds, std::vector<ParcelId>{"1"});  // the greedy order's B, then nothing fits
    }
    QVERIFY(std::abs(r.scenarios[4].leopardsFractional - 320 / 310.79857324032) < 1e-6);
    // B: bought in T40, T80, T120; within the budget in the greedy order every time. Each S: bought
    // under 16 sq mi (base, T16, canopy50, canopy70), never within the greedy budget.
    QCOMPARE(r.counts.size(), std::size_t(5));
    QCOMPARE(r.counts.at("1").selected, 3);
    QCOMPARE(r.counts.at("1").withinBudget, 7);
    for (const char* s : {"2", "3", "4", "5"}) {
      QCOMPARE(r.counts.at(s).selected, 4);
      QCOMPARE(r.counts.at(s).withinBudget, 0);
    }
    // One progress from 0 to 1 across the 7 runs (base and "base" are one), stages named.
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QVERIFY(fractions.front() >= 0 && fractions.back() == 1.0);
    QVERIFY(stages.contains(QStringLiteral("scenario T120: done")));
    QVERIFY(stages.front().startsWith(QStringLiteral("scenario base: ")));
  }

  void aScenarioListCountsOnlyItsOwn() {
    const std::vector<Scenario> set = parseScenarios(
        "[{\"name\": \"T120\", \"territory_min_sqmi\": 120, \"territory_max_sqmi\": 120}, {\"name\": \"T120 again\","
        " \"territory_min_sqmi\": 120, \"territory_max_sqmi\": 120}, {\"min_canopy_pct\": 70}]",
        inputs_.model);
    int runs = 0;
    const ScenarioRanking r = rankScenarios(inputs_, options_, set, [&runs](double, const std::string& stage) {
      runs += stage.ends_with(": done");
      return true;
    });
    QCOMPARE(runs, 3);  // the base (for ORDER.csv), T120 once for both, canopy 70
    QCOMPARE(r.base.leopards, 8L);
    QCOMPARE(r.scenarios.size(), std::size_t(3));
    QCOMPARE(r.scenarios[1].name, std::string("T120 again"));
    QCOMPARE(r.scenarios[1].leopards, 1L);
    QCOMPARE(r.counts.at("1").selected, 2);
    QCOMPARE(r.counts.at("1").withinBudget, 3);
    QCOMPARE(r.counts.at("2").selected, 1);
    QCOMPARE(r.counts.at("2").withinBudget, 0);
  }

  void cancelStopsEveryScenario() {
    int calls = 0;
    QVERIFY_THROWS_EXCEPTION(Cancelled, rankScenarios(inputs_, options_, defaultScenarios(inputs_.model),
                                                      [&calls](double f, const std::string&) { return ++calls < 3 || f < 0.3; }));
    QVERIFY_THROWS_EXCEPTION(Error, rankScenarios(inputs_, options_, {}));
  }

  void cliAddsThreeColumnsOnly() {
    QStringList plainArgs = layerArgs();
    plainArgs << QStringLiteral("--out") << q("plain.csv") << QStringLiteral("--summary") << q("plain.json");
    const test::CliResult plain = test::runCli(plainArgs);
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    // Without --scenarios: ORDER.csv's columns, figures by hand (B first, then S1..S4 by index). No
    // reserve, so each parcel with the reserve is the parcel alone: B 320 km² holds 1 at 120 sq mi
    // (310.8 km²) to 7 at 16, an S 86 km² 0 to 2; per million USD 7 / 3.4 and 2 / 1.
    QCOMPARE(readAll(q("plain.csv")), contractHeader() + "\n"
                                      "1,1,3400000.00,7,7.722043,3400000.00,7,0,7,7.722043,7,7,7.722043,1,7,2.058824,,1\n"
                                      "2,2,1000000.00,2,2.075299,4400000.00,9,1,2,2.075299,2,2,2.075299,0,2,2.000000,,1\n"
                                      "3,3,1000000.00,2,2.075299,5400000.00,11,1,2,2.075299,2,2,2.075299,0,2,2.000000,,1\n"
                                      "4,4,1000000.00,2,2.075299,6400000.00,13,1,2,2.075299,2,2,2.075299,0,2,2.000000,,1\n"
                                      "5,5,1000000.00,2,2.075299,7400000.00,15,1,2,2.075299,2,2,2.075299,0,2,2.000000,,1\n");
    QVERIFY(!plain.out.contains(QStringLiteral("scenario base")) && !plain.out.contains(QStringLiteral("scenarios:")));
    const QJsonObject plainSummary = QJsonDocument::fromJson(readAll(q("plain.json"))).object();
    QVERIFY(!plainSummary.contains(QStringLiteral("scenarios")));

    QStringList args = layerArgs();
    args << QStringLiteral("--out") << q("scen.csv") << QStringLiteral("--summary") << q("scen.json") << QStringLiteral("--scenarios")
         << QStringLiteral("default");
    const test::CliResult run = test::runCli(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QList<QByteArray> before = readAll(q("plain.csv")).split('\n'), after = readAll(q("scen.csv")).split('\n');
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after[0], contractHeader() + ",scenarios_selected,scenarios_within_budget,scenarios");
    const QByteArray added[5] = {",3,7,7", ",4,0,7", ",4,0,7", ",4,0,7", ",4,0,7"};
    for (int i = 1; i < 6; ++i) QCOMPARE(after[i], before[i] + added[i - 1]);
    QVERIFY(run.out.contains(QStringLiteral("scenario T120: 1 leopards, 1 parcels for 3400000.00 USD")));
    QVERIFY(run.out.contains(QStringLiteral("7 scenarios: 0 parcels bought in every one, 5 in at least one")));

    // The summary: every key as before, then "scenarios". The run times differ from run to run:
    // only their keys must match.
    QJsonObject summary = QJsonDocument::fromJson(readAll(q("scen.json"))).object();
    const QJsonArray list = summary.take(QStringLiteral("scenarios")).toArray();
    QJsonObject plainWithoutTimes = plainSummary;
    for (const QString& key : {QStringLiteral("seconds"), QStringLiteral("phase_seconds")}) {
      QVERIFY2(summary.contains(key) && plainWithoutTimes.contains(key), qPrintable(key));
      if (summary[key].isObject())
        QCOMPARE(summary[key].toObject().keys(), plainWithoutTimes[key].toObject().keys());
      summary.remove(key);
      plainWithoutTimes.remove(key);
    }
    QCOMPARE(summary, plainWithoutTimes);
    QCOMPARE(list.size(), 7);
    const QJsonObject t120 = list[4].toObject();
    QCOMPARE(t120[QStringLiteral("name")].toString(), QStringLiteral("T120"));
    QCOMPARE(t120[QStringLiteral("overrides")].toObject()[QStringLiteral("territory_max_sqmi")].toInt(), 120);
    QCOMPARE(t120[QStringLiteral("leopards")].toInt(), 1);
    QCOMPARE(t120[QStringLiteral("cost")].toDouble(), 3.4e6);
    QCOMPARE(t120[QStringLiteral("selected_ids")].toArray(), QJsonArray({1}));
    QCOMPARE(t120[QStringLiteral("within_budget_parcels")].toInt(), 1);
    QCOMPARE(list[0].toObject()[QStringLiteral("selected_ids")].toArray(), QJsonArray({2, 3, 4, 5}));
  }

  void cliScenariosFile() {
    writeText("two.json", "[{\"name\": \"T120\", \"territory_min_sqmi\": 120, \"territory_max_sqmi\": 120}, {\"name\": \"T16\","
                          " \"territory_max_sqmi\": 16}]");
    QStringList args = layerArgs();
    args << QStringLiteral("--out") << q("two.csv") << QStringLiteral("--scenarios") << q("two.json");
    const test::CliResult run = test::runCli(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QList<QByteArray> rows = readAll(q("two.csv")).split('\n');
    QVERIFY(rows[1].startsWith("1,1,3400000.00,7,"));
    // B: not in the base optimum; bought under T120; within budget in both. S1: in the base optimum; bought under T16.
    QCOMPARE(rows[1].split(',')[7], QByteArray("0"));
    QVERIFY(rows[1].endsWith(",1,2,2"));
    QCOMPARE(rows[2].split(',')[7], QByteArray("1"));
    QVERIFY(rows[2].endsWith(",1,0,2"));
  }

  void cliBadScenarios() {
    writeText("bad.json", "[{\"name\": \"big\", \"territory_min_sqmi\": 200}]");
    QStringList args = layerArgs();
    args << QStringLiteral("--out") << q("bad.csv") << QStringLiteral("--scenarios") << q("bad.json");
    const test::CliResult bad = test::runCli(args);
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.err.trimmed().count(QLatin1Char('\n')), 0);  // one line, before any ranking progress
    QVERIFY2(bad.err.contains(q("bad.json")) && bad.err.contains(QStringLiteral("scenario 'big'")), qPrintable(bad.err));
    QVERIFY(!QFile::exists(q("bad.csv")));

    args.last() = q("missing.json");
    const test::CliResult missing = test::runCli(args);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(q("missing.json")), qPrintable(missing.err));

    args.last() = QString();
    QCOMPARE(test::runCli(args).exitCode, 2);
    QStringList same = layerArgs();  // the order would overwrite the scenarios file
    same << QStringLiteral("--out") << q("bad.json") << QStringLiteral("--scenarios") << q("bad.json");
    QCOMPARE(test::runCli(same).exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(TestRankScenarios)
#include "test_rank_scenarios.moc"
