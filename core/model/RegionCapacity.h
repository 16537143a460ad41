// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <string>

namespace hp::model {

// The capacity of one region (a parcel, a set of parcels, a candidate reserve). Areas are physical
// km² on the ellipsoid whatever the CRS of the data.
struct RegionCapacity {
  std::string id;
  double areaKm2 = 0;      // the region polygon's geodesic area, raster or not
  double habitatKm2 = 0;   // habitat pixels inside the region and a river basin (coverage-weighted)
  double meanCanopyPct = std::numeric_limits<double>::quiet_NaN();  // area-weighted over valid pixels; NaN if none
  long patches = 0;        // 8-connected habitat patches
  double largestPatchKm2 = 0;
  long leopards = 0;       // Σ over patches of floor(leopard-equivalents)
  double leopardsFractional = 0;  // Σ leopard-equivalents, no floor
  long leopardsMin = 0;    // every habitat pixel at T_max, same patch rule
  long leopardsMax = 0;    // every habitat pixel at T_min, same patch rule
};

}  // namespace hp::model
