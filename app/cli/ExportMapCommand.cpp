// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli export-map: a project's map as a printed page (PDF, SVG, PNG) in the reader's language, or
// its map frame alone as a georeferenced GeoTIFF.
// Runs under the QGuiApplication main() makes for it (offscreen platform): fonts and painters need QtGui.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <unordered_map>

#include "cli/CliCommand.h"
#include "cli/CliProgress.h"
#include "cli/OutputGuard.h"
#include "cli/ProjectOption.h"
#include "cli/ReserveCorridors.h"
#include "export/LayoutContent.h"
#include "export/MapExport.h"
#include "export/MapGeoTiff.h"
#include "export/MapLayout.h"
#include "io/RasterSource.h"
#include "mapkit/layers/CorridorMapLayer.h"
#include "project/ProjectCapacity.h"
#include "mapkit/layers/RobustnessMapLayer.h"
#include "project/ProjectLocation.h"
#include "ranking/Scenarios.h"

namespace hp::cli {

int runExportMap(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("habitat-cli", "A project's map as one printed page: title, map, legend, scale bars, north arrow, "
                                      "graticule, locator, the candidates' figures; PDF, SVG or PNG."));
  parser.addHelpOption();
  const QCommandLineOption projectOpt(QStringLiteral("project"), QCoreApplication::translate("habitat-cli", "Project (.hplan)"), QStringLiteral("P.hplan"));
  const QCommandLineOption candidateOpt(QStringLiteral("candidate"), QCoreApplication::translate("habitat-cli", "Fit the map to this candidate (default: the project's view)"),
                                        QStringLiteral("NAME"));
  const QCommandLineOption outOpt(QStringLiteral("out"), QCoreApplication::translate("habitat-cli", "Output: .pdf, .svg or .png (the page), or .tif (the map alone, georeferenced)"),
                                  QStringLiteral("FILE"));
  const QCommandLineOption langOpt(QStringLiteral("lang"), QCoreApplication::translate("habitat-cli", "Language of the page: en, ru, zh_CN, ko, en+ru, en+zh_CN or en+ko"),
                                   QStringLiteral("LANG"), QStringLiteral("en"));
  const QCommandLineOption pageOpt(QStringLiteral("page"), QCoreApplication::translate("habitat-cli", "Paper: A4, A3 or Letter (default A4)"), QStringLiteral("SIZE"),
                                   QStringLiteral("A4"));
  const QCommandLineOption landscapeOpt(QStringLiteral("landscape"), QCoreApplication::translate("habitat-cli", "Landscape instead of portrait"));
  const QCommandLineOption dpiOpt(QStringLiteral("dpi"), QCoreApplication::translate("habitat-cli", "Pixels per inch of a PNG, and of rasters inside a PDF or SVG (default 150)"),
                                  QStringLiteral("N"), QStringLiteral("150"));
  const QCommandLineOption titleOpt(QStringLiteral("title"), QCoreApplication::translate("habitat-cli", "Title of the page (default: a title in the page's language)"),
                                    QStringLiteral("TEXT"));
  const QCommandLineOption corridorsOpt(QStringLiteral("corridors"), QCoreApplication::translate("habitat-cli", "Draw each candidate's least-cost corridor to the reserve, with a legend line and the corridor's cost, length and width in the table (as habitat-cli corridors computes them, a few seconds)"));
  const QCommandLineOption robustnessOpt(
      QStringLiteral("robustness"),
      QCoreApplication::translate("habitat-cli", "Also map how robust the ranking is: parcels coloured by in how many scenarios the budget optimum buys "
                                                 "them ('default': the built-in grid, or a JSON list of model overrides, as rank --scenarios); needs --budget"),
      QStringLiteral("default|FILE.json"));
  const QCommandLineOption budgetOpt(QStringLiteral("budget"), QCoreApplication::translate("habitat-cli", "With --robustness: the ranking's budget, USD"),
                                     QStringLiteral("USD"));
  const QCommandLineOption timeOpt(QStringLiteral("time-limit"),
                                   QCoreApplication::translate("habitat-cli", "With --robustness: seconds for each budget optimum's search (default 60)"),
                                   QStringLiteral("S"));
  parser.addOptions({projectOpt, candidateOpt, outOpt, langOpt, pageOpt, landscapeOpt, dpiOpt, titleOpt, robustnessOpt, budgetOpt, timeOpt, corridorsOpt});
  parser.addOption(allowExternalOption());
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;

  for (const QCommandLineOption* required : {&projectOpt, &outOpt})
    if (!parser.isSet(*required)) {
      printErr(QCoreApplication::translate("habitat-cli", "habitat-cli export-map: --%1 is required").arg(required->names().constFirst()));
      return UsageError;
    }
  const QString out = parser.value(outOpt);
  const QString suffix = QFileInfo(out).suffix().toLower();
  // Dispatch by extension: the page (.pdf, .svg, .png) or the map frame alone as a georeferenced GeoTIFF.
  const bool geoTiff = exporting::isGeoTiffPath(out);
  if (!geoTiff && !exporting::mapFormatForPath(out)) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli export-map: %1: the output must end in .pdf, .svg, .png or .tif").arg(out));
    return UsageError;
  }
  exporting::LayoutOptions options;
  options.language = parser.value(langOpt);
  if (!exporting::isLayoutLanguage(options.language)) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli export-map: --lang must be one of %1").arg(exporting::layoutLanguages().join(QStringLiteral(", "))));
    return UsageError;
  }
  exporting::PageSetup page;
  const auto paper = exporting::PageSetup::paperFromName(parser.value(pageOpt));
  if (!paper) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli export-map: --page must be A4, A3 or Letter"));
    return UsageError;
  }
  page.paper = *paper;
  page.landscape = parser.isSet(landscapeOpt);
  bool ok = false;
  page.dpi = parser.value(dpiOpt).toInt(&ok);
  if (!ok || page.dpi < 30 || page.dpi > 1200) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli export-map: --dpi must be a whole number from 30 to 1200"));
    return UsageError;
  }
  options.title = parser.value(titleOpt);
  const bool robustness = parser.isSet(robustnessOpt);
  ranking::RankingOptions rankOptions;
  if (robustness) {
    if (parser.value(robustnessOpt).isEmpty()) {
      printErr(QCoreApplication::translate("habitat-cli", "habitat-cli export-map: --robustness takes 'default' or a JSON file"));
      return UsageError;
    }
    bool budgetOk = false;
    rankOptions.budget = parser.value(budgetOpt).toDouble(&budgetOk);
    if (!parser.isSet(budgetOpt) || !budgetOk || !std::isfinite(rankOptions.budget) || rankOptions.budget < 0) {
      printErr(QCoreApplication::translate("habitat-cli", "habitat-cli export-map: --robustness needs --budget, an amount in USD, 0 or more"));
      return UsageError;
    }
    if (parser.isSet(timeOpt)) {
      bool timeOk = false;
      rankOptions.timeLimitSeconds = parser.value(timeOpt).toDouble(&timeOk);
      if (!timeOk || !std::isfinite(rankOptions.timeLimitSeconds) || rankOptions.timeLimitSeconds <= 0) {
        printErr(QCoreApplication::translate("habitat-cli", "habitat-cli export-map: --time-limit takes a number of seconds above 0"));
        return UsageError;
      }
    }
  } else if (parser.isSet(budgetOpt) || parser.isSet(timeOpt)) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli export-map: --budget and --time-limit need --robustness"));
    return UsageError;
  }
  const bool builtInScenarios = parser.value(robustnessOpt) == QLatin1String("default");

  const project::LoadedProject loaded = project::openProject(parser.value(projectOpt).toStdString(), externalPolicy(parser));
  QStringList inputs = projectInputs(parser.value(projectOpt), loaded.project);
  if (robustness && !builtInScenarios) inputs << parser.value(robustnessOpt);
  if (outputIsAnInput("export-map", out, inputs)) return UsageError;
  const project::Project& proj = loaded.project;
  if (parser.isSet(candidateOpt)) {
    options.candidate = parser.value(candidateOpt);
    if (!proj.candidate(options.candidate.toStdString())) {
      QStringList names;
      for (const project::Candidate& c : proj.candidates) names << QString::fromStdString(c.name);
      printErr(QCoreApplication::translate("habitat-cli", "habitat-cli export-map: the project has no candidate '%1' (it has: %2)")
                   .arg(options.candidate, names.join(QStringLiteral(", "))));
      return UsageError;
    }
    options.subtitle = options.candidate;
  }
  for (const std::string& missing : loaded.missingFiles)
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli export-map: warning: %1: file not found").arg(QString::fromStdString(missing)));

  const std::shared_ptr<exporting::LayoutContent> content = exporting::LayoutContent::fromProject(proj);
  if (robustness) {
    // Read before the long runs: a bad scenarios file fails at once.
    const ranking::RankingInputs rankInputs = ranking::rankingInputsFromProject(proj);
    const std::vector<ranking::Scenario> set =
        builtInScenarios ? ranking::defaultScenarios(rankInputs.model)
                         : ranking::readScenariosFile(parser.value(robustnessOpt).toStdString(), rankInputs.model);
    const ranking::ScenarioRanking ranked = ranking::rankScenarios(rankInputs, rankOptions, set, stderrProgress());
    std::unordered_map<ParcelId, int> selected;
    for (const auto& [id, c] : ranked.counts) selected.emplace(id, c.selected);
    auto layer = std::make_shared<gui::RobustnessMapLayer>(content->parcels);
    layer->setCounts(selected, int(ranked.scenarios.size()));
    content->layers.push_back(std::move(layer));  // on top of the project's layers, under the corridors and candidates
  }
  if (parser.isSet(corridorsOpt)) {
    const project::ProjectData data = project::loadProjectData(proj);
    std::vector<corridor::CorridorLink> links = reserveCorridors(proj, data);
    const std::vector<project::CandidateCorridor> figures = candidateCorridors(proj, links);
    for (std::size_t i = 0; i < content->figures.size() && i < figures.size(); ++i) content->figures[i].corridor = figures[i];
    auto layer = std::make_shared<gui::CorridorMapLayer>();
    layer->setLinks(std::move(links), RasterSource::open(data.forestPath).info().crs, proj.crs);
    content->layers.push_back(std::move(layer));
  }
  const exporting::MapLayout layout(content, page, options);
  if (geoTiff) exporting::exportMapGeoTiff(layout, out);
  else exporting::exportMap(layout, out);
  for (const QString& problem : layout.problems())
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli export-map: warning: %1").arg(problem));
  printOut(out);
  return Ok;
}

}  // namespace hp::cli
