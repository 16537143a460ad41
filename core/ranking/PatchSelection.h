// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "ranking/ParcelAtoms.h"
#include "ranking/PatchUnion.h"

namespace hp::ranking {

// What a move (some parcels out, some in) changes in reserve ∪ selection.
struct PatchDelta {
  long leopards = 0;
  double equivalents = 0;
  double habitatKm2 = 0;
};

// A selection of parcels that can shrink as well as grow, for local search. Keeps each patch's
// atoms, so a move is evaluated from the patches it touches only: the added atoms join the
// patches they touch (as PatchUnion::gainOf), and a patch that loses atoms is re-split by a
// search over its remaining atoms, O(that patch). The reserve is always in.
class PatchSelection {
 public:
  explicit PatchSelection(const ParcelAtoms& atoms);

  bool isSelected(std::int32_t parcel) const { return selected_[std::size_t(parcel)] != 0; }
  // leopards, equivalents, habitatKm2 and patches are kept; leopardsMin/Max are not.
  const UnionTotals& totals() const { return totals_; }

  // The change of removing `out` (selected, distinct) and adding `in` (not selected, distinct);
  // the selection stays as is.
  PatchDelta evaluate(std::span<const std::int32_t> out, std::span<const std::int32_t> in) const;
  // The same move with the patches that lose atoms kept whole: `leopards` is an upper bound of
  // evaluate()'s (equivalents and habitat exact), without re-splitting those patches, so a move
  // that cannot improve is rejected in O(its atoms and neighbours).
  PatchDelta bound(std::span<const std::int32_t> out, std::span<const std::int32_t> in) const;
  // Applies that move and returns its change.
  PatchDelta apply(std::span<const std::int32_t> out, std::span<const std::int32_t> in);

  // True when the patches `parcel`'s atoms touch (or, if selected, lie in) share none with the
  // patches of `other`'s: then the two parcels' moves change the leopards independently.
  bool independent(std::int32_t parcel, std::int32_t other) const;

 private:
  struct Patch {
    std::vector<std::int32_t> atoms;
    double equivalents = 0;
    double areaKm2 = 0;
  };
  // The move's local picture: nodes are single atoms or whole untouched patches.
  struct Local {
    std::vector<std::int32_t> nodeAtom;   // atom id, or −1 for a patch node
    std::vector<std::int32_t> nodePatch;  // patch id for a patch node, else −1
    std::vector<double> nodeSum;          // equivalents of each node
    std::vector<std::size_t> up;          // local union-find
    std::vector<std::int32_t> oldPatches; // patches the move replaces
    PatchDelta delta;
  };
  Local build(std::span<const std::int32_t> out, std::span<const std::int32_t> in, bool optimistic) const;
  std::size_t findLocal(std::vector<std::size_t>& up, std::size_t x) const;
  void touchedPatches(std::int32_t parcel, std::vector<std::int32_t>& patches) const;

  const ParcelAtoms* atoms_;
  std::vector<std::int32_t> patchOf_;  // per atom; −1 when not selected
  std::vector<Patch> patches_;
  std::vector<std::int32_t> freePatches_;
  std::vector<std::uint8_t> selected_;
  UnionTotals totals_;
  // Scratch, stamped per call so nothing is cleared.
  mutable std::vector<std::uint32_t> atomStamp_, patchStamp_;
  mutable std::vector<std::int32_t> atomNode_, patchNode_;
  mutable std::uint32_t stamp_ = 0;
};

}  // namespace hp::ranking
