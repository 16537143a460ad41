// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

#include "model/PatchMap.h"
#include "project/Project.h"
#include "project/ProjectCapacity.h"

namespace hp::gui {

// The active candidate's figures, recomputed off the GUI thread as it is edited. A newer request
// supersedes an older one: the older stops at its next strip and only the newest result is
// emitted. The opened raster, transforms and basins (a capacity::CapacitySession) are kept until
// the project's layers, forest version or model change. With the figures come the candidate's
// habitat patches (patchesReady), labelled in the same scan, for a PatchMapLayer.
class LiveCapacity : public QObject {
  Q_OBJECT

 public:
  explicit LiveCapacity(QObject* parent = nullptr);
  ~LiveCapacity() override;

  // `project` is copied (drawn geometries are shared); candidateIndex indexes project.candidates.
  void request(const project::Project& project, int candidateIndex);
  // Drops any pending request: nothing more is emitted for it.
  void cancel();
  bool isBusy() const { return busy_; }

 signals:
  void busyChanged(bool busy);
  void figuresReady(int candidateIndex, const project::CandidateFigures& figures);
  // Right after figuresReady, for the same request. Never null (empty when the candidate has no habitat).
  void patchesReady(int candidateIndex, std::shared_ptr<const hp::model::PatchMap> patches);
  void failed(const QString& message);

 private:
  struct Shared;
  void deliver(quint64 generation, int candidateIndex, const project::CandidateFigures& figures,
               const std::shared_ptr<const model::PatchMap>& patches, const QString& error);

  std::shared_ptr<Shared> shared_;
  bool busy_ = false;
};

}  // namespace hp::gui

Q_DECLARE_METATYPE(hp::project::CandidateFigures)
Q_DECLARE_METATYPE(std::shared_ptr<const hp::model::PatchMap>)
