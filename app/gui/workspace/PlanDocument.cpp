// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/PlanDocument.h"

#include <algorithm>
#include <utility>

#include "project/ProjectFile.h"

namespace hp::gui {

PlanDocument::PlanDocument(QObject* parent) : QObject(parent) {
  connect(&undo_, &QUndoStack::cleanChanged, this, [this] { emit modifiedChanged(isModified()); });
  connect(&undo_, &QUndoStack::indexChanged, this, [this] { ++revision_; });
}

// The stack clears itself when destroyed; that is not a save, so it must not look like one (the
// autosave would take it for a clean state and remove the side file a crash recovery needs).
PlanDocument::~PlanDocument() { disconnect(&undo_, nullptr, this, nullptr); }

const project::Candidate* PlanDocument::active() const {
  return active_ >= 0 && active_ < candidateCount() ? &project_.candidates[active_] : nullptr;
}

const project::Candidate& PlanDocument::candidate(int index) const {
  return project_.candidates.at(static_cast<std::size_t>(index));
}

QString PlanDocument::uniqueName(const QString& base) const {
  auto used = [this](const QString& name) {
    return project_.candidate(name.toStdString()) != nullptr;
  };
  if (!used(base)) return base;
  for (int n = 2;; ++n) {
    const QString name = QStringLiteral("%1 %2").arg(base).arg(n);
    if (!used(name)) return name;
  }
}

void PlanDocument::replaceProject(project::Project project, const QString& filePath) {
  project_ = std::move(project);
  ++revision_;
  undo_.clear();
  undo_.setClean();
  active_ = project_.candidates.empty() ? -1 : 0;
  const bool pathChanged = filePath_ != filePath;
  filePath_ = filePath;
  dirtyWithoutHistory_ = false;
  emit projectReplaced();
  emit activeChanged(active_);
  emit modifiedChanged(false);
  if (pathChanged) emit filePathChanged(filePath_);
}

void PlanDocument::saveAs(const QString& path) {
  project::saveProject(project_, path.toStdString());
  // Embedded layers now live in the saved file; the one they were read from may be an autosave or
  // the file before a Save As.
  project::rebindEmbeddedData(project_, path.toStdString());
  const bool pathChanged = filePath_ != path;
  filePath_ = path;
  undo_.setClean();
  setDirtyWithoutHistory(false);
  emit modifiedChanged(false);
  if (pathChanged) emit filePathChanged(filePath_);
}

void PlanDocument::markSaved(const QString& path, const project::Project& saved, quint64 revision) {
  // Only the embedded references change in a save; the lists are those of the copy unless an import
  // added a forest version meanwhile (then the revision differs too).
  for (std::size_t i = 0; i < project_.layers.size() && i < saved.layers.size(); ++i)
    if (project::isEmbeddedReference(saved.layers[i].path, saved.layers[i].layerName)) {
      project_.layers[i].path = saved.layers[i].path;
      project_.layers[i].layerName = saved.layers[i].layerName;
    }
  for (std::size_t i = 0; i < project_.forestVersions.size() && i < saved.forestVersions.size(); ++i)
    if (project::isEmbeddedReference(saved.forestVersions[i].path, {}))
      project_.forestVersions[i].path = saved.forestVersions[i].path;
  const bool pathChanged = filePath_ != path;
  filePath_ = path;
  if (revision == revision_) {
    undo_.setClean();
    setDirtyWithoutHistory(false);
  }
  emit modifiedChanged(isModified());
  if (pathChanged) emit filePathChanged(filePath_);
}

void PlanDocument::setEmbedData(bool embed) {
  if (project_.embedData == embed) return;
  project_.embedData = embed;
  ++revision_;
  setDirtyWithoutHistory(true);
}

void PlanDocument::setView(const project::MapView& view) {
  // Moving the map alone does not ask to save, but it is kept when the project is saved.
  project_.view = view;
}

void PlanDocument::setLayerPath(int layerIndex, const std::string& path) {
  project_.layers.at(static_cast<std::size_t>(layerIndex)).path = path;
  ++revision_;
  setDirtyWithoutHistory(true);
}

void PlanDocument::setForestVersions(std::vector<project::ForestVersion> versions, int active) {
  project_.forestVersions = std::move(versions);
  project_.activeForestVersion = active;
  ++revision_;
  setDirtyWithoutHistory(true);
  emit forestVersionsChanged();
}

void PlanDocument::setActiveCandidate(int index) {
  if (index < -1 || index >= candidateCount()) index = -1;
  if (index == active_) return;
  active_ = index;
  emit activeChanged(active_);
}

void PlanDocument::rawReplace(int index, project::Candidate candidate) {
  project_.candidates.at(static_cast<std::size_t>(index)) = std::move(candidate);
  ++revision_;
  emit candidateChanged(index);
}

void PlanDocument::rawInsert(int index, project::Candidate candidate) {
  project_.candidates.insert(project_.candidates.begin() + index, std::move(candidate));
  ++revision_;
  emit candidateAdded(index);
  if (active_ >= index) {
    ++active_;
    emit activeChanged(active_);
  }
}

void PlanDocument::rawRemove(int index) {
  project_.candidates.erase(project_.candidates.begin() + index);
  ++revision_;
  emit candidateRemoved(index);
  if (active_ > index) {
    --active_;
    emit activeChanged(active_);
  } else if (active_ == index) {
    active_ = std::min(index, candidateCount() - 1);
    emit activeChanged(active_);
  }
}

void PlanDocument::setDirtyWithoutHistory(bool dirty) {
  if (dirtyWithoutHistory_ == dirty) return;
  dirtyWithoutHistory_ = dirty;
  emit modifiedChanged(isModified());
}

}  // namespace hp::gui
