// SPDX-License-Identifier: GPL-3.0-or-later
#include "marxan/MarxanImport.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "geo/Error.h"

namespace hp::ranking {

namespace {

ParcelId parcelOfUnit(const MarxanUnitIds& unitIds, std::int64_t puid, const std::string& solutionPath) {
  ParcelId parcel;
  if (!unitIds.find(puid, parcel))
    throw Error(ErrorCode::InvalidInput, solutionPath,
                "planning unit " + std::to_string(puid) + " is not in the table of parcel ids (" + kMarxanUnitIdsFile + ")");
  return parcel;
}

}  // namespace

std::vector<ParcelId> selectedParcelIds(const MarxanSolutionColumn& solution, const std::string& solutionPath,
                                        const MarxanUnitIds& unitIds, const std::vector<ParcelId>& parcelIds) {
  const std::unordered_set<ParcelId> known(parcelIds.begin(), parcelIds.end());
  std::vector<ParcelId> selected;
  for (std::size_t k = 0; k < solution.unitIds.size(); ++k) {
    ParcelId id = parcelOfUnit(unitIds, solution.unitIds[k], solutionPath);
    if (!known.empty() && !known.count(id))
      throw Error(ErrorCode::InvalidInput, solutionPath,
                  "planning unit " + std::to_string(solution.unitIds[k]) + " (parcel '" + id + "') is no parcel of the layer");
    if (solution.values[k] > 0) selected.push_back(std::move(id));
  }
  std::sort(selected.begin(), selected.end(), parcelIdLess);
  selected.erase(std::unique(selected.begin(), selected.end()), selected.end());
  return selected;
}

MarxanUnitIds unitIdsForSolution(const std::string& solutionPath, const std::string& unitIdsPath) {
  const std::string path = unitIdsPath.empty() ? findMarxanUnitIds(solutionPath) : unitIdsPath;
  return path.empty() ? MarxanUnitIds{} : readMarxanUnitIds(path);
}

const project::Candidate& addMarxanCandidate(project::Project& project, const std::string& name,
                                             const std::string& solutionPath, const std::vector<ParcelId>& parcelIds,
                                             const std::string& unitIdsPath) {
  if (project.candidate(name))
    throw Error(ErrorCode::InvalidInput, {}, "the project already has a candidate named '" + name + "'");
  project::Candidate candidate;
  candidate.name = name;
  candidate.parcelIds =
      selectedParcelIds(readMarxanSolution(solutionPath), solutionPath, unitIdsForSolution(solutionPath, unitIdsPath), parcelIds);
  project.candidates.push_back(std::move(candidate));
  return project.candidates.back();
}

VectorLayer withMarxanColumn(const VectorLayer& parcels, const MarxanSolutionColumn& solution, const std::string& solutionPath,
                             const std::string& field, const std::string& idField, const MarxanUnitIds& unitIds) {
  const std::unordered_map<ParcelId, std::size_t> featureOf = indexOfParcelIds(readParcelIds(parcels, idField, true));
  std::vector<std::int64_t> values(parcels.features.size(), 0);
  for (std::size_t k = 0; k < solution.unitIds.size(); ++k) {
    const ParcelId id = parcelOfUnit(unitIds, solution.unitIds[k], solutionPath);
    const auto it = featureOf.find(id);
    if (it == featureOf.end())
      throw Error(ErrorCode::InvalidInput, solutionPath,
                  "planning unit " + std::to_string(solution.unitIds[k]) + " (parcel '" + id + "') is no parcel of " + parcels.path);
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
