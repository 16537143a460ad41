// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "io/VectorLayer.h"
#include "project/Project.h"
#include "ranking/MarxanFiles.h"

namespace hp::ranking {

// Marxan's solutions back into the project. marxan-export writes each parcel's id field
// (parcel_id by default) as its planning-unit id, so a PUID is a parcel id: no lookup table.

// The units a solution selects (value > 0: SOLUTION 1 in output_best, a run count ≥ 1 in
// output_ssoln), ascending. Throws Error(InvalidInput) naming `solutionPath` for an id that is
// not among `parcelIds` (when given: the solution belongs to another parcel layer).
std::vector<std::int64_t> selectedParcelIds(const MarxanSolutionColumn& solution, const std::string& solutionPath,
                                            const std::vector<std::int64_t>& parcelIds = {});

// Adds a candidate named `name` holding the solution's selected parcels to `project`. Throws
// Error(InvalidInput) when the project already has a candidate of that name, or as above.
// Returns the new candidate.
const project::Candidate& addMarxanCandidate(project::Project& project, const std::string& name,
                                             const std::string& solutionPath,
                                             const std::vector<std::int64_t>& parcelIds = {});

// A copy of `parcels` with an integer field `field` holding each parcel's value in the solution
// (output_best: 0/1, output_ssoln: how many runs selected it), matched on `idField` (absent: the
// feature id); parcels the file does not list get 0. An existing field of that name is
// overwritten. Throws Error(InvalidInput) naming `solutionPath` for a unit no parcel has, or a
// value that is not a whole number.
VectorLayer withMarxanColumn(const VectorLayer& parcels, const MarxanSolutionColumn& solution,
                             const std::string& solutionPath, const std::string& field,
                             const std::string& idField = "parcel_id");

}  // namespace hp::ranking
