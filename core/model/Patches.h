// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace hp::model {

// Consecutive habitat pixels of one row, columns [begin, end), with their sums: habitat area inside
// the region (km²) and leopard-equivalents at each pixel's own T(q).
struct HabitatRun {
  int begin = 0;
  int end = 0;
  double areaKm2 = 0;
  double equivalents = 0;
};

// What the patch rule gives for one region.
struct PatchTotals {
  long patches = 0;
  double habitatKm2 = 0;
  double largestPatchKm2 = 0;
  double equivalents = 0;  // Σ over patches, no floor (leopards_fractional)
  long leopards = 0;       // Σ floor(patch equivalents)
  long leopardsMin = 0;    // Σ floor(patch area / T_max)
  long leopardsMax = 0;    // Σ floor(patch area / T_min)
};

// Streaming 8-connected patch labelling. Rows of runs arrive top to bottom; runs that touch
// (sideways, vertically or diagonally) form one patch. Union-find over run labels carries each
// patch's sums; a patch is closed, floored and forgotten as soon as a row no longer touches it, so
// memory is O(runs of two rows), never O(pixels).
class PatchLabeller {
 public:
  PatchLabeller(double territoryMinKm2, double territoryMaxKm2);

  // Runs of `row`, sorted by column and not overlapping. Rows must increase; a skipped row
  // separates patches.
  void addRow(int row, std::span<const HabitatRun> runs);
  // Closes every open patch and returns the totals; the labeller is empty afterwards.
  PatchTotals finish();

 private:
  struct Component {
    std::int32_t parent;
    std::int32_t lastRow;
    double areaKm2;
    double equivalents;
  };
  struct LabelledRun {
    int begin, end;
    std::int32_t label;
  };

  bool continuesOneToOne(std::span<const HabitatRun> runs) const;  // run k touches previous run k, and only it
  std::int32_t newComponent();
  std::int32_t find(std::int32_t id) {  // the common case, a root, without a call
    return components_[std::size_t(id)].parent == id ? id : findSlow(id);
  }
  std::int32_t findSlow(std::int32_t id);
  std::int32_t unite(std::int32_t a, std::int32_t b);  // returns the surviving root
  void close(std::int32_t root);

  double territoryMinKm2_, territoryMaxKm2_;
  std::vector<Component> components_;
  std::vector<std::int32_t> free_;
  std::vector<LabelledRun> previous_, current_;
  std::vector<std::int32_t> created_;  // components made during the current row
  int previousRow_ = -2;
  PatchTotals totals_;
};

}  // namespace hp::model
