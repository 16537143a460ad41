// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include "sample/Grid.h"
#include "sample/Region.h"
#include "sample/Terrain.h"

namespace hp::sample {

// Islets and enclosed sea pockets smaller than this (10 ha) are merged into what surrounds them: the
// interpolated coast leaves single-pixel specks that would become slivers in every layer.
constexpr double kMinLandPatchM2 = 100000;

// 1 on land, 0 at sea, on the region's pixels: the relief's coast interpolated to each pixel centre,
// with specks removed.
Grid<std::uint8_t> makeLandMask(const Region& region, const Terrain& terrain);

// Flips every 4-connected patch of equal value smaller than minPixels. Land specks go first, so a lake
// left inside a removed islet is not turned back into land. Exposed for tests.
void removeSpecks(Grid<std::uint8_t>& mask, std::size_t minPixels);

}  // namespace hp::sample
