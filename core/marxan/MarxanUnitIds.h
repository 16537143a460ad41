// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "io/ParcelIds.h"

namespace hp::ranking {

// Marxan numbers planning units with integers; registers name parcels with text. marxan-export
// writes which planning unit is which parcel to parcel_ids.csv (puid,parcel_id) in the INPUTDIR,
// and every reader of Marxan's answers turns the numbers back into the user's ids through it.
inline constexpr const char* kMarxanUnitIdsFile = "parcel_ids.csv";

// Planning-unit number -> parcel id. Empty: a planning unit's number is the parcel id itself (a
// solution from a Marxan project written by another tool over numbered parcels).
struct MarxanUnitIds {
  std::unordered_map<std::int64_t, ParcelId> parcelOf;

  // The parcel a unit stands for; false when the table has no such unit.
  bool find(std::int64_t puid, ParcelId& parcel) const;
};

// Planning-unit numbers for parcels, parallel to `ids`: the ids themselves when every id is a
// whole number from 1 to 2^31 − 1 (Marxan reads ints), so numbered layers keep their numbers;
// otherwise 1..n in layer order.
std::vector<std::int64_t> marxanUnitNumbers(const std::vector<ParcelId>& ids);

// parcel_ids.csv: header "puid,parcel_id", ids quoted as CSV needs. Throws Error(WriteFailed).
void writeMarxanUnitIds(const std::string& path, const std::vector<std::int64_t>& puids, const std::vector<ParcelId>& ids);
// Throws Error(InvalidInput) naming the file for a unit or a parcel listed twice, or an empty id.
MarxanUnitIds readMarxanUnitIds(const std::string& path);

// The table marxan-export wrote for a solution file: parcel_ids.csv beside it, else in
// ../input/ (a solution in Marxan's OUTPUTDIR); "" when there is none.
std::string findMarxanUnitIds(const std::string& solutionPath);

}  // namespace hp::ranking
