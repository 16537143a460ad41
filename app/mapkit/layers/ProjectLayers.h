// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

#include "Progress.h"
#include "project/Project.h"

namespace hp::gui {

class MapLayer;
class VectorMapLayer;

// A project's layers opened for the map, bottom first (Project::layers order), each named, shown and
// styled as the project says. The forest layer shows the project's active forest version.
struct OpenedProjectLayers {
  std::vector<std::shared_ptr<MapLayer>> layers;         // parallel to `roles`
  std::vector<project::LayerRole> roles;
  std::shared_ptr<VectorMapLayer> parcels;               // the first parcels layer, if it opened
  QStringList problems;                                  // one describeError() line per layer that failed
};

// Opens every layer of `project` in the project's CRS. A layer that fails is listed in `problems` and
// left out; the others still open (a project with one broken file stays usable). Throws no hp::Error
// but hp::Cancelled, when `progress` (which spans all the layers) asks to stop. Runs on a worker as well:
// it opens its own datasets and makes no widget.
OpenedProjectLayers openProjectLayers(const project::Project& project, const Progress& progress = {});

// A layer's look as the JSON kept in LayerRef::styleJson, and back. An empty or unreadable JSON leaves
// the layer as it is (false); the layer's role gives the sample's look when the JSON is empty.
QString styleJson(const MapLayer& layer);
bool applyStyleJson(MapLayer& layer, const QString& json);
void applyRoleStyle(MapLayer& layer, project::LayerRole role);

}  // namespace hp::gui
