// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

#include "gui/team/EditConflictDialog.h"
#include "project/DatabaseProject.h"
#include "project/Project.h"

class QAction;
class QTimer;
class QWidget;

namespace hp::gui {

class PlanDocument;
class ProjectController;

// File ▸ Open from Database… / Publish to Database… / Save a Copy as File… and the life of an open
// team project: Save writes only what changed since it was opened (project::DatabaseProject::save);
// a refused save asks Reload / Keep Both / Cancel; a read-only role is told so and the edits stay
// unsaved. While a database project is open, others' saves are polled every pollIntervalMs and the
// candidates they changed are refreshed (those not edited here meanwhile), with a status line.
// The connection is used on the GUI thread only: the poll reads what has arrived and never waits.
class TeamProjectController : public QObject {
  Q_OBJECT
 public:
  static constexpr int kPollIntervalMs = 2000;

  TeamProjectController(PlanDocument* doc, ProjectController* projects, QWidget* window);
  ~TeamProjectController() override;

  // Returns a location (as habitat-cli --project takes it), or empty on cancel. The default shows a
  // DatabaseConnectionDialog.
  using LocationChooser = std::function<QString(bool publishing)>;
  using ConflictQuestion = std::function<EditConflictDialog::Answer(const project::EditConflict&)>;
  void setLocationChooser(LocationChooser chooser) { chooseLocation_ = std::move(chooser); }
  void setConflictQuestion(ConflictQuestion question) { askConflict_ = std::move(question); }

  QAction* openAction() const { return open_; }
  QAction* publishAction() const { return publish_; }
  QAction* saveCopyAction() const { return saveCopy_; }
  QTimer* pollTimer() const { return poll_; }

  bool isOpen() const { return db_ != nullptr; }
  // The open project's location; empty when no database project is open.
  const QString& location() const { return location_; }

  bool openLocation(const QString& location);
  // Publishes the open document as a new database project at `location`, then opens that.
  bool publishTo(const QString& location);
  // Writes the open project to a .hplan file; the database project stays open.
  bool saveCopyAs(const QString& path);
  bool save();
  // Reads others' saves that have arrived and refreshes their candidates; returns how many changes.
  int pollChanges();
  // Forgets the database project (another project was opened or a new one started).
  void close();

 signals:
  void statusMessage(const QString& message);

 private:
  // The document becomes `stored` (a save's or a reload's result), keeping the active candidate.
  void adopt(project::Project stored);
  bool reload();
  void updateActions();

  PlanDocument* doc_;
  ProjectController* projects_;
  QWidget* window_;
  QAction* open_;
  QAction* publish_;
  QAction* saveCopy_;
  QTimer* poll_;
  LocationChooser chooseLocation_;
  ConflictQuestion askConflict_;
  std::unique_ptr<project::DatabaseProject> db_;
  project::Project base_;  // the project as last read from or written to the database
  QString location_;
  bool busy_ = false;      // a save or open is talking to the database: the poll waits
};

}  // namespace hp::gui
