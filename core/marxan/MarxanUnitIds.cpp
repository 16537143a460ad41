// SPDX-License-Identifier: GPL-3.0-or-later
#include "marxan/MarxanUnitIds.h"

#include <filesystem>
#include <unordered_set>

#include "geo/Error.h"
#include "io/AtomicFile.h"
#include "io/CsvField.h"
#include "io/DelimitedReader.h"

namespace hp::ranking {

namespace fs = std::filesystem;

bool MarxanUnitIds::find(std::int64_t puid, ParcelId& parcel) const {
  if (parcelOf.empty()) {
    parcel = std::to_string(puid);
    return true;
  }
  const auto it = parcelOf.find(puid);
  if (it == parcelOf.end()) return false;
  parcel = it->second;
  return true;
}

std::vector<std::int64_t> marxanUnitNumbers(const std::vector<ParcelId>& ids) {
  std::vector<std::int64_t> numbers;
  numbers.reserve(ids.size());
  for (const ParcelId& id : ids) {
    const std::optional<std::int64_t> n = wholeNumberId(id);
    if (!n || *n < 1 || *n > 2147483647) break;
    numbers.push_back(*n);
  }
  if (numbers.size() == ids.size()) return numbers;
  numbers.resize(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) numbers[i] = std::int64_t(i) + 1;
  return numbers;
}

void writeMarxanUnitIds(const std::string& path, const std::vector<std::int64_t>& puids, const std::vector<ParcelId>& ids) {
  if (puids.size() != ids.size()) throw Error(ErrorCode::InvalidInput, path, "planning units and parcel ids differ in number");
  std::string text = "puid,parcel_id\n";
  for (std::size_t i = 0; i < ids.size(); ++i) text += std::to_string(puids[i]) + ',' + csvField(ids[i]) + '\n';
  writeTextAtomically(path, text);
}

MarxanUnitIds readMarxanUnitIds(const std::string& path) {
  DelimitedReader r(path);
  const int puidColumn = r.requireColumn({"puid"});
  const int idColumn = r.requireColumn({"parcel_id"});
  MarxanUnitIds table;
  std::unordered_set<ParcelId> parcels;
  while (r.next()) {
    const std::int64_t puid = r.integer(puidColumn);
    ParcelId id(r.text(idColumn));
    if (id.empty()) r.fail("planning unit " + std::to_string(puid) + " has an empty parcel_id");
    if (!parcels.insert(id).second) r.fail("parcel '" + id + "' is listed twice");
    if (!table.parcelOf.emplace(puid, std::move(id)).second) r.fail("planning unit " + std::to_string(puid) + " is listed twice");
  }
  if (table.parcelOf.empty()) throw Error(ErrorCode::InvalidInput, path, "lists no planning unit");
  return table;
}

std::string findMarxanUnitIds(const std::string& solutionPath) {
  const fs::path folder = fs::path(solutionPath).parent_path();
  for (const fs::path& candidate : {folder / kMarxanUnitIdsFile, folder / ".." / "input" / kMarxanUnitIdsFile}) {
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return candidate.lexically_normal().string();
  }
  return {};
}

}  // namespace hp::ranking
