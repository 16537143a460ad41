// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ModelConfig.h"

#include <nlohmann/json.hpp>

#include <cmath>

#include "geo/Error.h"

namespace hp::model {

namespace {

using nlohmann::json;

[[noreturn]] void invalid(const std::string& file, const std::string& cause) {
  throw Error(ErrorCode::InvalidModel, file, cause);
}

double readNumber(const json& value, const std::string& key, const std::string& file) {
  if (!value.is_number()) invalid(file, "'" + key + "' must be a number, not " + std::string(value.type_name()));
  const double number = value.get<double>();
  if (!std::isfinite(number)) invalid(file, "'" + key + "' must be a finite number");
  return number;
}

const char* effectName(QualityEffect effect) {
  return effect == QualityEffect::Prey ? "prey" : "disturbance";
}

QualityRaster readQualityRaster(const json& entry, const std::string& where, const std::string& file) {
  if (!entry.is_object()) invalid(file, "'" + where + "' must be an object {\"path\", \"band\", \"effect\"}");
  QualityRaster raster;
  bool hasPath = false;
  for (const auto& [key, value] : entry.items()) {
    const std::string name = where + "." + key;
    if (key == "path") {
      if (!value.is_string()) invalid(file, "'" + name + "' must be a string");
      raster.path = value.get<std::string>();
      hasPath = true;
    } else if (key == "band") {
      if (!value.is_number_integer()) invalid(file, "'" + name + "' must be a whole number");
      raster.band = value.get<int>();
    } else if (key == "effect") {
      const std::string effect = value.is_string() ? value.get<std::string>() : std::string();
      if (effect == "prey") raster.effect = QualityEffect::Prey;
      else if (effect == "disturbance") raster.effect = QualityEffect::Disturbance;
      else invalid(file, "'" + name + "' must be \"prey\" or \"disturbance\"");
    } else {
      invalid(file, "unknown key '" + name + "'");
    }
  }
  if (!hasPath) invalid(file, "'" + where + ".path' is missing");
  return raster;
}

}  // namespace

ModelConfig modelConfigFromJson(const json& root, const std::string& file) {
  if (!root.is_object()) invalid(file, "the model must be a JSON object, not " + std::string(root.type_name()));
  ModelConfig config;
  for (const auto& [key, value] : root.items()) {
    if (key == "min_canopy_pct") config.minCanopyPct = readNumber(value, key, file);
    else if (key == "territory_min_sqmi") config.territoryMinSqMi = readNumber(value, key, file);
    else if (key == "territory_max_sqmi") config.territoryMaxSqMi = readNumber(value, key, file);
    else if (key == "quality_rasters") {
      if (!value.is_array()) invalid(file, "'quality_rasters' must be an array");
      for (std::size_t i = 0; i < value.size(); ++i)
        config.qualityRasters.push_back(
            readQualityRaster(value[i], "quality_rasters[" + std::to_string(i) + "]", file));
    } else {
      invalid(file, "unknown key '" + key + "'");
    }
  }
  validate(config, file);
  return config;
}

ModelConfig parseModelConfig(const std::string& jsonText, const std::string& file) {
  json root;
  try {
    root = json::parse(jsonText);
  } catch (const json::parse_error& e) {
    // nlohmann ends with "; last read: '<bytes>'": the file's own bytes, never shown (a file that is
    // not a model may hold anything).
    std::string what = e.what();
    if (const auto echo = what.find("; last read"); echo != std::string::npos) what.resize(echo);
    invalid(file, "not valid JSON: " + what);
  }
  return modelConfigFromJson(root, file);
}

json toJson(const ModelConfig& config) {
  json rasters = json::array();
  for (const QualityRaster& r : config.qualityRasters)
    rasters.push_back({{"path", r.path}, {"band", r.band}, {"effect", effectName(r.effect)}});
  return {{"min_canopy_pct", config.minCanopyPct},
          {"territory_min_sqmi", config.territoryMinSqMi},
          {"territory_max_sqmi", config.territoryMaxSqMi},
          {"quality_rasters", rasters}};
}

void validate(const ModelConfig& config, const std::string& file) {
  if (!(config.minCanopyPct >= 0 && config.minCanopyPct <= 100))
    invalid(file, "'min_canopy_pct' must lie in 0..100");
  if (!(config.territoryMinSqMi > 0)) invalid(file, "'territory_min_sqmi' must be above 0");
  if (!(config.territoryMaxSqMi > 0)) invalid(file, "'territory_max_sqmi' must be above 0");
  if (config.territoryMinSqMi > config.territoryMaxSqMi)
    invalid(file, "'territory_min_sqmi' must not exceed 'territory_max_sqmi'");
  for (std::size_t i = 0; i < config.qualityRasters.size(); ++i) {
    const std::string where = "quality_rasters[" + std::to_string(i) + "]";
    if (config.qualityRasters[i].path.empty()) invalid(file, "'" + where + ".path' is empty");
    if (config.qualityRasters[i].band < 1) invalid(file, "'" + where + ".band' must be 1 or more");
  }
}

}  // namespace hp::model
