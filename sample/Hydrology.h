// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "sample/Grid.h"
#include "sample/Polyline.h"
#include "sample/Terrain.h"

namespace hp::sample {

// Cell size of the drainage grid: 2 x 2 relief cells.
constexpr double kHydroCellM = 2 * kTerrainCellM;

// Drainage of the synthetic relief on a 300 m grid: flow directions, upstream areas, river basins
// and the rivers themselves.
struct Hydrology {
  Grid<std::uint8_t> land;         // 1 on land
  Grid<float> elevationM;          // the relief averaged onto this grid, roughened by a few metres
  Grid<float> slope;               // of the unfilled relief, m/m
  Grid<std::int32_t> downstream;   // index of the next cell down, -1 at an outlet (coast or edge), -2 at sea
  Grid<float> drainageKm2;         // area draining through each land cell, itself included
  Grid<std::int32_t> basin;        // 0..basinCount-1 on every cell; sea cells take the nearest land's basin
  int basinCount = 0;              // ordered by land area, largest first
  std::vector<Polyline> rivers;    // widths grow downstream
};

// Basins keep merging, smallest into the neighbour it shares most border with, until there are at most
// kMaxBasins and none under kMinBasinShare of the land, but never fewer than kMinBasins.
constexpr int kMinBasins = 8;
constexpr int kMaxBasins = 16;
constexpr double kMinBasinShare = 0.02;
// Upstream area at which a stream is drawn as a river.
constexpr double kRiverThresholdKm2 = 18;

Hydrology analyseHydrology(const Terrain& terrain, std::uint32_t seed);

}  // namespace hp::sample
