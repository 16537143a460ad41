// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>
#include <string>

#include "corridor/Corridors.h"
#include "gui/tasks/ModalTask.h"

class QAction;

namespace hp::gui {

class CorridorMapLayer;
class LayerModel;
class PlanDocument;

// The project's least-cost corridors on the map (docs/MODEL.md, Corridors): Analysis ▸ Compute Corridors
// runs corridor::projectCorridors (the reserve to each candidate and between candidates, default
// resistance, no roads or settlements) through the window's ModalTask, with its progress and Cancel, and
// puts the layer "Corridors" on top of the map. Corridors belong to the candidates they were computed
// for: any candidate edit, another forest version or another project takes the layer off the map and
// says so, until they are computed again.
class ProjectCorridors : public QObject {
  Q_OBJECT
 public:
  ProjectCorridors(PlanDocument* doc, LayerModel* layers, ModalTask* tasks, QObject* parent = nullptr);
  ~ProjectCorridors() override;

  QAction* computeAction() const { return compute_; }
  // Computes now (the action calls it; tests may too). Failed: failed() has said why.
  ModalTask::Outcome compute();

  bool isCurrent() const;
  const std::shared_ptr<CorridorMapLayer>& layer() const { return layer_; }
  // The link from the reserve to candidate `name` while corridors are current; null otherwise.
  const corridor::CorridorLink* toReserve(const std::string& candidate) const;
  // Puts the layer back on the map after the project's layers were shown again, while it is current.
  void showLayer();

 signals:
  // Computed or cleared: figures that show them should ask again.
  void corridorsChanged();
  void statusMessage(const QString& message);
  void failed(const QString& message);

 private:
  void invalidate();

  PlanDocument* doc_;
  LayerModel* layers_;
  ModalTask* tasks_;
  QAction* compute_;
  std::shared_ptr<CorridorMapLayer> layer_;
};

}  // namespace hp::gui
