// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli rank: the acquisition order of the parcels and the best set within a budget
// (docs/RANKING.md). ORDER.csv's columns and the summary's keys are a contract scripts rely on.
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>
#include <optional>

#include "capacity/ModelFile.h"
#include "cli/CliCommand.h"
#include "cli/OutputGuard.h"
#include "cli/ProjectOption.h"
#include "cli/CliProgress.h"
#include "corridor/ResistanceGrid.h"
#include "project/ForestVersions.h"
#include "project/ProjectLocation.h"
#include "ranking/ParcelRanking.h"
#include "ranking/Scenarios.h"

namespace hp::cli {

namespace {

// Every value of a repeatable id option, each a comma list (parseParcelIdList).
bool parseIds(const QStringList& values, std::vector<ParcelId>& ids) {
  for (const QString& value : values) {
    const auto parsed = parseParcelIdList(value.toStdString());
    if (!parsed) return false;
    ids.insert(ids.end(), parsed->begin(), parsed->end());
  }
  return true;
}

// A number ≥ 0 (C locale, whatever the process locale).
bool parseNonNegative(const QString& text, double& value) {
  bool ok = false;
  value = text.toDouble(&ok);
  return ok && std::isfinite(value) && value >= 0;
}

}  // namespace

int runRank(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      QCoreApplication::translate("habitat-cli", "Rank parcels for acquisition: a greedy order by leopards gained per dollar, and the set that holds the most "
         "leopards within a budget (docs/RANKING.md)."));
  parser.addHelpOption();
  const QCommandLineOption forestOpt(QStringLiteral("forest"), QCoreApplication::translate("habitat-cli", "Forest canopy cover raster, 0-100 %"), QStringLiteral("F"));
  const QCommandLineOption basinsOpt(QStringLiteral("basins"), QCoreApplication::translate("habitat-cli", "River basin polygons: habitat lies only inside them"),
                                     QStringLiteral("B"));
  const QCommandLineOption parcelsOpt(QStringLiteral("parcels"), QCoreApplication::translate("habitat-cli", "Parcel polygons with an id and a price"), QStringLiteral("P"));
  const QCommandLineOption reserveOpt(QStringLiteral("reserve"), QCoreApplication::translate("habitat-cli", "Existing reserve polygons: always in, parcels next to it join its patches"),
                                      QStringLiteral("R"));
  const QCommandLineOption modelOpt(QStringLiteral("model"), QCoreApplication::translate("habitat-cli", "Model configuration (JSON); defaults when left out"), QStringLiteral("M.json"));
  const QCommandLineOption idOpt(QStringLiteral("id-field"), QCoreApplication::translate("habitat-cli", "Parcel id field (default parcel_id, else the feature id)"),
                                 QStringLiteral("NAME"));
  const QCommandLineOption costOpt(QStringLiteral("cost-field"), QCoreApplication::translate("habitat-cli", "Parcel price field in USD (default price_usd)"), QStringLiteral("NAME"));
  const QCommandLineOption budgetOpt(QStringLiteral("budget"), QCoreApplication::translate("habitat-cli", "Money available, USD"), QStringLiteral("USD"));
  const QCommandLineOption blmOpt(QStringLiteral("blm"), QCoreApplication::translate("habitat-cli", "Compactness: leopards given up per km of the selection's boundary (default 0)"),
                                  QStringLiteral("W"));
  const QCommandLineOption lockInOpt(QStringLiteral("lock-in"), QCoreApplication::translate("habitat-cli", "Parcel ids always bought"), QStringLiteral("ID,ID"));
  const QCommandLineOption lockOutOpt(QStringLiteral("lock-out"), QCoreApplication::translate("habitat-cli", "Parcel ids never bought"), QStringLiteral("ID,ID"));
  const QCommandLineOption timeOpt(QStringLiteral("time-limit"), QCoreApplication::translate("habitat-cli", "Seconds for the budget optimum's search (default 60)"),
                                   QStringLiteral("S"));
  const QCommandLineOption seedOpt(QStringLiteral("seed"), QCoreApplication::translate("habitat-cli", "Seed of the solver (default 1)"), QStringLiteral("N"));
  const QCommandLineOption outOpt(QStringLiteral("out"), QCoreApplication::translate("habitat-cli", "The acquisition order, CSV"), QStringLiteral("ORDER.csv"));
  const QCommandLineOption summaryOpt(QStringLiteral("summary"), QCoreApplication::translate("habitat-cli", "The budget optimum's summary, JSON"), QStringLiteral("S.json"));
  const QCommandLineOption projectOpt(QStringLiteral("project"),
                                      QCoreApplication::translate("habitat-cli", "Project (.hplan): its forest, basins, parcels, reserve and model"), QStringLiteral("P.hplan"));
  const QCommandLineOption versionOpt(QStringLiteral("forest-version"),
                                      QCoreApplication::translate("habitat-cli", "With --project: forest version N (0 = the original) or 'latest' (default: the active one)"),
                                      QStringLiteral("N|latest"));
  const QCommandLineOption scenariosOpt(
      QStringLiteral("scenarios"),
      QCoreApplication::translate("habitat-cli", "Also rank under other model assumptions and count, per parcel, in how many it is bought: 'default' (the "
                                                 "built-in grid: territory 16, 40, 80, 120 sq mi, habitat threshold ±10) or a JSON list of model overrides"),
      QStringLiteral("default|FILE.json"));
  const QCommandLineOption reachOpt(
      QStringLiteral("reach-km"),
      QCoreApplication::translate("habitat-cli", "Value of connecting: parcels whose least-cost distance from the existing reserve is above KM (km through "
                                                 "full forest, as habitat-cli corridors) add no leopards"),
      QStringLiteral("KM"));
  const corridor::ResistanceModel resistance;
  const QCommandLineOption cellOpt(QStringLiteral("corridor-cell"),
                                   QCoreApplication::translate("habitat-cli", "With --reach-km: the corridor grid cell in metres (default %1)").arg(resistance.cellSizeM),
                                   QStringLiteral("M"));
  const QCommandLineOption roadsOpt(QStringLiteral("roads"),
                                    QCoreApplication::translate("habitat-cli", "With --reach-km: road lines, each cell they touch costs %1 more").arg(resistance.roadResistance),
                                    QStringLiteral("FILE"));
  const QCommandLineOption settlementsOpt(
      QStringLiteral("settlements"),
      QCoreApplication::translate("habitat-cli", "With --reach-km: settlement polygons, cells they touch have resistance %1").arg(resistance.settlementResistance),
      QStringLiteral("FILE"));
  parser.addOptions({forestOpt, basinsOpt, parcelsOpt, reserveOpt, modelOpt, idOpt, costOpt, budgetOpt, blmOpt, lockInOpt,
                     lockOutOpt, timeOpt, seedOpt, outOpt, summaryOpt, projectOpt, versionOpt, scenariosOpt, reachOpt, cellOpt, roadsOpt,
                     settlementsOpt});
  parser.addOption(allowExternalOption());
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;

  auto usage = [](const QString& message) {
    printErr(QStringLiteral("habitat-cli rank: ") + message);
    return int(UsageError);
  };
  const bool fromProject = parser.isSet(projectOpt);
  if (fromProject) {
    for (const QCommandLineOption* o : {&forestOpt, &basinsOpt, &parcelsOpt, &reserveOpt})
      if (parser.isSet(*o)) return usage(QCoreApplication::translate("habitat-cli", "--%1 and --project exclude each other").arg(o->names().constFirst()));
  } else if (parser.isSet(versionOpt)) {
    return usage(QCoreApplication::translate("habitat-cli", "--forest-version needs --project"));
  }
  const auto required = fromProject ? std::vector<const QCommandLineOption*>{&budgetOpt, &outOpt}
                                    : std::vector<const QCommandLineOption*>{&forestOpt, &basinsOpt, &parcelsOpt, &budgetOpt, &outOpt};
  for (const QCommandLineOption* o : required)
    if (!parser.isSet(*o)) return usage(QCoreApplication::translate("habitat-cli", "--%1 is required").arg(o->names().constFirst()));

  ranking::RankingOptions options;
  if (!parseNonNegative(parser.value(budgetOpt), options.budget)) return usage(QCoreApplication::translate("habitat-cli", "--budget takes an amount in USD, 0 or more"));
  if (parser.isSet(blmOpt) && !parseNonNegative(parser.value(blmOpt), options.blm))
    return usage(QCoreApplication::translate("habitat-cli", "--blm takes a number, 0 or more"));
  if (parser.isSet(timeOpt) && (!parseNonNegative(parser.value(timeOpt), options.timeLimitSeconds) || options.timeLimitSeconds <= 0))
    return usage(QCoreApplication::translate("habitat-cli", "--time-limit takes a number of seconds above 0"));
  if (parser.isSet(seedOpt)) {
    bool ok = false;
    options.seed = parser.value(seedOpt).toUInt(&ok);
    if (!ok) return usage(QCoreApplication::translate("habitat-cli", "--seed takes a whole number"));
  }
  if (!parseIds(parser.values(lockInOpt), options.lockIn) || !parseIds(parser.values(lockOutOpt), options.lockOut))
    return usage(QCoreApplication::translate("habitat-cli", "--lock-in and --lock-out take parcel ids separated by commas (an id holding a comma in double quotes)"));

  if (parser.isSet(reachOpt)) {
    ranking::ReachOptions reach;
    if (!parseNonNegative(parser.value(reachOpt), reach.maxCostKm))
      return usage(QCoreApplication::translate("habitat-cli", "--reach-km takes a number of km, 0 or more"));
    if (parser.isSet(cellOpt) && (!parseNonNegative(parser.value(cellOpt), reach.resistance.cellSizeM) || reach.resistance.cellSizeM <= 0))
      return usage(QCoreApplication::translate("habitat-cli", "--corridor-cell must be a positive number of metres"));
    reach.roadsPath = parser.value(roadsOpt).toStdString();
    reach.settlementsPath = parser.value(settlementsOpt).toStdString();
    options.reach = reach;
  } else {
    for (const QCommandLineOption* o : {&cellOpt, &roadsOpt, &settlementsOpt})
      if (parser.isSet(*o)) return usage(QCoreApplication::translate("habitat-cli", "--%1 needs --reach-km").arg(o->names().constFirst()));
  }

  QStringList inputPaths;
  const bool builtInScenarios = parser.value(scenariosOpt) == QLatin1String("default");
  if (parser.isSet(scenariosOpt) && parser.value(scenariosOpt).isEmpty())
    return usage(QCoreApplication::translate("habitat-cli", "--scenarios takes 'default' or a JSON file"));
  for (const QCommandLineOption* o : {&forestOpt, &basinsOpt, &parcelsOpt, &reserveOpt, &modelOpt, &projectOpt, &roadsOpt, &settlementsOpt})
    inputPaths << parser.value(*o);
  if (parser.isSet(scenariosOpt) && !builtInScenarios) inputPaths << parser.value(scenariosOpt);
  for (const QCommandLineOption* o : {&outOpt, &summaryOpt})
    if (outputIsAnInput("rank", parser.value(*o), inputPaths)) return UsageError;
  ranking::RankingInputs inputs;
  if (fromProject) {
    const project::Project proj = project::openProject(parser.value(projectOpt).toStdString(), externalPolicy(parser)).project;
    for (const QCommandLineOption* o : {&outOpt, &summaryOpt})
      if (outputIsAnInput("rank", parser.value(*o), projectInputs(parser.value(projectOpt), proj))) return UsageError;
    int version = -1;
    if (parser.isSet(versionOpt)) {
      const std::optional<int> v = forestVersionValue(parser.value(versionOpt), proj);
      version = v.value_or(-1);
      if (!v) return usage(QCoreApplication::translate("habitat-cli", "--forest-version takes a version number or 'latest'"));
    }
    inputs = ranking::rankingInputsFromProject(proj, version);
  } else {
    inputs.forestPath = parser.value(forestOpt).toStdString();
    inputs.basinsPath = parser.value(basinsOpt).toStdString();
    inputs.parcelsPath = parser.value(parcelsOpt).toStdString();
    inputs.reservePath = parser.value(reserveOpt).toStdString();
  }
  if (parser.isSet(modelOpt)) inputs.model = capacity::readModelFile(parser.value(modelOpt).toStdString());
  if (parser.isSet(idOpt)) inputs.idField = parser.value(idOpt).toStdString();
  if (parser.isSet(costOpt)) inputs.costField = parser.value(costOpt).toStdString();

  // Without --scenarios, one ranking and today's files byte for byte (a contract scripts rely on).
  std::optional<ranking::ScenarioRanking> scenarios;
  if (parser.isSet(scenariosOpt)) {
    // Read before the long runs: a bad scenarios file fails at once.
    const std::vector<ranking::Scenario> set = builtInScenarios ? ranking::defaultScenarios(inputs.model)
                                                                : ranking::readScenariosFile(parser.value(scenariosOpt).toStdString(), inputs.model);
    scenarios = ranking::rankScenarios(inputs, options, set, stderrProgress("rank"));
  }
  const ranking::RankingResult result = scenarios ? scenarios->base : ranking::rankParcels(inputs, options, stderrProgress("rank"));
  for (const std::string& w : result.warnings) printErr(QCoreApplication::translate("habitat-cli", "habitat-cli rank: warning: %1").arg(QString::fromStdString(w)));
  const std::string out = parser.value(outOpt).toStdString();
  if (scenarios) ranking::writeScenarioRankingCsv(*scenarios, out);
  else ranking::writeRankingCsv(result, out);
  if (parser.isSet(summaryOpt)) {
    if (scenarios) ranking::writeScenarioSummaryJson(*scenarios, parser.value(summaryOpt).toStdString());
    else ranking::writeRankingSummaryJson(result, parser.value(summaryOpt).toStdString());
  }

  printOut(QCoreApplication::translate("habitat-cli", "selected %1 of %2 parcels for %3 USD (budget %4): %5 leopards (%6 fractional), %7 with the reserve alone")
               .arg(result.selectedIds.size())
               .arg(result.order.size())
               .arg(result.cost, 0, 'f', 2)
               .arg(result.budget, 0, 'f', 2)
               .arg(result.leopards)
               .arg(result.leopardsFractional, 0, 'f', 3)
               .arg(result.reserveLeopards));
  if (std::isfinite(result.boundaryKm))
    printOut(QCoreApplication::translate("habitat-cli", "area %1 km², boundary %2 km").arg(result.areaKm2, 0, 'f', 3).arg(result.boundaryKm, 0, 'f', 3));
  printOut(result.provenOptimal
               ? QCoreApplication::translate("habitat-cli", "proven optimal (no selection within the budget holds more than %1 leopards)")
                     .arg(result.leopardsUpperBound)
               : QCoreApplication::translate("habitat-cli", "proven gap %1 %: no selection within the budget holds more than %2 leopards")
                     .arg(QString::number(result.optimalityGap * 100, 'f', 2))
                     .arg(result.leopardsUpperBound));
  if (result.seconds >= 0) {
    const ranking::RankingSeconds& t = result.phaseSeconds;
    printOut(QCoreApplication::translate("habitat-cli", "%1 s: atoms %2 s, shared boundaries %3 s, greedy order %4 s, budget optimum %5 s%6")
                 .arg(result.seconds, 0, 'f', 2)
                 .arg(t.atoms, 0, 'f', 2)
                 .arg(t.boundaries, 0, 'f', 2)
                 .arg(t.greedyOrder, 0, 'f', 2)
                 .arg(t.budgetOptimum, 0, 'f', 2)
                 .arg(result.timeLimitReached ? QCoreApplication::translate("habitat-cli", " (stopped by the time limit)") : QString()));
  }
  if (std::isfinite(result.reachMaxCostKm))
    printOut(QCoreApplication::translate("habitat-cli", "%1 parcels beyond reach (farther than %2 km of least cost from the reserve) add no leopards")
                 .arg(result.unreachableParcels)
                 .arg(result.reachMaxCostKm, 0, 'f', 3));
  if (scenarios) {
    for (const ranking::ScenarioOutcome& o : scenarios->scenarios)
      printOut(QCoreApplication::translate("habitat-cli", "scenario %1: %2 leopards, %3 parcels for %4 USD")
                   .arg(QString::fromStdString(o.name))
                   .arg(o.leopards)
                   .arg(o.selectedIds.size())
                   .arg(o.cost, 0, 'f', 2));
    const ranking::ScenarioAgreement agreement = ranking::agreementOf(*scenarios);
    printOut(QCoreApplication::translate("habitat-cli", "%1 scenarios: %2 parcels bought in every one, %3 in at least one")
                 .arg(scenarios->scenarios.size())
                 .arg(agreement.inEvery)
                 .arg(agreement.inAny));
  }
  printOut(QString::fromStdString(out));
  if (parser.isSet(summaryOpt)) printOut(parser.value(summaryOpt));
  return Ok;
}

}  // namespace hp::cli
