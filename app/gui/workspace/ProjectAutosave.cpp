// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/ProjectAutosave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "gui/tasks/TaskRunner.h"
#include "gui/workspace/PlanDocument.h"
#include "project/ProjectFile.h"

namespace hp::gui {

ProjectAutosave::ProjectAutosave(PlanDocument* doc, QObject* parent)
    : QObject(parent), doc_(doc), runner_(new TaskRunner(this)) {
  timer_.setInterval(3 * 60 * 1000);
  connect(&timer_, &QTimer::timeout, this, &ProjectAutosave::autosaveNow);
  timer_.start();
  connect(doc_, &PlanDocument::modifiedChanged, this, [this](bool modified) {
    if (!modified) discard();  // saved, or undone back to the saved state
  });
  connect(doc_, &PlanDocument::filePathChanged, this, [this] {
    // Saved under a new name: the side file of the old name (or of the unsaved project) is stale.
    if (!lastSide_.isEmpty()) QFile::remove(lastSide_);
    lastSide_.clear();
  });
  connect(runner_, &TaskRunner::progressChanged, this, [this](double f, const QString&) { emit progressChanged(f); });
  connect(runner_, &TaskRunner::failed, this, &ProjectAutosave::autosaveFailed);
  connect(runner_, &TaskRunner::succeeded, this, [this] { finish(writing_); });
  connect(runner_, &TaskRunner::finished, this, [this] {
    writing_.clear();
    emit runningChanged(false);
  });
}

ProjectAutosave::~ProjectAutosave() {
  // The document may be gone already: nothing of this object runs any more, the write is only stopped
  // (the runner's destructor waits). A side file a clean close discarded must not come back.
  disconnect(runner_, nullptr, this, nullptr);
  const QString pending = writing_;
  delete runner_;
  if (discarded_ && !pending.isEmpty()) QFile::remove(pending);
}

QString ProjectAutosave::sidePath(const QString& projectPath) {
  if (!projectPath.isEmpty()) return projectPath + QStringLiteral(".autosave");
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
  QDir().mkpath(dir);
  return QDir(dir).filePath(QStringLiteral("unsaved.hplan.autosave"));
}

QString ProjectAutosave::recoverable(const QString& projectPath) {
  const QFileInfo side(sidePath(projectPath));
  if (!side.exists()) return {};
  const QFileInfo project(projectPath);
  if (projectPath.isEmpty() || !project.exists() || side.lastModified() >= project.lastModified())
    return side.absoluteFilePath();
  return {};
}

bool ProjectAutosave::autosaveNow() {
  if (!doc_->isModified()) return true;
  if (suspended_ || runner_->isRunning()) return false;
  const QString side = sidePath(doc_->filePath());
  // The copy is the moment saved; edits made while it is written go into the next autosave.
  auto snapshot = std::make_shared<const project::Project>(doc_->project());
  const std::string target = side.toStdString();
  if (!runner_->start([snapshot, target](const Progress& progress) { project::saveProject(*snapshot, target, progress); }))
    return false;
  writing_ = side;
  discarded_ = false;
  emit runningChanged(true);
  return true;
}

void ProjectAutosave::finish(const QString& side) {
  // Saved, discarded or saved under another name while this was written: the file is stale already.
  if (discarded_ || !doc_->isModified() || side != sidePath(doc_->filePath())) {
    QFile::remove(side);
    return;
  }
  lastSide_ = side;
  emit autosaved(side);
}

void ProjectAutosave::discard() {
  discarded_ = true;
  runner_->cancel();
  QFile::remove(sidePath(doc_->filePath()));
  if (!lastSide_.isEmpty()) QFile::remove(lastSide_);
  lastSide_.clear();
}

bool ProjectAutosave::isRunning() const { return runner_->isRunning(); }

void ProjectAutosave::cancel() { runner_->cancel(); }

void ProjectAutosave::waitForFinished() { runner_->waitForFinished(); }

}  // namespace hp::gui
