// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "Progress.h"
#include "corridor/Corridors.h"
#include "project/ProjectExport.h"

namespace hp::cli {

// The corridors export-data and export-map add with --corridors: the reserve to each candidate only,
// with the default resistance and no roads or settlements, as `habitat-cli corridors --reserve-only`
// computes them. Throws hp::Error(InvalidInput) when the project has no reserve layer.
std::vector<corridor::CorridorLink> reserveCorridors(const project::Project& project, const project::ProjectData& data,
                                                     const Progress& progress = {});

// Each project candidate's link from the reserve in `links`, in project order (default: none found).
std::vector<project::CandidateCorridor> candidateCorridors(const project::Project& project,
                                                           const std::vector<corridor::CorridorLink>& links);

}  // namespace hp::cli
