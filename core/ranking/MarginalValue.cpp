// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/MarginalValue.h"

#include "ranking/PatchUnion.h"

namespace hp::ranking {

std::vector<MarginalValue> marginalValues(const ParcelAtoms& atoms, const std::vector<double>& costs,
                                          const std::vector<std::int32_t>& chosen) {
  PatchUnion current(atoms);
  for (const auto p : chosen) current.add(p);
  std::vector<MarginalValue> rows;
  for (std::int32_t p = 0; p < atoms.parcelCount; ++p) {
    if (current.isSelected(p)) continue;
    const auto gain = current.gainOf(p);
    const double millions = costs[std::size_t(p)] / 1e6;
    MarginalValue row{p, gain.leopards, gain.equivalents, 0, 0};
    if (millions > 0) {
      row.leopardsPerMillionUsd = double(gain.leopards) / millions;
      row.fractionalPerMillionUsd = gain.equivalents / millions;
    }
    rows.push_back(row);
  }
  return rows;
}

}  // namespace hp::ranking
