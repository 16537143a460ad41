// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "capacity/ByteKernel.h"
#include "capacity/PixelAreaGrid.h"
#include "capacity/RegionGeometry.h"
#include "model/CoverageFraction.h"
#include "model/ModelConfig.h"
#include "model/PatchMap.h"
#include "model/Patches.h"
#include "model/RegionCapacity.h"
#include "model/Territory.h"

namespace hp::capacity {

// The model as the scan needs it, shared read-only by all threads.
struct PixelModel {
  model::ModelConfig config;
  model::ByteCanopyTable byteTable;  // for Byte canopy rasters
  ByteThresholds byteThresholds;     // the same model as comparisons, for the vector loops
  std::optional<double> nodata;      // of the canopy band
  double territoryMinKm2 = 0;
  double territoryMaxKm2 = 0;

  PixelModel(const model::ModelConfig& config, std::optional<double> nodata);
};

// Rows [rowBegin, rowEnd) of the raster, all columns. Byte canopy comes in tiles of `tileWidth`
// columns (the file's own blocks, so a region's rows sit close together in memory): pixel (c, r)
// is canopyByte[(c / tileWidth) · tileStride + (r − rowBegin) · tileWidth + c % tileWidth]. Float
// canopy and `qualityFactor` (the product of the extra quality rasters' effects; null: none) are
// row-major. Exactly one canopy pointer is set.
struct StripView {
  int rowBegin = 0;
  int rowEnd = 0;
  int width = 0;
  const std::uint8_t* canopyByte = nullptr;
  int tileWidth = 0;
  std::size_t tileStride = 0;
  const float* canopyFloat = nullptr;
  const float* qualityFactor = nullptr;
};

// One region's streaming state: its coverage rows, canopy sums and patch labeller. Rows arrive
// in order, strip by strip; one thread at a time.
class RegionScan {
 public:
  RegionScan(PreparedRegion&& region, int rasterWidth, int rasterHeight, const PixelModel& model,
             const PixelAreaGrid& areas);

  // Rows of the raster the region touches; empty when it misses the raster.
  int rowBegin() const { return region_.rowBegin(); }
  int rowEnd() const { return region_.rowEnd(); }
  bool isEmpty() const { return region_.isEmpty(); }

  // Processes the rows of `strip` that the region touches.
  void scan(const StripView& strip);
  // Fills everything but id and areaKm2.
  void finish(model::RegionCapacity& out);
  // Also hands every row of habitat runs to `patchMap` (not owned; null: none), before scan().
  void setPatchMap(model::PatchMapBuilder* patchMap) { patchMap_ = patchMap; }

 private:
  template <bool kByteTable>
  void scanRow(const StripView& strip, int row);

  const PixelModel* model_;
  const PixelAreaGrid* areas_;
  model::CoverageRows region_;
  std::optional<model::CoverageRows> habitat_;  // set when habitat is the region ∩ basins
  bool habitatIsRegion_;
  model::PatchLabeller patches_;
  model::PatchMapBuilder* patchMap_ = nullptr;
  std::vector<model::HabitatRun> runs_;
  double validKm2_ = 0;          // coverage-weighted area of pixels with a canopy value
  double canopyKm2Pct_ = 0;      // Σ area × canopy over those pixels
};

}  // namespace hp::capacity
