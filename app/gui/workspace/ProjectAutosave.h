// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace hp::gui {

class PlanDocument;

// Every few minutes, unsaved edits are written (atomically, via project::saveProject) to a side file:
// `<project>.hplan.autosave`, or `unsaved.hplan.autosave` in the app's local data folder for a project
// never saved. A clean save or a clean close removes it; one still there at the next open means the
// app ended without saving, and the newer side file is offered for recovery.
class ProjectAutosave : public QObject {
  Q_OBJECT
 public:
  explicit ProjectAutosave(PlanDocument* doc, QObject* parent = nullptr);

  void setIntervalMs(int ms) { timer_.setInterval(ms); }
  int intervalMs() const { return timer_.interval(); }

  // Where the side file of `projectPath` goes (empty path: the unsaved project's side file).
  static QString sidePath(const QString& projectPath);
  // The side file to offer when opening `projectPath`: present and newer than the project (or the
  // project gone). Empty when there is nothing to recover.
  static QString recoverable(const QString& projectPath);

  // Writes the side file now if there are unsaved edits. Returns false when writing failed.
  bool autosaveNow();
  // Removes the current project's side file (after a clean save or when edits are discarded).
  void discard();

 signals:
  void autosaveFailed(const QString& message);

 private:
  PlanDocument* doc_;
  QTimer timer_;
  QString lastSide_;
};

}  // namespace hp::gui
