// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "Progress.h"
#include "geo/Geos.h"
#include "io/VectorLayer.h"
#include "sample/Grid.h"
#include "sample/Polyline.h"
#include "sample/Region.h"
#include "sample/Settlements.h"

namespace hp::sample {

enum class LandUse { Village, Farmland, Forest };

struct Parcel {
  int id = 0;              // 1..N, numbered in 5 km bands from the north, west to east in each
  GeomPtr shape;           // Polygon or MultiPolygon, EPSG:32652
  Point seed;              // the Voronoi site it grew from, on land
  LandUse use = LandUse::Forest;
  double areaHa = 0;
  double villageDistanceM = 0;  // from the seed to the edge of the nearest village
  bool inReserve = false;
};

// Parcel spacing: sites of a Voronoi mosaic at least this far apart (the mean of the two sites' spacings).
constexpr double kForestSpacingM = 3700;
constexpr double kFarmSpacingM = 1900;
constexpr double kVillageSpacingM = 870;

// An irregular cadastral mosaic over the land: Voronoi cells of sites spaced by land use (dense near
// villages and on farmland, sparse in the forest), clipped to the region and to `land`. The parcels
// partition the land. `blockCanopy` is the mean canopy on a coarse grid (-1 at sea).
std::vector<Parcel> makeParcels(const Region& region, const Grid<std::uint8_t>& canopy, const Grid<float>& blockCanopy,
                                const Settlements& settlements, const GEOSGeometry* land, std::uint32_t seed,
                                const GeosContext& ctx, const Progress& progress, double from, double to);

// Layer "parcels": parcel_id, owner, status, price_usd, area_ha, land_use. Owners, statuses and prices are
// drawn per parcel from its land use; parcels in the reserve are state land, "protected".
VectorLayer parcelsLayer(const std::vector<Parcel>& parcels, std::uint32_t seed, const GeosContext& ctx);

}  // namespace hp::sample
