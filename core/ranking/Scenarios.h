// SPDX-License-Identifier: GPL-3.0-or-later
// Robustness of the ranking (issue 17, point 3): the same ranking under several sets of model
// assumptions, and per parcel in how many of them it is bought. docs/RANKING.md, "Scenarios".
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <unordered_map>
#include <vector>

#include "Progress.h"
#include "io/ParcelIds.h"
#include "model/ModelConfig.h"
#include "ranking/ParcelRanking.h"

namespace hp::ranking {

// One set of assumptions: the model keys it sets over the base model, and the model they give.
struct Scenario {
  std::string name;
  nlohmann::ordered_json overrides = nlohmann::ordered_json::object();  // {}: the base model as it is
  model::ModelConfig model;                                              // validated
};

// The built-in grid, one assumption changed at a time around `base`: base itself; the territory
// fixed at 16, 40, 80 and 120 sq mi (T_min = T_max); min_canopy_pct 10 points below and above
// (clamped to 0..100); and, when base has quality rasters, none. A scenario whose model equals an
// earlier one is left out (it would count twice). The values and their sources: docs/RANKING.md.
std::vector<Scenario> defaultScenarios(const model::ModelConfig& base);

// Scenarios from JSON: a non-empty array of objects, each an optional "name" (text, unique;
// default "scenario N", 1-based) and model keys (docs/MODEL.md) that override `base`. Relative
// quality raster paths are resolved against `folder`. Throws Error(InvalidInput or InvalidModel,
// file, cause naming the scenario).
std::vector<Scenario> parseScenarios(const std::string& jsonText, const model::ModelConfig& base, const std::string& file = {},
                                     const std::string& folder = {});
// The same from a file; quality raster paths relative to its folder. Throws Error(FileNotFound,
// Unreadable, InvalidInput, InvalidModel) naming the file.
std::vector<Scenario> readScenariosFile(const std::string& path, const model::ModelConfig& base);

// What one scenario's ranking gave.
struct ScenarioOutcome {
  std::string name;
  nlohmann::ordered_json overrides;
  long leopards = 0;  // of reserve ∪ the budget optimum
  double leopardsFractional = 0;
  double cost = 0;
  long reserveLeopards = 0;
  bool provenOptimal = false;
  std::vector<ParcelId> selectedIds;      // the budget optimum, ascending
  std::vector<ParcelId> withinBudgetIds;  // the greedy order's prefix within the budget, in order
};

// Per parcel: in how many scenarios it is in the budget optimum, and within the budget in the greedy order.
struct ScenarioCounts {
  int selected = 0;
  int withinBudget = 0;
};

struct ScenarioRanking {
  RankingResult base;  // under inputs.model, as rankParcels gives it
  std::vector<ScenarioOutcome> scenarios;
  std::unordered_map<ParcelId, ScenarioCounts> counts;  // every parcel of base.order
};

// How far the scenarios agree: parcels whose budget optimum buys them in every scenario, and in at least one.
struct ScenarioAgreement {
  long inEvery = 0;
  long inAny = 0;
};
ScenarioAgreement agreementOf(const ScenarioRanking& ranking);

// rankParcels under inputs.model and under each scenario's model (a model met before is ranked
// once), with the same layers and options. Progress runs once from 0 to 1 over all the runs, each
// stage named after its scenario; hp::Cancelled when it says stop. Throws what rankParcels throws,
// and Error(InvalidInput) when `scenarios` is empty.
ScenarioRanking rankScenarios(const RankingInputs& inputs, const RankingOptions& options, const std::vector<Scenario>& scenarios,
                              const Progress& progress = {});

// In the greedy order, within the budget: its cumulative cost is at most the budget (a relative
// 1e-9 forgiven for sums of prices).
bool withinBudget(const RankedParcel& row, double budget);

// ORDER.csv (writeRankingCsv's columns, unchanged) plus scenarios_selected, scenarios_within_budget
// and scenarios (how many were run). Written atomically; throws Error(WriteFailed).
void writeScenarioRankingCsv(const ScenarioRanking& ranking, const std::string& path);
// The summary (writeRankingSummaryJson's keys, unchanged) plus "scenarios": per scenario name,
// overrides, leopards, leopards_fractional, cost, reserve_leopards, proven_optimal, selected_ids,
// within_budget_parcels. Written atomically.
void writeScenarioSummaryJson(const ScenarioRanking& ranking, const std::string& path);

}  // namespace hp::ranking
