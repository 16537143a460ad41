// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/ProjectAutosave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "gui/workspace/PlanDocument.h"
#include "project/ProjectFile.h"

namespace hp::gui {

ProjectAutosave::ProjectAutosave(PlanDocument* doc, QObject* parent) : QObject(parent), doc_(doc) {
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
  const QString side = sidePath(doc_->filePath());
  try {
    project::saveProject(doc_->project(), side.toStdString());
  } catch (const hp::Error& e) {
    emit autosaveFailed(app::describeError(e));
    return false;
  }
  lastSide_ = side;
  return true;
}

void ProjectAutosave::discard() {
  QFile::remove(sidePath(doc_->filePath()));
  if (!lastSide_.isEmpty()) QFile::remove(lastSide_);
  lastSide_.clear();
}

}  // namespace hp::gui
