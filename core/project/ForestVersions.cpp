// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ForestVersions.h"

#include <algorithm>
#include <filesystem>

#include "geo/Error.h"

namespace hp::project {

int latestForestVersion(const Project& project) {
  int latest = 0;
  for (const ForestVersion& v : project.forestVersions) latest = std::max(latest, v.id);
  return latest;
}

std::string forestPath(const Project& project, int id) {
  if (id == 0) {
    const LayerRef* forest = project.layer(LayerRole::Forest);
    if (!forest) throw Error(ErrorCode::InvalidInput, {}, "the project has no forest layer");
    return forest->path;
  }
  for (const ForestVersion& v : project.forestVersions)
    if (v.id == id) return v.path;
  throw Error(ErrorCode::InvalidInput, {}, "the project has no forest version " + std::to_string(id));
}

static bool isIsoDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  const int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

ForestVersion importForestVersion(Project& project, const std::string& projectPath,
                                  const imagery::ImportRequest& request, const std::string& date,
                                  imagery::ImportSummary* summary, const Progress& progress) {
  if (!date.empty() && !isIsoDate(date))
    throw Error(ErrorCode::InvalidInput, {}, "the date '" + date + "' is not YYYY-MM-DD");
  ForestVersion version;
  version.id = latestForestVersion(project) + 1;
  version.date = date;
  version.method = imagery::methodName(request.method);
  for (const std::string& f : request.files)
    version.source += (version.source.empty() ? "" : "; ") + std::filesystem::path(f).filename().string();

  const std::filesystem::path dir = std::filesystem::absolute(projectPath).parent_path() / "forest_versions";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(ErrorCode::WriteFailed, dir.string(), ec.message());
  version.path = (dir / ("forest_v" + std::to_string(version.id) + (date.empty() ? "" : "_" + date) + ".tif")).string();

  const imagery::ImportSummary s =
      imagery::importForestCover(request, forestPath(project, project.activeForestVersion), version.path, progress);
  if (summary) *summary = s;
  project.forestVersions.push_back(version);
  project.activeForestVersion = version.id;
  return version;
}

}  // namespace hp::project
