// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/PatchUnion.h"

#include <algorithm>
#include <cmath>

#include "model/Territory.h"

namespace hp::ranking {

namespace {

// Adds (sign +1) or removes (sign −1) one patch's share of the totals.
void account(UnionTotals& t, double areaKm2, double equivalents, const ParcelAtoms& atoms, int sign) {
  t.patches += sign;
  t.habitatKm2 += sign * areaKm2;
  t.equivalents += sign * equivalents;
  t.leopards += sign * model::wholeLeopards(equivalents);
  t.leopardsMin += sign * model::wholeLeopards(areaKm2 / atoms.territoryMaxKm2);
  t.leopardsMax += sign * model::wholeLeopards(areaKm2 / atoms.territoryMinKm2);
}

}  // namespace

PatchUnion::PatchUnion(const ParcelAtoms& atoms)
    : atoms_(&atoms),
      parent_(atoms.atoms.size(), -1),
      sums_(atoms.atoms.size()),
      selected_(std::size_t(atoms.parcelCount), 0) {
  for (const auto atom : atoms.reserveAtoms) addAtom(atom);
}

std::int32_t PatchUnion::find(std::int32_t atom) const {
  auto root = atom;
  while (parent_[std::size_t(root)] != root) root = parent_[std::size_t(root)];
  while (parent_[std::size_t(atom)] != root) {  // path compression keeps later finds short
    const auto next = parent_[std::size_t(atom)];
    parent_[std::size_t(atom)] = root;
    atom = next;
  }
  return root;
}

void PatchUnion::addAtom(std::int32_t atom) {
  const Atom& a = atoms_->atoms[std::size_t(atom)];
  parent_[std::size_t(atom)] = atom;
  sums_[std::size_t(atom)] = {a.areaKm2, a.equivalents};
  account(totals_, a.areaKm2, a.equivalents, *atoms_, +1);
  for (const auto other : atoms_->neighbours[std::size_t(atom)]) {
    if (parent_[std::size_t(other)] < 0) continue;
    const auto ra = find(atom), rb = find(other);
    if (ra == rb) continue;
    Root& sa = sums_[std::size_t(ra)];
    const Root& sb = sums_[std::size_t(rb)];
    account(totals_, sa.areaKm2, sa.equivalents, *atoms_, -1);
    account(totals_, sb.areaKm2, sb.equivalents, *atoms_, -1);
    sa.areaKm2 += sb.areaKm2;
    sa.equivalents += sb.equivalents;
    parent_[std::size_t(rb)] = ra;
    account(totals_, sa.areaKm2, sa.equivalents, *atoms_, +1);
  }
}

void PatchUnion::add(std::int32_t parcel) {
  if (selected_[std::size_t(parcel)]) return;
  selected_[std::size_t(parcel)] = 1;
  for (const auto atom : atoms_->parcelAtoms[std::size_t(parcel)]) addAtom(atom);
}

PatchUnion::Merge PatchUnion::merge(const std::vector<std::int32_t>& parcels) const {
  // The new atoms and the existing patches they touch form new patches; a small local union-find
  // over just those gives the change without touching the selection.
  std::vector<std::int32_t> nodes;  // atom ids of the new atoms
  for (const auto p : parcels)
    for (const auto atom : atoms_->parcelAtoms[std::size_t(p)]) nodes.push_back(atom);
  const std::size_t fresh = nodes.size();
  Merge out;
  std::vector<std::int32_t>& roots = out.absorbed;
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  auto indexOfNew = [&](std::int32_t atom) -> std::ptrdiff_t {
    const auto it = std::find(nodes.begin(), nodes.begin() + std::ptrdiff_t(fresh), atom);
    return it == nodes.begin() + std::ptrdiff_t(fresh) ? -1 : it - nodes.begin();
  };
  for (std::size_t i = 0; i < fresh; ++i) {
    for (const auto other : atoms_->neighbours[std::size_t(nodes[i])]) {
      if (parent_[std::size_t(other)] >= 0) {
        const auto root = find(other);
        auto it = std::find(roots.begin(), roots.end(), root);
        std::size_t k = fresh + std::size_t(it - roots.begin());
        if (it == roots.end()) roots.push_back(root);
        edges.emplace_back(i, k);
      } else if (const auto j = indexOfNew(other); j > std::ptrdiff_t(i)) {
        edges.emplace_back(i, std::size_t(j));
      }
    }
  }
  const std::size_t n = fresh + roots.size();
  std::vector<std::size_t> up(n);
  for (std::size_t i = 0; i < n; ++i) up[i] = i;
  auto findLocal = [&](std::size_t x) {
    while (up[x] != x) x = up[x] = up[up[x]];
    return x;
  };
  for (const auto& [a, b] : edges) up[findLocal(a)] = findLocal(b);
  std::vector<Root> sums(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Root s = i < fresh ? Root{atoms_->atoms[std::size_t(nodes[i])].areaKm2, atoms_->atoms[std::size_t(nodes[i])].equivalents}
                             : sums_[std::size_t(roots[i - fresh])];
    Root& r = sums[findLocal(i)];
    r.areaKm2 += s.areaKm2;
    r.equivalents += s.equivalents;
    if (i < fresh) out.freshEquivalents += s.equivalents;
  }
  for (std::size_t i = 0; i < n; ++i)
    if (findLocal(i) == i) out.patches.push_back(sums[i]);
  return out;
}

MarginalGain PatchUnion::gainOf(const std::vector<std::int32_t>& parcels) const {
  const Merge m = merge(parcels);
  MarginalGain gain;
  gain.equivalents = m.freshEquivalents;
  for (const Root& patch : m.patches) gain.leopards += model::wholeLeopards(patch.equivalents);
  for (const auto root : m.absorbed) gain.leopards -= model::wholeLeopards(sums_[std::size_t(root)].equivalents);
  return gain;
}

namespace {

// How much `equivalents` may grow before wholeLeopards of it changes, less a margin far above
// the rounding of sums taken in another order.
double roomToNextLeopard(double equivalents) {
  const double e = std::max(equivalents, 0.0);
  const double next = std::floor(e + 1e-9) + 1 - 1e-9;
  return next - e - 1e-9;
}

}  // namespace

MarginalGain PatchUnion::gainOf(const std::vector<std::int32_t>& parcels, GainWindow& window) const {
  const Merge m = merge(parcels);
  MarginalGain gain;
  gain.equivalents = m.freshEquivalents;
  window.roots.clear();
  window.slack = 1.0;
  for (const Root& patch : m.patches) {
    gain.leopards += model::wholeLeopards(patch.equivalents);
    window.slack = std::min(window.slack, roomToNextLeopard(patch.equivalents));
  }
  for (const auto root : m.absorbed) {
    const double e = sums_[std::size_t(root)].equivalents;
    gain.leopards -= model::wholeLeopards(e);
    window.slack = std::min(window.slack, roomToNextLeopard(e));
    window.roots.emplace_back(root, e);
  }
  return gain;
}

bool PatchUnion::stillHolds(const GainWindow& window) const {
  // Every merged patch holds the touched roots' sums (and the parcels' own atoms, unchanged), so
  // it grew by the roots' growth in all; each touched patch by its own, at most that.
  double growth = 0;
  for (std::size_t i = 0; i < window.roots.size(); ++i) {
    const std::int32_t root = find(window.roots[i].first);
    for (std::size_t j = 0; j < i; ++j)
      if (find(window.roots[j].first) == root) return false;  // two patches it touched have joined
    growth += sums_[std::size_t(root)].equivalents - window.roots[i].second;
  }
  return growth < window.slack;
}

UnionTotals PatchUnion::additionOf(const std::vector<std::int32_t>& parcels) const {
  const Merge m = merge(parcels);
  UnionTotals change;
  for (const Root& patch : m.patches) account(change, patch.areaKm2, patch.equivalents, *atoms_, +1);
  for (const auto root : m.absorbed) {
    const Root& r = sums_[std::size_t(root)];
    account(change, r.areaKm2, r.equivalents, *atoms_, -1);
  }
  change.equivalents = m.freshEquivalents;  // exact, not a difference of sums
  return change;
}

UnionTotals PatchUnion::evaluate(const std::vector<std::int32_t>& parcels) const {
  PatchUnion fresh(*atoms_);
  for (const auto p : parcels) fresh.add(p);
  return fresh.totals();
}

}  // namespace hp::ranking
