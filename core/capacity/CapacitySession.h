// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <mutex>

#include "Progress.h"
#include "capacity/CapacityEngine.h"
#include "model/ModelConfig.h"
#include "model/PatchMap.h"
#include "model/RegionCapacity.h"

namespace hp::capacity {

class PixelAreaGrid;
class RegionPreparer;
class StripPipeline;
struct PixelModel;

// evaluateRegions for one region at a time, for interactive use: the forest raster, quality rasters,
// pixel areas, merged and prepared basins and PROJ operations are opened once and kept, so each
// evaluation pays only for its own window of the raster. Figures are exactly those of
// evaluateRegions (same preparation, same scan, same strips). Thread-safe: evaluations are serialised.
class CapacitySession {
 public:
  // Throws hp::Error as evaluateRegions (missing raster, bad model, quality raster at fault).
  CapacitySession(const CapacityInputs& inputs, const model::ModelConfig& config);
  ~CapacitySession();
  CapacitySession(const CapacitySession&) = delete;
  CapacitySession& operator=(const CapacitySession&) = delete;

  // Throws hp::Error naming the region, hp::Cancelled when `progress` says stop. With `patches`,
  // also labels the region's habitat patches over its window of the raster (same patches as the
  // figures count; a few ms more for a window of a million pixels).
  model::RegionCapacity evaluate(const Region& region, const Progress& progress = {},
                                 model::PatchMap* patches = nullptr);

 private:
  std::mutex mutex_;
  std::unique_ptr<StripPipeline> pipeline_;
  std::unique_ptr<PixelModel> pixelModel_;
  std::unique_ptr<PixelAreaGrid> areas_;
  std::unique_ptr<RegionPreparer> preparer_;
};

}  // namespace hp::capacity
