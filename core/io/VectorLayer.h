// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_geometry.h>

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "geo/Crs.h"

namespace hp {

enum class FieldType { Integer, Real, String };

struct FieldDef {
  std::string name;
  FieldType type = FieldType::String;
};

// A null attribute is std::monostate.
using FieldValue = std::variant<std::monostate, std::int64_t, double, std::string>;

std::string toString(const FieldValue& value);            // "" for null
std::optional<double> toNumber(const FieldValue& value);  // strings that parse as numbers too

struct Feature {
  std::int64_t fid = -1;
  std::vector<FieldValue> attributes;  // parallel to VectorLayer::fields
  OGRGeometryUniquePtr geometry;       // never null in a layer read by readVectorLayer
};

// A whole vector layer in memory, geometries in `crs`.
struct VectorLayer {
  std::string path;
  std::string layerName;
  Crs crs;
  std::vector<FieldDef> fields;
  std::vector<Feature> features;
  std::vector<std::string> warnings;  // things repaired or skipped while reading, in plain English

  int fieldIndex(const std::string& name) const;  // -1 when absent (case-insensitive)
  Extent extent() const;
  VectorLayer clone() const;
};

}  // namespace hp
