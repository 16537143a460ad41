// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace hp::model {

// How an extra quality raster (values 0..1) changes a habitat pixel's quality q.
enum class QualityEffect {
  Prey,         // q × value          (a prey index: 1 = plenty of prey)
  Disturbance,  // q × (1 − value)    (human disturbance: 1 = fully disturbed)
};

// One extra raster that multiplies quality. `path` is as written in the model file; the
// file loader (capacity/ModelFile.h) resolves it against the model file's folder.
struct QualityRaster {
  std::string path;
  int band = 1;
  QualityEffect effect = QualityEffect::Prey;
  bool operator==(const QualityRaster&) const = default;
};

// Every parameter of the territory-capacity model. The defaults and their sources are in docs/MODEL.md.
struct ModelConfig {
  double minCanopyPct = 60.0;       // habitat threshold; an assumption, see docs/MODEL.md
  double territoryMinSqMi = 16.0;   // territory on the best habitat (q = 1)
  double territoryMaxSqMi = 120.0;  // territory on the poorest habitat (q = 0)
  std::vector<QualityRaster> qualityRasters;
  bool operator==(const ModelConfig&) const = default;
};

// Reads a model from JSON. Keys left out take their defaults. Unknown keys, wrong types and
// values out of range throw Error(InvalidModel, file, cause naming the key). `file` only names
// the source in the error.
ModelConfig modelConfigFromJson(const nlohmann::json& json, const std::string& file = {});
// Same from text; a JSON syntax error is an Error(InvalidModel) too.
ModelConfig parseModelConfig(const std::string& jsonText, const std::string& file = {});
// Every key, defaults included, so a saved model reads back identically.
nlohmann::json toJson(const ModelConfig& config);

// Throws Error(InvalidModel) when the values cannot be used (min_canopy_pct outside 0..100,
// territories not positive or min above max, band < 1, empty path).
void validate(const ModelConfig& config, const std::string& file = {});

}  // namespace hp::model
