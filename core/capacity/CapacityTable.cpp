// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/CapacityTable.h"

#include <nlohmann/json.hpp>

#include <cmath>

#include "geo/Error.h"
#include "io/AtomicFile.h"
#include "io/CsvField.h"
#include "io/TextNumbers.h"

namespace hp::capacity {

const std::vector<std::string>& capacityColumns() {
  static const std::vector<std::string> columns{"id",       "area_km2",           "habitat_km2",  "mean_canopy",
                                                "patches",  "largest_patch_km2",  "leopards",     "leopards_fractional",
                                                "leopards_min", "leopards_max"};
  return columns;
}

namespace {

std::string fixed6(double v) { return fixedDecimal(v, 6); }

}  // namespace

std::string capacityCsvHeader() {
  std::string text;
  const auto& columns = capacityColumns();
  for (std::size_t i = 0; i < columns.size(); ++i) text += (i ? "," : "") + columns[i];
  return text;
}

std::string capacityCsvRow(const model::RegionCapacity& r) {
  return csvField(r.id) + "," + fixed6(r.areaKm2) + "," + fixed6(r.habitatKm2) + "," +
         (std::isnan(r.meanCanopyPct) ? std::string() : fixed6(r.meanCanopyPct)) + "," + std::to_string(r.patches) + "," +
         fixed6(r.largestPatchKm2) + "," + std::to_string(r.leopards) + "," + fixed6(r.leopardsFractional) + "," +
         std::to_string(r.leopardsMin) + "," + std::to_string(r.leopardsMax);
}

nlohmann::ordered_json capacityJson(const model::RegionCapacity& r) {
  nlohmann::ordered_json o;
  o["id"] = r.id;
  o["area_km2"] = r.areaKm2;
  o["habitat_km2"] = r.habitatKm2;
  o["mean_canopy"] = std::isnan(r.meanCanopyPct) ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.meanCanopyPct);
  o["patches"] = r.patches;
  o["largest_patch_km2"] = r.largestPatchKm2;
  o["leopards"] = r.leopards;
  o["leopards_fractional"] = r.leopardsFractional;
  o["leopards_min"] = r.leopardsMin;
  o["leopards_max"] = r.leopardsMax;
  return o;
}

void writeCapacityCsv(const std::string& path, const std::vector<model::RegionCapacity>& rows) {
  std::string text = capacityCsvHeader() + "\n";
  for (const model::RegionCapacity& r : rows) text += capacityCsvRow(r) + "\n";
  writeTextAtomically(path, text);
}

void writeCapacityJson(const std::string& path, const std::vector<model::RegionCapacity>& rows) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const model::RegionCapacity& r : rows) array.push_back(capacityJson(r));
  writeTextAtomically(path, array.dump(2) + "\n");
}

VectorLayer withCapacityColumns(const VectorLayer& layer, const std::vector<model::RegionCapacity>& rows,
                                const std::vector<model::RegionCapacity>& extraRows,
                                std::vector<OGRGeometryUniquePtr> extraGeometries) {
  VectorLayer out = layer.clone();
  // Result columns already in the layer (a previous run's output used as input) are replaced.
  for (std::size_t c = 1; c < capacityColumns().size(); ++c) {
    const int old = out.fieldIndex(capacityColumns()[c]);
    if (old < 0) continue;
    out.fields.erase(out.fields.begin() + old);
    for (Feature& f : out.features)
      if (std::size_t(old) < f.attributes.size()) f.attributes.erase(f.attributes.begin() + old);
  }
  const std::size_t parcelFields = out.fields.size();
  const bool addId = out.fieldIndex("id") < 0;
  if (addId) out.fields.push_back({"id", FieldType::String});
  for (const char* name : {"area_km2", "habitat_km2", "mean_canopy"}) out.fields.push_back({name, FieldType::Real});
  out.fields.push_back({"patches", FieldType::Integer});
  out.fields.push_back({"largest_patch_km2", FieldType::Real});
  out.fields.push_back({"leopards", FieldType::Integer});
  out.fields.push_back({"leopards_fractional", FieldType::Real});
  out.fields.push_back({"leopards_min", FieldType::Integer});
  out.fields.push_back({"leopards_max", FieldType::Integer});

  auto append = [&](std::vector<FieldValue>& a, const model::RegionCapacity& r) {
    if (addId) a.emplace_back(std::in_place_type<std::string>, r.id);
    a.emplace_back(r.areaKm2);
    a.emplace_back(r.habitatKm2);
    if (std::isnan(r.meanCanopyPct)) a.emplace_back(std::monostate{});
    else a.emplace_back(r.meanCanopyPct);
    a.emplace_back(std::int64_t(r.patches));
    a.emplace_back(r.largestPatchKm2);
    a.emplace_back(std::int64_t(r.leopards));
    a.emplace_back(r.leopardsFractional);
    a.emplace_back(std::int64_t(r.leopardsMin));
    a.emplace_back(std::int64_t(r.leopardsMax));
  };
  for (std::size_t i = 0; i < out.features.size() && i < rows.size(); ++i) {
    out.features[i].attributes.resize(parcelFields);
    append(out.features[i].attributes, rows[i]);
  }
  std::int64_t nextFid = 0;
  for (const Feature& f : out.features) nextFid = std::max(nextFid, f.fid + 1);
  for (std::size_t i = 0; i < extraRows.size(); ++i) {
    Feature f;
    f.fid = nextFid++;
    f.attributes.assign(parcelFields, FieldValue());
    append(f.attributes, extraRows[i]);
    if (i < extraGeometries.size()) f.geometry = std::move(extraGeometries[i]);
    out.features.push_back(std::move(f));
  }
  return out;
}

}  // namespace hp::capacity
