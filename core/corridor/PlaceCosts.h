// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_geometry.h>

#include <memory>
#include <vector>

#include "corridor/CostDistance.h"
#include "corridor/ResistanceGrid.h"
#include "geo/Crs.h"

namespace hp::corridor {

// The least cost (km through full forest, as CostSurface) of reaching each place from the surface's
// sources: the minimum over the cells whose centres the place covers, or, for a place too small to
// cover a centre, over the cells it touches. +inf when no path reaches it; a place without parts
// (wholly inside the sources, say) costs 0. One rasterization of all places together, so that a
// region's 100,000 parcels cost one pass over the grid, not one each. `places[i]` are place i's
// polygons in `crs`; places must not overlap (a shared centre goes to one of them).
std::vector<double> leastCostOfPlaces(const CorridorGrid& grid, const CostSurface& surface,
                                      const std::vector<std::vector<std::shared_ptr<const OGRGeometry>>>& places, const Crs& crs);

}  // namespace hp::corridor
