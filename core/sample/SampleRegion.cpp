// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/SampleRegion.h"

#include "geo/Error.h"

namespace hp::sample {

SamplePaths samplePaths(const std::string& directory) {
  return {directory + "/forest.tif", directory + "/basins.gpkg", directory + "/parcels.gpkg", directory + "/reserve.gpkg"};
}

SamplePaths writeSampleRegion(const std::string& directory, const SampleOptions&, const Progress&) {
  throw Error(ErrorCode::InvalidInput, directory, "sample generator not written yet");
}

}  // namespace hp::sample
