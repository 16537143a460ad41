// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include "cli/CliCommand.h"
#include "cli/ProjectOption.h"
#include "cli/CliProgress.h"
#include "geo/Error.h"
#include "imagery/ForestImport.h"
#include "project/ForestVersions.h"
#include "project/ProjectLocation.h"

namespace hp::cli {

static QString tr(const char* text) { return QCoreApplication::translate("habitat-cli", text); }

int runImportLayer(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(tr("Import new imagery as a dated forest-cover version of a project."));
  parser.addHelpOption();
  const QCommandLineOption projectOpt("project", tr("Project file (.hplan)"), "P");
  const QCommandLineOption fileOpt("file", tr("Input raster; repeat for several tiles"), "F");
  const QCommandLineOption methodOpt("method", tr("canopy, ndvi, classes or loss"), "METHOD", "canopy");
  const QCommandLineOption bandOpt("band", tr("Band holding canopy %, classes or loss years (default 1)"), "N", "1");
  const QCommandLineOption redOpt("red-band", tr("Red band for NDVI (Sentinel-2: B4, Landsat 8/9: B4)"), "N");
  const QCommandLineOption nirOpt("nir-band", tr("Near-infrared band for NDVI (Sentinel-2: B8, Landsat 8/9: B5)"), "N");
  const QCommandLineOption classesOpt("classes", tr("CSV table class,canopy_pct; 'worldcover' for ESA WorldCover"), "TABLE.csv");
  const QCommandLineOption lossOpt("loss-from", tr("Apply forest loss from this year on"), "YEAR");
  const QCommandLineOption dateOpt("date", tr("Date of the imagery, YYYY-MM-DD"), "DATE");
  parser.addOptions({projectOpt, fileOpt, methodOpt, bandOpt, redOpt, nirOpt, classesOpt, lossOpt, dateOpt});
  parser.addOption(allowExternalOption());
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;

  auto usage = [&](const QString& message) {
    printErr(QStringLiteral("habitat-cli import-layer: ") + message);
    return int(UsageError);
  };
  if (!parser.isSet(projectOpt)) return usage(tr("--project P is required"));
  if (!parser.isSet(fileOpt)) return usage(tr("--file F is required"));

  imagery::ImportRequest request;
  for (const QString& f : parser.values(fileOpt)) request.files.push_back(f.toStdString());
  const QString method = parser.value(methodOpt);
  bool ok = true;
  request.band = parser.value(bandOpt).toInt(&ok);
  if (!ok || request.band < 1) return usage(tr("--band must be a band number from 1"));
  if (method == "canopy") {
    request.method = imagery::ImportMethod::Canopy;
  } else if (method == "ndvi") {
    request.method = imagery::ImportMethod::Ndvi;
    bool okRed = false, okNir = false;
    request.redBand = parser.value(redOpt).toInt(&okRed);
    request.nirBand = parser.value(nirOpt).toInt(&okNir);
    if (!okRed || !okNir) return usage(tr("--method ndvi needs --red-band N and --nir-band N"));
  } else if (method == "classes") {
    request.method = imagery::ImportMethod::Classes;
    const QString table = parser.value(classesOpt);
    if (table.isEmpty()) return usage(tr("--method classes needs --classes TABLE.csv"));
    if (table == "worldcover") {
      request.classes = imagery::worldCoverTable();
    } else {
      QFile file(table);
      if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::FileNotFound, table.toStdString(), file.errorString().toStdString());
      request.classes = imagery::parseClassTable(file.readAll().toStdString(), table.toStdString());
    }
  } else if (method == "loss") {
    request.method = imagery::ImportMethod::Loss;
    request.lossFromYear = parser.value(lossOpt).toInt(&ok);
    if (!ok || request.lossFromYear < 1900) return usage(tr("--method loss needs --loss-from YEAR"));
  } else {
    return usage(tr("unknown --method '%1' (canopy, ndvi, classes or loss)").arg(method));
  }

  const std::string projectPath = parser.value(projectOpt).toStdString();
  project::LoadedProject loaded = project::openProject(projectPath, externalPolicy(parser));
  const project::Project base = loaded.project;
  // Before the import's minutes of work and its raster beside the project, not after.
  project::requireWritableAt(projectPath, "importing imagery");
  // A database project has no folder of its own: its new raster goes to forest_versions/ here.
  const std::string filesBeside = project::isDatabaseLocation(projectPath) ? "project.hplan" : projectPath;
  imagery::ImportSummary summary;
  const project::ForestVersion version = project::importForestVersion(
      loaded.project, filesBeside, request, parser.value(dateOpt).toStdString(), &summary, stderrProgress());
  project::saveProjectAt(loaded.project, projectPath, &base);

  printOut(QStringLiteral("version\t%1").arg(version.id));
  printOut(QStringLiteral("path\t%1").arg(QString::fromStdString(version.path)));
  printOut(QStringLiteral("covered_pct\t%1").arg(100.0 * double(summary.covered) / double(std::max(1LL, summary.pixels)), 0, 'f', 2));
  printOut(QStringLiteral("lost_pixels\t%1").arg(summary.lost));
  printOut(QStringLiteral("gained_pixels\t%1").arg(summary.gained));
  printOut(QStringLiteral("mean_canopy_before\t%1").arg(summary.meanCanopyBefore, 0, 'f', 2));
  printOut(QStringLiteral("mean_canopy_after\t%1").arg(summary.meanCanopyAfter, 0, 'f', 2));
  return Ok;
}

}  // namespace hp::cli
