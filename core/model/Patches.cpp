// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Patches.h"

#include <algorithm>

#include "model/PatchUnionFind.h"
#include "model/Territory.h"

namespace hp::model {

PatchLabeller::PatchLabeller(double territoryMinKm2, double territoryMaxKm2)
    : territoryMinKm2_(territoryMinKm2), territoryMaxKm2_(territoryMaxKm2) {}

std::int32_t PatchLabeller::newComponent() {
  std::int32_t id;
  if (!free_.empty()) {
    id = free_.back();
    free_.pop_back();
  } else {
    id = std::int32_t(components_.size());
    components_.emplace_back();
  }
  components_[std::size_t(id)] = {id, -1, 0.0, 0.0};
  created_.push_back(id);
  return id;
}

std::int32_t PatchLabeller::findSlow(std::int32_t id) { return patch_union::find<0>(components_, id); }

std::int32_t PatchLabeller::unite(std::int32_t a, std::int32_t b) { return patch_union::unite<0>(components_, a, b); }

void PatchLabeller::close(std::int32_t root) {
  const Component& c = components_[std::size_t(root)];
  ++totals_.patches;
  totals_.habitatKm2 += c.areaKm2;
  totals_.largestPatchKm2 = std::max(totals_.largestPatchKm2, c.areaKm2);
  totals_.equivalents += c.equivalents;
  totals_.leopards += wholeLeopards(c.equivalents);
  totals_.leopardsMin += wholeLeopards(c.areaKm2 / territoryMaxKm2_);
  totals_.leopardsMax += wholeLeopards(c.areaKm2 / territoryMinKm2_);
}

bool PatchLabeller::continuesOneToOne(std::span<const HabitatRun> runs) const {
  // 8-connected: [pb, pe) touches [rb, re) when pb ≤ re and rb ≤ pe. Both rows are sorted, so run
  // k touching only previous run k is a matter of its neighbours in both rows.
  const std::size_t n = runs.size();
  for (std::size_t k = 0; k < n; ++k) {
    const HabitatRun& r = runs[k];
    const LabelledRun& p = previous_[k];
    if (!(r.end > r.begin && p.begin <= r.end && r.begin <= p.end)) return false;
    if (k + 1 < n && (previous_[k + 1].begin <= r.end || runs[k + 1].begin <= p.end || runs[k + 1].begin <= r.end)) return false;
  }
  return true;
}

void PatchLabeller::addRow(int row, std::span<const HabitatRun> runs) {
  // The common case inside patches: each run continuing one run of the row above, and only it.
  // The same sums in the same order as the general case below; nothing merges or closes.
  if (row == previousRow_ + 1 && !runs.empty() && runs.size() == previous_.size() && continuesOneToOne(runs)) {
    for (std::size_t k = 0; k < runs.size(); ++k) {
      Component& c = components_[std::size_t(previous_[k].label)];  // a root: relabelled after each row
      c.areaKm2 += runs[k].areaKm2;
      c.equivalents += runs[k].equivalents;
      c.lastRow = row;
      previous_[k].begin = runs[k].begin;
      previous_[k].end = runs[k].end;
    }
    previousRow_ = row;
    return;
  }
  if (row != previousRow_ + 1) {
    // Nothing in this row can touch what came before.
    for (const LabelledRun& p : previous_) {
      const std::int32_t root = find(p.label);
      if (components_[std::size_t(root)].lastRow != -3) {
        close(root);
        components_[std::size_t(root)].lastRow = -3;
      }
    }
    previous_.clear();
    components_.clear();
    free_.clear();
  }
  created_.clear();
  current_.clear();
  std::size_t first = 0;  // first previous run that can still touch the current one
  for (const HabitatRun& run : runs) {
    if (run.end <= run.begin) continue;
    std::int32_t label = -1;
    // Runs of one row touching end to start are one run split in two.
    if (!current_.empty() && current_.back().end >= run.begin) label = find(current_.back().label);
    // 8-connected: previous [pb, pe) touches [rb, re) when pb ≤ re and rb ≤ pe.
    while (first < previous_.size() && previous_[first].end < run.begin) ++first;
    for (std::size_t j = first; j < previous_.size() && previous_[j].begin <= run.end; ++j)
      label = label < 0 ? find(previous_[j].label) : unite(label, previous_[j].label);
    if (label < 0) label = newComponent();
    Component& c = components_[std::size_t(find(label))];
    c.areaKm2 += run.areaKm2;
    c.equivalents += run.equivalents;
    current_.push_back({run.begin, run.end, label});
  }

  // Mark the patches this row continues; those of the previous row it does not are complete.
  for (LabelledRun& r : current_) {
    r.label = find(r.label);
    components_[std::size_t(r.label)].lastRow = row;
  }
  for (const LabelledRun& p : previous_) {
    const std::int32_t root = find(p.label);
    Component& c = components_[std::size_t(root)];
    if (c.lastRow != row && c.lastRow != -3) {
      close(root);
      c.lastRow = -3;  // closed; freed below
    }
  }
  // Free every label no run of this row holds (merged-away and closed ones). Roots held by
  // current runs survive; everything else from the previous row and this row's extras goes.
  for (int pass = 0; pass < 2; ++pass) {
    const std::size_t n = pass == 0 ? previous_.size() : created_.size();
    for (std::size_t k = 0; k < n; ++k) {
      const std::int32_t id = pass == 0 ? previous_[k].label : created_[k];
      Component& c = components_[std::size_t(id)];
      if ((c.lastRow == row && c.parent == id) || c.lastRow == -4) continue;  // live root, or already released
      c.lastRow = -4;
      free_.push_back(id);
    }
  }
  std::swap(previous_, current_);
  previousRow_ = row;
}

PatchTotals PatchLabeller::finish() {
  addRow(previousRow_ + 2, {});  // an empty row after a gap closes everything
  PatchTotals result = totals_;
  totals_ = {};
  components_.clear();
  free_.clear();
  previous_.clear();
  previousRow_ = -2;
  return result;
}

}  // namespace hp::model
