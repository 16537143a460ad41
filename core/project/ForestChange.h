// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "Progress.h"
#include "model/RegionCapacity.h"
#include "project/Project.h"

namespace hp::project {

// What happened to one pixel between two forest versions (values of the change map).
enum class ForestChangeClass : std::uint8_t { Unchanged = 0, Loss = 1, Gain = 2, NoData = 255 };

struct ForestChangeCounts {
  long long unchanged = 0;
  long long loss = 0;  // canopy fell by at least the threshold
  long long gain = 0;  // canopy rose by at least the threshold
};

// The change map between two canopy rasters on the same grid (imports are written on the forest grid):
// Loss where the canopy fell by `thresholdPct` points or more, Gain where it rose as much, NoData where
// either has no data. Byte GeoTIFF with a colour table (loss red, gain blue-green, unchanged
// transparent), written atomically. Throws Error(InvalidInput) when the grids differ, Cancelled.
ForestChangeCounts writeForestChangeMap(const std::string& beforeRaster, const std::string& afterRaster,
                                        const std::string& outPath, double thresholdPct = 10,
                                        const Progress& progress = {});

// Capacity of one parcel, candidate or the existing reserve under two forest versions.
struct CapacityChange {
  enum class Kind { Parcel, Candidate, Reserve };
  Kind kind = Kind::Parcel;
  std::string id;  // parcel id, candidate name, "reserve"
  model::RegionCapacity before;
  model::RegionCapacity after;
};
const char* kindName(CapacityChange::Kind kind);  // "parcel", "candidate", "reserve"

// Every parcel, then every candidate, then the reserve (when the project has one), evaluated under forest
// versions `before` and `after` (0: the forest layer; see ForestVersions.h). One pass over each raster.
// Throws Error naming the file at fault, Cancelled.
std::vector<CapacityChange> compareForestVersions(const Project& project, int before, int after,
                                                  const Progress& progress = {});

// The comparison as CSV (written atomically): kind,id,leopards_before,leopards_after,leopards_change,
// leopards_fractional_before,leopards_fractional_after,habitat_km2_before,habitat_km2_after,
// leopards_min_before,leopards_min_after,leopards_max_before,leopards_max_after.
void writeCapacityChangeCsv(const std::string& path, const std::vector<CapacityChange>& rows);

}  // namespace hp::project
