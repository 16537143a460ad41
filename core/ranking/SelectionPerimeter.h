// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "ranking/BudgetSelection.h"

namespace hp::ranking {

// The perimeter (km) of a selection of parcels as one region: shared stretches between a bought
// and an unbought parcel, plus the outside boundary ({i, i, km}) of bought parcels. Stretches
// shared with the existing reserve (an end equal to ParcelAtoms::kReserve, −1) count as shared
// and never add. Edges given twice add up.
class SelectionPerimeter {
 public:
  // Throws Error(InvalidInput) for an edge naming no parcel or a negative or non-finite length.
  SelectionPerimeter(int parcelCount, const std::vector<SelectionEdge>& edges);

  double perimeterKm(const std::vector<std::uint8_t>& bought) const;
  // How the perimeter changes when `parcel` flips (bought ↔ not bought).
  double flipDeltaKm(std::int32_t parcel, const std::vector<std::uint8_t>& bought) const;

  double outsideKm(std::int32_t parcel) const { return outside_[std::size_t(parcel)]; }
  // Shared stretches of `parcel` with other parcels, one entry per neighbour.
  const std::vector<std::pair<std::int32_t, double>>& sharedKm(std::int32_t parcel) const {
    return shared_[std::size_t(parcel)];
  }
  bool empty() const noexcept { return empty_; }

 private:
  std::vector<double> outside_;
  std::vector<std::vector<std::pair<std::int32_t, double>>> shared_;
  bool empty_ = true;
};

}  // namespace hp::ranking
