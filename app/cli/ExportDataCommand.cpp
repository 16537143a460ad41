// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli export-data: a project's candidates (and parcels) as GeoPackage, Shapefile, GeoJSON, KML or
// CSV. The columns are a contract: see project/ProjectExport.h and docs/EXPORT.md.
#include <QCommandLineParser>
#include <QCoreApplication>

#include "cli/CliCommand.h"
#include "cli/OutputGuard.h"
#include "cli/ProjectOption.h"
#include "cli/ReserveCorridors.h"
#include "cli/CliProgress.h"
#include "geo/Error.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectExport.h"
#include "project/ProjectLocation.h"

namespace hp::cli {

static QString tr(const char* text) { return QCoreApplication::translate("habitat-cli", text); }

int runExportData(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      tr("Write a project's candidate reserves (and parcels with their capacity) for other GIS: the extension of "
         "--out picks GeoPackage (.gpkg), Shapefile (.shp), GeoJSON (.geojson), KML (.kml, WGS 84) or CSV (.csv)."));
  parser.addHelpOption();
  const QCommandLineOption projectOpt("project", tr("Project file (.hplan)"), "P");
  const QCommandLineOption candidateOpt("candidate", tr("Only this candidate (and with parcels, only its parcels)"), "NAME");
  const QCommandLineOption outOpt("out", tr("Output file: .gpkg, .shp, .geojson, .kml or .csv"), "FILE");
  const QCommandLineOption whatOpt(
      "what",
      tr("candidates (default), parcels, or both. Shapefile, GeoJSON and CSV hold one layer: both writes "
         "FILE_candidates and FILE_parcels"),
      "candidates|parcels|both", "candidates");
  const QCommandLineOption rankedOpt(
      "ranked", tr("Add the parcels' acquisition order (rank, gain_leopards, gain_fractional, leopards_per_musd; "
                   "as habitat-cli rank computes it) and each parcel beside the reserve (leopards_with_reserve, "
                   "added_leopards, added_leopards_min, added_leopards_max, added_per_musd) to the parcels layer"));
  const QCommandLineOption corridorsOpt(
      "corridors", tr("Add each candidate's least-cost corridor to the reserve (corridor_reachable, corridor_cost_km, "
                      "corridor_length_km, corridor_width_km; as habitat-cli corridors computes it, a few seconds) "
                      "to the candidates layer"));
  const QCommandLineOption progressOpt("progress", tr("Report progress on stderr"));
  parser.addOptions({projectOpt, candidateOpt, outOpt, whatOpt, rankedOpt, corridorsOpt, progressOpt});
  parser.addOption(allowExternalOption());
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;

  auto usage = [](const QString& message) {
    printErr(QStringLiteral("habitat-cli export-data: ") + message);
    return int(UsageError);
  };
  if (!parser.isSet(projectOpt)) return usage(tr("--project P is required"));
  if (!parser.isSet(outOpt)) return usage(tr("--out FILE is required"));
  const QString what = parser.value(whatOpt);
  if (what != QLatin1String("candidates") && what != QLatin1String("parcels") && what != QLatin1String("both"))
    return usage(tr("--what takes candidates, parcels or both"));
  if (parser.isSet(rankedOpt) && what == QLatin1String("candidates"))
    return usage(tr("--ranked adds columns to the parcels: use --what parcels or both"));
  if (parser.isSet(corridorsOpt) && what == QLatin1String("parcels"))
    return usage(tr("--corridors adds columns to the candidates: use --what candidates or both"));
  const std::string out = parser.value(outOpt).toStdString();
  try {
    project::exportFormatForPath(out);
  } catch (const Error&) {
    return usage(tr("%1: the output must end in .gpkg, .shp, .geojson, .kml or .csv").arg(parser.value(outOpt)));
  }

  const project::LoadedProject loaded = project::openProject(parser.value(projectOpt).toStdString(), externalPolicy(parser));
  if (outputIsAnInput("export-data", parser.value(outOpt), projectInputs(parser.value(projectOpt), loaded.project)))
    return UsageError;
  project::DataExportOptions options;
  options.candidate = parser.value(candidateOpt).toStdString();
  options.candidates = what != QLatin1String("parcels");
  options.parcels = what != QLatin1String("candidates");
  if (!options.candidate.empty() && !loaded.project.candidate(options.candidate))
    return usage(tr("the project has no candidate named '%1'").arg(parser.value(candidateOpt)));

  const project::ProjectData data = project::loadProjectData(loaded.project);
  const Progress progress = parser.isSet(progressOpt) ? stderrProgress() : Progress();
  std::vector<project::ParcelRank> ranks;
  if (parser.isSet(rankedOpt)) {
    // The order alone is wanted: no budget, so the optimum's search has nothing to do.
    ranking::RankingOptions rankingOptions;
    rankingOptions.timeLimitSeconds = 1;
    ranks = project::parcelRanks(
        ranking::rankParcels(ranking::rankingInputsFromProject(loaded.project), rankingOptions, progress).order);
    options.ranks = &ranks;
  }
  std::vector<project::CandidateCorridor> corridors;
  if (parser.isSet(corridorsOpt)) {
    corridors = candidateCorridors(loaded.project, reserveCorridors(loaded.project, data, progress));
    options.corridors = &corridors;
  }
  for (const std::string& file : project::exportProjectData(loaded.project, data, out, options, progress))
    printOut(QString::fromStdString(file));
  return Ok;
}

}  // namespace hp::cli
