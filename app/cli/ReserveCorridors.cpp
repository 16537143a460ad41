// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReserveCorridors.h"

#include "geo/Error.h"

namespace hp::cli {

std::vector<corridor::CorridorLink> reserveCorridors(const project::Project& project, const project::ProjectData& data,
                                                     const Progress& progress) {
  if (!data.reserve)
    throw Error(ErrorCode::InvalidInput, {}, "the project has no reserve layer: --corridors has nothing to connect to");
  corridor::CorridorOptions options;
  options.betweenCandidates = false;
  return corridor::projectCorridors(project, data, options, progress);
}

std::vector<project::CandidateCorridor> candidateCorridors(const project::Project& project,
                                                           const std::vector<corridor::CorridorLink>& links) {
  std::vector<project::CandidateCorridor> out(project.candidates.size());
  for (std::size_t i = 0; i < project.candidates.size(); ++i)
    if (const corridor::CorridorLink* l = corridor::linkFromReserve(links, project.candidates[i].name))
      out[i] = {l->reachable, l->costKm, l->lengthKm, l->widthKm};
  return out;
}

}  // namespace hp::cli
