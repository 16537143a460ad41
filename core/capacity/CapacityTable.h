// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "io/VectorLayer.h"
#include "model/RegionCapacity.h"

namespace hp::capacity {

// The result columns, in the order every output uses (a contract scripts rely on):
// id, area_km2, habitat_km2, mean_canopy, patches, largest_patch_km2, leopards,
// leopards_fractional, leopards_min, leopards_max.
const std::vector<std::string>& capacityColumns();

// One region's capacityColumns() as a CSV row (no newline) and as a JSON object, and the header;
// tables with more columns (a project's candidates) start with these.
std::string capacityCsvHeader();
std::string capacityCsvRow(const model::RegionCapacity& r);
nlohmann::ordered_json capacityJson(const model::RegionCapacity& r);

// CSV: a header with capacityColumns(), one row per region. Reals with 6 decimals, mean_canopy
// empty when the region has no valid canopy pixel. Written atomically; throws Error(WriteFailed).
void writeCapacityCsv(const std::string& path, const std::vector<model::RegionCapacity>& rows);

// JSON: an array of objects with the capacityColumns() keys; id is a string, mean_canopy null when
// undefined, numbers at full precision. Written atomically; throws Error(WriteFailed).
void writeCapacityJson(const std::string& path, const std::vector<model::RegionCapacity>& rows);

// `layer` with the result columns appended to its fields, rows[i] going to layer.features[i];
// `id` is added only when the layer has no field of that name, and result columns the layer already
// has (a previous output used as input) are replaced. Extra regions (the existing
// reserve) follow as features of their own with `extraGeometries` (in layer.crs) and empty parcel
// attributes. Precondition: rows.size() == layer.features.size().
VectorLayer withCapacityColumns(const VectorLayer& layer, const std::vector<model::RegionCapacity>& rows,
                                const std::vector<model::RegionCapacity>& extraRows = {},
                                std::vector<OGRGeometryUniquePtr> extraGeometries = {});

}  // namespace hp::capacity
