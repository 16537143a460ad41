// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "corridor/Corridors.h"
#include "project/ProjectCapacity.h"

class QLabel;
class QProgressBar;

namespace hp::gui {

// The active candidate's figures as LiveCapacity delivers them: name, area (km² and sq mi),
// habitat, patches, leopards with the 120/16 sq mi range, fractional leopards and cost, numbers in
// the UI locale; a busy bar while they are being computed.
class CandidateFiguresPanel : public QWidget {
  Q_OBJECT
 public:
  explicit CandidateFiguresPanel(QWidget* parent = nullptr);

  void setCandidateName(const QString& name);
  void setFigures(const project::CandidateFigures& figures);
  // The corridor from the reserve to this candidate: `link` null with `computed` means the project has no
  // reserve; not `computed`: corridors were not computed for the candidates as they are.
  void setCorridor(const corridor::CorridorLink* link, bool computed);
  void setBusy(bool busy);
  void setError(const QString& message);
  void clear();

  // For tests: the value label of each row.
  QLabel* nameLabel() const { return name_; }
  QLabel* areaLabel() const { return area_; }
  QLabel* habitatLabel() const { return habitat_; }
  QLabel* patchesLabel() const { return patches_; }
  QLabel* leopardsLabel() const { return leopards_; }
  QLabel* fractionalLabel() const { return fractional_; }
  QLabel* costLabel() const { return cost_; }
  QLabel* withReserveLabel() const { return withReserve_; }
  QLabel* addedLabel() const { return added_; }
  QLabel* corridorLabel() const { return corridor_; }
  QProgressBar* busyBar() const { return busy_; }

 private:
  QLabel *name_, *area_, *habitat_, *patches_, *leopards_, *fractional_, *cost_, *withReserve_, *added_, *corridor_, *error_;
  QProgressBar* busy_;
};

}  // namespace hp::gui
