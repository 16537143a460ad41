// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/SelectionPerimeter.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "geo/Error.h"
#include "ranking/ParcelAtoms.h"

namespace hp::ranking {

SelectionPerimeter::SelectionPerimeter(int parcelCount, const std::vector<SelectionEdge>& edges)
    : outside_(std::size_t(parcelCount), 0.0), shared_(std::size_t(parcelCount)) {
  auto valid = [&](int end) { return end == ParcelAtoms::kReserve || (end >= 0 && end < parcelCount); };
  for (const SelectionEdge& e : edges) {
    if (!valid(e.a) || !valid(e.b))
      throw Error(ErrorCode::InvalidInput, {}, "a boundary names parcel " + std::to_string(valid(e.a) ? e.b : e.a) +
                                                   " of " + std::to_string(parcelCount));
    if (!std::isfinite(e.lengthKm) || e.lengthKm < 0)
      throw Error(ErrorCode::InvalidInput, {}, "boundary lengths must be non-negative numbers");
    if (e.a == ParcelAtoms::kReserve || e.b == ParcelAtoms::kReserve || e.lengthKm == 0) continue;
    empty_ = false;
    if (e.a == e.b) {
      outside_[std::size_t(e.a)] += e.lengthKm;
    } else {
      shared_[std::size_t(e.a)].emplace_back(e.b, e.lengthKm);
      shared_[std::size_t(e.b)].emplace_back(e.a, e.lengthKm);
    }
  }
  // One entry per neighbour, so a flip's change is a short sum.
  for (auto& list : shared_) {
    std::sort(list.begin(), list.end());
    std::size_t kept = 0;
    for (std::size_t k = 0; k < list.size(); ++k) {
      if (kept > 0 && list[kept - 1].first == list[k].first) list[kept - 1].second += list[k].second;
      else list[kept++] = list[k];
    }
    list.resize(kept);
  }
}

double SelectionPerimeter::perimeterKm(const std::vector<std::uint8_t>& bought) const {
  double km = 0;
  for (std::size_t i = 0; i < outside_.size(); ++i) {
    if (!bought[i]) continue;
    km += outside_[i];
    for (const auto& [j, length] : shared_[i])
      if (!bought[std::size_t(j)]) km += length;
  }
  return km;
}

double SelectionPerimeter::flipDeltaKm(std::int32_t parcel, const std::vector<std::uint8_t>& bought) const {
  // Buying: the outside boundary and stretches to unbought neighbours appear, stretches to bought
  // neighbours vanish; selling is the opposite.
  double delta = outside_[std::size_t(parcel)];
  for (const auto& [j, length] : shared_[std::size_t(parcel)]) delta += bought[std::size_t(j)] ? -length : length;
  return bought[std::size_t(parcel)] ? -delta : delta;
}

}  // namespace hp::ranking
