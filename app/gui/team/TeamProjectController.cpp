// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/team/TeamProjectController.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMap>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

#include <algorithm>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "gui/team/DatabaseConnectionDialog.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectAutosave.h"
#include "gui/workspace/ProjectController.h"
#include "project/ProjectLocation.h"

namespace hp::gui {

namespace {

// Whether `a` is still the edit `b` is (a candidate nobody changed here since it was read).
bool sameEdit(const project::Candidate& a, const project::Candidate& b) {
  return a.name == b.name && a.color == b.color && a.parcelIds == b.parcelIds && a.drawn == b.drawn &&
         a.revision.id == b.revision.id && a.revision.version == b.revision.version;
}

int indexOfId(const std::vector<project::Candidate>& candidates, std::int64_t id) {
  for (std::size_t i = 0; i < candidates.size(); ++i)
    if (candidates[i].revision.id == id) return static_cast<int>(i);
  return -1;
}

// Temporarily marks a job talking to the database, so the poll does not use the connection meanwhile.
class BusyFlag {
 public:
  explicit BusyFlag(bool& flag) : flag_(flag) { flag_ = true; }
  ~BusyFlag() { flag_ = false; }
  BusyFlag(const BusyFlag&) = delete;
  BusyFlag& operator=(const BusyFlag&) = delete;

 private:
  bool& flag_;
};

}  // namespace

TeamProjectController::TeamProjectController(PlanDocument* doc, ProjectController* projects, QWidget* window)
    : QObject(window), doc_(doc), projects_(projects), window_(window),
      open_(new QAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("Open from &Database…"), this)),
      publish_(new QAction(tr("&Publish to Database…"), this)),
      saveCopy_(new QAction(tr("Save a &Copy as File…"), this)), poll_(new QTimer(this)) {
  open_->setStatusTip(tr("Open a team project from a PostgreSQL/PostGIS database"));
  publish_->setStatusTip(tr("Store this project in a PostgreSQL/PostGIS database so a team can edit it"));
  saveCopy_->setStatusTip(tr("Write the database project to a .hplan file"));
  chooseLocation_ = [this](bool publishing) {
    DatabaseConnectionDialog dialog(publishing, window_);
    return dialog.exec() == QDialog::Accepted ? dialog.location() : QString();
  };
  askConflict_ = [this](const project::EditConflict& conflict) {
    EditConflictDialog dialog(conflict, window_);
    dialog.exec();
    return dialog.answer();
  };
  poll_->setInterval(kPollIntervalMs);
  connect(poll_, &QTimer::timeout, this, &TeamProjectController::pollChanges);
  connect(open_, &QAction::triggered, this, [this] {
    if (!projects_->maybeSave()) return;
    const QString location = chooseLocation_(false);
    if (!location.isEmpty()) openLocation(location);
  });
  connect(publish_, &QAction::triggered, this, [this] {
    const QString location = chooseLocation_(true);
    if (!location.isEmpty()) publishTo(location);
  });
  connect(saveCopy_, &QAction::triggered, this, [this] {
    QString path = projects_->askPath(true, {});
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".hplan"), Qt::CaseInsensitive)) path += QLatin1String(".hplan");
    saveCopyAs(path);
  });
  updateActions();
}

TeamProjectController::~TeamProjectController() = default;

void TeamProjectController::updateActions() {
  saveCopy_->setEnabled(isOpen());
  publish_->setEnabled(!isOpen());
}

bool TeamProjectController::openLocation(const QString& location) {
  std::unique_ptr<project::DatabaseProject> db;
  project::LoadedProject loaded;
  QString title;
  {
    BusyFlag busy(busy_);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool waiting = true, refused = false;
    try {
      db = std::make_unique<project::DatabaseProject>(location.toStdString());
      db->listen();  // before reading, so no save between the read and the LISTEN goes unseen
      const QString name = QString::fromStdString(db->name());
      title = tr("%1 (database)").arg(name.isEmpty() ? tr("database project") : name);
      QApplication::restoreOverrideCursor();  // the question about network references may come
      waiting = false;
      loaded = project::openProject(*db, projects_->externalPolicy(title, refused));
    } catch (const hp::Error& e) {
      if (waiting) QApplication::restoreOverrideCursor();
      if (!refused) projects_->report(tr("Cannot Open Project"), app::describeError(e));
      return false;
    }
  }
  const project::Project opened = loaded.project;
  if (!projects_->showProject(std::move(loaded.project), title)) return false;
  db_ = std::move(db);
  base_ = opened;
  location_ = location;
  poll_->start();
  updateActions();
  if (!loaded.missingFiles.empty())
    emit statusMessage(tr("%n layer file(s) of the project were not found.", nullptr, int(loaded.missingFiles.size())));
  return true;
}

bool TeamProjectController::publishTo(const QString& location) {
  {
    BusyFlag busy(busy_);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
      project::DatabaseProject db(location.toStdString());
      db.publish(doc_->project());
    } catch (const hp::Error& e) {
      QApplication::restoreOverrideCursor();
      projects_->report(tr("Cannot Publish Project"), app::describeError(e));
      return false;
    }
    QApplication::restoreOverrideCursor();
  }
  // What was unsaved in the file is in the database now: the window shows the database project.
  projects_->autosave()->discard();
  return openLocation(location);
}

bool TeamProjectController::saveCopyAs(const QString& path) {
  return projects_->saveCopy(doc_->project(), QFileInfo(path).absoluteFilePath());
}

bool TeamProjectController::save() {
  if (!db_) return false;
  BusyFlag busy(busy_);
  const project::Project edited = doc_->project();
  try {
    adopt(db_->save(edited, &base_));
    emit statusMessage(tr("Saved to the database."));
    return true;
  } catch (const project::EditConflict& conflict) {
    switch (askConflict_(conflict)) {
      case EditConflictDialog::Answer::Reload: return reload();
      case EditConflictDialog::Answer::KeepBoth:
        try {
          adopt(db_->save(project::keepBoth(edited, base_, conflict, tr(" (mine)").toStdString()), &base_));
          emit statusMessage(tr("Saved; your edits are kept beside theirs as “… (mine)”."));
          return true;
        } catch (const hp::Error& e) {
          projects_->report(tr("Cannot Save Project"), app::describeError(e));
          return false;
        }
      case EditConflictDialog::Answer::Cancel:
        emit statusMessage(tr("Nothing was saved; your edits are still unsaved."));
        return false;
    }
  } catch (const hp::Error& e) {
    if (e.code() == ErrorCode::ReadOnly)
      projects_->report(tr("Read-Only Project"),
                        tr("You may open this project but not change it, so nothing was saved. Your edits are "
                           "still here, unsaved: File ▸ Save a Copy as File… keeps them.\n\n%1")
                            .arg(app::describeError(e)));
    else
      projects_->report(tr("Cannot Save Project"), app::describeError(e));
  }
  return false;
}

bool TeamProjectController::reload() {
  try {
    adopt(db_->load().project);
  } catch (const hp::Error& e) {
    projects_->report(tr("Cannot Open Project"), app::describeError(e));
    return false;
  }
  emit statusMessage(tr("Reloaded: the project is as saved in the database."));
  return true;
}

void TeamProjectController::adopt(project::Project stored) {
  const QString active = doc_->active() ? QString::fromStdString(doc_->active()->name) : QString();
  base_ = stored;
  // The layers on the map stay: only candidates, revisions and settings come back from a save.
  doc_->replaceProject(std::move(stored), QString());
  for (int i = 0; i < doc_->candidateCount(); ++i)
    if (QString::fromStdString(doc_->candidate(i).name) == active) doc_->setActiveCandidate(i);
}

int TeamProjectController::pollChanges() {
  if (!db_ || busy_) return 0;
  BusyFlag busy(busy_);
  std::vector<project::DatabaseProject::Change> changes;
  project::Project fresh;
  try {
    changes = db_->othersChanges(0);
    if (changes.empty()) return 0;
    fresh = db_->load().project;
  } catch (const hp::Error& e) {
    poll_->stop();  // the connection went away: say so once, not every two seconds
    emit statusMessage(tr("Live updates stopped: %1").arg(app::describeError(e)));
    return 0;
  }
  QStringList order;
  QMap<QString, int> byUser;
  for (const auto& change : changes) {
    const QString by = QString::fromStdString(change.by);
    if (!byUser.contains(by)) order << by;
    ++byUser[by];
    if (change.candidateId == 0) continue;  // layers and settings: taken on the next open or reload
    const int fi = indexOfId(fresh.candidates, change.candidateId);
    const int di = indexOfId(doc_->project().candidates, change.candidateId);
    const int bi = indexOfId(base_.candidates, change.candidateId);
    const bool untouched = di >= 0 && bi >= 0 && sameEdit(doc_->candidate(di), base_.candidates[std::size_t(bi)]);
    if (fi >= 0 && untouched) {
      doc_->rawReplace(di, fresh.candidates[std::size_t(fi)]);
      base_.candidates[std::size_t(bi)] = fresh.candidates[std::size_t(fi)];
    } else if (fi >= 0 && di < 0 && bi < 0) {
      doc_->rawInsert(doc_->candidateCount(), fresh.candidates[std::size_t(fi)]);
      base_.candidates.push_back(fresh.candidates[std::size_t(fi)]);
    } else if (fi < 0 && untouched && !doc_->isModified()) {
      // Removing shifts the indices the undo history holds; with nothing unsaved it has no use left.
      doc_->undoStack()->clear();
      doc_->rawRemove(di);
      base_.candidates.erase(base_.candidates.begin() + bi);
    }
    // Otherwise it was edited here too: saving it names the conflict, and Reload or Keep Both resolves it.
  }
  QStringList parts;
  for (const QString& by : order) parts << tr("%n change(s) by %1", nullptr, byUser[by]).arg(by);
  emit statusMessage(parts.join(QStringLiteral("; ")));
  return static_cast<int>(changes.size());
}

void TeamProjectController::close() {
  poll_->stop();
  db_.reset();
  base_ = {};
  location_.clear();
  updateActions();
}

}  // namespace hp::gui
