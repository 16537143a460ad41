// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

#include "project/ExternalReferences.h"
#include "project/Project.h"

class QAction;
class QMenu;
class QWidget;

namespace hp::gui {

class CandidateMapLayer;
class ModalTask;
class ProjectAutosave;
struct OpenedProjectLayers;
struct VectorData;
class LayerModel;
class MapCanvas;
class PlanDocument;
class TeamProjectController;

// File ▸ New / Open… / Save / Save As… for .hplan projects: puts the project's layers and its
// candidates on the map, keeps the window title ("name* — Habitat Planner"), and asks to save
// unsaved edits before they would be lost. Dialogs are injectable so tests never block.
// Opening the layers and saving run on a worker through `tasks` (progress and Cancel; a cancelled open
// leaves the project and the map as they were, a cancelled save leaves the file as it was); the
// actions stay disabled while any job of `tasks` runs.
class ProjectController : public QObject {
  Q_OBJECT
 public:
  ProjectController(PlanDocument* doc, LayerModel* layers, MapCanvas* canvas, ModalTask* tasks, QWidget* window);

  // Returns the chosen path, or empty on cancel.
  using PathChooser = std::function<QString(bool forSaving, const QString& startPath)>;
  // Unsaved changes: Save, Discard or Cancel.
  enum class SaveAnswer { Save, Discard, Cancel };
  using SaveQuestion = std::function<SaveAnswer()>;
  using ErrorReporter = std::function<void(const QString& title, const QString& message)>;
  // A side file newer than the project was found: recover it? (true: open the side file's contents).
  using RecoverQuestion = std::function<bool(const QString& projectPath, const QString& sidePath)>;
  // A layer file is not where the project says: where is it now? Empty: leave it missing.
  using MissingFileChooser = std::function<QString(const QString& missingPath)>;
  // The project names files outside its folder or on the network (one line each, as shown to the
  // user): open it and let it read them? Nothing has been read from them when this is asked.
  using ExternalQuestion = std::function<bool(const QString& projectPath, const QStringList& references)>;
  void setExternalQuestion(ExternalQuestion question) { askExternal_ = std::move(question); }
  void setRecoverQuestion(RecoverQuestion question) { askRecover_ = std::move(question); }
  void setMissingFileChooser(MissingFileChooser chooser) { chooseMissing_ = std::move(chooser); }
  void setPathChooser(PathChooser chooser) { choosePath_ = std::move(chooser); }
  void setSaveQuestion(SaveQuestion question) { askSave_ = std::move(question); }
  void setErrorReporter(ErrorReporter reporter) { report_ = std::move(reporter); }

  QAction* newAction() const { return new_; }
  QAction* openAction() const { return open_; }
  QAction* saveAction() const { return save_; }
  QAction* saveAsAction() const { return saveAs_; }
  CandidateMapLayer* candidateLayer() const { return candidateLayer_.get(); }
  // The open project's parcels as the map shows them; null when the project has none.
  std::shared_ptr<const VectorData> parcels() const { return parcels_; }
  ProjectAutosave* autosave() const { return autosave_; }
  QMenu* recentMenu() const { return recentMenu_; }
  // Most recent first, at most 10, kept in QSettings ("recentProjects").
  static QStringList recentProjects();
  // Called when the window closes after maybeSave(): nothing unsaved is left, so no side file either.
  void closed();

  bool openProject(const QString& path);  // reports and returns false when it cannot be read or was cancelled
  bool save();                            // Save As when the project has no file yet; false if cancelled
  bool saveAs();
  void newProject();

  // For TeamProjectController: a database project is open while it says so; Save goes to it.
  void setTeam(TeamProjectController* team) { team_ = team; }
  // Shows `project` (its layers opened on a worker) as the open document, which has no file and is
  // titled `title`. False when the user cancelled, and nothing changed.
  bool showProject(project::Project project, const QString& title);
  // Writes `project` to the .hplan `path` on a worker; the document is not changed.
  bool saveCopy(const project::Project& project, const QString& path);
  QString askPath(bool forSaving, const QString& startPath) { return choosePath_(forSaving, startPath); }
  void report(const QString& title, const QString& message) { report_(title, message); }
  // The question opening a project asks before it reads files outside its folder or on the network
  // (setExternalQuestion); `refused` is set when the user said no. `projectName` is what the question names.
  project::ExternalPolicy externalPolicy(const QString& projectName, bool& refused);
  // True when there is nothing unsaved or the user saved or discarded it.
  bool maybeSave();
  // Puts the document's layers on the map again (after the forest version changed), keeping the view.
  // Cancelled: the map keeps the layers it showed.
  void reshowLayers();

 signals:
  // A project's layers are on the map (after New and Open).
  void projectShown();
  // One line for the status bar (a job cancelled).
  void statusMessage(const QString& message);

 private:
  // Opens `project`'s layers on a worker; false when cancelled, and nothing changed.
  bool openLayersOf(const project::Project& project, OpenedProjectLayers& opened);
  void showLayers(OpenedProjectLayers opened, bool keepView);
  bool saveTo(const QString& path);
  void setBusy(bool busy);
  void updateTitle();
  void refreshCandidates();
  void addRecent(const QString& path);
  void rebuildRecentMenu();

  PlanDocument* doc_;
  LayerModel* layers_;
  MapCanvas* canvas_;
  ModalTask* tasks_;
  QWidget* window_;
  QAction* new_;
  QAction* open_;
  QAction* save_;
  QAction* saveAs_;
  std::shared_ptr<CandidateMapLayer> candidateLayer_;
  std::shared_ptr<const VectorData> parcels_;
  PathChooser choosePath_;
  SaveQuestion askSave_;
  ErrorReporter report_;
  RecoverQuestion askRecover_;
  MissingFileChooser chooseMissing_;
  ExternalQuestion askExternal_;
  ProjectAutosave* autosave_;
  QMenu* recentMenu_;
  // A database project's window title and its team controller go when a file or a new project opens.
  void forgetDatabaseProject();

  bool reshowPending_ = false;
  TeamProjectController* team_ = nullptr;
  QString title_;  // the window title's name when the project has no file (a database project)
};

}  // namespace hp::gui
