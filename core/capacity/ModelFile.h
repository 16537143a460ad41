// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "model/ModelConfig.h"

namespace hp::capacity {

// Reads a model configuration file (JSON, docs/MODEL.md). Quality raster paths written relative
// are resolved against the model file's folder. Throws Error(FileNotFound / Unreadable /
// InvalidModel) naming the file.
model::ModelConfig readModelFile(const std::string& path);

// Quality raster paths written relative (not /vsi…) made relative to `folder`, as a file in it reads them.
void resolveQualityRasterPaths(model::ModelConfig& config, const std::string& folder);

// Writes `config` as indented JSON; throws Error(WriteFailed).
void writeModelFile(const std::string& path, const model::ModelConfig& config);

}  // namespace hp::capacity
