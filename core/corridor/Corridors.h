// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_geometry.h>

#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "Progress.h"
#include "capacity/PixelAreaGrid.h"
#include "corridor/CostDistance.h"
#include "corridor/ResistanceGrid.h"
#include "geo/GeodesicMeasure.h"
#include "io/VectorLayer.h"
#include "project/ProjectCapacity.h"

namespace hp::corridor {

// The least-cost link between two places (the existing reserve, a candidate) over a CorridorGrid.
struct CorridorLink {
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  std::string from, to;    // "reserve" or a candidate's name
  bool reachable = false;  // false: no path avoids impassable cells (sea, no data)
  double costKm = kNone;   // least accumulated cost: km through resistance-1 forest
  double lengthKm = kNone; // geodesic length of the least-cost path (cell centre to cell centre); 0 touching
  // The corridor: every cell outside the two places through which some path costs at most
  // costKm + slackKm; its area on the ellipsoid and its mean width (area / path length; none when the
  // two touch).
  double corridorAreaKm2 = kNone;
  double widthKm = kNone;
  std::shared_ptr<const OGRGeometry> path;  // LineString of cell centres in the grid's CRS; null if none
};

// The grid's physical measures, made once for all its links: cell areas and path lengths on the ellipsoid.
struct GridMeasures {
  explicit GridMeasures(const CorridorGrid& grid);
  capacity::PixelAreaGrid areas;
  GeodesicMeasure lengths;
};

// One link from the cost surface of `a` (accumulateCost from a's cells) to `b`'s cells, with b's own
// surface for the corridor.
CorridorLink linkBetween(const CorridorGrid& grid, const GridMeasures& measures, const CostSurface& fromA,
                         const CostSurface& fromB, const std::vector<std::int32_t>& cellsOfB, double slackKm);

struct CorridorOptions {
  ResistanceModel resistance;
  double slackKm = 1.0;  // see CorridorLink; docs/MODEL.md, "Corridors"
  const VectorLayer* roads = nullptr;
  const VectorLayer* settlements = nullptr;
  bool betweenCandidates = true;  // also every pair of candidates, not only reserve → candidate
};

// The links from the existing reserve to each candidate (none without a reserve layer), then between
// candidates (in project order, each pair once), on the grid of the project's forest version in
// `data`. Throws hp::Error naming the file at fault, hp::Cancelled when `progress` says stop.
std::vector<CorridorLink> projectCorridors(const project::Project& project, const project::ProjectData& data,
                                           const CorridorOptions& options, const Progress& progress = {});

// The link from the existing reserve to candidate `candidate` among `links` (projectCorridors'); null if none.
const CorridorLink* linkFromReserve(const std::vector<CorridorLink>& links, const std::string& candidate);

// The links as a layer "corridors" (from, to, reachable, cost_km, length_km, width_km,
// corridor_area_km2; the path as geometry) in `crs`, for writeVectorLayer.
VectorLayer corridorsLayer(const std::vector<CorridorLink>& links, const Crs& crs);

}  // namespace hp::corridor
