// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace hp::ranking {

// One 8-connected component of the habitat pixels a single owner (a parcel, or the reserve) covers,
// with the sums the patch rule needs. Because parcels do not overlap and each pixel's contribution
// is coverage-weighted, a patch of any union of owners is a set of atoms, and its sums are the
// atoms' sums added up.
struct Atom {
  std::int32_t owner = 0;  // index of the parcel; ParcelAtoms::kReserve for the reserve
  double areaKm2 = 0;      // Σ a·f over the atom's habitat pixels
  double equivalents = 0;  // Σ a·f/T(q)
};

// The atoms of every parcel and of the reserve, and which atoms of different owners touch (share
// a pixel or have 8-adjacent pixels), so that they merge into one patch when both owners are in.
struct ParcelAtoms {
  static constexpr std::int32_t kReserve = -1;

  int parcelCount = 0;
  double territoryMinKm2 = 0;  // T_min, for leopards_max
  double territoryMaxKm2 = 0;  // T_max, for leopards_min
  std::vector<Atom> atoms;
  std::vector<std::pair<std::int32_t, std::int32_t>> touching;  // atom index pairs, any order

  // Atom indices of each parcel, and of the reserve; derived by index().
  std::vector<std::vector<std::int32_t>> parcelAtoms;
  std::vector<std::int32_t> reserveAtoms;
  // Neighbouring atoms of each atom (both directions); derived by index().
  std::vector<std::vector<std::int32_t>> neighbours;

  // Fills the derived lists from `atoms` and `touching`; call after filling those.
  void index();

  // Pairs of parcels with touching atoms (the reserve left out), each once, lower index first, sorted.
  std::vector<std::pair<std::int32_t, std::int32_t>> touchingParcels() const;
};

}  // namespace hp::ranking
