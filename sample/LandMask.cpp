// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/LandMask.h"

#include <cmath>
#include <vector>

namespace hp::sample {

namespace {

// Flips the 4-connected patches of `value` smaller than minPixels to the other value.
void flipSmallPatches(Grid<std::uint8_t>& mask, std::uint8_t value, std::size_t minPixels) {
  const int w = mask.width, h = mask.height;
  std::vector<std::uint8_t> seen(mask.cells.size(), 0);
  std::vector<std::int32_t> patch, stack;
  for (std::size_t start = 0; start < mask.cells.size(); ++start) {
    if (seen[start] || mask.cells[start] != value) continue;
    patch.clear();
    stack.assign(1, std::int32_t(start));
    seen[start] = 1;
    while (!stack.empty()) {
      const std::int32_t i = stack.back();
      stack.pop_back();
      patch.push_back(i);
      const int col = i % w, row = i / w;
      const std::int32_t next[4] = {col > 0 ? i - 1 : -1, col + 1 < w ? i + 1 : -1, row > 0 ? i - w : -1,
                                    row + 1 < h ? i + w : -1};
      for (std::int32_t n : next)
        if (n >= 0 && !seen[n] && mask.cells[n] == value) {
          seen[n] = 1;
          stack.push_back(n);
        }
    }
    if (patch.size() < minPixels)
      for (std::int32_t i : patch) mask.cells[i] = std::uint8_t(1 - value);
  }
}

}  // namespace

void removeSpecks(Grid<std::uint8_t>& mask, std::size_t minPixels) {
  flipSmallPatches(mask, 1, minPixels);
  flipSmallPatches(mask, 0, minPixels);
}

Grid<std::uint8_t> makeLandMask(const Region& region, const Terrain& terrain) {
  Grid<std::uint8_t> mask = region.grid<std::uint8_t>(region.pixelSizeM, 0);
  const Grid<float>& l = terrain.landness;
  std::vector<AxisWeight> columns(mask.width);
  for (int col = 0; col < mask.width; ++col) columns[col] = axisWeight((mask.centerX(col) - l.originX) / l.cellSizeM, l.width);
  for (int row = 0; row < mask.height; ++row) {
    const AxisWeight ay = axisWeight((l.originY - mask.centerY(row)) / l.cellSizeM, l.height);
    for (int col = 0; col < mask.width; ++col) mask.at(col, row) = bilinear(l, columns[col], ay) > 0 ? 1 : 0;
  }
  removeSpecks(mask, std::size_t(std::ceil(kMinLandPatchM2 / (region.pixelSizeM * region.pixelSizeM))));
  return mask;
}

}  // namespace hp::sample
