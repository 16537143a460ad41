// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/ModelFile.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "geo/Error.h"

namespace hp::capacity {

model::ModelConfig readModelFile(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw Error(ErrorCode::FileNotFound, path, "no such file");
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in && !in.eof()) throw Error(ErrorCode::Unreadable, path, "the model file cannot be read");
  model::ModelConfig config = model::parseModelConfig(text.str(), path);
  resolveQualityRasterPaths(config, std::filesystem::path(path).parent_path().string());
  return config;
}

void resolveQualityRasterPaths(model::ModelConfig& config, const std::string& folder) {
  for (model::QualityRaster& r : config.qualityRasters) {
    const std::filesystem::path p(r.path);
    if (p.is_relative() && r.path.rfind("/vsi", 0) != 0) r.path = (std::filesystem::path(folder) / p).lexically_normal().string();
  }
}

void writeModelFile(const std::string& path, const model::ModelConfig& config) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << model::toJson(config).dump(2) << '\n';
  out.close();
  if (!out) throw Error(ErrorCode::WriteFailed, path, "the model file cannot be written");
}

}  // namespace hp::capacity
