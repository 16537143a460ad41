// SPDX-License-Identifier: GPL-3.0-or-later
#include "marxan/MarxanExport.h"

#include <cmath>
#include <filesystem>
#include <unordered_map>

#include "geo/Error.h"
#include "marxan/MarxanFiles.h"
#include "marxan/MarxanUnitIds.h"
#include "ranking/SharedBoundaries.h"

namespace hp::ranking {

namespace {

int requireField(const VectorLayer& layer, const std::string& name) {
  const int index = layer.fieldIndex(name);
  if (index < 0) throw Error(ErrorCode::NoSuchField, layer.path, name);
  return index;
}

}  // namespace

MarxanLayerProblem marxanProblemFromLayer(const VectorLayer& layer, const MarxanExportOptions& options, const Progress& progress) {
  const int costField = requireField(layer, options.costField);
  std::vector<int> featureFields;
  for (const std::string& name : options.featureFields) featureFields.push_back(requireField(layer, name));
  if (!(options.targetProportion > 0.0 && options.targetProportion <= 1.0))
    throw Error(ErrorCode::InvalidInput, {}, "the target proportion must lie in (0, 1]");

  MarxanLayerProblem out;
  out.parcelIds = readParcelIds(layer, options.idField, false);
  const std::vector<std::int64_t> numbers = marxanUnitNumbers(out.parcelIds);
  const std::unordered_map<ParcelId, std::size_t> index = indexOfParcelIds(out.parcelIds);
  MarxanProblem& p = out.problem;
  p.blm = options.blm;
  auto fail = [&](std::int64_t fid, const std::string& cause) {
    throw Error(ErrorCode::InvalidInput, layer.path, "feature " + std::to_string(fid) + ": " + cause);
  };
  for (std::size_t i = 0; i < layer.features.size(); ++i) {
    const Feature& f = layer.features[i];
    const std::optional<double> cost = toNumber(f.attributes[std::size_t(costField)]);
    if (!cost || !std::isfinite(*cost) || *cost < 0.0)
      fail(f.fid, options.costField + " '" + toString(f.attributes[std::size_t(costField)]) + "' is not a cost >= 0");
    p.units.push_back({numbers[i], *cost, MarxanStatus::Available});
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
  auto lock = [&](const std::vector<ParcelId>& ids, MarxanStatus status) {
    for (const ParcelId& id : ids) {
      const auto it = index.find(id);
      if (it == index.end())
        throw Error(ErrorCode::InvalidInput, layer.path, "no feature has " + options.idField + " '" + id + "'");
      p.units[std::size_t(it->second)].status = status;
    }
  };
  lock(options.lockedIn, MarxanStatus::LockedIn);
  lock(options.lockedOut, MarxanStatus::LockedOut);
  for (const SelectionEdge& e : sharedBoundaries(layer, progress)) p.boundaries.push_back({e.a, e.b, e.lengthKm});
  validateMarxanProblem(p);
  return out;
}

std::string writeMarxanLayerProject(const std::string& directory, const MarxanLayerProblem& layerProblem) {
  const MarxanSettings settings;
  const std::string inputDat = writeMarxanProject(directory, layerProblem.problem, settings);
  std::vector<std::int64_t> puids;
  for (const MarxanUnit& u : layerProblem.problem.units) puids.push_back(u.id);
  writeMarxanUnitIds((std::filesystem::path(directory) / settings.inputDir / kMarxanUnitIdsFile).string(), puids,
                     layerProblem.parcelIds);
  return inputDat;
}

}  // namespace hp::ranking
