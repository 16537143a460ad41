// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/ProjectCorridors.h"

#include <QAction>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "gui/workspace/PlanDocument.h"
#include "io/RasterSource.h"
#include "mapkit/layers/CorridorMapLayer.h"
#include "mapkit/layers/LayerModel.h"
#include "project/ProjectCapacity.h"

namespace hp::gui {

ProjectCorridors::ProjectCorridors(PlanDocument* doc, LayerModel* layers, ModalTask* tasks, QObject* parent)
    : QObject(parent), doc_(doc), layers_(layers), tasks_(tasks), layer_(std::make_shared<CorridorMapLayer>()) {
  compute_ = new QAction(tr("Compute &Corridors…"), this);
  compute_->setObjectName(QStringLiteral("computeCorridorsAction"));
  compute_->setStatusTip(tr("Least-cost corridors from the reserve to each candidate and between candidates, "
                            "drawn on the map"));
  connect(compute_, &QAction::triggered, this, [this] { compute(); });
  connect(tasks_, &ModalTask::runningChanged, compute_, [this](bool running) { compute_->setEnabled(!running); });
  for (auto signal : {&PlanDocument::candidateAdded, &PlanDocument::candidateRemoved, &PlanDocument::candidateChanged})
    connect(doc_, signal, this, [this](int) { invalidate(); });
  connect(doc_, &PlanDocument::projectReplaced, this, &ProjectCorridors::invalidate);
  connect(doc_, &PlanDocument::forestVersionsChanged, this, &ProjectCorridors::invalidate);
}

ProjectCorridors::~ProjectCorridors() = default;

bool ProjectCorridors::isCurrent() const { return !layer_->links().empty(); }

const corridor::CorridorLink* ProjectCorridors::toReserve(const std::string& candidate) const {
  return corridor::linkFromReserve(layer_->links(), candidate);
}

ModalTask::Outcome ProjectCorridors::compute() {
  const project::Project project = doc_->project();
  if (project.candidates.empty()) {
    emit statusMessage(tr("No candidates: there is nothing to connect."));
    return ModalTask::Outcome::Refused;
  }
  struct Result {
    std::vector<corridor::CorridorLink> links;
    Crs gridCrs;
  };
  auto result = std::make_shared<Result>();
  QString error;
  const auto outcome = tasks_->run(tr("Computing corridors…"),
                                   [project, result](const Progress& progress) {
                                     const project::ProjectData data = project::loadProjectData(project);
                                     result->links = corridor::projectCorridors(project, data, {}, progress);
                                     result->gridCrs = RasterSource::open(data.forestPath).info().crs;
                                   },
                                   &error);
  if (outcome == ModalTask::Outcome::Cancelled) emit statusMessage(tr("Corridors cancelled."));
  if (outcome == ModalTask::Outcome::Failed) emit failed(error);
  if (outcome != ModalTask::Outcome::Succeeded) return outcome;
  try {
    layer_->setLinks(std::move(result->links), result->gridCrs, layers_->mapCrs());
  } catch (const Error& e) {
    layer_->clear();
    emit failed(app::describeError(e));
    return ModalTask::Outcome::Failed;
  }
  showLayer();
  if (layer_->links().empty())
    emit statusMessage(tr("No corridors: the project has no reserve layer and one candidate."));
  else
    emit statusMessage(tr("%n corridor(s) computed, %1 drawn.", nullptr, int(layer_->links().size())).arg(layer_->drawnCount()));
  emit corridorsChanged();
  return outcome;
}

void ProjectCorridors::showLayer() {
  const int row = layers_->rowOf(layer_.get());
  if (row >= 0) layers_->notifyLayerChanged(row);
  else if (!layer_->links().empty()) layers_->insertLayer(layer_, 0);
}

void ProjectCorridors::invalidate() {
  const bool had = isCurrent();
  layer_->clear();
  if (const int row = layers_->rowOf(layer_.get()); row >= 0) layers_->removeRows(row, 1);
  if (!had) return;
  emit statusMessage(tr("The candidates changed: corridors taken off the map (Analysis ▸ Compute Corridors)."));
  emit corridorsChanged();
}

}  // namespace hp::gui
