// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include "sample/Grid.h"
#include "sample/Region.h"

namespace hp::sample {

// Cell size of the relief grid; the canopy raster interpolates it, whatever its own pixel size.
constexpr double kTerrainCellM = 150;

// The synthetic relief: the border range in the west, hills falling south-east to a ragged coast.
struct Terrain {
  Grid<float> elevationM;  // above sea level; negative offshore
  Grid<float> landness;    // > 0 on land, < 0 at sea; roughly the distance inland as a fraction of the region
  Grid<float> slope;       // rise over run, m/m
};

Terrain makeTerrain(const Region& region, std::uint32_t seed);

}  // namespace hp::sample
