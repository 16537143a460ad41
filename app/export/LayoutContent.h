// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "Progress.h"
#include "geo/Crs.h"
#include "geo/Extent.h"
#include "model/RegionCapacity.h"
#include "model/ReserveAddition.h"
#include "project/Project.h"
#include "project/ProjectExport.h"

namespace hp::gui {
class MapLayer;
struct VectorData;
}  // namespace hp::gui

namespace hp::exporting {

// One candidate's row of the layout's table, as core computed it.
struct CandidateFiguresRow {
  QString name;
  QColor color;
  model::RegionCapacity capacity;  // areaKm2, leopards, leopardsMin, leopardsMax
  double costUsd = 0;
  std::size_t parcels = 0;
  // Beside the existing reserve (when the project has one): both together, and what the candidate adds.
  std::optional<model::RegionCapacity> withReserve;
  std::optional<model::ReserveAddition> added;
  // Its least-cost corridor to the reserve, when corridors were asked for (export-map --corridors).
  std::optional<project::CandidateCorridor> corridor;
};

// A parcel of the optional "top-ranked parcels" table, best first (the ranking is the caller's).
struct RankedParcelRow {
  ParcelId parcelId;
  double areaKm2 = 0;
  double costUsd = 0;
  double leopards = 0;  // marginal leopard-equivalents it adds
};

// Everything a layout draws that comes from the project: the map layers (bottom first, as the map shows
// them, without the GUI's candidate layer: the layout draws the candidates itself, the fitted one
// highlighted), the candidates, their figures and the extents. The GUI fills it from what it already
// holds; the CLI (and anyone without open layers) calls fromProject. Read-only once built: layouts share it.
struct LayoutContent {
  Crs crs;                                                   // the map CRS (the project's)
  std::vector<std::shared_ptr<const gui::MapLayer>> layers;  // bottom first; invisible ones are skipped
  // The parcel layer's data in the map CRS (candidates are drawn as their parcels); may be null, then
  // only the candidates' drawn polygons show.
  std::shared_ptr<const gui::VectorData> parcels;
  std::vector<project::Candidate> candidates;                // project order: names, colours, shapes
  std::vector<CandidateFiguresRow> figures;                  // the table; may be empty
  std::vector<RankedParcelRow> topParcels;                   // shown with LayoutOptions::showTopParcels
  Extent projectView;                                        // the project's saved view; may be empty
  QStringList sourceFiles;                                   // file names for "Data sources"
  QStringList problems;                                      // layers that could not be opened

  // The union of the visible layers' extents (and the candidates'), in the map CRS.
  Extent fullExtent() const;
  // The extent of candidate `name` (empty when unknown or without shapes).
  Extent candidateExtent(const QString& name) const;

  // Opens the project's layers and computes every candidate's figures through core
  // (project::evaluateCandidates). Layers that fail to open go to `problems`; throws hp::Error when the
  // project's data for the figures cannot be read. Call with a QGuiApplication alive (fonts, icons).
  static std::shared_ptr<LayoutContent> fromProject(const project::Project& project, bool withFigures = true,
                                                    const Progress& progress = {});
};

}  // namespace hp::exporting
