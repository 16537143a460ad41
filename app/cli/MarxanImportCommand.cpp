// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli marxan-import: a Marxan solution (output_best, output_ssoln) back as a candidate of a
// project or as an integer column of a copy of the parcel layer.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include "cli/CliCommand.h"
#include "cli/OutputGuard.h"
#include "cli/ProjectOption.h"
#include "io/VectorReader.h"
#include "io/VectorWriter.h"
#include "marxan/MarxanImport.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectLocation.h"

namespace hp::cli {

namespace {

QString text(const char* source) { return QCoreApplication::translate("habitat-cli", source); }

// The ids of the project's parcels, to check that the solution belongs to them; empty when the
// project has no parcel layer.
std::vector<ParcelId> projectParcelIds(const project::Project& project) {
  const project::LayerRef* layer = project.layer(project::LayerRole::Parcels);
  if (!layer) return {};
  VectorReadOptions read;
  read.layerName = layer->layerName;
  read.requireCrs = false;
  return project::projectParcelIds(readVectorLayer(layer->path, read));
}

}  // namespace

int runMarxanImport(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate(
      "habitat-cli", "Import a Marxan solution (output_best, output_ssoln) as a project candidate or as a parcel column. "
                     "Planning units are named by the parcel_ids.csv marxan-export writes (found beside the solution or in ../input), "
                     "else their numbers are the parcel ids."));
  parser.addHelpOption();
  const QCommandLineOption projectOption(QStringLiteral("project"), QCoreApplication::translate("habitat-cli", "Project file (.hplan) to add a candidate to"),
                                         QStringLiteral("P"));
  const QCommandLineOption solutionOption(QStringLiteral("solution"),
                                          QCoreApplication::translate("habitat-cli", "Marxan solution: output_best.csv, output_rNNNNN.csv or output_ssoln.csv"),
                                          QStringLiteral("FILE"));
  const QCommandLineOption candidateOption(QStringLiteral("candidate"),
                                           QCoreApplication::translate("habitat-cli", "Name of the new candidate (default: Marxan and the file name)"),
                                           QStringLiteral("NAME"));
  const QCommandLineOption parcelsOption(QStringLiteral("parcels"), QCoreApplication::translate("habitat-cli", "Parcel layer to copy with the solution as a column"),
                                         QStringLiteral("FILE"));
  const QCommandLineOption fieldOption(QStringLiteral("field"), QCoreApplication::translate("habitat-cli", "Name of the new integer column (default marxan)"),
                                       QStringLiteral("NAME"), QStringLiteral("marxan"));
  const QCommandLineOption idOption(QStringLiteral("id-field"), QCoreApplication::translate("habitat-cli", "Parcel id field (default parcel_id)"),
                                    QStringLiteral("NAME"), QStringLiteral("parcel_id"));
  const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("habitat-cli", "Output vector file for --parcels"), QStringLiteral("FILE"));
  const QCommandLineOption unitIdsOption(QStringLiteral("unit-ids"),
                                         QCoreApplication::translate("habitat-cli", "Table of planning units and parcel ids (puid,parcel_id; default: the "
                                                                                    "parcel_ids.csv marxan-export wrote)"),
                                         QStringLiteral("FILE"));
  parser.addOptions({projectOption, solutionOption, candidateOption, parcelsOption, fieldOption, idOption, outOption, unitIdsOption});
  parser.addOption(allowExternalOption());
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;
  auto usage = [](const char* message) {
    printErr(QStringLiteral("habitat-cli marxan-import: ") + text(message));
    return int(UsageError);
  };
  if (!parser.isSet(solutionOption)) return usage(QT_TRANSLATE_NOOP("habitat-cli", "--solution FILE is required"));
  if (parser.isSet(projectOption) == parser.isSet(parcelsOption))
    return usage(QT_TRANSLATE_NOOP("habitat-cli", "give either --project P or --parcels FILE --out FILE"));
  const std::string solutionPath = parser.value(solutionOption).toStdString();

  if (parser.isSet(projectOption)) {
    const std::string projectPath = parser.value(projectOption).toStdString();
    const QString name = parser.isSet(candidateOption)
                             ? parser.value(candidateOption)
                             : QStringLiteral("Marxan %1").arg(QFileInfo(parser.value(solutionOption)).completeBaseName());
    if (name.trimmed().isEmpty()) return usage(QT_TRANSLATE_NOOP("habitat-cli", "--candidate needs a name"));
    project::LoadedProject loaded = project::openProject(projectPath, externalPolicy(parser));
    // The project itself is rewritten on purpose; the solution and the layers never are.
    QStringList layers = projectInputs(parser.value(projectOption), loaded.project);
    layers.removeFirst();
    if (outputIsAnInput("marxan-import", parser.value(projectOption), layers + QStringList{parser.value(solutionOption), parser.value(unitIdsOption)}))
      return UsageError;
    const project::Project base = loaded.project;
    const auto ids = projectParcelIds(loaded.project);
    const project::Candidate& added =
        ranking::addMarxanCandidate(loaded.project, name.toStdString(), solutionPath, ids, parser.value(unitIdsOption).toStdString());
    const std::size_t count = added.parcelIds.size();
    project::saveProjectAt(loaded.project, projectPath, &base);
    printOut(text("candidate '%1': %2 parcels").arg(name).arg(count));
    printOut(QString::fromStdString(projectPath));
    return Ok;
  }

  if (!parser.isSet(outOption)) return usage(QT_TRANSLATE_NOOP("habitat-cli", "--parcels needs --out FILE"));
  const QString field = parser.value(fieldOption).trimmed();
  if (field.isEmpty()) return usage(QT_TRANSLATE_NOOP("habitat-cli", "--field needs a name"));
  if (outputIsAnInput("marxan-import", parser.value(outOption),
                      {parser.value(parcelsOption), parser.value(solutionOption), parser.value(unitIdsOption)}))
    return UsageError;
  VectorReadOptions read;
  read.requireCrs = false;
  const VectorLayer parcels = readVectorLayer(parser.value(parcelsOption).toStdString(), read);
  const ranking::MarxanSolutionColumn solution = ranking::readMarxanSolution(solutionPath);
  const VectorLayer out = ranking::withMarxanColumn(
      parcels, solution, solutionPath, field.toStdString(), parser.value(idOption).toStdString(),
      ranking::unitIdsForSolution(solutionPath, parser.value(unitIdsOption).toStdString()));
  const std::string outPath = parser.value(outOption).toStdString();
  writeVectorLayer(outPath, out, parcels.layerName.empty() ? std::string("parcels") : parcels.layerName);
  long selected = 0;
  for (const double v : solution.values) selected += v > 0 ? 1 : 0;
  printOut(text("%1 parcels, %2 with %3 > 0").arg(out.features.size()).arg(selected).arg(field));
  printOut(QString::fromStdString(outPath));
  return Ok;
}

}  // namespace hp::cli
