// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/MarxanExport.h"

#include <cmath>
#include <unordered_map>

#include "geo/Error.h"
#include "ranking/SharedBoundaries.h"

namespace hp::ranking {

namespace {

int requireField(const VectorLayer& layer, const std::string& name) {
  const int index = layer.fieldIndex(name);
  if (index < 0) throw Error(ErrorCode::NoSuchField, layer.path, name);
  return index;
}

}  // namespace

MarxanProblem marxanProblemFromLayer(const VectorLayer& layer, const MarxanExportOptions& options, const Progress& progress) {
  const int idField = requireField(layer, options.idField);
  const int costField = requireField(layer, options.costField);
  std::vector<int> featureFields;
  for (const std::string& name : options.featureFields) featureFields.push_back(requireField(layer, name));
  if (!(options.targetProportion > 0.0 && options.targetProportion <= 1.0))
    throw Error(ErrorCode::InvalidInput, {}, "the target proportion must lie in (0, 1]");

  MarxanProblem p;
  p.blm = options.blm;
  std::unordered_map<std::int64_t, int> index;
  auto fail = [&](std::int64_t fid, const std::string& cause) {
    throw Error(ErrorCode::InvalidInput, layer.path, "feature " + std::to_string(fid) + ": " + cause);
  };
  for (std::size_t i = 0; i < layer.features.size(); ++i) {
    const Feature& f = layer.features[i];
    const std::optional<double> id = toNumber(f.attributes[std::size_t(idField)]);
    if (!id || std::floor(*id) != *id) fail(f.fid, options.idField + " '" + toString(f.attributes[std::size_t(idField)]) + "' is not a whole number");
    const std::optional<double> cost = toNumber(f.attributes[std::size_t(costField)]);
    if (!cost || !std::isfinite(*cost) || *cost < 0.0)
      fail(f.fid, options.costField + " '" + toString(f.attributes[std::size_t(costField)]) + "' is not a cost >= 0");
    const auto unitId = std::int64_t(*id);
    if (!index.emplace(unitId, int(i)).second) fail(f.fid, options.idField + " " + std::to_string(unitId) + " is used twice");
    p.units.push_back({unitId, *cost, MarxanStatus::Available});
  }
  for (std::size_t k = 0; k < featureFields.size(); ++k) {
    p.features.push_back({std::int64_t(k) + 1, options.featureFields[k], 0.0, options.targetProportion, 1.0});
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
      const FieldValue& value = layer.features[i].attributes[std::size_t(featureFields[k])];
      if (std::holds_alternative<std::monostate>(value)) continue;
      const std::optional<double> amount = toNumber(value);
      if (!amount || !std::isfinite(*amount) || *amount < 0.0)
        fail(layer.features[i].fid, options.featureFields[k] + " '" + toString(value) + "' is not an amount >= 0");
      if (*amount > 0.0) p.amounts.push_back({int(k), int(i), *amount});
    }
  }
  auto lock = [&](const std::vector<std::int64_t>& ids, MarxanStatus status) {
    for (std::int64_t id : ids) {
      const auto it = index.find(id);
      if (it == index.end())
        throw Error(ErrorCode::InvalidInput, layer.path, "no feature has " + options.idField + " " + std::to_string(id));
      p.units[std::size_t(it->second)].status = status;
    }
  };
  lock(options.lockedIn, MarxanStatus::LockedIn);
  lock(options.lockedOut, MarxanStatus::LockedOut);
  for (const SelectionEdge& e : sharedBoundaries(layer, progress)) p.boundaries.push_back({e.a, e.b, e.lengthKm});
  validateMarxanProblem(p);
  return p;
}

}  // namespace hp::ranking
