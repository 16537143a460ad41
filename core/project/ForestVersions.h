// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "Progress.h"
#include "imagery/ForestImport.h"
#include "project/Project.h"

namespace hp::project {

// Version 0 is the forest layer as the project references it; imports add 1, 2, ...
int latestForestVersion(const Project& project);

// The raster file of forest version `id` (0: the forest layer). Throws Error(InvalidInput) when unknown.
std::string forestPath(const Project& project, int id);

// Imports new imagery as the next forest version of `project` (saved at `projectPath`): the raster
// is written to forest_versions/ beside the project file, from the active version's cover, and the
// new version becomes active. `project` changes only when the import succeeds.
ForestVersion importForestVersion(Project& project, const std::string& projectPath,
                                  const imagery::ImportRequest& request, const std::string& date,
                                  imagery::ImportSummary* summary = nullptr, const Progress& progress = {});

}  // namespace hp::project
