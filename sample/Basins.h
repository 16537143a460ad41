// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "Progress.h"
#include "geo/Geos.h"
#include "io/VectorLayer.h"
#include "sample/Grid.h"
#include "sample/Hydrology.h"
#include "sample/Region.h"

namespace hp::sample {

struct Basin {
  int id = 0;        // 1.. by area at the drainage grid, largest first
  std::string name;  // a river's name, e.g. "Barabashevka"
  GeomPtr shape;     // Polygon or MultiPolygon, EPSG:32652
};

// The river basins as polygons that partition the land pixels of `canopy` exactly: each land pixel takes
// the basin of the drainage cell under it (the lookup point wobbles by up to 200 m so borders are not
// 300 m staircases), the label raster is polygonised with GDAL and each basin's pieces dissolved with GEOS.
std::vector<Basin> makeBasins(const Region& region, const Grid<std::uint8_t>& canopy, const Hydrology& hydrology,
                              std::uint32_t seed, const GeosContext& ctx, const Progress& progress, double from,
                              double to);

// The land: the union of the basins (they form a coverage, so their shared edges cancel exactly).
GeomPtr unionOfBasins(const std::vector<Basin>& basins, const GeosContext& ctx);

// Layer "basins": basin_id, name.
VectorLayer basinsLayer(const std::vector<Basin>& basins, const GeosContext& ctx);

}  // namespace hp::sample
