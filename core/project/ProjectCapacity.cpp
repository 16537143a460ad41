// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectCapacity.h"

#include "geo/Error.h"
#include "io/VectorReader.h"
#include "project/ForestVersions.h"
#include "project/ProjectFile.h"

namespace hp::project {

namespace {
// A candidate's region with the reserve's polygons added (same CRS: both are read into the project
// CRS); the engine unions the parts, so land in both counts once.
capacity::Region withReserveParts(const capacity::Region& candidate, const capacity::Region& reserve) {
  capacity::Region r = candidate;
  r.id = candidate.id + " + reserve";
  r.parts.insert(r.parts.end(), reserve.parts.begin(), reserve.parts.end());
  return r;
}
}  // namespace

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
  const std::size_t candidates = regions.size();
  const bool besideReserve = includeReserve && data.reserve;
  if (besideReserve) {
    // Each candidate with the reserve as one more region: the engine reads the raster once for all.
    const capacity::Region reserve = reserveRegion(data);
    for (std::size_t i = 0; i < candidates; ++i) regions.push_back(withReserveParts(regions[i], reserve));
    regions.push_back(reserve);
    figures.emplace_back();
  }
  const std::vector<model::RegionCapacity> results = capacity::evaluateRegions(data.inputs, regions, data.model, progress);
  for (std::size_t i = 0; i < candidates; ++i) {
    figures[i].capacity = results[i];
    if (!besideReserve) continue;
    figures[i].withReserve = results[candidates + i];
    figures[i].added = model::reserveAddition(results[candidates + i], results.back(), figures[i].costUsd);
  }
  if (besideReserve) figures.back().capacity = results.back();
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
                                   model::PatchMap* patches, const model::RegionCapacity* reserveAlone) {
  CandidateFigures f;
  capacity::Region region = candidateRegion(candidate, data);
  for (const ParcelId& id : candidate.parcelIds)
    if (const auto it = data.parcelIndex.find(id); it != data.parcelIndex.end()) {
      f.costUsd += data.parcelCostUsd(it->second);
      ++f.parcels;
    }
  f.capacity = session.evaluate(region, progress, patches);
  if (withReserve && data.reserve) {
    f.withReserve = session.evaluate(withReserveParts(region, reserveRegion(data)), progress);
    const model::RegionCapacity reserve = reserveAlone ? *reserveAlone : *evaluateReserve(session, data, progress);
    f.added = model::reserveAddition(*f.withReserve, reserve, f.costUsd);
  }
  return f;
}

std::optional<model::RegionCapacity> evaluateReserve(capacity::CapacitySession& session, const ProjectData& data,
                                                     const Progress& progress) {
  if (!data.reserve) return std::nullopt;
  return session.evaluate(reserveRegion(data), progress);
}

}  // namespace hp::project
