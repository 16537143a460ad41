// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/VectorLayer.h"

#include <strings.h>

#include <charconv>
#include <cstdio>

namespace hp {

std::string toString(const FieldValue& value) {
  struct Visitor {
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(std::int64_t v) const { return std::to_string(v); }
    std::string operator()(double v) const {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.15g", v);
      return buf;
    }
    std::string operator()(const std::string& v) const { return v; }
  };
  return std::visit(Visitor{}, value);
}

std::optional<double> toNumber(const FieldValue& value) {
  if (auto* i = std::get_if<std::int64_t>(&value)) return double(*i);
  if (auto* d = std::get_if<double>(&value)) return *d;
  if (auto* s = std::get_if<std::string>(&value)) {
    double v = 0;
    const char* begin = s->data();
    const char* end = begin + s->size();
    while (begin < end && *begin == ' ') ++begin;
    auto [ptr, ec] = std::from_chars(begin, end, v);
    if (ec == std::errc() && ptr != begin) return v;
  }
  return std::nullopt;
}

int VectorLayer::fieldIndex(const std::string& name) const {
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (strcasecmp(fields[i].name.c_str(), name.c_str()) == 0) return int(i);
  return -1;
}

Extent VectorLayer::extent() const {
  Extent e;
  for (const Feature& f : features) {
    OGREnvelope env;
    f.geometry->getEnvelope(&env);
    e.include(env.MinX, env.MinY);
    e.include(env.MaxX, env.MaxY);
  }
  return e;
}

VectorLayer VectorLayer::clone() const {
  VectorLayer copy;
  copy.path = path;
  copy.layerName = layerName;
  copy.crs = crs;
  copy.fields = fields;
  copy.warnings = warnings;
  copy.features.reserve(features.size());
  for (const Feature& f : features)
    copy.features.push_back(Feature{f.fid, f.attributes, OGRGeometryUniquePtr(f.geometry ? f.geometry->clone() : nullptr)});
  return copy;
}

}  // namespace hp
