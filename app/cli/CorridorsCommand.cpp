// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli corridors: least-cost corridors from the existing reserve to each candidate (and between
// candidates) over a resistance surface from forest cover, roads and settlements (docs/MODEL.md).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include "cli/CliCommand.h"
#include "cli/CliProgress.h"
#include "cli/OutputGuard.h"
#include "cli/ProjectOption.h"
#include "corridor/Corridors.h"
#include "io/RasterSource.h"
#include "io/VectorReader.h"
#include "io/VectorWriter.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectLocation.h"

namespace hp::cli {

static QString tr(const char* text) { return QCoreApplication::translate("habitat-cli", text); }

int runCorridors(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      tr("Least-cost corridors from the existing reserve to each candidate, and between candidates: cost, "
         "length, width and the path, over a resistance surface from forest cover (docs/MODEL.md, Corridors)."));
  parser.addHelpOption();
  const corridor::ResistanceModel defaults;
  const QCommandLineOption projectOpt("project", tr("Project file (.hplan) or database project"), "P");
  const QCommandLineOption versionOpt("forest-version", tr("Forest version: a number or 'latest' (default: the active one)"), "N|latest");
  const QCommandLineOption cellOpt("cell", tr("Corridor grid cell in metres, a whole number of forest pixels (default %1)").arg(defaults.cellSizeM),
                                   "M", QString::number(defaults.cellSizeM));
  const QCommandLineOption slackOpt("slack", tr("Corridor: cells through which a path costs at most this much more than the least, km (default 1)"),
                                    "KM", "1");
  const QCommandLineOption roadsOpt("roads", tr("Road lines: each cell they touch costs %1 more").arg(defaults.roadResistance), "FILE");
  const QCommandLineOption settlementsOpt("settlements", tr("Settlement polygons: cells they touch have resistance %1").arg(defaults.settlementResistance),
                                          "FILE");
  const QCommandLineOption noPairsOpt("reserve-only", tr("Only the reserve to each candidate, not between candidates"));
  const QCommandLineOption outOpt("out", tr("Corridors with their paths: .gpkg, .geojson or .csv"), "OUT");
  parser.addOptions({projectOpt, versionOpt, cellOpt, slackOpt, roadsOpt, settlementsOpt, noPairsOpt, outOpt});
  parser.addOption(allowExternalOption());
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;

  auto usage = [](const QString& message) {
    printErr(QStringLiteral("habitat-cli corridors: ") + message);
    return int(UsageError);
  };
  if (!parser.isSet(projectOpt)) return usage(tr("--project P is required"));
  if (!parser.isSet(outOpt)) return usage(tr("--out OUT is required"));
  const QString out = parser.value(outOpt);
  const QString suffix = QFileInfo(out).suffix().toLower();
  if (suffix != QLatin1String("gpkg") && suffix != QLatin1String("geojson") && suffix != QLatin1String("csv"))
    return usage(tr("%1: the output must end in .gpkg, .geojson or .csv").arg(out));
  corridor::CorridorOptions options;
  bool ok = false;
  options.resistance.cellSizeM = parser.value(cellOpt).toDouble(&ok);
  if (!ok || options.resistance.cellSizeM <= 0) return usage(tr("--cell must be a positive number of metres"));
  options.slackKm = parser.value(slackOpt).toDouble(&ok);
  if (!ok || options.slackKm < 0) return usage(tr("--slack must be a number of km from 0"));
  options.betweenCandidates = !parser.isSet(noPairsOpt);

  const project::LoadedProject loaded = project::openProject(parser.value(projectOpt).toStdString(), externalPolicy(parser));
  QStringList inputs = projectInputs(parser.value(projectOpt), loaded.project);
  inputs << parser.value(roadsOpt) << parser.value(settlementsOpt);
  if (outputIsAnInput("corridors", out, inputs)) return UsageError;
  int version = -1;
  if (parser.isSet(versionOpt)) {
    const std::optional<int> v = forestVersionValue(parser.value(versionOpt), loaded.project);
    version = v.value_or(-1);
    if (!v) return usage(tr("--forest-version takes a version number or 'latest'"));
  }
  const project::ProjectData data = project::loadProjectData(loaded.project, version);
  std::optional<VectorLayer> roads, settlements;
  if (parser.isSet(roadsOpt)) roads = readVectorLayer(parser.value(roadsOpt).toStdString(), {});
  if (parser.isSet(settlementsOpt)) {
    VectorReadOptions polygons;
    polygons.polygonsOnly = true;
    settlements = readVectorLayer(parser.value(settlementsOpt).toStdString(), polygons);
  }
  options.roads = roads ? &*roads : nullptr;
  options.settlements = settlements ? &*settlements : nullptr;

  const std::vector<corridor::CorridorLink> links = corridor::projectCorridors(loaded.project, data, options, stderrProgress());
  const RasterSource forest = RasterSource::open(data.forestPath);
  writeVectorLayer(out.toStdString(), corridor::corridorsLayer(links, forest.info().crs));
  // One line per link for a person reading the terminal; the file holds the same and the paths.
  for (const corridor::CorridorLink& l : links)
    printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                 .arg(QString::fromStdString(l.from), QString::fromStdString(l.to),
                      l.reachable ? QString::number(l.costKm, 'f', 3) : QStringLiteral("unreachable"),
                      QString::number(l.lengthKm, 'f', 3), QString::number(l.widthKm, 'f', 3),
                      QString::number(l.corridorAreaKm2, 'f', 3)));
  return Ok;
}

}  // namespace hp::cli
