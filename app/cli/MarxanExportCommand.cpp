// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli marxan-export: a parcel layer as Marxan input files (input.dat, pu.dat, spec.dat,
// puvspr.dat, bound.dat), for Marxan itself or for marxan-solve.
#include <QCommandLineParser>
#include <QCoreApplication>

#include "cli/CliCommand.h"
#include "cli/OutputGuard.h"
#include "io/VectorReader.h"
#include "marxan/MarxanExport.h"
#include "marxan/MarxanFiles.h"

namespace hp::cli {

static bool parseIds(const QStringList& values, std::vector<ParcelId>& ids) {
  for (const QString& value : values) {
    const auto parsed = parseParcelIdList(value.toStdString());
    if (!parsed) return false;
    ids.insert(ids.end(), parsed->begin(), parsed->end());
  }
  return true;
}

int runMarxanExport(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate(
      "habitat-cli", "Write a parcel layer as a Marxan problem: one planning unit per parcel, one feature per numeric field, "
                     "boundaries from shared parcel edges (km). Planning units are numbered (the parcel ids when all are whole "
                     "numbers); input/parcel_ids.csv says which parcel each number is."));
  parser.addHelpOption();
  const QCommandLineOption parcelsOption(QStringLiteral("parcels"), QCoreApplication::translate("habitat-cli", "Parcel polygons (projected CRS)"),
                                         QStringLiteral("FILE"));
  const QCommandLineOption idOption(QStringLiteral("id-field"), QCoreApplication::translate("habitat-cli", "Parcel id field (default parcel_id)"),
                                    QStringLiteral("NAME"), QStringLiteral("parcel_id"));
  const QCommandLineOption costOption(QStringLiteral("cost-field"), QCoreApplication::translate("habitat-cli", "Cost field (default price_usd)"),
                                      QStringLiteral("NAME"), QStringLiteral("price_usd"));
  const QCommandLineOption featureOption(QStringLiteral("feature-field"),
                                         QCoreApplication::translate("habitat-cli", "Numeric field to use as a conservation feature (repeatable)"),
                                         QStringLiteral("NAME"));
  const QCommandLineOption propOption(QStringLiteral("target-prop"),
                                      QCoreApplication::translate("habitat-cli", "Target as a proportion of each feature's total (default 0.3)"),
                                      QStringLiteral("P"), QStringLiteral("0.3"));
  const QCommandLineOption blmOption(QStringLiteral("blm"), QCoreApplication::translate("habitat-cli", "Boundary length modifier, cost per km (default 0)"),
                                     QStringLiteral("W"), QStringLiteral("0"));
  const QCommandLineOption lockInOption(QStringLiteral("lock-in"), QCoreApplication::translate("habitat-cli", "Parcel ids locked in (status 2)"),
                                        QStringLiteral("ID,ID"));
  const QCommandLineOption lockOutOption(QStringLiteral("lock-out"), QCoreApplication::translate("habitat-cli", "Parcel ids locked out (status 3)"),
                                         QStringLiteral("ID,ID"));
  const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("habitat-cli", "Output folder"), QStringLiteral("DIR"));
  parser.addOptions({parcelsOption, idOption, costOption, featureOption, propOption, blmOption, lockInOption, lockOutOption, outOption});
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;
  if (!parser.isSet(parcelsOption) || !parser.isSet(outOption) || !parser.isSet(featureOption)) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli marxan-export: --parcels FILE, --feature-field NAME and --out DIR are required"));
    return UsageError;
  }
  ranking::MarxanExportOptions options;
  options.idField = parser.value(idOption).toStdString();
  options.costField = parser.value(costOption).toStdString();
  for (const QString& f : parser.values(featureOption)) options.featureFields.push_back(f.toStdString());
  bool ok = false;
  options.targetProportion = parser.value(propOption).toDouble(&ok);
  if (!ok || options.targetProportion <= 0.0 || options.targetProportion > 1.0) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli marxan-export: --target-prop must lie in (0, 1]"));
    return UsageError;
  }
  options.blm = parser.value(blmOption).toDouble(&ok);
  if (!ok || options.blm < 0.0) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli marxan-export: --blm must be a number >= 0"));
    return UsageError;
  }
  if (!parseIds(parser.values(lockInOption), options.lockedIn) || !parseIds(parser.values(lockOutOption), options.lockedOut)) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli marxan-export: --lock-in and --lock-out take parcel ids separated by commas (an id holding a comma in double quotes)"));
    return UsageError;
  }

  VectorReadOptions read;
  read.polygonsOnly = true;
  if (outputIsAnInput("marxan-export", parser.value(outOption), {parser.value(parcelsOption)})) return UsageError;
  const VectorLayer parcels = readVectorLayer(parser.value(parcelsOption).toStdString(), read);
  for (const std::string& w : parcels.warnings) printErr(QCoreApplication::translate("habitat-cli", "habitat-cli marxan-export: warning: %1").arg(QString::fromStdString(w)));
  const ranking::MarxanLayerProblem layerProblem = ranking::marxanProblemFromLayer(parcels, options);
  const ranking::MarxanProblem& problem = layerProblem.problem;
  const std::string inputDat = ranking::writeMarxanLayerProject(parser.value(outOption).toStdString(), layerProblem);
  printOut(QCoreApplication::translate("habitat-cli", "%1 planning units, %2 features, %3 boundary rows")
               .arg(problem.units.size())
               .arg(problem.features.size())
               .arg(problem.boundaries.size()));
  printOut(QString::fromStdString(inputDat));
  return Ok;
}

}  // namespace hp::cli
