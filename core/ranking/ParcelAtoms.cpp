// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/ParcelAtoms.h"

#include <algorithm>

namespace hp::ranking {

void ParcelAtoms::index() {
  parcelAtoms.assign(std::size_t(parcelCount), {});
  reserveAtoms.clear();
  neighbours.assign(atoms.size(), {});
  for (std::size_t i = 0; i < atoms.size(); ++i) {
    const auto owner = atoms[i].owner;
    if (owner == kReserve)
      reserveAtoms.push_back(std::int32_t(i));
    else
      parcelAtoms[std::size_t(owner)].push_back(std::int32_t(i));
  }
  for (const auto& [a, b] : touching) {
    neighbours[std::size_t(a)].push_back(b);
    neighbours[std::size_t(b)].push_back(a);
  }
  // The same pair may be reported from several pixels; one edge is enough.
  for (auto& list : neighbours) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
}

std::vector<std::pair<std::int32_t, std::int32_t>> ParcelAtoms::touchingParcels() const {
  std::vector<std::pair<std::int32_t, std::int32_t>> pairs;
  for (const auto& [a, b] : touching) {
    const auto pa = atoms[std::size_t(a)].owner, pb = atoms[std::size_t(b)].owner;
    if (pa == kReserve || pb == kReserve || pa == pb) continue;
    pairs.emplace_back(std::min(pa, pb), std::max(pa, pb));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace hp::ranking
