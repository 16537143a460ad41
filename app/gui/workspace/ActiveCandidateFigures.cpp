// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/ActiveCandidateFigures.h"

#include "gui/panels/CandidateFiguresPanel.h"
#include "gui/workspace/LiveCapacity.h"
#include "gui/workspace/PlanDocument.h"

namespace hp::gui {

ActiveCandidateFigures::ActiveCandidateFigures(PlanDocument* doc, CandidateFiguresPanel* panel, QObject* parent)
    : QObject(parent), doc_(doc), panel_(panel), live_(new LiveCapacity(this)) {
  connect(doc_, &PlanDocument::activeChanged, this, &ActiveCandidateFigures::update);
  connect(doc_, &PlanDocument::projectReplaced, this, &ActiveCandidateFigures::update);
  connect(doc_, &PlanDocument::forestVersionsChanged, this, &ActiveCandidateFigures::update);
  connect(doc_, &PlanDocument::candidateChanged, this, [this](int index) {
    if (index == doc_->activeCandidate()) update();
  });
  connect(live_, &LiveCapacity::busyChanged, panel_, &CandidateFiguresPanel::setBusy);
  connect(live_, &LiveCapacity::figuresReady, this, [this](int index, const project::CandidateFigures& figures) {
    if (index == doc_->activeCandidate()) panel_->setFigures(figures);
  });
  connect(live_, &LiveCapacity::failed, panel_, &CandidateFiguresPanel::setError);
}

void ActiveCandidateFigures::update() {
  const project::Candidate* active = doc_->active();
  if (!active) {
    live_->cancel();
    panel_->clear();
    return;
  }
  panel_->setCandidateName(QString::fromStdString(active->name));
  live_->request(doc_->project(), doc_->activeCandidate());
}

}  // namespace hp::gui
