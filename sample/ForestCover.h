// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include "Progress.h"
#include "sample/Grid.h"
#include "sample/Hydrology.h"
#include "sample/Region.h"
#include "sample/Settlements.h"
#include "sample/Terrain.h"

namespace hp::sample {

constexpr std::uint8_t kSeaNodata = 255;

// Canopy cover in percent (0-100) on the region's pixels, kSeaNodata at sea: forested ridges (70-95 %),
// mixed and fire-thinned oak forest on the slopes, fields and meadows on low flat land (0-30 %),
// villages near 0, roads as thin cleared lines and open river corridors.
// Reports progress from `from` to `to` and throws Cancelled when told to stop.
Grid<std::uint8_t> makeForestCover(const Region& region, const Terrain& terrain, const Hydrology& hydrology,
                                   const Settlements& settlements, std::uint32_t seed, const Progress& progress,
                                   double from, double to);

// Mean canopy of the land pixels in each block of factor x factor pixels; -1 where a block is all sea.
Grid<float> blockMeanCanopy(const Grid<std::uint8_t>& canopy, int factor);

}  // namespace hp::sample
