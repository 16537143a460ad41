// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

#include "Progress.h"
#include "sample/Grid.h"
#include "sample/Region.h"

namespace hp::sample {

// Writes the canopy grid as a GeoTIFF: Byte, nodata 255, EPSG:32652, 256 x 256 tiles, DEFLATE,
// internal AVERAGE overviews at 2, 4, 8, 16 and 32. The bytes depend on the pixels only (no timestamps,
// compressed on one thread). Throws Error(WriteFailed) or Cancelled.
void writeForestRaster(const std::string& path, const Region& region, const Grid<std::uint8_t>& canopy,
                       const Progress& progress, double from, double to);

}  // namespace hp::sample
