// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "ranking/ParcelAtoms.h"

namespace hp::ranking {

// The patch rule over "reserve ∪ chosen parcels", from atoms: patches are the connected components
// of the chosen atoms; each holds floor(Σ equivalents) whole leopards.
struct UnionTotals {
  long patches = 0;
  double habitatKm2 = 0;
  double equivalents = 0;  // leopards_fractional
  long leopards = 0;
  long leopardsMin = 0;  // Σ floor(patch area / T_max)
  long leopardsMax = 0;  // Σ floor(patch area / T_min)
};

// Gain of adding one parcel to the current selection.
struct MarginalGain {
  long leopards = 0;
  double equivalents = 0;
};

// How long a gain holds while the selection grows elsewhere: the existing patches the parcels
// touch (root atom, Σ equivalents then) and how much those sums may grow in all before a whole
// leopard of the gain can change (the fractional gain never does: it is the parcels' own).
struct GainWindow {
  std::vector<std::pair<std::int32_t, double>> roots;
  double slack = 0;
};

// Evaluates unions of parcels exactly from their atoms. Keeps the current selection's patches in a
// union-find so that the gain of one more parcel costs only its own atoms and their neighbours.
class PatchUnion {
 public:
  // `atoms` must outlive this object and be index()ed. The reserve is always in.
  explicit PatchUnion(const ParcelAtoms& atoms);

  // Totals of reserve ∪ `parcels` (parcel indices; duplicates allowed), from scratch.
  UnionTotals evaluate(const std::vector<std::int32_t>& parcels) const;

  // The incremental selection: starts as the reserve alone.
  const UnionTotals& totals() const { return totals_; }
  bool isSelected(std::int32_t parcel) const { return selected_[std::size_t(parcel)] != 0; }
  // What adding `parcels` (not yet selected, distinct) would change; the selection stays as is.
  MarginalGain gainOf(const std::vector<std::int32_t>& parcels) const;
  MarginalGain gainOf(std::int32_t parcel) const { return gainOf(std::vector<std::int32_t>{parcel}); }
  // The same, and the window in which it holds.
  MarginalGain gainOf(const std::vector<std::int32_t>& parcels, GainWindow& window) const;
  // True when a gain whose window this is has not changed: the patches it touched are still apart
  // and grew by less than its slack. Precondition: no atom neighbouring the parcels' atoms joined
  // the selection since (that changes what they touch; evaluate afresh).
  bool stillHolds(const GainWindow& window) const;
  // The same change in every total, the range over the territory assumptions included: for reports
  // (what one parcel adds to the reserve), where gainOf serves the searches.
  UnionTotals additionOf(const std::vector<std::int32_t>& parcels) const;
  // Adds a parcel to the selection.
  void add(std::int32_t parcel);

 private:
  struct Root {
    double areaKm2 = 0;
    double equivalents = 0;
  };
  // The new patches that adding `parcels` makes (new atoms merged with the existing patches they
  // touch) and the existing roots they absorb.
  struct Merge {
    std::vector<Root> patches;
    std::vector<std::int32_t> absorbed;
    double freshEquivalents = 0;
  };
  Merge merge(const std::vector<std::int32_t>& parcels) const;
  std::int32_t find(std::int32_t atom) const;
  void addAtom(std::int32_t atom);

  const ParcelAtoms* atoms_;
  mutable std::vector<std::int32_t> parent_;  // −1: atom not in the selection
  std::vector<Root> sums_;                    // valid at roots
  std::vector<std::uint8_t> selected_;
  UnionTotals totals_;
};

}  // namespace hp::ranking
