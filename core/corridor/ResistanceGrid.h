// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_geometry.h>

#include <memory>
#include <string>
#include <vector>

#include "Progress.h"
#include "corridor/CostDistance.h"
#include "geo/Crs.h"
#include "geo/GeoTransform.h"
#include "io/VectorLayer.h"

namespace hp::corridor {

// How resistance to a leopard's movement follows from the layers (docs/MODEL.md, "Corridors", gives
// each default and says which are assumptions).
struct ResistanceModel {
  double cellSizeM = 90;               // the corridor grid: whole multiples of the forest pixel
  double forestResistance = 1;         // canopy 100 %
  double openResistance = 10;          // canopy 0 %; linear in canopy between the two
  double roadResistance = 20;          // added on every cell a road touches
  double settlementResistance = 100;   // cells a settlement polygon touches (replaces the forest value)
};

// The resistance cells of a forest raster's area, with the grid's georeferencing (the raster's CRS,
// north-up, square cells of a whole number of forest pixels).
struct CorridorGrid {
  ResistanceCells cells;
  Crs crs;
  GeoTransform transform;
};

// Reads the forest raster averaged onto cells of model.cellSizeM (GDAL's average resampling; no-data
// pixels left out, a cell of no-data only is impassable, as is canopy outside 0-100), then burns the
// optional roads (lines) and settlements (polygons) in. Throws hp::Error naming the file: a raster
// without a projected CRS or with non-square pixels, an unreadable one, a cell smaller than a pixel.
CorridorGrid buildResistanceGrid(const std::string& forestPath, const ResistanceModel& model,
                                 const VectorLayer* roads = nullptr, const VectorLayer* settlements = nullptr,
                                 const Progress& progress = {});

// The cells the polygons touch (GDAL rasterizing with ALL_TOUCHED), ascending; `crs` is the parts'.
std::vector<std::int32_t> cellsTouched(const CorridorGrid& grid, const std::vector<std::shared_ptr<const OGRGeometry>>& parts,
                                       const Crs& crs);

}  // namespace hp::corridor
