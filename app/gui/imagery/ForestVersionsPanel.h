// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

#include "imagery/ForestImport.h"
#include "project/Project.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace hp::gui {

class ImportForestDialog;
class TaskRunner;

// The project's forest-cover versions (the original layer and each satellite import, dated), which one the
// model and the map use, and the way to add one: Import… opens ImportForestDialog, the import runs off the
// GUI thread with a progress bar and Cancel, on a copy of the project — so a cancelled or failed import
// leaves the project as it was. The panel changes nothing itself: it asks through signals.
class ForestVersionsPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ForestVersionsPanel(QWidget* parent = nullptr);
  ~ForestVersionsPanel() override;

  // What to list; `projectPath` is where imports write their rasters (forest_versions/ beside it).
  void setProject(const project::Project& project, const QString& projectPath);

  // Opens the dialog (replaceable for tests: return a configured dialog, or null to cancel).
  using DialogFactory = std::function<ImportForestDialog*(QWidget* parent)>;
  void setDialogFactory(DialogFactory factory) { dialogFactory_ = std::move(factory); }

  // Imports into a copy of the project; false when an import is running or the project was never saved.
  bool startImport(const imagery::ImportRequest& request, const QString& date);
  bool isImporting() const;
  // Writes the change map between two versions off the GUI thread; false while a task runs.
  bool makeChangeMap(int from, int to);
  TaskRunner* importRunner() const { return runner_; }
  // The version selected in the list (-1: none).
  int selectedVersion() const;
  void selectVersion(int id);

  QTreeWidget* versionList() const { return list_; }
  QPushButton* importButton() const { return import_; }
  QPushButton* useButton() const { return use_; }
  QPushButton* changeMapButton() const { return changeMap_; }
  QPushButton* compareButton() const { return compare_; }
  QPushButton* cancelButton() const { return cancel_; }
  QProgressBar* progressBar() const { return progress_; }

 public slots:
  void openImportDialog();

 signals:
  // An import finished: the project's new versions (the new one active).
  void versionsChanged(const std::vector<hp::project::ForestVersion>& versions, int activeVersion);
  void activeVersionRequested(int id);
  // The change map between `from` (the version before the selected one, or 0) and `to` was written to
  // `path` (forest_versions/ beside the project), ready to add to the map.
  void changeMapReady(const QString& path, int from, int to);
  // Compare capacity under `from` (the version before the selected one, or 0) and the selected version.
  void compareRequested(int from, int to);
  void importFailed(const QString& message);
  void statusMessage(const QString& message);

 private:
  void rebuild();
  void updateButtons();
  int previousVersion(int id) const;

  project::Project project_;
  QString projectPath_;
  DialogFactory dialogFactory_;
  TaskRunner* runner_;
  QTreeWidget* list_;
  QPushButton* import_;
  QPushButton* use_;
  QPushButton* changeMap_;
  QPushButton* compare_;
  QPushButton* cancel_;
  QProgressBar* progress_;
  QLabel* stage_;
};

}  // namespace hp::gui
