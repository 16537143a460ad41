// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace hp::gui {

class CandidateFiguresPanel;
class LiveCapacity;
class PlanDocument;

// Keeps the figures panel on the active candidate: every edit of it, another active candidate, a new
// forest version or another project asks LiveCapacity again; a result for a candidate that is no longer
// the active one is dropped.
class ActiveCandidateFigures : public QObject {
  Q_OBJECT
 public:
  ActiveCandidateFigures(PlanDocument* doc, CandidateFiguresPanel* panel, QObject* parent = nullptr);

  LiveCapacity* live() const { return live_; }
  // Recomputes now (the connections call it; tests and the window may too).
  void update();

 private:
  PlanDocument* doc_;
  CandidateFiguresPanel* panel_;
  LiveCapacity* live_;
};

}  // namespace hp::gui
