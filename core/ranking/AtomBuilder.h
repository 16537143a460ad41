// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include "Progress.h"
#include "capacity/CapacityEngine.h"
#include "model/ModelConfig.h"
#include "ranking/ParcelAtoms.h"

namespace hp::ranking {

struct BuiltAtoms {
  ParcelAtoms atoms;                  // index()ed
  std::vector<double> parcelAreaKm2;  // each parcel polygon's area, as evaluateRegions reports it
  double reserveAreaKm2 = 0;
};

// The atoms of `parcels` (one region each; they must not overlap) and of the existing `reserve`,
// in one streaming pass over the forest raster: the capacity engine's strips, pixel areas, quality
// factors, basin clipping and exact coverage fractions, so that for any selection S the PatchUnion
// of S ∪ reserve gives what evaluateRegions gives for the union polygon (up to rounding of sums).
// Memory: a few strips, the regions' polygons, and per atom its sums; the labelling keeps only two
// rows of runs. Deterministic whatever the number of threads. Throws hp::Error naming the file at
// fault, hp::Cancelled when `progress` says stop.
BuiltAtoms buildParcelAtoms(const capacity::CapacityInputs& inputs, const std::vector<capacity::Region>& parcels,
                            const std::optional<capacity::Region>& reserve, const model::ModelConfig& config,
                            const Progress& progress = {}, const capacity::EngineOptions& options = {});

}  // namespace hp::ranking
