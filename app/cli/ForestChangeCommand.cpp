// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>
#include <QCoreApplication>

#include "cli/CliCommand.h"
#include "cli/OutputGuard.h"
#include "cli/ProjectOption.h"
#include "cli/CliProgress.h"
#include "project/ForestChange.h"
#include "project/ForestVersions.h"
#include "project/ProjectLocation.h"

namespace hp::cli {

static QString tr(const char* text) { return QCoreApplication::translate("habitat-cli", text); }

int runForestChange(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      tr("Compare two forest versions of a project: capacity before and after per parcel, candidate and reserve, "
         "and optionally the change map."));
  parser.addHelpOption();
  const QCommandLineOption projectOpt("project", tr("Project file (.hplan)"), "P");
  const QCommandLineOption fromOpt("from", tr("Forest version before (default 0, the original layer)"), "N", "0");
  const QCommandLineOption toOpt("to", tr("Forest version after: a number or 'latest' (default)"), "N", "latest");
  const QCommandLineOption outOpt("out", tr("CSV table of capacity before and after"), "OUT.csv");
  const QCommandLineOption mapOpt("map", tr("Also write the change map (GeoTIFF: 1 loss, 2 gain)"), "CHANGE.tif");
  const QCommandLineOption thresholdOpt("threshold", tr("Canopy change in points that counts as loss or gain (default 10)"),
                                        "PCT", "10");
  parser.addOptions({projectOpt, fromOpt, toOpt, outOpt, mapOpt, thresholdOpt});
  parser.addOption(allowExternalOption());
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;

  auto usage = [](const QString& message) {
    printErr(QStringLiteral("habitat-cli forest-change: ") + message);
    return int(UsageError);
  };
  if (!parser.isSet(projectOpt)) return usage(tr("--project P is required"));
  if (!parser.isSet(outOpt) && !parser.isSet(mapOpt)) return usage(tr("--out OUT.csv or --map CHANGE.tif is required"));
  const project::LoadedProject loaded = project::openProject(parser.value(projectOpt).toStdString(), externalPolicy(parser));
  for (const QCommandLineOption* o : {&outOpt, &mapOpt})
    if (outputIsAnInput("forest-change", parser.value(*o), projectInputs(parser.value(projectOpt), loaded.project))) return UsageError;
  const int latest = project::latestForestVersion(loaded.project);
  auto version = [&](const QString& text, int& out) {
    bool ok = false;
    out = text == QStringLiteral("latest") ? latest : text.toInt(&ok);
    return (text == QStringLiteral("latest") || ok) && out >= 0 && out <= latest;
  };
  int from = 0, to = 0;
  if (!version(parser.value(fromOpt), from)) return usage(tr("--from must be a forest version from 0 to %1").arg(latest));
  if (!version(parser.value(toOpt), to)) return usage(tr("--to must be a forest version from 0 to %1 or 'latest'").arg(latest));
  bool ok = false;
  const double threshold = parser.value(thresholdOpt).toDouble(&ok);
  if (!ok || threshold <= 0 || threshold > 100) return usage(tr("--threshold must be a number of points from 0 to 100"));

  if (parser.isSet(mapOpt)) {
    const project::ForestChangeCounts counts = project::writeForestChangeMap(
        project::forestPath(loaded.project, from), project::forestPath(loaded.project, to),
        parser.value(mapOpt).toStdString(), threshold, stderrProgress());
    printOut(QStringLiteral("loss_pixels\t%1").arg(counts.loss));
    printOut(QStringLiteral("gain_pixels\t%1").arg(counts.gain));
    printOut(QStringLiteral("unchanged_pixels\t%1").arg(counts.unchanged));
  }
  if (parser.isSet(outOpt)) {
    const auto rows = project::compareForestVersions(loaded.project, from, to, stderrProgress());
    project::writeCapacityChangeCsv(parser.value(outOpt).toStdString(), rows);
    long before = 0, after = 0;
    for (const auto& r : rows)
      if (r.kind == project::CapacityChange::Kind::Parcel) {
        before += r.before.leopards;
        after += r.after.leopards;
      }
    printOut(QStringLiteral("parcels_leopards_before\t%1").arg(before));
    printOut(QStringLiteral("parcels_leopards_after\t%1").arg(after));
  }
  return Ok;
}

}  // namespace hp::cli
