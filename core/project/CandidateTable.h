// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "project/ProjectCapacity.h"

namespace hp::project {

// The columns `capacity --candidates` writes after capacity::capacityColumns() (a contract scripts rely
// on): cost_usd, then each candidate with the existing reserve (leopards_with_reserve, _min, _max) and
// what it adds to it (added_area_km2, added_habitat_km2, added_leopards, added_leopards_fractional,
// added_leopards_min, added_leopards_max, added_per_musd). The reserve-side columns are empty (null in
// JSON) on the last row, the reserve itself, and everywhere when the project has no reserve;
// added_per_musd is empty when the candidate costs nothing.
const std::vector<std::string>& candidateColumns();

// figures as evaluateCandidates(…, includeReserve = true) returns them. Written atomically; throws
// Error(WriteFailed).
void writeCandidatesCsv(const std::string& path, const std::vector<CandidateFigures>& figures);
void writeCandidatesJson(const std::string& path, const std::vector<CandidateFigures>& figures);

}  // namespace hp::project
