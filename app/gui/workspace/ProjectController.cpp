// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/ProjectController.h"

#include <QAction>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "gui/map/MapCanvas.h"
#include "mapkit/layers/CandidateMapLayer.h"
#include "mapkit/layers/LayerModel.h"
#include "mapkit/layers/ProjectLayers.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "project/ProjectFile.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectAutosave.h"
#include "gui/tasks/ModalTask.h"
#include "gui/team/TeamProjectController.h"

namespace hp::gui {

ProjectController::ProjectController(PlanDocument* doc, LayerModel* layers, MapCanvas* canvas, ModalTask* tasks,
                                     QWidget* window)
    : QObject(window), doc_(doc), layers_(layers), canvas_(canvas), tasks_(tasks), window_(window),
      new_(new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Project"), this)),
      open_(new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Project…"), this)),
      save_(new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save Project"), this)),
      saveAs_(new QAction(tr("Save Project &As…"), this)),
      autosave_(new ProjectAutosave(doc, this)), recentMenu_(new QMenu(tr("Open &Recent"), window)) {
  new_->setShortcut(QKeySequence::New);
  open_->setShortcut(QKeySequence::Open);
  save_->setShortcut(QKeySequence::Save);
  saveAs_->setShortcut(QKeySequence::SaveAs);
  choosePath_ = [this](bool forSaving, const QString& start) {
    const QString filter = tr("Habitat Planner projects (*.hplan)");
    return forSaving ? QFileDialog::getSaveFileName(window_, tr("Save Project"), start, filter)
                     : QFileDialog::getOpenFileName(window_, tr("Open Project"), start, filter);
  };
  askSave_ = [this] {
    const auto answer = QMessageBox::question(
        window_, tr("Unsaved Changes"), tr("The project has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save      ? SaveAnswer::Save
           : answer == QMessageBox::Discard ? SaveAnswer::Discard
                                            : SaveAnswer::Cancel;
  };
  report_ = [this](const QString& title, const QString& message) {
    QMessageBox::warning(window_, title, message);
  };
  askRecover_ = [this](const QString& projectPath, const QString&) {
    return QMessageBox::question(
               window_, tr("Recover Unsaved Changes"),
               tr("Habitat Planner did not close normally while %1 had unsaved changes. Recover them "
                  "from the autosave?")
                   .arg(projectPath.isEmpty() ? tr("an unsaved project") : QFileInfo(projectPath).fileName()),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
  };
  chooseMissing_ = [this](const QString& missing) {
    return QFileDialog::getOpenFileName(
        window_, tr("Where is %1 now?").arg(QFileInfo(missing).fileName()), QString(),
        QFileInfo(missing).fileName());
  };
  askExternal_ = [this](const QString& projectPath, const QStringList& references) {
    QMessageBox box(QMessageBox::Warning, tr("Files Outside the Project"),
                    tr("%1 names files outside its folder or on the network. Nothing has been read from them "
                       "yet. Open the project and let it read them?")
                        .arg(QFileInfo(projectPath).fileName()),
                    QMessageBox::NoButton, window_);
    box.setObjectName(QStringLiteral("externalReferencesQuestion"));
    constexpr int kShown = 15;
    QStringList shown = references.mid(0, kShown);
    if (references.size() > kShown) shown << tr("… and %n more", nullptr, int(references.size() - kShown));
    box.setInformativeText(shown.join(QLatin1Char('\n')));
    QPushButton* allow = box.addButton(tr("Allow"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == allow;
  };
  connect(autosave_, &ProjectAutosave::autosaveFailed, this,
          [this](const QString& message) { report_(tr("Autosave Failed"), message); });
  connect(recentMenu_, &QMenu::aboutToShow, this, &ProjectController::rebuildRecentMenu);
  connect(tasks_, &ModalTask::runningChanged, this, &ProjectController::setBusy);
  rebuildRecentMenu();

  connect(new_, &QAction::triggered, this, &ProjectController::newProject);
  connect(open_, &QAction::triggered, this, [this] {
    if (!maybeSave()) return;
    const QString path = choosePath_(false, QFileInfo(doc_->filePath()).absolutePath());
    if (!path.isEmpty()) openProject(path);
  });
  connect(save_, &QAction::triggered, this, &ProjectController::save);
  connect(saveAs_, &QAction::triggered, this, &ProjectController::saveAs);

  connect(doc_, &PlanDocument::modifiedChanged, this, &ProjectController::updateTitle);
  connect(doc_, &PlanDocument::filePathChanged, this, &ProjectController::updateTitle);
  for (auto signal : {&PlanDocument::candidateAdded, &PlanDocument::candidateRemoved,
                      &PlanDocument::candidateChanged, &PlanDocument::activeChanged})
    connect(doc_, signal, this, &ProjectController::refreshCandidates);
  updateTitle();
}

project::ExternalPolicy ProjectController::externalPolicy(const QString& projectName, bool& refused) {
  return [this, projectName, &refused](const std::vector<project::ExternalReference>& refs) {
    QStringList lines;
    for (const project::ExternalReference& r : refs) {
      const QString ref = QString::fromStdString(r.reference);
      const bool network = r.reason == project::ExternalReason::Network;
      if (r.via.empty() || r.via == r.reference)
        lines << (network ? tr("%1 (on the network)") : tr("%1 (outside the project folder)")).arg(ref);
      else
        lines << (network ? tr("%1 (on the network, named by %2)") : tr("%1 (outside the project folder, named by %2)"))
                     .arg(ref, QString::fromStdString(r.via));
    }
    refused = !askExternal_(projectName, lines);
    return !refused;
  };
}

void ProjectController::forgetDatabaseProject() {
  if (team_) team_->close();
  title_.clear();
}

bool ProjectController::openProject(const QString& path) {
  const QString absolute = QFileInfo(path).absoluteFilePath();
  const QString side = ProjectAutosave::recoverable(absolute);
  const bool recover = !side.isEmpty() && askRecover_(absolute, side);
  project::LoadedProject loaded;
  bool refused = false;
  try {
    loaded = project::loadProject((recover ? side : absolute).toStdString(), externalPolicy(absolute, refused));
  } catch (const hp::Error& e) {
    if (refused) return false;  // the user said Cancel: nothing to report
    report_(tr("Cannot Open Project"), app::describeError(e));
    return false;
  }
  // Moved layers: ask for each file, and look for the others in the folder of the last answer.
  bool relocated = false;
  QString lastFolder;
  for (const std::string& missing : loaded.missingFiles) {
    const QString name = QFileInfo(QString::fromStdString(missing)).fileName();
    QString found;
    if (!lastFolder.isEmpty() && QFileInfo::exists(QDir(lastFolder).filePath(name)))
      found = QDir(lastFolder).filePath(name);
    else
      found = chooseMissing_(QString::fromStdString(missing));
    if (found.isEmpty()) continue;
    found = QFileInfo(found).absoluteFilePath();
    lastFolder = QFileInfo(found).absolutePath();
    for (auto& layer : loaded.project.layers)
      if (layer.path == missing) layer.path = found.toStdString();
    for (auto& version : loaded.project.forestVersions)
      if (version.path == missing) version.path = found.toStdString();
    relocated = true;
  }
  // The layers open before the document changes, so Cancel leaves the open project as it was.
  OpenedProjectLayers opened;
  if (!openLayersOf(loaded.project, opened)) {
    emit statusMessage(tr("Opening %1 cancelled.").arg(QFileInfo(absolute).fileName()));
    return false;
  }
  forgetDatabaseProject();
  doc_->replaceProject(std::move(loaded.project), absolute);
  if (recover || relocated) doc_->markModified();
  // Opening cleared the side file; write the recovered state back at once, not minutes later.
  if (recover) autosave_->autosaveNow();
  addRecent(absolute);
  showLayers(std::move(opened), false);
  return true;
}

bool ProjectController::openLayersOf(const project::Project& project, OpenedProjectLayers& opened) {
  if (project.layers.empty()) {  // New, or a project of candidates only: nothing to wait for
    opened = openProjectLayers(project);
    return true;
  }
  auto result = std::make_shared<OpenedProjectLayers>();
  auto copy = std::make_shared<const project::Project>(project);
  const ModalTask::Outcome outcome = tasks_->run(tr("Opening the project's layers…"), [result, copy](const Progress& progress) {
    *result = openProjectLayers(*copy, progress);
  });
  if (outcome != ModalTask::Outcome::Succeeded) return false;  // openProjectLayers fails no other way
  opened = std::move(*result);
  return true;
}

void ProjectController::setBusy(bool busy) {
  for (QAction* a : {new_, open_, save_, saveAs_}) a->setEnabled(!busy);
  recentMenu_->setEnabled(!busy && !recentProjects().isEmpty());
  autosave_->setSuspended(busy);
  if (!busy && reshowPending_) {
    reshowPending_ = false;
    QTimer::singleShot(0, this, &ProjectController::reshowLayers);
  }
}

QStringList ProjectController::recentProjects() {
  return QSettings().value(QStringLiteral("recentProjects")).toStringList();
}

void ProjectController::addRecent(const QString& path) {
  QStringList recent = recentProjects();
  recent.removeAll(path);
  recent.prepend(path);
  while (recent.size() > 10) recent.removeLast();
  QSettings().setValue(QStringLiteral("recentProjects"), recent);
}

void ProjectController::rebuildRecentMenu() {
  recentMenu_->clear();
  const QStringList recent = recentProjects();
  for (const QString& path : recent) {
    QAction* a = recentMenu_->addAction(QFileInfo(path).fileName());
    a->setToolTip(path);
    a->setData(path);
    connect(a, &QAction::triggered, this, [this, path] {
      if (maybeSave()) openProject(path);
    });
  }
  recentMenu_->setEnabled(!recent.isEmpty());
}

void ProjectController::closed() {
  autosave_->discard();
  autosave_->waitForFinished();
}

void ProjectController::reshowLayers() {
  if (tasks_->isRunning()) {  // an import finished during a save: the new forest shows right after it
    reshowPending_ = true;
    return;
  }
  OpenedProjectLayers opened;
  if (!openLayersOf(doc_->project(), opened)) {
    emit statusMessage(tr("Reopening the layers cancelled; the map shows the layers it showed before."));
    return;
  }
  showLayers(std::move(opened), true);
}

void ProjectController::showLayers(OpenedProjectLayers opened, bool keepView) {
  const auto viewport = canvas_->viewport();
  layers_->removeRows(0, layers_->rowCount());
  candidateLayer_.reset();
  parcels_.reset();
  for (const auto& layer : opened.layers) layers_->insertLayer(layer, 0);  // bottom first
  if (opened.parcels) {
    // Shares the parcels layer's data and keeps that layer alive while it is used.
    parcels_ = std::shared_ptr<const VectorData>(opened.parcels, &opened.parcels->data());
    candidateLayer_ = std::make_shared<CandidateMapLayer>(parcels_, tr("Candidates"));
    layers_->insertLayer(candidateLayer_, 0);
    refreshCandidates();
  }
  if (!opened.problems.isEmpty())
    report_(tr("Some Layers Did Not Open"), opened.problems.join(QLatin1Char('\n')));
  const auto& view = doc_->project().view.extent;
  if (keepView)
    canvas_->setViewport(viewport);
  else if (!view.isEmpty())
    canvas_->zoomToExtent(view);
  else
    canvas_->zoomToFullExtent();
  emit projectShown();
}

void ProjectController::refreshCandidates() {
  if (!candidateLayer_) return;
  candidateLayer_->setCandidates(doc_->project().candidates, doc_->activeCandidate());
  const int row = layers_->rowOf(candidateLayer_.get());
  if (row >= 0) layers_->notifyLayerChanged(row);
}

bool ProjectController::showProject(project::Project project, const QString& title) {
  OpenedProjectLayers opened;
  if (!openLayersOf(project, opened)) {
    emit statusMessage(tr("Opening %1 cancelled.").arg(title));
    return false;
  }
  if (team_) team_->close();
  title_ = title;
  doc_->replaceProject(std::move(project), {});
  updateTitle();
  showLayers(std::move(opened), false);
  return true;
}

bool ProjectController::saveCopy(const project::Project& project, const QString& path) {
  auto copy = std::make_shared<const project::Project>(project);
  const std::string target = path.toStdString();
  QString error;
  const ModalTask::Outcome outcome = tasks_->run(
      tr("Saving %1…").arg(QFileInfo(path).fileName()),
      [copy, target](const Progress& progress) { project::saveProject(*copy, target, progress); }, &error);
  if (outcome == ModalTask::Outcome::Failed) report_(tr("Cannot Save Project"), error);
  if (outcome == ModalTask::Outcome::Cancelled)
    emit statusMessage(tr("Saving cancelled; %1 is unchanged.").arg(QFileInfo(path).fileName()));
  if (outcome != ModalTask::Outcome::Succeeded) return false;
  emit statusMessage(tr("Saved a copy as %1.").arg(QFileInfo(path).fileName()));
  return true;
}

bool ProjectController::save() {
  if (team_ && team_->isOpen()) return team_->save();
  if (doc_->filePath().isEmpty()) return saveAs();
  return saveTo(doc_->filePath());
}

bool ProjectController::saveAs() {
  QString path = choosePath_(true, doc_->filePath());
  if (path.isEmpty()) return false;
  if (!path.endsWith(QLatin1String(".hplan"), Qt::CaseInsensitive)) path += QLatin1String(".hplan");
  if (!saveTo(QFileInfo(path).absoluteFilePath())) return false;
  // Save As of a database project writes a file, which is the open project from now on.
  forgetDatabaseProject();
  updateTitle();
  addRecent(doc_->filePath());
  return true;
}

bool ProjectController::saveTo(const QString& path) {
  doc_->setView(project::MapView{canvas_->viewport().extent()});
  // A copy is written (edits made meanwhile stay unsaved); the autosave it supersedes stops.
  autosave_->cancel();
  auto saved = std::make_shared<project::Project>(doc_->project());
  const quint64 revision = doc_->revision();
  const std::string target = path.toStdString();
  QString error;
  const ModalTask::Outcome outcome = tasks_->run(
      tr("Saving %1…").arg(QFileInfo(path).fileName()),
      [saved, target](const Progress& progress) {
        project::saveProject(*saved, target, progress);
        // Embedded layers now live in the saved file; the one they were read from may be an autosave
        // or the file before a Save As.
        project::rebindEmbeddedData(*saved, target);
      },
      &error);
  switch (outcome) {
    case ModalTask::Outcome::Succeeded: doc_->markSaved(path, *saved, revision); return true;
    case ModalTask::Outcome::Cancelled:
      emit statusMessage(tr("Saving cancelled; %1 is unchanged.").arg(QFileInfo(path).fileName()));
      return false;
    case ModalTask::Outcome::Failed: report_(tr("Cannot Save Project"), error); return false;
    case ModalTask::Outcome::Refused: return false;
  }
  return false;
}

void ProjectController::newProject() {
  if (!maybeSave()) return;
  forgetDatabaseProject();
  project::Project empty;
  empty.crs = doc_->project().crs;
  doc_->replaceProject(std::move(empty), {});
  // No project someone else wrote is open any more: the layers added next are the user's own choice.
  gdal::setNetworkAccess(true);
  OpenedProjectLayers opened;
  openLayersOf(doc_->project(), opened);  // no layers: nothing runs
  showLayers(std::move(opened), false);
}

bool ProjectController::maybeSave() {
  if (!doc_->isModified()) return true;
  switch (askSave_()) {
    case SaveAnswer::Save: return save();
    case SaveAnswer::Discard: autosave_->discard(); return true;
    case SaveAnswer::Cancel: return false;
  }
  return false;
}

void ProjectController::updateTitle() {
  const QString name = !title_.isEmpty()             ? title_
                       : doc_->filePath().isEmpty() ? tr("Untitled")
                                                  : QFileInfo(doc_->filePath()).completeBaseName();
  window_->setWindowModified(doc_->isModified());
  window_->setWindowTitle(name + QStringLiteral("[*]"));
}

}  // namespace hp::gui
