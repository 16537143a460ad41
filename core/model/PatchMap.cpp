// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/PatchMap.h"

#include <algorithm>

#include "model/PatchUnionFind.h"
#include "model/Territory.h"

namespace hp::model {

std::int32_t PatchMap::labelAt(int col, int row) const {
  if (labels.empty() || col < colBegin || row < rowBegin || col >= colBegin + width || row >= rowBegin + height) return 0;
  return labels[std::size_t(row - rowBegin) * std::size_t(width) + std::size_t(col - colBegin)];
}

PatchMapBuilder::PatchMapBuilder(int colBegin, int rowBegin, int width, int height, double territoryMinKm2) {
  map_.colBegin = colBegin;
  map_.rowBegin = rowBegin;
  map_.width = std::max(0, width);
  map_.height = std::max(0, height);
  map_.territoryMinKm2 = territoryMinKm2;
  if (std::int64_t(map_.width) * map_.height > kMaxPixels) map_.tooLarge = true;
  else map_.labels.assign(std::size_t(map_.width) * std::size_t(map_.height), 0);
}

std::int32_t PatchMapBuilder::find(std::int32_t id) { return patch_union::find<1>(components_, id); }

std::int32_t PatchMapBuilder::unite(std::int32_t a, std::int32_t b) { return patch_union::unite<1>(components_, a, b); }

void PatchMapBuilder::addRow(int row, std::span<const HabitatRun> runs) {
  if (map_.tooLarge) return;
  if (row != previousRow_ + 1) previous_.clear();
  current_.clear();
  std::size_t first = 0;
  for (const HabitatRun& run : runs) {
    if (run.end <= run.begin) continue;
    std::int32_t label = 0;
    if (!current_.empty() && current_.back().end >= run.begin) label = find(current_.back().label);
    // 8-connected, as PatchLabeller: previous [pb, pe) touches [rb, re) when pb ≤ re and rb ≤ pe.
    while (first < previous_.size() && previous_[first].end < run.begin) ++first;
    for (std::size_t j = first; j < previous_.size() && previous_[j].begin <= run.end; ++j)
      label = label == 0 ? find(previous_[j].label) : unite(label, previous_[j].label);
    if (label == 0) {
      components_.push_back({std::int32_t(components_.size() + 1), 0.0, 0.0});
      label = std::int32_t(components_.size());
    }
    Component& c = components_[std::size_t(find(label) - 1)];
    c.areaKm2 += run.areaKm2;
    c.equivalents += run.equivalents;
    current_.push_back({run.begin, run.end, label});
    if (row >= map_.rowBegin && row < map_.rowBegin + map_.height) {
      const int c0 = std::max(run.begin, map_.colBegin), c1 = std::min(run.end, map_.colBegin + map_.width);
      if (c0 < c1) {
        std::int32_t* out = map_.labels.data() + std::size_t(row - map_.rowBegin) * std::size_t(map_.width);
        std::fill(out + (c0 - map_.colBegin), out + (c1 - map_.colBegin), label);
      }
    }
  }
  std::swap(previous_, current_);
  previousRow_ = row;
}

PatchMap PatchMapBuilder::finish() {
  // Final numbers in raster order of each patch's first pixel: the same map whatever the union order.
  std::vector<std::int32_t> finalOf(components_.size() + 1, 0);
  std::vector<std::int32_t> rootFinal(components_.size() + 1, 0);
  for (std::int32_t& label : map_.labels) {
    if (label == 0) continue;
    std::int32_t& f = finalOf[std::size_t(label)];
    if (f == 0) {
      const std::int32_t root = find(label);
      std::int32_t& r = rootFinal[std::size_t(root)];
      if (r == 0) {
        const Component& c = components_[std::size_t(root - 1)];
        PatchSummary s;
        s.areaKm2 = c.areaKm2;
        s.equivalents = c.equivalents;
        s.leopards = wholeLeopards(c.equivalents);
        s.tooSmall = c.areaKm2 < map_.territoryMinKm2;
        map_.patches.push_back(s);
        r = std::int32_t(map_.patches.size());
      }
      f = r;
    }
    label = f;
    ++map_.patches[std::size_t(f - 1)].pixels;
  }
  components_.clear();
  previous_.clear();
  current_.clear();
  return std::move(map_);
}

}  // namespace hp::model
