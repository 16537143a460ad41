// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUndoStack>

#include "project/Project.h"

namespace hp::gui {

// The open project: its contents, file path, edit history and active candidate. Every edit of the
// candidates goes through a QUndoCommand on undoStack() (see CandidateCommands.h); the raw setters
// below are for those commands only, so the history and the document can never disagree.
class PlanDocument : public QObject {
  Q_OBJECT
 public:
  explicit PlanDocument(QObject* parent = nullptr);
  ~PlanDocument() override;

  const project::Project& project() const { return project_; }
  const QString& filePath() const { return filePath_; }
  QUndoStack* undoStack() { return &undo_; }
  bool isModified() const { return !undo_.isClean() || dirtyWithoutHistory_; }

  int activeCandidate() const { return active_; }  // -1: none
  const project::Candidate* active() const;
  int candidateCount() const { return static_cast<int>(project_.candidates.size()); }
  const project::Candidate& candidate(int index) const;
  // A name not yet used by any candidate, "base", "base 2", ...
  QString uniqueName(const QString& base) const;

  // Replaces the whole project (new / open); clears the history. The active candidate becomes the
  // first one, if any.
  void replaceProject(project::Project project, const QString& filePath);
  // Saves to `path` (atomic, via project::saveProject) and marks the history clean. Throws hp::Error.
  void saveAs(const QString& path);
  // Counts every change of the contents (edits, undo and redo, forest versions, layer paths): a save
  // made from a copy marks the document clean only if nothing changed since the copy was taken.
  quint64 revision() const { return revision_; }
  // After `saved` (a copy taken at revision `revision`, rebound with project::rebindEmbeddedData) was
  // written to `path` elsewhere: the file path becomes `path`, embedded layers point into it, and the
  // history is clean unless the document changed meanwhile.
  void markSaved(const QString& path, const project::Project& saved, quint64 revision);
  // Changes that are not candidate edits (map view, a relocated layer) and carry no undo step.
  void setView(const project::MapView& view);
  void setLayerPath(int layerIndex, const std::string& path);
  // Imported forest versions and the one the map and model use (no undo step: an import wrote files).
  void setForestVersions(std::vector<project::ForestVersion> versions, int active);

  // Whether saving stores the layers' data inside the project file, so it travels as one file (no
  // undo step: it changes how the project is saved, not what it holds).
  void setEmbedData(bool embed);

  // Marks edits that have no undo step (a recovered autosave, relocated layers) as unsaved.
  void markModified() {
    ++revision_;
    setDirtyWithoutHistory(true);
  }

  // Selecting a candidate is not an edit: it is not on the history.
  void setActiveCandidate(int index);

  // For CandidateCommands only.
  void rawReplace(int index, project::Candidate candidate);
  void rawInsert(int index, project::Candidate candidate);
  void rawRemove(int index);

 signals:
  void projectReplaced();
  void candidateAdded(int index);
  void candidateRemoved(int index);
  void candidateChanged(int index);
  void activeChanged(int index);
  void modifiedChanged(bool modified);
  void filePathChanged(const QString& path);
  void forestVersionsChanged();

 private:
  void setDirtyWithoutHistory(bool dirty);

  project::Project project_;
  QString filePath_;
  QUndoStack undo_;
  int active_ = -1;
  bool dirtyWithoutHistory_ = false;
  quint64 revision_ = 0;
};

}  // namespace hp::gui
