// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/CandidateCommands.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <utility>

#include "gui/workspace/PlanDocument.h"

namespace hp::gui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("CandidateCommands", text); }

bool validIndex(const PlanDocument* doc, int index) {
  return index >= 0 && index < doc->candidateCount();
}

bool sameCandidate(const project::Candidate& a, const project::Candidate& b) {
  return a.name == b.name && a.color == b.color && a.parcelIds == b.parcelIds && a.drawn == b.drawn;
}

bool pushReplace(PlanDocument* doc, int index, project::Candidate after, const QString& text) {
  if (!validIndex(doc, index) || sameCandidate(doc->candidate(index), after)) return false;
  doc->undoStack()->push(new ReplaceCandidateCommand(doc, index, std::move(after), text));
  return true;
}
}  // namespace

ReplaceCandidateCommand::ReplaceCandidateCommand(PlanDocument* doc, int index, project::Candidate after,
                                                 const QString& text)
    : QUndoCommand(text), doc_(doc), index_(index), before_(doc->candidate(index)),
      after_(std::move(after)), activeBefore_(doc->activeCandidate()) {}

void ReplaceCandidateCommand::redo() {
  doc_->rawReplace(index_, after_);
  doc_->setActiveCandidate(index_);
}

void ReplaceCandidateCommand::undo() {
  doc_->rawReplace(index_, before_);
  doc_->setActiveCandidate(activeBefore_);
}

InsertRemoveCandidateCommand::InsertRemoveCandidateCommand(PlanDocument* doc, Kind kind, int index,
                                                           project::Candidate candidate,
                                                           const QString& text)
    : QUndoCommand(text), doc_(doc), kind_(kind), index_(index),
      candidate_(kind == Kind::Remove ? doc->candidate(index) : std::move(candidate)),
      activeBefore_(doc->activeCandidate()) {}

void InsertRemoveCandidateCommand::insert() {
  doc_->rawInsert(index_, candidate_);
}

void InsertRemoveCandidateCommand::remove() { doc_->rawRemove(index_); }

void InsertRemoveCandidateCommand::redo() {
  if (kind_ == Kind::Insert) {
    insert();
    doc_->setActiveCandidate(index_);
  } else {
    remove();
  }
}

void InsertRemoveCandidateCommand::undo() {
  if (kind_ == Kind::Insert) {
    remove();
  } else {
    insert();
  }
  doc_->setActiveCandidate(activeBefore_);
}

namespace edits {

std::vector<ParcelId> applyParcelEdit(std::vector<ParcelId> current,
                                          std::vector<ParcelId> picked, ParcelEdit op) {
  std::sort(current.begin(), current.end(), parcelIdLess);
  current.erase(std::unique(current.begin(), current.end()), current.end());
  std::sort(picked.begin(), picked.end(), parcelIdLess);
  picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
  std::vector<ParcelId> out;
  switch (op) {
    case ParcelEdit::Replace: return picked;
    case ParcelEdit::Add:
      std::set_union(current.begin(), current.end(), picked.begin(), picked.end(),
                     std::back_inserter(out), parcelIdLess);
      break;
    case ParcelEdit::Remove:
      std::set_difference(current.begin(), current.end(), picked.begin(), picked.end(),
                          std::back_inserter(out), parcelIdLess);
      break;
    case ParcelEdit::Toggle:
      std::set_symmetric_difference(current.begin(), current.end(), picked.begin(), picked.end(),
                                    std::back_inserter(out), parcelIdLess);
      break;
  }
  return out;
}

bool addCandidate(PlanDocument* doc, const QString& name, const QColor& color,
                  const std::vector<ParcelId>& parcelIds, const QString& undoText) {
  project::Candidate c;
  c.name = doc->uniqueName(name).toStdString();
  c.color = color.name().toStdString();
  c.parcelIds = applyParcelEdit({}, parcelIds, ParcelEdit::Replace);
  doc->undoStack()->push(new InsertRemoveCandidateCommand(
      doc, InsertRemoveCandidateCommand::Kind::Insert, doc->candidateCount(), std::move(c),
      undoText.isEmpty() ? tr("New candidate") : undoText));
  return true;
}

bool addCandidateFromRanking(PlanDocument* doc, const QString& name, const QColor& color,
                             const std::vector<ParcelId>& parcelIds) {
  return addCandidate(doc, name, color, parcelIds, tr("New candidate from ranking"));
}

bool deleteCandidate(PlanDocument* doc, int index) {
  if (!validIndex(doc, index)) return false;
  doc->undoStack()->push(new InsertRemoveCandidateCommand(
      doc, InsertRemoveCandidateCommand::Kind::Remove, index, {}, tr("Delete candidate")));
  return true;
}

bool renameCandidate(PlanDocument* doc, int index, const QString& name) {
  const QString trimmed = name.trimmed();
  if (!validIndex(doc, index) || trimmed.isEmpty()) return false;
  if (doc->candidate(index).name == trimmed.toStdString()) return false;
  project::Candidate c = doc->candidate(index);
  c.name = doc->uniqueName(trimmed).toStdString();
  return pushReplace(doc, index, std::move(c), tr("Rename candidate"));
}

bool duplicateCandidate(PlanDocument* doc, int index) {
  if (!validIndex(doc, index)) return false;
  project::Candidate c = doc->candidate(index);
  c.name = doc->uniqueName(QString::fromStdString(c.name) + tr(" copy")).toStdString();
  c.revision = {};  // a new candidate: saving it to a team database inserts a row, not a conflict
  doc->undoStack()->push(new InsertRemoveCandidateCommand(
      doc, InsertRemoveCandidateCommand::Kind::Insert, index + 1, std::move(c),
      tr("Duplicate candidate")));
  return true;
}

bool recolourCandidate(PlanDocument* doc, int index, const QColor& color) {
  if (!validIndex(doc, index) || !color.isValid()) return false;
  project::Candidate c = doc->candidate(index);
  c.color = color.name().toStdString();
  return pushReplace(doc, index, std::move(c), tr("Change candidate colour"));
}

bool setParcels(PlanDocument* doc, int index, const std::vector<ParcelId>& ids, ParcelEdit op) {
  if (!validIndex(doc, index)) return false;
  project::Candidate c = doc->candidate(index);
  c.parcelIds = applyParcelEdit(c.parcelIds, ids, op);
  return pushReplace(doc, index, std::move(c), tr("Select parcels"));
}

bool addDrawnPolygon(PlanDocument* doc, int index, std::shared_ptr<const OGRGeometry> polygon) {
  if (!validIndex(doc, index) || !polygon) return false;
  project::Candidate c = doc->candidate(index);
  c.drawn.push_back(std::move(polygon));
  return pushReplace(doc, index, std::move(c), tr("Draw polygon"));
}

bool editDrawnPolygon(PlanDocument* doc, int index, int polygonIndex,
                      std::shared_ptr<const OGRGeometry> polygon) {
  if (!validIndex(doc, index) || !polygon) return false;
  project::Candidate c = doc->candidate(index);
  if (polygonIndex < 0 || polygonIndex >= static_cast<int>(c.drawn.size())) return false;
  c.drawn[static_cast<std::size_t>(polygonIndex)] = std::move(polygon);
  return pushReplace(doc, index, std::move(c), tr("Edit polygon"));
}

bool deleteDrawnPolygon(PlanDocument* doc, int index, int polygonIndex) {
  if (!validIndex(doc, index)) return false;
  project::Candidate c = doc->candidate(index);
  if (polygonIndex < 0 || polygonIndex >= static_cast<int>(c.drawn.size())) return false;
  c.drawn.erase(c.drawn.begin() + polygonIndex);
  return pushReplace(doc, index, std::move(c), tr("Delete polygon"));
}

}  // namespace edits
}  // namespace hp::gui
