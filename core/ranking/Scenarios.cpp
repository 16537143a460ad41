// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/Scenarios.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "capacity/ModelFile.h"
#include "geo/Error.h"
#include "io/AtomicFile.h"

namespace hp::ranking {

namespace {

using nlohmann::ordered_json;

// Whole numbers as JSON integers, so names and overrides read "T16", not "T16.0".
ordered_json jsonNumber(double v) {
  return v == std::floor(v) && std::abs(v) < 1e15 ? ordered_json(static_cast<long long>(v)) : ordered_json(v);
}

// `base` with `overrides` set over it, validated; an error names the scenario.
model::ModelConfig applied(const model::ModelConfig& base, const ordered_json& overrides, const std::string& scenario,
                           const std::string& file, const std::string& folder) {
  nlohmann::json merged = model::toJson(base);
  for (const auto& [key, value] : overrides.items()) merged[key] = nlohmann::json::parse(value.dump());
  try {
    model::ModelConfig config = model::modelConfigFromJson(merged, file);
    // Only the scenario's own rasters are relative to its file; the base's are resolved already.
    if (overrides.contains("quality_rasters") && !folder.empty()) capacity::resolveQualityRasterPaths(config, folder);
    return config;
  } catch (const Error& e) {
    throw Error(e.code(), file, "scenario '" + scenario + "': " + e.cause());
  }
}

}  // namespace

std::vector<Scenario> defaultScenarios(const model::ModelConfig& base) {
  std::vector<Scenario> out;
  const auto add = [&](const std::string& name, const ordered_json& overrides) {
    model::ModelConfig config = applied(base, overrides, name, {}, {});
    for (const Scenario& s : out)
      if (s.model == config) return;
    out.push_back({name, overrides, std::move(config)});
  };
  add("base", ordered_json::object());
  for (const double sqmi : {16.0, 40.0, 80.0, 120.0})
    add("T" + jsonNumber(sqmi).dump(), {{"territory_min_sqmi", jsonNumber(sqmi)}, {"territory_max_sqmi", jsonNumber(sqmi)}});
  for (const double step : {-10.0, 10.0}) {
    const double canopy = std::clamp(base.minCanopyPct + step, 0.0, 100.0);
    add("canopy" + jsonNumber(canopy).dump(), {{"min_canopy_pct", jsonNumber(canopy)}});
  }
  if (!base.qualityRasters.empty()) add("no_quality", {{"quality_rasters", ordered_json::array()}});
  return out;
}

std::vector<Scenario> parseScenarios(const std::string& jsonText, const model::ModelConfig& base, const std::string& file,
                                     const std::string& folder) {
  ordered_json root;
  try {
    root = ordered_json::parse(jsonText);
  } catch (const ordered_json::parse_error& e) {
    // As parseModelConfig: the file's own bytes ("; last read: …") are never echoed.
    std::string what = e.what();
    if (const auto echo = what.find("; last read"); echo != std::string::npos) what.resize(echo);
    throw Error(ErrorCode::InvalidInput, file, "not valid JSON: " + what);
  }
  if (!root.is_array() || root.empty())
    throw Error(ErrorCode::InvalidInput, file, "the scenarios must be a non-empty JSON array of objects");
  std::vector<Scenario> out;
  std::set<std::string> names;
  for (std::size_t i = 0; i < root.size(); ++i) {
    const ordered_json& entry = root[i];
    const std::string number = "scenario " + std::to_string(i + 1);
    if (!entry.is_object()) throw Error(ErrorCode::InvalidInput, file, number + " must be an object of model keys");
    Scenario s;
    s.name = number;
    for (const auto& [key, value] : entry.items()) {
      if (key != "name") {
        s.overrides[key] = value;
        continue;
      }
      if (!value.is_string() || value.get<std::string>().empty())
        throw Error(ErrorCode::InvalidInput, file, number + ": 'name' must be a non-empty string");
      s.name = value.get<std::string>();
    }
    if (!names.insert(s.name).second) throw Error(ErrorCode::InvalidInput, file, "two scenarios are named '" + s.name + "'");
    s.model = applied(base, s.overrides, s.name, file, folder);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<Scenario> readScenariosFile(const std::string& path, const model::ModelConfig& base) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw Error(ErrorCode::FileNotFound, path, "no such file");
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in && !in.eof()) throw Error(ErrorCode::Unreadable, path, "the scenarios file cannot be read");
  return parseScenarios(text.str(), base, path, std::filesystem::path(path).parent_path().string());
}

bool withinBudget(const RankedParcel& row, double budget) { return row.cumulativeCost <= budget + 1e-9 * std::max(1.0, budget); }

ScenarioRanking rankScenarios(const RankingInputs& inputs, const RankingOptions& options, const std::vector<Scenario>& scenarios,
                              const Progress& progress) {
  if (scenarios.empty()) throw Error(ErrorCode::InvalidInput, {}, "no scenarios to rank");
  // Each distinct model once, the base first: a scenario that repeats a model reuses its run.
  std::vector<const model::ModelConfig*> models{&inputs.model};
  std::vector<std::string> labels{"base model"};
  std::vector<std::size_t> runOf(scenarios.size());
  for (std::size_t i = 0; i < scenarios.size(); ++i) {
    const auto same = std::find_if(models.begin(), models.end(), [&](const model::ModelConfig* m) { return *m == scenarios[i].model; });
    runOf[i] = std::size_t(same - models.begin());
    if (same == models.end()) {
      models.push_back(&scenarios[i].model);
      labels.push_back("scenario " + scenarios[i].name);
    } else if (runOf[i] == 0 && labels[0] == "base model") {
      labels[0] = "scenario " + scenarios[i].name;
    }
  }
  std::vector<RankingResult> results;
  results.reserve(models.size());
  const double runs = double(models.size());
  for (std::size_t k = 0; k < models.size(); ++k) {
    RankingInputs in = inputs;
    in.model = *models[k];
    Progress phase;
    if (progress)
      phase = [&progress, k, runs, label = labels[k] + ": "](double fraction, const std::string& stage) {
        return progress((double(k) + fraction) / runs, label + stage);
      };
    results.push_back(rankParcels(in, options, phase));
  }

  ScenarioRanking out;
  out.base = results.front();
  for (const RankedParcel& row : out.base.order) out.counts[row.id] = {};
  for (std::size_t i = 0; i < scenarios.size(); ++i) {
    const RankingResult& r = results[runOf[i]];
    ScenarioOutcome o{scenarios[i].name, scenarios[i].overrides, r.leopards, r.leopardsFractional, r.cost, r.reserveLeopards,
                      r.provenOptimal, r.selectedIds, {}};
    for (const RankedParcel& row : r.order) {
      ScenarioCounts& c = out.counts[row.id];
      if (row.selected) ++c.selected;
      if (withinBudget(row, r.budget)) {
        ++c.withinBudget;
        o.withinBudgetIds.push_back(row.id);
      }
    }
    out.scenarios.push_back(std::move(o));
  }
  return out;
}

void writeScenarioRankingCsv(const ScenarioRanking& ranking, const std::string& path) {
  const std::string runs = std::to_string(ranking.scenarios.size());
  std::string text = rankingCsvHeader() + ",scenarios_selected,scenarios_within_budget,scenarios\n";
  for (const RankedParcel& r : ranking.base.order) {
    const ScenarioCounts& c = ranking.counts.at(r.id);
    text += rankingCsvRow(r) + ',' + std::to_string(c.selected) + ',' + std::to_string(c.withinBudget) + ',' + runs + '\n';
  }
  writeTextAtomically(path, text);
}

void writeScenarioSummaryJson(const ScenarioRanking& ranking, const std::string& path) {
  ordered_json j = rankingSummaryJson(ranking.base);
  ordered_json list = ordered_json::array();
  for (const ScenarioOutcome& o : ranking.scenarios) {
    ordered_json s;
    s["name"] = o.name;
    s["overrides"] = o.overrides;
    s["leopards"] = o.leopards;
    s["leopards_fractional"] = o.leopardsFractional;
    s["cost"] = o.cost;
    s["reserve_leopards"] = o.reserveLeopards;
    s["proven_optimal"] = o.provenOptimal;
    s["selected_ids"] = summaryIdsJson(ranking.base, o.selectedIds);
    s["within_budget_parcels"] = o.withinBudgetIds.size();
    list.push_back(std::move(s));
  }
  j["scenarios"] = std::move(list);
  writeTextAtomically(path, j.dump(2) + "\n");
}

ScenarioAgreement agreementOf(const ScenarioRanking& ranking) {
  const int runs = int(ranking.scenarios.size());
  ScenarioAgreement a;
  for (const auto& [id, c] : ranking.counts) {
    a.inEvery += runs > 0 && c.selected == runs;
    a.inAny += c.selected > 0;
  }
  return a;
}

}  // namespace hp::ranking
