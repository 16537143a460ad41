// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/MarxanImport.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "geo/Error.h"

namespace hp::ranking {

std::vector<std::int64_t> selectedParcelIds(const MarxanSolutionColumn& solution, const std::string& solutionPath,
                                            const std::vector<std::int64_t>& parcelIds) {
  std::vector<std::int64_t> known = parcelIds;
  std::sort(known.begin(), known.end());
  std::vector<std::int64_t> selected;
  for (std::size_t k = 0; k < solution.unitIds.size(); ++k) {
    const std::int64_t id = solution.unitIds[k];
    if (!known.empty() && !std::binary_search(known.begin(), known.end(), id))
      throw Error(ErrorCode::InvalidInput, solutionPath, "planning unit " + std::to_string(id) + " is no parcel of the layer");
    if (solution.values[k] > 0) selected.push_back(id);
  }
  std::sort(selected.begin(), selected.end());
  selected.erase(std::unique(selected.begin(), selected.end()), selected.end());
  return selected;
}

const project::Candidate& addMarxanCandidate(project::Project& project, const std::string& name,
                                             const std::string& solutionPath, const std::vector<std::int64_t>& parcelIds) {
  if (project.candidate(name))
    throw Error(ErrorCode::InvalidInput, {}, "the project already has a candidate named '" + name + "'");
  project::Candidate candidate;
  candidate.name = name;
  candidate.parcelIds = selectedParcelIds(readMarxanSolution(solutionPath), solutionPath, parcelIds);
  project.candidates.push_back(std::move(candidate));
  return project.candidates.back();
}

VectorLayer withMarxanColumn(const VectorLayer& parcels, const MarxanSolutionColumn& solution, const std::string& solutionPath,
                             const std::string& field, const std::string& idField) {
  const int idIndex = parcels.fieldIndex(idField);
  std::unordered_map<std::int64_t, std::size_t> featureOf;
  for (std::size_t i = 0; i < parcels.features.size(); ++i) {
    const Feature& f = parcels.features[i];
    const std::int64_t id =
        idIndex < 0 ? f.fid : std::int64_t(toNumber(f.attributes[std::size_t(idIndex)]).value_or(double(f.fid)));
    featureOf.emplace(id, i);
  }
  std::vector<std::int64_t> values(parcels.features.size(), 0);
  for (std::size_t k = 0; k < solution.unitIds.size(); ++k) {
    const auto it = featureOf.find(solution.unitIds[k]);
    if (it == featureOf.end())
      throw Error(ErrorCode::InvalidInput, solutionPath,
                  "planning unit " + std::to_string(solution.unitIds[k]) + " is no parcel of " + parcels.path);
    const double v = solution.values[k];
    if (!std::isfinite(v) || std::floor(v) != v)
      throw Error(ErrorCode::InvalidInput, solutionPath,
                  "planning unit " + std::to_string(solution.unitIds[k]) + ": " + solution.valueName + " is not a whole number");
    values[it->second] = std::int64_t(v);
  }
  VectorLayer out = parcels.clone();
  int column = out.fieldIndex(field);
  if (column < 0) {
    out.fields.push_back({field, FieldType::Integer});
    column = int(out.fields.size()) - 1;
    for (Feature& f : out.features) f.attributes.emplace_back();
  } else {
    out.fields[std::size_t(column)].type = FieldType::Integer;
  }
  for (std::size_t i = 0; i < out.features.size(); ++i) out.features[i].attributes[std::size_t(column)] = values[i];
  return out;
}

}  // namespace hp::ranking
