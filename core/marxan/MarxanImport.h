// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "io/ParcelIds.h"
#include "io/VectorLayer.h"
#include "marxan/MarxanFiles.h"
#include "marxan/MarxanUnitIds.h"
#include "project/Project.h"

namespace hp::ranking {

// Marxan's solutions back into the project. A planning unit's number becomes a parcel id through
// `unitIds` (marxan-export's parcel_ids.csv); an empty table reads numbers as the ids themselves.

// The parcels a solution selects (value > 0: SOLUTION 1 in output_best, a run count ≥ 1 in
// output_ssoln), ascending (parcelIdLess). Throws Error(InvalidInput) naming `solutionPath` for a
// unit the table does not have, or a parcel not among `parcelIds` (when given: the solution
// belongs to another parcel layer).
std::vector<ParcelId> selectedParcelIds(const MarxanSolutionColumn& solution, const std::string& solutionPath,
                                        const MarxanUnitIds& unitIds, const std::vector<ParcelId>& parcelIds = {});

// The unit table for a solution: the file `unitIdsPath` when given, else findMarxanUnitIds's, else
// none (an empty table).
MarxanUnitIds unitIdsForSolution(const std::string& solutionPath, const std::string& unitIdsPath = {});

// Adds a candidate named `name` holding the solution's selected parcels to `project`, units named
// by unitIdsForSolution(solutionPath, unitIdsPath). Throws Error(InvalidInput) when the project
// already has a candidate of that name, or as above. Returns the new candidate.
const project::Candidate& addMarxanCandidate(project::Project& project, const std::string& name,
                                             const std::string& solutionPath,
                                             const std::vector<ParcelId>& parcelIds = {},
                                             const std::string& unitIdsPath = {});

// A copy of `parcels` with an integer field `field` holding each parcel's value in the solution
// (output_best: 0/1, output_ssoln: how many runs selected it), matched on `idField` (absent: the
// feature id) through `unitIds`; parcels the file does not list get 0. An existing field of that
// name is overwritten. Throws Error(InvalidInput) naming `solutionPath` for a unit no parcel has,
// or a value that is not a whole number.
VectorLayer withMarxanColumn(const VectorLayer& parcels, const MarxanSolutionColumn& solution,
                             const std::string& solutionPath, const std::string& field,
                             const std::string& idField = "parcel_id", const MarxanUnitIds& unitIds = {});

}  // namespace hp::ranking
