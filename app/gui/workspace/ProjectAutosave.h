// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace hp::gui {

class PlanDocument;
class TaskRunner;

// Every few minutes, unsaved edits are written (atomically, via project::saveProject) to a side file:
// `<project>.hplan.autosave`, or `unsaved.hplan.autosave` in the app's local data folder for a project
// never saved. A clean save or a clean close removes it; one still there at the next open means the
// app ended without saving, and the newer side file is offered for recovery.
// The document is copied on the GUI thread (cheap: geometries are shared) and written on a worker, so
// typing and drawing go on while a project with embedded rasters takes seconds to write.
class ProjectAutosave : public QObject {
  Q_OBJECT
 public:
  explicit ProjectAutosave(PlanDocument* doc, QObject* parent = nullptr);
  ~ProjectAutosave() override;

  void setIntervalMs(int ms) { timer_.setInterval(ms); }
  int intervalMs() const { return timer_.interval(); }

  // Where the side file of `projectPath` goes (empty path: the unsaved project's side file).
  static QString sidePath(const QString& projectPath);
  // The side file to offer when opening `projectPath`: present and newer than the project (or the
  // project gone). Empty when there is nothing to recover.
  static QString recoverable(const QString& projectPath);

  // Starts writing the side file if there are unsaved edits and no write is running or suspended.
  // Returns false when nothing was started for one of those reasons but edits are unsaved.
  bool autosaveNow();
  // Removes the current project's side file (after a clean save or when edits are discarded); a write
  // still running is cancelled and its file removed when it ends.
  void discard();
  // While suspended (another job owns the document: opening, saving) the timer writes nothing.
  void setSuspended(bool suspended) { suspended_ = suspended; }

  bool isRunning() const;
  // Stops a running write: the side file stays as it was before it (or absent).
  void cancel();
  // Blocks until a running write ended (closing the window, tests).
  void waitForFinished();
  TaskRunner* runner() const { return runner_; }

 signals:
  void autosaveFailed(const QString& message);
  void autosaved(const QString& sidePath);
  // A write started or ended (a busy mark in the status bar).
  void runningChanged(bool running);
  void progressChanged(double fraction);

 private:
  void finish(const QString& side);

  PlanDocument* doc_;
  QTimer timer_;
  QString lastSide_;
  TaskRunner* runner_;
  QString writing_;  // the side file being written
  bool suspended_ = false;
  bool discarded_ = false;  // since the write running now started
};

}  // namespace hp::gui
