// SPDX-License-Identifier: GPL-3.0-or-later
#include "marxan/MarxanResults.h"

#include <cmath>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "geo/Error.h"
#include "io/DelimitedReader.h"
#include "marxan/MarxanFiles.h"

namespace hp::ranking {

namespace fs = std::filesystem;

namespace {

void writeText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw Error(ErrorCode::WriteFailed, path, "cannot create the file");
  out << text;
  out.close();
  if (!out) throw Error(ErrorCode::WriteFailed, path, "write error");
}

std::string csvName(const std::string& name) {
  std::string s = name;
  for (char& c : s)
    if (c == ',' || c == '"' || c == '\n' || c == '\r') c = ' ';
  return s;
}

nlohmann::json finiteOrNull(double value) { return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr); }

}  // namespace

MarxanResultPaths writeMarxanResults(const std::string& directory, const MarxanProblem& problem, const MarxanSolveResult& result) {
  if (!result.hasSolution() || result.selected.size() != problem.units.size())
    throw Error(ErrorCode::InvalidInput, directory, std::string("no solution to write (solver status: ") + mipStatusName(result.status) + ")");
  std::error_code ec;
  fs::create_directories(directory, ec);
  if (!fs::is_directory(directory)) throw Error(ErrorCode::WriteFailed, directory, "cannot create the folder");
  const fs::path folder(directory);
  MarxanResultPaths paths{(folder / "output_best.csv").string(), (folder / "output_sum.csv").string(),
                          (folder / "output_mvbest.csv").string(), (folder / "summary.json").string()};
  const MarxanEvaluation& e = result.evaluation;
  const int features = int(problem.features.size());

  writeMarxanBestSolution(paths.best, problem, result.selected);

  // Marxan's own summary columns first, so tools reading output_sum by name keep working. The
  // exact solve meets every target, hence Penalty 0; Connectivity is the boundary length.
  std::string sum =
      "Run_Number,Score,Cost,Planning_Units,Connectivity,Penalty,Shortfall,Missing_Values,MPM,Targets_Met,Features,"
      "Optimality_Gap,Status\n";
  sum += "1," + formatNumber(e.score) + ',' + formatNumber(e.cost) + ',' + std::to_string(e.unitsSelected) + ',' +
         formatNumber(e.boundary) + ",0," + formatNumber(e.shortfall) + ',' + std::to_string(features - e.targetsMet) + ',' +
         formatNumber(e.minProportionMet) + ',' + std::to_string(e.targetsMet) + ',' + std::to_string(features) + ',' +
         formatNumber(result.relativeGap) + ',' + mipStatusName(result.status) + '\n';
  writeText(paths.summary, sum);

  std::string mv = "Conservation Feature,Feature Name,Target,Amount Held,Target Met,MPM\n";
  for (int f = 0; f < features; ++f) {
    const auto i = std::size_t(f);
    const double mpm = e.targets[i] > 0.0 ? std::min(1.0, e.held[i] / e.targets[i]) : 1.0;
    mv += std::to_string(problem.features[i].id) + ',' + csvName(problem.features[i].name) + ',' + formatNumber(e.targets[i]) + ',' +
          formatNumber(e.held[i]) + ',' + (e.met[i] ? "yes" : "no") + ',' + formatNumber(mpm) + '\n';
  }
  writeText(paths.missingValues, mv);

  nlohmann::json j;
  j["status"] = mipStatusName(result.status);
  j["score"] = e.score;
  j["cost"] = e.cost;
  j["boundary"] = e.boundary;
  j["blm"] = problem.blm;
  j["planning_units"] = problem.units.size();
  j["planning_units_selected"] = e.unitsSelected;
  j["features"] = features;
  j["targets_met"] = e.targetsMet;
  j["best_bound"] = finiteOrNull(result.bestBound);
  j["optimality_gap"] = finiteOrNull(result.relativeGap);
  j["seconds"] = result.seconds;
  j["nodes"] = result.nodes;
  j["neighbourhoods"] = result.neighbourhoods;
  nlohmann::json perFeature = nlohmann::json::array();
  for (int f = 0; f < features; ++f) {
    const auto i = std::size_t(f);
    perFeature.push_back({{"id", problem.features[i].id},
                          {"name", problem.features[i].name},
                          {"target", e.targets[i]},
                          {"held", e.held[i]},
                          {"met", e.met[i] != 0}});
  }
  j["feature_results"] = std::move(perFeature);
  nlohmann::json ids = nlohmann::json::array();
  for (std::size_t i = 0; i < problem.units.size(); ++i)
    if (result.selected[i]) ids.push_back(problem.units[i].id);
  j["selected_ids"] = std::move(ids);
  writeText(paths.summaryJson, j.dump(2) + '\n');
  return paths;
}

}  // namespace hp::ranking
