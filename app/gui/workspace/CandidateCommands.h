// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QUndoCommand>

#include <cstdint>
#include <memory>
#include <vector>

#include "io/ParcelIds.h"
#include "project/Project.h"

namespace hp::gui {

class PlanDocument;

// Two commands carry every candidate edit: a candidate's value replaced (before/after), and a
// candidate inserted or removed. Each remembers the active candidate before it, and undo restores
// it, so stepping through the history always shows the candidate being edited.
class ReplaceCandidateCommand : public QUndoCommand {
 public:
  ReplaceCandidateCommand(PlanDocument* doc, int index, project::Candidate after, const QString& text);
  void undo() override;
  void redo() override;

 private:
  PlanDocument* doc_;
  int index_;
  project::Candidate before_;
  project::Candidate after_;
  int activeBefore_;
};

class InsertRemoveCandidateCommand : public QUndoCommand {
 public:
  enum class Kind { Insert, Remove };
  // Insert: `candidate` goes in at `index` and becomes active. Remove: the candidate at `index`
  // (the `candidate` argument is ignored).
  InsertRemoveCandidateCommand(PlanDocument* doc, Kind kind, int index, project::Candidate candidate,
                               const QString& text);
  void undo() override;
  void redo() override;

 private:
  void insert();
  void remove();

  PlanDocument* doc_;
  Kind kind_;
  int index_;
  project::Candidate candidate_;
  int activeBefore_;
};

// How picked parcels change the candidate (the selection tools' modifiers map onto this).
enum class ParcelEdit { Replace, Add, Remove, Toggle };

// The edits the UI offers; each pushes one command on doc->undoStack(). Return false (and push
// nothing) when the edit would change nothing or the index is out of range.
namespace edits {
// A new candidate, active, in one undo step: `name` (made unique), `color`, holding `parcelIds` (kept
// sorted, without duplicates). `undoText` names the step in Edit ▸ Undo; empty: "New candidate".
bool addCandidate(PlanDocument* doc, const QString& name, const QColor& color,
                  const std::vector<ParcelId>& parcelIds = {}, const QString& undoText = {});
// addCandidate for a ranking's budget optimum: the step is "New candidate from ranking".
bool addCandidateFromRanking(PlanDocument* doc, const QString& name, const QColor& color,
                             const std::vector<ParcelId>& parcelIds);
bool deleteCandidate(PlanDocument* doc, int index);
bool renameCandidate(PlanDocument* doc, int index, const QString& name);
bool duplicateCandidate(PlanDocument* doc, int index);
bool recolourCandidate(PlanDocument* doc, int index, const QColor& color);
bool setParcels(PlanDocument* doc, int index, const std::vector<ParcelId>& ids, ParcelEdit op);
bool addDrawnPolygon(PlanDocument* doc, int index, std::shared_ptr<const OGRGeometry> polygon);
bool editDrawnPolygon(PlanDocument* doc, int index, int polygonIndex,
                      std::shared_ptr<const OGRGeometry> polygon);
bool deleteDrawnPolygon(PlanDocument* doc, int index, int polygonIndex);
// Sorted, without duplicates: what `op` makes of `current` with `picked`.
std::vector<ParcelId> applyParcelEdit(std::vector<ParcelId> current,
                                          std::vector<ParcelId> picked, ParcelEdit op);
}  // namespace edits

}  // namespace hp::gui
