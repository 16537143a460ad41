// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "Progress.h"
#include "io/ParcelIds.h"
#include "io/VectorLayer.h"
#include "marxan/MarxanProblem.h"

namespace hp::ranking {

struct MarxanExportOptions {
  std::string idField = "parcel_id";       // text or numbers, unique
  std::string costField = "price_usd";     // >= 0
  std::vector<std::string> featureFields;  // numeric fields, one conservation feature each
  double targetProportion = 0.3;           // spec.dat prop for every feature
  double blm = 0.0;
  std::vector<ParcelId> lockedIn;          // ids → status 2
  std::vector<ParcelId> lockedOut;         // ids → status 3
};

// A Marxan problem over a parcel layer, and which parcel each planning unit is.
struct MarxanLayerProblem {
  MarxanProblem problem;
  std::vector<ParcelId> parcelIds;  // parallel to problem.units
};

// A Marxan problem from a polygon layer (parcels): one planning unit per feature, numbered by
// marxanUnitNumbers (the parcel ids when they are all whole numbers), with its cost, one conservation feature per field named in featureFields (amount = the field's value, a
// null as 0, zeros left out of puvspr), targets as a proportion of each total, and bound.dat from
// sharedBoundaries() in km. Throws Error(NoSuchField) for a missing field, Error(InvalidInput)
// naming the feature for a null, negative or non-numeric cost, a negative amount, an empty or
// duplicate id or a locked id the layer does not have.
MarxanLayerProblem marxanProblemFromLayer(const VectorLayer& layer, const MarxanExportOptions& options, const Progress& progress = {});

// writeMarxanProject, plus parcel_ids.csv beside pu.dat. Returns the path of input.dat.
std::string writeMarxanLayerProject(const std::string& directory, const MarxanLayerProblem& layerProblem);

}  // namespace hp::ranking
