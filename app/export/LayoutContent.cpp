// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/LayoutContent.h"

#include <QFileInfo>

#include "mapkit/layers/CandidateMapLayer.h"
#include "mapkit/layers/ProjectLayers.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "project/ProjectCapacity.h"

namespace hp::exporting {

Extent LayoutContent::fullExtent() const {
  Extent e;
  for (const auto& layer : layers)
    if (layer && layer->isVisible()) e.include(layer->extent());
  gui::CandidateMapLayer shown(parcels);
  shown.setCandidates(candidates, -1);
  e.include(shown.extent());
  return e;
}

Extent LayoutContent::candidateExtent(const QString& name) const {
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (QString::fromStdString(candidates[i].name) != name) continue;
    gui::CandidateMapLayer one(parcels);
    one.setCandidates({candidates[i]}, 0);
    return one.candidateExtent(0);
  }
  return {};
}

std::shared_ptr<LayoutContent> LayoutContent::fromProject(const project::Project& project, bool withFigures,
                                                          const Progress& progress) {
  auto content = std::make_shared<LayoutContent>();
  content->crs = project.crs;
  gui::OpenedProjectLayers opened = gui::openProjectLayers(project);
  for (const auto& layer : opened.layers) {
    content->layers.push_back(layer);
    if (!layer->source().isEmpty()) content->sourceFiles << QFileInfo(layer->source()).fileName();
  }
  if (opened.parcels)
    // Shares the parcel layer's data and keeps that layer alive while it is used (as the GUI does).
    content->parcels = std::shared_ptr<const gui::VectorData>(opened.parcels, &opened.parcels->data());
  content->problems = opened.problems;
  content->candidates = project.candidates;
  content->projectView = project.view.extent;
  if (withFigures && !project.candidates.empty()) {
    const project::ProjectData data = project::loadProjectData(project);
    const std::vector<project::CandidateFigures> figures = project::evaluateCandidates(project, data, true, progress);
    for (std::size_t i = 0; i < figures.size() && i < project.candidates.size(); ++i) {
      const project::Candidate& c = project.candidates[i];
      content->figures.push_back({QString::fromStdString(c.name), QColor(QString::fromStdString(c.color)),
                                  figures[i].capacity, figures[i].costUsd, figures[i].parcels, figures[i].withReserve,
                                  figures[i].added, std::nullopt});
    }
  }
  return content;
}

}  // namespace hp::exporting
