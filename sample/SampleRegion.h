// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

#include "Progress.h"

namespace hp::sample {

// The files of a sample region folder.
struct SamplePaths {
  std::string forest;   // forest.tif: canopy cover %, Byte, nodata 255, EPSG:32652
  std::string basins;   // basins.gpkg: basin_id, name
  std::string parcels;  // parcels.gpkg: parcel_id, owner, price_usd, status
  std::string reserve;  // reserve.gpkg: name
};

SamplePaths samplePaths(const std::string& directory);

struct SampleOptions {
  std::uint32_t seed = 1;
  double pixelSizeM = 30.0;
};

// Writes the deterministic synthetic sample region of south-west Primorsky Krai into `directory`
// (created if needed). Same seed, same bytes. Throws hp::Error(WriteFailed) or hp::Cancelled.
SamplePaths writeSampleRegion(const std::string& directory, const SampleOptions& options = {},
                              const Progress& progress = {});

}  // namespace hp::sample
