// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "Progress.h"
#include "corridor/ResistanceGrid.h"
#include "model/ModelConfig.h"
#include "io/ParcelIds.h"
#include "project/Project.h"
#include "ranking/ParcelAtoms.h"

namespace hp::ranking {

// The layers and the model a ranking runs on. Basins and reserve are optional (empty path).
struct RankingInputs {
  std::string forestPath;
  std::string basinsPath, parcelsPath, reservePath;
  std::string basinsLayer, parcelsLayer, reserveLayer;  // layer inside the file; empty: the first
  model::ModelConfig model;
  std::string idField = "parcel_id";   // text or numbers, unique; parcel_id absent: the feature id (another name must exist)
  std::string costField = "price_usd"; // USD, ≥ 0; the field must exist, nulls are errors
  int forestVersion = 0;               // for the record (rankingInputsFromProject fills it)
};

// The value of connecting (docs/RANKING.md, "Reach"): leopards from the existing reserve must be able
// to get to a parcel for its habitat to count. A parcel whose least-cost distance from the reserve
// (corridor::accumulateCost over the resistance grid, km through full forest) exceeds maxCostKm adds
// no leopards, alone or bought with others. Needs a reserve and a projected forest raster.
struct ReachOptions {
  double maxCostKm = 0;
  corridor::ResistanceModel resistance;
  std::string roadsPath, settlementsPath;  // optional line and polygon layers (corridors --roads, --settlements)
};

struct RankingOptions {
  double budget = 0;  // USD
  double blm = 0;     // leopards per km of the selection's boundary (compactness, as Marxan's BLM)
  std::vector<ParcelId> lockIn, lockOut;  // parcel ids
  double timeLimitSeconds = 60;               // for the budget optimum's search
  unsigned seed = 1;
  bool pairs = true;  // the greedy order also considers two touching parcels bought together
  std::optional<ReachOptions> reach;  // none: every parcel counts wherever it lies
};

// Where rankParcels spent its time, wall-clock seconds per phase.
struct RankingSeconds {
  double reading = 0;        // the layers, ids and prices, parcels cut by the reserve
  double atoms = 0;          // the streaming pass over the forest raster
  double reach = 0;          // RankingOptions::reach's least-cost surface (0 without)
  double boundaries = 0;     // shared boundaries (GEOS)
  double greedyOrder = 0;
  double budgetOptimum = 0;  // linear start and local search together
  double linearStart = 0;    // of which: building and solving the CBC start
  double table = 0;          // each parcel alone and with the reserve, the bound
};

// One row of the acquisition order (ORDER.csv).
struct RankedParcel {
  int rank = 0;  // 1-based
  ParcelId id;
  double cost = 0;
  long gainLeopards = 0;  // whole leopards this step adds (a pair's gain goes to its second parcel)
  double gainFractional = 0;
  double cumulativeCost = 0;
  long cumulativeLeopards = 0;  // existing reserve included
  bool selected = false;        // in the budget optimum
  // The parcel by itself, whatever else is bought (its part outside the reserve): alone, and added to
  // the existing reserve (= alone without one). The step's gain above depends on the parcels before it.
  long leopardsAlone = 0;
  double leopardsAloneFractional = 0;
  long leopardsWithReserve = 0;  // reserve ∪ this parcel
  long addedLeopards = 0;        // leopardsWithReserve − the reserve's
  double addedLeopardsFractional = 0;
  long addedLeopardsMin = 0;     // over the territory assumptions (T_max, T_min), as capacity --candidates
  long addedLeopardsMax = 0;
  double addedPerMusd = std::numeric_limits<double>::quiet_NaN();  // added leopards per million USD; NaN when free
  // With RankingOptions::reach: the least cost of reaching the parcel from the reserve (+inf: no path;
  // 0 for a parcel wholly inside it) and whether it is within reach; NaN and true without.
  double reserveCostKm = std::numeric_limits<double>::quiet_NaN();
  bool reachable = true;
};

struct RankingResult {
  std::vector<RankedParcel> order;        // every parcel once, in acquisition order
  std::vector<ParcelId> selectedIds;  // the budget optimum, ascending (parcelIdLess)
  long leopards = 0;                      // of reserve ∪ selection
  double leopardsFractional = 0;
  double cost = 0;         // of the selection, USD (locked-in parcels included)
  double areaKm2 = 0;      // of the selected parcels outside the existing reserve
  double boundaryKm = 0;   // outer boundary length of the selected parcels as one region
  // Proven relative gap: (bound − objective) / |objective|, the objective being leopards − blm ×
  // boundaryKm and the bound leopardsUpperBound; 0 when proven optimal (every subset enumerated, or
  // the bound met).
  double optimalityGap = -1;
  bool provenOptimal = false;
  long leopardsUpperBound = -1;  // no selection within the budget (and the locks) holds more
  double linearGap = -1;      // proven gap of the linearised start (CBC), which bounds a surrogate; −1: none
  long reserveLeopards = 0;   // the existing reserve alone
  double reserveLeopardsFractional = 0;
  double budget = 0;
  double reachMaxCostKm = std::numeric_limits<double>::quiet_NaN();  // RankingOptions::reach's limit; NaN without
  long unreachableParcels = 0;
  std::vector<std::string> warnings;  // from the layers (repaired geometry, skipped features)
  // Wall-clock seconds of the whole call and of its phases; −1: not measured (a result made by hand).
  double seconds = -1;
  RankingSeconds phaseSeconds;
  bool timeLimitReached = false;  // the budget optimum's search was stopped by the time limit, not by convergence
  std::string linearStatus;       // the CBC start's status (mipStatusName), empty when it did not run
};

// The ranking inputs of a project: its layers, its model and forest version `forestVersion`
// (−1: the ACTIVE one, 0 the original layer, N an import). Throws hp::Error like loadProjectData.
RankingInputs rankingInputsFromProject(const project::Project& project, int forestVersion = -1);

// Builds the parcels' atoms in one streaming pass over the forest raster, then the greedy acquisition
// order and the budget optimum. Parcels count only outside the existing reserve (a parcel inside it
// adds nothing); parcels must not overlap each other. Deterministic for the same inputs and options. Throws hp::Error
// naming the file at fault (unknown locked id, missing cost field, locked-in parcels above the
// budget…), hp::Cancelled when `progress` says stop.
RankingResult rankParcels(const RankingInputs& inputs, const RankingOptions& options, const Progress& progress = {});

// No selection of parcels costing at most `budget` (locked-in ones included, locked-out ones
// excluded; parcel indices) holds more whole leopards, reserve included, than this bound.
long wholeLeopardUpperBound(const ParcelAtoms& atoms, const std::vector<double>& costs, double budget,
                            const std::vector<std::int32_t>& lockIn = {}, const std::vector<std::int32_t>& lockOut = {});

// ORDER.csv: rank,id,cost,gain_leopards,gain_fractional,cumulative_cost,cumulative_leopards,selected,
// leopards_alone,leopards_alone_fractional,leopards_with_reserve,added_leopards,added_leopards_fractional,
// added_leopards_min,added_leopards_max,added_per_musd,reserve_cost_km,reachable (C-locale numbers;
// added_per_musd empty for a free parcel, reserve_cost_km empty without reach and "inf" where no path
// leads, reachable 1 without reach), written atomically. Throws Error(WriteFailed).
void writeRankingCsv(const RankingResult& result, const std::string& path);
// Its header line and one row, without the line end: writers that add columns (Scenarios.h) start from them.
std::string rankingCsvHeader();
std::string rankingCsvRow(const RankedParcel& row);

// The summary as JSON: selected_ids, leopards, leopards_fractional, cost, area_km2, boundary_km,
// optimality_gap (null when unknown), budget, reserve_leopards, ..., then seconds (null when not
// measured), phase_seconds, time_limit_reached and linear_status. Written atomically.
void writeRankingSummaryJson(const RankingResult& result, const std::string& path);
// The same object, for writers that add keys (Scenarios.h).
nlohmann::ordered_json rankingSummaryJson(const RankingResult& result);
// Parcel ids as the summary writes them: numbers while every id of `result.order` is a whole number, text otherwise.
nlohmann::ordered_json summaryIdsJson(const RankingResult& result, const std::vector<ParcelId>& ids);

}  // namespace hp::ranking
