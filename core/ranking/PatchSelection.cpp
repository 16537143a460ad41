// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/PatchSelection.h"

#include <algorithm>

#include "model/Territory.h"

namespace hp::ranking {

namespace {
constexpr std::int32_t kRemoved = -2;
constexpr std::int32_t kBroken = -2;
}  // namespace

PatchSelection::PatchSelection(const ParcelAtoms& atoms)
    : atoms_(&atoms),
      patchOf_(atoms.atoms.size(), -1),
      selected_(std::size_t(atoms.parcelCount), 0),
      atomStamp_(atoms.atoms.size(), 0),
      atomNode_(atoms.atoms.size(), -1) {
  for (const auto atom : atoms.reserveAtoms) {
    const auto id = std::int32_t(patches_.size());
    patches_.push_back({{atom}, atoms.atoms[std::size_t(atom)].equivalents, atoms.atoms[std::size_t(atom)].areaKm2});
    patchOf_[std::size_t(atom)] = id;
  }
  // Merge touching reserve atoms (different reserve polygons may touch).
  for (const auto atom : atoms.reserveAtoms)
    for (const auto other : atoms.neighbours[std::size_t(atom)]) {
      const auto pa = patchOf_[std::size_t(atom)], pb = patchOf_[std::size_t(other)];
      if (pb < 0 || pa == pb) continue;
      auto& keep = patches_[std::size_t(pa)];
      auto& gone = patches_[std::size_t(pb)];
      for (const auto a : gone.atoms) patchOf_[std::size_t(a)] = pa;
      keep.atoms.insert(keep.atoms.end(), gone.atoms.begin(), gone.atoms.end());
      keep.equivalents += gone.equivalents;
      keep.areaKm2 += gone.areaKm2;
      gone = {};
      freePatches_.push_back(pb);
    }
  patchStamp_.assign(patches_.size(), 0);
  patchNode_.assign(patches_.size(), -1);
  for (const Patch& patch : patches_) {
    if (patch.atoms.empty()) continue;
    totals_.patches += 1;
    totals_.habitatKm2 += patch.areaKm2;
    totals_.equivalents += patch.equivalents;
    totals_.leopards += model::wholeLeopards(patch.equivalents);
  }
}

std::size_t PatchSelection::findLocal(std::vector<std::size_t>& up, std::size_t x) const {
  while (up[x] != x) x = up[x] = up[up[x]];
  return x;
}

PatchSelection::Local PatchSelection::build(std::span<const std::int32_t> out, std::span<const std::int32_t> in,
                                            bool optimistic) const {
  const ParcelAtoms& A = *atoms_;
  ++stamp_;
  if (patchStamp_.size() < patches_.size()) {
    patchStamp_.resize(patches_.size(), 0);
    patchNode_.resize(patches_.size(), -1);
  }
  Local local;
  auto addAtomNode = [&](std::int32_t atom) {
    atomStamp_[std::size_t(atom)] = stamp_;
    atomNode_[std::size_t(atom)] = std::int32_t(local.nodeAtom.size());
    local.nodeAtom.push_back(atom);
    local.nodePatch.push_back(-1);
    local.nodeSum.push_back(A.atoms[std::size_t(atom)].equivalents);
  };
  auto addPatchNode = [&](std::int32_t patch) {
    patchStamp_[std::size_t(patch)] = stamp_;
    patchNode_[std::size_t(patch)] = std::int32_t(local.nodeAtom.size());
    local.nodeAtom.push_back(-1);
    local.nodePatch.push_back(patch);
    local.nodeSum.push_back(patches_[std::size_t(patch)].equivalents);
    local.oldPatches.push_back(patch);
  };
  // Removed atoms, and the patches they break.
  for (const auto p : out)
    for (const auto atom : A.parcelAtoms[std::size_t(p)]) {
      atomStamp_[std::size_t(atom)] = stamp_;
      atomNode_[std::size_t(atom)] = kRemoved;
      local.delta.equivalents -= A.atoms[std::size_t(atom)].equivalents;
      local.delta.habitatKm2 -= A.atoms[std::size_t(atom)].areaKm2;
      const auto patch = patchOf_[std::size_t(atom)];
      if (optimistic) {
        // The broken patch stays one node, less the removed atoms: never fewer leopards than
        // its real pieces, since floor(a) + floor(b) <= floor(a + b).
        if (patchStamp_[std::size_t(patch)] != stamp_) addPatchNode(patch);
        local.nodeSum[std::size_t(patchNode_[std::size_t(patch)])] -= A.atoms[std::size_t(atom)].equivalents;
        continue;
      }
      if (patchStamp_[std::size_t(patch)] == stamp_) continue;
      patchStamp_[std::size_t(patch)] = stamp_;
      patchNode_[std::size_t(patch)] = kBroken;
      local.oldPatches.push_back(patch);
    }
  // The rest of a broken patch is re-split atom by atom.
  const std::size_t brokenCount = optimistic ? 0 : local.oldPatches.size();
  for (std::size_t k = 0; k < brokenCount; ++k)
    for (const auto atom : patches_[std::size_t(local.oldPatches[k])].atoms)
      if (atomStamp_[std::size_t(atom)] != stamp_) addAtomNode(atom);
  const std::size_t remaining = local.nodeAtom.size();
  for (const auto p : in)
    for (const auto atom : A.parcelAtoms[std::size_t(p)]) {
      addAtomNode(atom);
      local.delta.equivalents += A.atoms[std::size_t(atom)].equivalents;
      local.delta.habitatKm2 += A.atoms[std::size_t(atom)].areaKm2;
    }
  const std::size_t atomNodes = local.nodeAtom.size();
  // Untouched patches next to added atoms join as whole nodes.
  for (std::size_t i = remaining; i < atomNodes; ++i)
    for (const auto other : A.neighbours[std::size_t(local.nodeAtom[i])]) {
      const auto patch = patchOf_[std::size_t(other)];
      if (patch < 0 || patchStamp_[std::size_t(patch)] == stamp_) continue;
      addPatchNode(patch);
    }
  local.up.resize(local.nodeAtom.size());
  for (std::size_t i = 0; i < local.up.size(); ++i) local.up[i] = i;
  for (std::size_t i = 0; i < atomNodes; ++i) {
    if (local.nodeAtom[i] < 0) continue;  // a patch node kept whole (optimistic)
    for (const auto other : A.neighbours[std::size_t(local.nodeAtom[i])]) {
      std::int32_t j = -1;
      if (atomStamp_[std::size_t(other)] == stamp_) {
        j = atomNode_[std::size_t(other)];  // a remaining atom of a broken patch, an added atom, or removed (< 0)
      } else if (const auto patch = patchOf_[std::size_t(other)]; patch >= 0 && i >= remaining) {
        j = patchNode_[std::size_t(patch)];
      }
      if (j >= 0) local.up[findLocal(local.up, i)] = findLocal(local.up, std::size_t(j));
    }
  }
  std::vector<double> sum(local.up.size(), 0.0);
  for (std::size_t i = 0; i < local.up.size(); ++i) sum[findLocal(local.up, i)] += local.nodeSum[i];
  for (std::size_t i = 0; i < local.up.size(); ++i)
    if (findLocal(local.up, i) == i) local.delta.leopards += model::wholeLeopards(sum[i]);
  for (const auto patch : local.oldPatches) local.delta.leopards -= model::wholeLeopards(patches_[std::size_t(patch)].equivalents);
  return local;
}

PatchDelta PatchSelection::evaluate(std::span<const std::int32_t> out, std::span<const std::int32_t> in) const {
  return build(out, in, false).delta;
}

PatchDelta PatchSelection::bound(std::span<const std::int32_t> out, std::span<const std::int32_t> in) const {
  return build(out, in, true).delta;
}

PatchDelta PatchSelection::apply(std::span<const std::int32_t> out, std::span<const std::int32_t> in) {
  Local local = build(out, in, false);
  const ParcelAtoms& A = *atoms_;
  for (const auto p : out) {
    selected_[std::size_t(p)] = 0;
    for (const auto atom : A.parcelAtoms[std::size_t(p)]) patchOf_[std::size_t(atom)] = -1;
  }
  for (const auto p : in) selected_[std::size_t(p)] = 1;
  // Group the nodes by local root; each group becomes one patch. The largest whole patch in a
  // group keeps its id and atoms, so growing a big patch costs only what joins it.
  std::vector<std::pair<std::size_t, std::size_t>> byRoot;
  for (std::size_t i = 0; i < local.up.size(); ++i) byRoot.emplace_back(findLocal(local.up, i), i);
  std::sort(byRoot.begin(), byRoot.end());
  std::vector<std::int32_t> kept;
  for (std::size_t begin = 0; begin < byRoot.size();) {
    std::size_t end = begin;
    std::int32_t keeper = -1;
    while (end < byRoot.size() && byRoot[end].first == byRoot[begin].first) {
      const auto patch = local.nodePatch[byRoot[end].second];
      if (patch >= 0 && (keeper < 0 || patches_[std::size_t(patch)].atoms.size() > patches_[std::size_t(keeper)].atoms.size()))
        keeper = patch;
      ++end;
    }
    std::int32_t id = keeper;
    if (id < 0) {
      if (!freePatches_.empty()) {
        id = freePatches_.back();
        freePatches_.pop_back();
      } else {
        id = std::int32_t(patches_.size());
        patches_.emplace_back();
      }
      patches_[std::size_t(id)] = {};
    }
    kept.push_back(id);
    for (std::size_t k = begin; k < end; ++k) {
      const auto node = byRoot[k].second;
      Patch& into = patches_[std::size_t(id)];
      if (const auto atom = local.nodeAtom[node]; atom >= 0) {
        into.atoms.push_back(atom);
        into.equivalents += A.atoms[std::size_t(atom)].equivalents;
        into.areaKm2 += A.atoms[std::size_t(atom)].areaKm2;
        patchOf_[std::size_t(atom)] = id;
      } else if (const auto patch = local.nodePatch[node]; patch != id) {
        Patch& from = patches_[std::size_t(patch)];
        for (const auto a : from.atoms) patchOf_[std::size_t(a)] = id;
        into.atoms.insert(into.atoms.end(), from.atoms.begin(), from.atoms.end());
        into.equivalents += from.equivalents;
        into.areaKm2 += from.areaKm2;
      }
    }
    begin = end;
  }
  std::sort(kept.begin(), kept.end());
  for (const auto patch : local.oldPatches) {
    if (std::binary_search(kept.begin(), kept.end(), patch)) continue;
    patches_[std::size_t(patch)] = {};
    freePatches_.push_back(patch);
  }
  totals_.leopards += local.delta.leopards;
  totals_.patches += long(kept.size()) - long(local.oldPatches.size());
  totals_.equivalents += local.delta.equivalents;
  totals_.habitatKm2 += local.delta.habitatKm2;
  return local.delta;
}

void PatchSelection::touchedPatches(std::int32_t parcel, std::vector<std::int32_t>& patches) const {
  for (const auto atom : atoms_->parcelAtoms[std::size_t(parcel)]) {
    if (patchOf_[std::size_t(atom)] >= 0) patches.push_back(patchOf_[std::size_t(atom)]);
    for (const auto other : atoms_->neighbours[std::size_t(atom)])
      if (patchOf_[std::size_t(other)] >= 0) patches.push_back(patchOf_[std::size_t(other)]);
  }
}

bool PatchSelection::independent(std::int32_t parcel, std::int32_t other) const {
  for (const auto atom : atoms_->parcelAtoms[std::size_t(parcel)])
    for (const auto n : atoms_->neighbours[std::size_t(atom)])
      if (atoms_->atoms[std::size_t(n)].owner == other) return false;
  std::vector<std::int32_t> a, b;
  touchedPatches(parcel, a);
  touchedPatches(other, b);
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::vector<std::int32_t> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  return common.empty();
}

}  // namespace hp::ranking
