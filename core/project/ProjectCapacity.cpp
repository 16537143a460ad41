// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectCapacity.h"

#include "geo/Error.h"
#include "io/VectorReader.h"
#include "project/ForestVersions.h"
#include "project/ProjectFile.h"

namespace hp::project {

std::vector<ParcelId> projectParcelIds(const VectorLayer& parcels) { return readParcelIds(parcels, kParcelIdField, true); }

double ProjectData::parcelCostUsd(std::size_t index) const {
  const int field = parcels.fieldIndex(costField);
  return field < 0 ? 0.0 : toNumber(parcels.features[index].attributes[field]).value_or(0.0);
}

ProjectData loadProjectData(const Project& project, int forestVersion) {
  ProjectData data;
  data.forestVersion = forestVersion < 0 ? project.activeForestVersion : forestVersion;
  data.forestPath = forestPath(project, data.forestVersion);
  data.inputs.forestPath = data.forestPath;

  VectorReadOptions polygons;
  polygons.polygonsOnly = true;
  polygons.targetCrs = project.crs;
  auto layerOptions = [&](const LayerRef& l) {
    VectorReadOptions o = polygons;
    o.layerName = l.layerName;
    return o;
  };
  if (const LayerRef* basins = project.layer(LayerRole::Basins)) data.inputs.basins = readVectorLayer(basins->path, layerOptions(*basins));
  const LayerRef* parcels = project.layer(LayerRole::Parcels);
  if (!parcels) throw Error(ErrorCode::InvalidInput, {}, "the project has no parcel layer");
  data.parcels = readVectorLayer(parcels->path, layerOptions(*parcels));
  data.parcelIds = projectParcelIds(data.parcels);
  data.parcelIndex = indexOfParcelIds(data.parcelIds);
  data.parcelGeometries.reserve(data.parcels.features.size());
  for (const Feature& f : data.parcels.features) data.parcelGeometries.emplace_back(f.geometry->clone());
  if (const LayerRef* reserve = project.layer(LayerRole::Reserve)) data.reserve = readVectorLayer(reserve->path, layerOptions(*reserve));

  data.model = model::parseModelConfig(project.modelJson.empty() ? "{}" : project.modelJson, "project model");
  return data;
}

capacity::Region candidateRegion(const Candidate& candidate, const ProjectData& data,
                                 std::vector<ParcelId>* unknownParcelIds) {
  capacity::Region region;
  region.id = candidate.name;
  region.crs = data.parcels.crs;
  for (const ParcelId& id : candidate.parcelIds) {
    const auto it = data.parcelIndex.find(id);
    if (it == data.parcelIndex.end()) {
      if (unknownParcelIds) unknownParcelIds->push_back(id);
      continue;
    }
    region.parts.push_back(data.parcelGeometries[it->second]);
  }
  for (const auto& drawn : candidate.drawn) region.parts.push_back(drawn);
  return region;
}

std::vector<CandidateFigures> evaluateCandidates(const Project& project, const ProjectData& data, bool includeReserve,
                                                 const Progress& progress) {
  std::vector<capacity::Region> regions;
  std::vector<CandidateFigures> figures;
  for (const Candidate& c : project.candidates) {
    regions.push_back(candidateRegion(c, data));
    CandidateFigures f;
    for (const ParcelId& id : c.parcelIds)
      if (const auto it = data.parcelIndex.find(id); it != data.parcelIndex.end()) {
        f.costUsd += data.parcelCostUsd(it->second);
        ++f.parcels;
      }
    figures.push_back(f);
  }
  if (includeReserve && data.reserve) {
    regions.push_back(reserveRegion(data));
    figures.emplace_back();
  }
  const std::vector<model::RegionCapacity> results = capacity::evaluateRegions(data.inputs, regions, data.model, progress);
  for (std::size_t i = 0; i < results.size(); ++i) figures[i].capacity = results[i];
  return figures;
}

capacity::Region reserveRegion(const ProjectData& data) {
  capacity::Region reserve;
  reserve.id = "reserve";
  if (!data.reserve) return reserve;
  reserve.crs = data.reserve->crs;
  for (const Feature& f : data.reserve->features) reserve.parts.emplace_back(f.geometry->clone());
  return reserve;
}

CandidateFigures evaluateCandidate(capacity::CapacitySession& session, const Candidate& candidate,
                                   const ProjectData& data, bool withReserve, const Progress& progress,
                                   model::PatchMap* patches) {
  CandidateFigures f;
  capacity::Region region = candidateRegion(candidate, data);
  for (const ParcelId& id : candidate.parcelIds)
    if (const auto it = data.parcelIndex.find(id); it != data.parcelIndex.end()) {
      f.costUsd += data.parcelCostUsd(it->second);
      ++f.parcels;
    }
  if (withReserve && data.reserve) {
    // Same CRS as the parcels: both are read into the project CRS.
    capacity::Region reserve = reserveRegion(data);
    region.parts.insert(region.parts.end(), reserve.parts.begin(), reserve.parts.end());
  }
  f.capacity = session.evaluate(region, progress, patches);
  return f;
}

}  // namespace hp::project
