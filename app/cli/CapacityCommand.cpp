// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli capacity: leopards each parcel (and the existing reserve) can hold. The output
// columns are a contract other tools script against: see capacity/CapacityTable.h.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>


#include "capacity/CapacityEngine.h"
#include "capacity/CapacityTable.h"
#include "capacity/ModelFile.h"
#include "cli/CliCommand.h"
#include "cli/OutputGuard.h"
#include "cli/ProjectOption.h"
#include "cli/CliProgress.h"
#include "geo/Error.h"
#include "io/VectorReader.h"
#include "io/VectorWriter.h"
#include "project/ForestVersions.h"
#include "project/CandidateTable.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectLocation.h"

namespace hp::cli {

namespace {

enum class OutputFormat { Csv, Json, GeoPackage };

VectorLayer readPolygons(const std::string& path) {
  VectorReadOptions options;
  options.polygonsOnly = true;
  return readVectorLayer(path, options);
}

void printWarnings(const VectorLayer& layer) {
  for (const std::string& w : layer.warnings)
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli capacity: warning: %1: %2")
                 .arg(QString::fromStdString(layer.path), QString::fromStdString(w)));
}

}  // namespace

int runCapacity(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate(
      "habitat-cli", "How many Amur leopards each parcel can hold (docs/MODEL.md). One row per parcel, evaluated on its own."));
  parser.addHelpOption();
  const QCommandLineOption forestOpt(QStringLiteral("forest"),
                                     QCoreApplication::translate("habitat-cli", "Forest canopy cover raster, 0-100 %"),
                                     QStringLiteral("F"));
  const QCommandLineOption basinsOpt(QStringLiteral("basins"),
                                     QCoreApplication::translate("habitat-cli", "River basin polygons: habitat lies only inside them"),
                                     QStringLiteral("B"));
  const QCommandLineOption parcelsOpt(QStringLiteral("parcels"), QCoreApplication::translate("habitat-cli", "Parcel polygons"),
                                      QStringLiteral("P"));
  const QCommandLineOption reserveOpt(QStringLiteral("reserve"),
                                      QCoreApplication::translate("habitat-cli", "Existing reserve polygons: adds a row with id 'reserve'"),
                                      QStringLiteral("R"));
  const QCommandLineOption modelOpt(QStringLiteral("model"),
                                    QCoreApplication::translate("habitat-cli", "Model configuration (JSON); defaults when left out"),
                                    QStringLiteral("M.json"));
  const QCommandLineOption idOpt(QStringLiteral("id-field"),
                                 QCoreApplication::translate("habitat-cli", "Parcel field for the id column (default parcel_id, else the feature id)"),
                                 QStringLiteral("NAME"));
  const QCommandLineOption outOpt(QStringLiteral("out"),
                                  QCoreApplication::translate("habitat-cli", "Output: .csv, .json, or .gpkg (the parcels with the result columns)"),
                                  QStringLiteral("OUT"));
  const QCommandLineOption threadsOpt(QStringLiteral("threads"),
                                      QCoreApplication::translate("habitat-cli", "Worker threads (default: one per core)"),
                                      QStringLiteral("N"));
  const QCommandLineOption progressOpt(QStringLiteral("progress"), QCoreApplication::translate("habitat-cli", "Report progress on stderr"));
  const QCommandLineOption projectOpt(QStringLiteral("project"),
                                      QCoreApplication::translate("habitat-cli", "Project (.hplan): its forest, basins, parcels, reserve and model"),
                                      QStringLiteral("P.hplan"));
  const QCommandLineOption candidatesOpt(QStringLiteral("candidates"),
                                         QCoreApplication::translate("habitat-cli", "With --project: one row per candidate reserve (id = its name), then the reserve alone"));
  const QCommandLineOption versionOpt(QStringLiteral("forest-version"),
                                      QCoreApplication::translate("habitat-cli", "With --project: forest version N (0 = the original) or 'latest' (default: the active one)"),
                                      QStringLiteral("N|latest"));
  parser.addOptions({forestOpt, basinsOpt, parcelsOpt, reserveOpt, modelOpt, idOpt, outOpt, threadsOpt, progressOpt,
                     projectOpt, candidatesOpt, versionOpt});
  parser.addOption(allowExternalOption());
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;

  const bool fromProject = parser.isSet(projectOpt);
  if (!fromProject && (parser.isSet(candidatesOpt) || parser.isSet(versionOpt))) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli capacity: --candidates and --forest-version need --project"));
    return UsageError;
  }
  const auto requiredOptions = fromProject ? std::vector<const QCommandLineOption*>{&outOpt}
                                           : std::vector<const QCommandLineOption*>{&forestOpt, &basinsOpt, &parcelsOpt, &outOpt};

  for (const QCommandLineOption* required : requiredOptions)
    if (!parser.isSet(*required)) {
      printErr(QCoreApplication::translate("habitat-cli", "habitat-cli capacity: --%1 is required")
                   .arg(required->names().constFirst()));
      return UsageError;
    }
  const QString out = parser.value(outOpt);
  const QString suffix = QFileInfo(out).suffix().toLower();
  OutputFormat format;
  if (suffix == QLatin1String("csv")) format = OutputFormat::Csv;
  else if (suffix == QLatin1String("json")) format = OutputFormat::Json;
  else if (suffix == QLatin1String("gpkg")) format = OutputFormat::GeoPackage;
  else {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli capacity: %1: the output must end in .csv, .json or .gpkg").arg(out));
    return UsageError;
  }
  {
    QStringList inputs;
    for (const QCommandLineOption* o : {&forestOpt, &basinsOpt, &parcelsOpt, &reserveOpt, &modelOpt, &projectOpt}) inputs << parser.value(*o);
    if (outputIsAnInput("capacity", out, inputs)) return UsageError;
  }
  capacity::EngineOptions engineOptions;
  if (parser.isSet(threadsOpt)) {
    bool ok = false;
    engineOptions.threads = parser.value(threadsOpt).toInt(&ok);
    if (!ok || engineOptions.threads < 1) {
      printErr(QCoreApplication::translate("habitat-cli", "habitat-cli capacity: --threads must be a whole number from 1"));
      return UsageError;
    }
  }

  // A project supplies the layers, the model and the forest version; explicit options still win.
  std::optional<project::Project> proj;
  std::optional<project::ProjectData> data;
  if (fromProject) {
    const std::string projectPath = parser.value(projectOpt).toStdString();
    proj = project::openProject(projectPath, externalPolicy(parser)).project;
    if (outputIsAnInput("capacity", out, projectInputs(parser.value(projectOpt), *proj))) return UsageError;
    int version = -1;
    if (parser.isSet(versionOpt)) {
      const std::optional<int> v = forestVersionValue(parser.value(versionOpt), *proj);
      version = v.value_or(-1);
      if (!v) {
        printErr(QCoreApplication::translate("habitat-cli", "habitat-cli capacity: --forest-version takes a version number or 'latest'"));
        return UsageError;
      }
    }
    data = project::loadProjectData(*proj, version);
  }
  const model::ModelConfig config = parser.isSet(modelOpt) ? capacity::readModelFile(parser.value(modelOpt).toStdString())
                                    : data                 ? data->model
                                                           : model::ModelConfig{};
  const Progress progress = parser.isSet(progressOpt) ? stderrProgress() : Progress();

  if (parser.isSet(candidatesOpt)) {
    if (format == OutputFormat::GeoPackage) {
      printErr(QCoreApplication::translate("habitat-cli", "habitat-cli capacity: --candidates writes .csv or .json"));
      return UsageError;
    }
    data->model = config;
    const std::vector<project::CandidateFigures> figures = project::evaluateCandidates(*proj, *data, true, progress);
    if (format == OutputFormat::Json) project::writeCandidatesJson(out.toStdString(), figures);
    else project::writeCandidatesCsv(out.toStdString(), figures);
    return Ok;
  }

  const std::string parcelsPath = data ? data->parcels.path : parser.value(parcelsOpt).toStdString();
  const VectorLayer parcels = data ? std::move(data->parcels) : readPolygons(parcelsPath);
  capacity::CapacityInputs inputs;
  if (data) {
    inputs = std::move(data->inputs);
  } else {
    inputs.forestPath = parser.value(forestOpt).toStdString();
    inputs.basins = readPolygons(parser.value(basinsOpt).toStdString());
  }
  std::optional<VectorLayer> reserve;
  if (parser.isSet(reserveOpt)) reserve = readPolygons(parser.value(reserveOpt).toStdString());
  printWarnings(parcels);
  if (inputs.basins) printWarnings(*inputs.basins);
  if (reserve) printWarnings(*reserve);

  // Parcel ids: the --id-field (an error if absent), else parcel_id when present, else the feature id.
  const std::string idField = parser.isSet(idOpt) ? parser.value(idOpt).toStdString() : std::string("parcel_id");
  const int idIndex = parcels.fieldIndex(idField);
  if (idIndex < 0 && parser.isSet(idOpt))
    throw Error(ErrorCode::NoSuchField, parcelsPath, "layer '" + parcels.layerName + "' has no field '" + idField + "'");
  std::vector<capacity::Region> regions;
  regions.reserve(parcels.features.size() + 1);
  for (const Feature& f : parcels.features) {
    std::string id = idIndex >= 0 ? toString(f.attributes[std::size_t(idIndex)]) : std::string();
    if (id.empty()) id = std::to_string(f.fid);
    regions.push_back({id, parcels.crs, {std::shared_ptr<const OGRGeometry>(f.geometry->clone())}});
  }
  if (reserve) {
    capacity::Region r{"reserve", reserve->crs, {}};
    for (const Feature& f : reserve->features) r.parts.push_back(std::shared_ptr<const OGRGeometry>(f.geometry->clone()));
    regions.push_back(std::move(r));
  }

  std::vector<model::RegionCapacity> results = capacity::evaluateRegions(inputs, regions, config, progress, engineOptions);

  const std::string outPath = out.toStdString();
  switch (format) {
    case OutputFormat::Csv: capacity::writeCapacityCsv(outPath, results); break;
    case OutputFormat::Json: capacity::writeCapacityJson(outPath, results); break;
    case OutputFormat::GeoPackage: {
      std::vector<model::RegionCapacity> extraRows;
      std::vector<OGRGeometryUniquePtr> extraGeometries;
      if (reserve) {
        extraRows.push_back(results.back());
        results.pop_back();
        // The reserve as one (multi)polygon in the parcels' CRS.
        OGRGeometryUniquePtr mergedOwner(new OGRMultiPolygon);
        OGRMultiPolygon* merged = mergedOwner->toMultiPolygon();
        for (const Feature& f : reserve->features) {
          OGRGeometryUniquePtr g(f.geometry->clone());
          if (wkbFlatten(g->getGeometryType()) == wkbPolygon) merged->addGeometryDirectly(g.release());
          else if (wkbFlatten(g->getGeometryType()) == wkbMultiPolygon)
            for (const OGRPolygon* p : *g->toMultiPolygon()) merged->addGeometry(p);
        }
        CoordinateTransform(reserve->crs, parcels.crs, reserve->path).transform(*merged);
        extraGeometries.push_back(std::move(mergedOwner));
      }
      VectorLayer layer = capacity::withCapacityColumns(parcels, results, extraRows, std::move(extraGeometries));
      writeVectorLayer(outPath, layer, "capacity");
      break;
    }
  }
  return Ok;
}

}  // namespace hp::cli
