// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <unordered_map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "Progress.h"
#include "capacity/CapacityEngine.h"
#include "capacity/CapacitySession.h"
#include "io/ParcelIds.h"
#include "io/VectorLayer.h"
#include "model/ModelConfig.h"
#include "model/RegionCapacity.h"
#include "model/ReserveAddition.h"
#include "project/Project.h"

namespace hp::project {

// The field that names a project's parcels; a parcel layer without it is named by feature ids.
inline constexpr const char* kParcelIdField = "parcel_id";

// Every parcel's id (readParcelIds with kParcelIdField, feature ids when absent).
std::vector<ParcelId> projectParcelIds(const VectorLayer& parcels);

// Everything the capacity model needs from a project, read once: the forest version's raster, the
// basins, the parcels (geometries shared so regions reuse them), the reserve and the model.
struct ProjectData {
  std::string forestPath;
  int forestVersion = 0;
  capacity::CapacityInputs inputs;  // forest + basins
  VectorLayer parcels;              // in the project CRS
  std::vector<std::shared_ptr<const OGRGeometry>> parcelGeometries;  // parallel to parcels.features
  std::vector<ParcelId> parcelIds;                                   // parallel to parcels.features
  std::unordered_map<ParcelId, std::size_t> parcelIndex;             // parcel id -> feature index
  std::optional<VectorLayer> reserve;
  model::ModelConfig model;
  std::string costField = "price_usd";

  const ParcelId& parcelId(std::size_t index) const { return parcelIds[index]; }
  double parcelCostUsd(std::size_t index) const;  // 0 when the field is missing or null
};

// Reads the project's layers. forestVersion: -1 the active one, 0 the forest layer, N an import.
// Throws hp::Error naming the file at fault (a missing layer file, an empty or repeated parcel id).
ProjectData loadProjectData(const Project& project, int forestVersion = -1);

// The region of a candidate: its parcels and its drawn polygons (ids unknown to the parcel layer
// are listed in `unknownParcelIds` when given). Region id = the candidate's name.
capacity::Region candidateRegion(const Candidate& candidate, const ProjectData& data,
                                 std::vector<ParcelId>* unknownParcelIds = nullptr);

struct CandidateFigures {
  model::RegionCapacity capacity;  // the candidate alone
  // The candidate and the existing reserve as one region, when asked for and the project has a reserve.
  std::optional<model::RegionCapacity> withReserve;
  std::optional<model::ReserveAddition> added;  // withReserve less the reserve alone, set with withReserve
  double costUsd = 0;     // Σ cost of its parcels (drawn polygons have no price)
  std::size_t parcels = 0;
};

// Capacity and cost of every candidate, in project order. With includeReserve and a reserve layer, each
// candidate's withReserve and added too, and a last row "reserve" for the existing reserve alone.
std::vector<CandidateFigures> evaluateCandidates(const Project& project, const ProjectData& data,
                                                 bool includeReserve = false, const Progress& progress = {});

// The existing reserve as one region, id "reserve" (empty parts without a reserve layer).
capacity::Region reserveRegion(const ProjectData& data);

// One candidate through a kept session (built from data.inputs and data.model): the figures
// evaluateCandidates gives for it, without reopening the raster. withReserve (and a reserve layer) also
// fills withReserve and added, from `reserveAlone` when given (kept by a caller that evaluates often, as
// evaluateReserve gives it) or else evaluated here. With `patches`, also the candidate's habitat
// patches for the map.
CandidateFigures evaluateCandidate(capacity::CapacitySession& session, const Candidate& candidate,
                                   const ProjectData& data, bool withReserve = false, const Progress& progress = {},
                                   model::PatchMap* patches = nullptr, const model::RegionCapacity* reserveAlone = nullptr);

// The existing reserve alone through a kept session (what evaluateCandidates' last row holds); nullopt
// without a reserve layer.
std::optional<model::RegionCapacity> evaluateReserve(capacity::CapacitySession& session, const ProjectData& data,
                                                     const Progress& progress = {});

}  // namespace hp::project
