// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtGlobal>

#include "cli/CliCommand.h"

namespace hp::cli {

int runInfo(const QStringList& arguments);
int runSample(const QStringList& arguments);
int runMarxanSolve(const QStringList& arguments);
int runImportLayer(const QStringList& arguments);
int runCapacity(const QStringList& arguments);
int runMarxanExport(const QStringList& arguments);
int runForestChange(const QStringList& arguments);
int runRank(const QStringList& arguments);
int runMarxanImport(const QStringList& arguments);
int runExportData(const QStringList& arguments);
int runExportMap(const QStringList& arguments);
int runCopyProject(const QStringList& arguments);
int runCorridors(const QStringList& arguments);

std::span<const CliCommand> commands() {
  static const CliCommand all[] = {
      {"info", QT_TRANSLATE_NOOP("habitat-cli", "Describe a raster or vector file: format, CRS, extent, bands or fields"), &runInfo},
      {"sample", QT_TRANSLATE_NOOP("habitat-cli", "Write the bundled sample region (south-west Primorsky Krai) to a folder"), &runSample},
      {"marxan-solve", QT_TRANSLATE_NOOP("habitat-cli", "Solve a Marxan problem (input.dat) exactly with CBC: output_best.csv, output_sum.csv, summary.json"), &runMarxanSolve},
      {"import-layer", QT_TRANSLATE_NOOP("habitat-cli", "Import satellite imagery as a new forest-cover version of a project"), &runImportLayer},
      {"capacity", QT_TRANSLATE_NOOP("habitat-cli", "How many leopards each parcel can hold: CSV, JSON or GeoPackage with area, habitat, patches and leopards"), &runCapacity},
      {"marxan-export", QT_TRANSLATE_NOOP("habitat-cli", "Write a parcel layer as Marxan input files (input.dat, pu.dat, spec.dat, puvspr.dat, bound.dat)"), &runMarxanExport},
      {"forest-change", QT_TRANSLATE_NOOP("habitat-cli", "Compare two forest versions of a project: capacity before and after, and the change map"), &runForestChange},
      {"rank", QT_TRANSLATE_NOOP("habitat-cli", "Rank parcels for acquisition: greedy order by leopards per dollar and the best set within a budget"), &runRank},
      {"marxan-import", QT_TRANSLATE_NOOP("habitat-cli", "Import a Marxan solution (output_best, output_ssoln) as a project candidate or a parcel column"), &runMarxanImport},
      {"export-data", QT_TRANSLATE_NOOP("habitat-cli", "A project's candidates (and parcels with their capacity) as GeoPackage, Shapefile, GeoJSON, KML or CSV"), &runExportData},
      {"export-map", QT_TRANSLATE_NOOP("habitat-cli", "A project's map as a printed page in the reader's language: PDF, SVG or PNG"), &runExportMap},
      {"corridors", QT_TRANSLATE_NOOP("habitat-cli", "Least-cost corridors from the reserve to each candidate and between candidates: cost, length, width, path"), &runCorridors},
      {"copy-project", QT_TRANSLATE_NOOP("habitat-cli", "Publish a .hplan to a team database (PostgreSQL/PostGIS), or copy a project back to a .hplan"), &runCopyProject},
  };
  return all;
}

}  // namespace hp::cli
