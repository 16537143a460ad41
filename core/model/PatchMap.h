// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "model/Patches.h"

namespace hp::model {

// One habitat patch of a patch map, with the figures the patch rule gives it.
struct PatchSummary {
  double areaKm2 = 0;      // habitat area inside the region (coverage-weighted)
  double equivalents = 0;  // leopard-equivalents, no floor
  long leopards = 0;       // wholeLeopards(equivalents)
  long pixels = 0;         // habitat pixels labelled with it (partly covered ones included)
  // Smaller than one territory on the best habitat (area < T_min): no leopard could live there
  // whatever the canopy, so the map draws it differently.
  bool tooSmall = false;
};

// The habitat patches of one region as a label raster over the region's window of the raster, so a
// map can draw them. labels[(row − rowBegin) · width + (col − colBegin)] is 0 outside habitat, else
// k for patches[k − 1]. Patches are numbered in raster order of their first pixel.
struct PatchMap {
  int colBegin = 0;
  int rowBegin = 0;
  int width = 0;
  int height = 0;
  std::vector<std::int32_t> labels;
  std::vector<PatchSummary> patches;
  double territoryMinKm2 = 0;
  // Raster pixel (col, row) → raster CRS, as GDAL's geotransform; identity unless a session fills it.
  std::array<double, 6> geoTransform{0, 1, 0, 0, 0, 1};
  std::string crsWkt;  // the raster's CRS
  // Set when the window was too large to label (see PatchMapBuilder::kMaxPixels): labels and patches
  // are empty then, the figures of the region are not affected.
  bool tooLarge = false;

  bool isEmpty() const { return patches.empty(); }
  // 0 outside the window or habitat.
  std::int32_t labelAt(int col, int row) const;
};

// Builds a PatchMap from the same rows of habitat runs the PatchLabeller receives, with the same
// 8-connectivity, so its patches are the region's patches. Unlike PatchLabeller it keeps every
// label: memory is one int32 per pixel of the window.
class PatchMapBuilder {
 public:
  // Windows larger than this many pixels (256 MB of labels) are not labelled.
  static constexpr std::int64_t kMaxPixels = 64'000'000;

  // The window [colBegin, colBegin + width) × [rowBegin, rowBegin + height) of the raster.
  PatchMapBuilder(int colBegin, int rowBegin, int width, int height, double territoryMinKm2);

  // As PatchLabeller::addRow: runs sorted by column, rows increasing, a skipped row separates patches.
  void addRow(int row, std::span<const HabitatRun> runs);
  // Resolves the labels and sums each patch; the builder is spent afterwards.
  PatchMap finish();

 private:
  struct Component {
    std::int32_t parent;
    double areaKm2;
    double equivalents;
  };
  struct LabelledRun {
    int begin, end;
    std::int32_t label;
  };
  std::int32_t find(std::int32_t id);
  std::int32_t unite(std::int32_t a, std::int32_t b);

  PatchMap map_;
  std::vector<Component> components_;  // label k is components_[k − 1]
  std::vector<LabelledRun> previous_, current_;
  int previousRow_ = -2;
};

}  // namespace hp::model
