// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

#include "io/ParcelIds.h"
#include "mapkit/layers/LayerLoader.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QProgressBar;

namespace hp::gui {

class ActiveCandidateFigures;
class AttributeTablePanel;
class CandidateFiguresPanel;
class CapacityChangePanel;
class CompareCandidatesPanel;
class PatchMapLayer;
class RobustnessMapLayer;
class RankingPanel;
class ForestVersionsPanel;
class CandidatesPanel;
class IdentifyPanel;
class IdentifyTool;
class LayerModel;
class LayerPanel;
class LogPanel;
class MapCanvas;
class MapStatusWidget;
class OverviewOffer;
class ModalTask;
class PanTool;
class PlanDocument;
class PlanningTools;
class ProjectCorridors;
class ProjectController;
class TeamProjectController;
class ZoomTool;

// The map window, laid out like QGIS: layers docked left, the map in the centre, identify results right,
// log messages below (hidden until needed), coordinates, scale and CRS in the status bar. It wires
// actions, tools and panels together and computes nothing itself.
class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // How errors reach the user: a warning box unless replaced (tests replace it, so nothing blocks).
  using ErrorReporter = std::function<void(const QString& title, const QString& message)>;
  void setErrorReporter(ErrorReporter reporter);

  // Opens each file's layers on top of the map. A file that fails is reported (naming the file and the
  // problem) and changes nothing; the others still open. Returns how many files opened.
  int openFiles(const QStringList& paths, LayerKind kind = LayerKind::Any);
  // Opens the sample region from sampleRegionDirectory(), generating it first when files are missing.
  bool openSampleRegion();

  // Opens a .hplan project: its layers and candidates on the map, its view restored.
  bool openProject(const QString& path);

  PlanDocument* document() const { return doc_; }
  ProjectController* projects() const { return projects_; }
  TeamProjectController* team() const { return team_; }
  CandidatesPanel* candidatesPanel() const { return candidatesPanel_; }
  AttributeTablePanel* attributeTable() const { return attributeTable_; }
  CandidateFiguresPanel* figuresPanel() const { return figuresPanel_; }
  ActiveCandidateFigures* activeFigures() const { return activeFigures_; }
  CompareCandidatesPanel* comparePanel() const { return comparePanel_; }
  RankingPanel* rankingPanel() const { return rankingPanel_; }
  PatchMapLayer* patchLayer() const { return patchLayer_.get(); }
  ProjectCorridors* corridors() const { return corridors_; }
  // The last run across scenarios on the map (null until one ran; out of the layer list after a plain run).
  RobustnessMapLayer* robustnessLayer() const { return robustnessLayer_.get(); }
  CapacityChangePanel* capacityChangePanel() const { return changePanel_; }
  LayerModel* layerModel() const { return layers_; }
  MapCanvas* canvas() const { return canvas_; }
  OverviewOffer* overviewOffer() const { return overviewOffer_; }
  LayerPanel* layerPanel() const { return layerPanel_; }
  IdentifyPanel* identifyPanel() const { return identifyPanel_; }
  LogPanel* logPanel() const { return logPanel_; }
  MapStatusWidget* mapStatus() const { return mapStatus_; }
  PanTool* panTool() const { return panTool_; }
  ZoomTool* zoomInTool() const { return zoomInTool_; }
  ZoomTool* zoomOutTool() const { return zoomOutTool_; }
  IdentifyTool* identifyTool() const { return identifyTool_; }
  PlanningTools* planningTools() const { return planning_; }
  QAction* embedDataAction() const { return embedData_; }
  // Runs the jobs the user waits for (open, add layer, save) off the GUI thread.
  ModalTask* tasks() const { return tasks_; }
  QProgressBar* autosaveProgress() const { return autosaveProgress_; }

 public slots:
  void addRasterLayer();
  void addVectorLayer();
  void saveMapImage();
  void showLayerProperties(int row);

 signals:
  // Every error shown to the user, also when the reporter is replaced.
  void errorReported(const QString& message);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void createActions();
  void createMenusAndToolBars();
  void createDocks();
  void createCapacityDocks(ForestVersionsPanel* forestPanel);
  void createCorridors();
  void createJobIndicators();
  void reportError(const QString& title, const QString& message);
  // The map shows these parcels (rows selected in the attribute table or the ranking).
  void zoomToParcels(const std::vector<ParcelId>& ids);
  void onRenderFinished(qint64 elapsedMs, const QStringList& errors);

  LayerModel* layers_;
  MapCanvas* canvas_;
  OverviewOffer* overviewOffer_;
  PlanDocument* doc_;
  ModalTask* tasks_;
  ProjectController* projects_;
  TeamProjectController* team_;
  QProgressBar* autosaveProgress_ = nullptr;
  CandidatesPanel* candidatesPanel_ = nullptr;
  AttributeTablePanel* attributeTable_ = nullptr;
  CandidateFiguresPanel* figuresPanel_ = nullptr;
  ActiveCandidateFigures* activeFigures_ = nullptr;
  CompareCandidatesPanel* comparePanel_ = nullptr;
  RankingPanel* rankingPanel_ = nullptr;
  std::shared_ptr<PatchMapLayer> patchLayer_;  // the active candidate's habitat patches
  ProjectCorridors* corridors_ = nullptr;
  std::shared_ptr<RobustnessMapLayer> robustnessLayer_;  // the ranking across scenarios
  CapacityChangePanel* changePanel_ = nullptr;
  LayerPanel* layerPanel_ = nullptr;
  IdentifyPanel* identifyPanel_ = nullptr;
  LogPanel* logPanel_ = nullptr;
  MapStatusWidget* mapStatus_ = nullptr;
  QDockWidget* identifyDock_ = nullptr;
  QDockWidget* logDock_ = nullptr;
  PanTool* panTool_;
  ZoomTool* zoomInTool_;
  ZoomTool* zoomOutTool_;
  IdentifyTool* identifyTool_;
  PlanningTools* planning_ = nullptr;
  ErrorReporter reporter_;
  QStringList lastRenderErrors_;
  QString lastDirectory_;

  QAction* addRaster_ = nullptr;
  QAction* addVector_ = nullptr;
  QAction* openSample_ = nullptr;
  QAction* embedData_ = nullptr;
  QAction* saveImage_ = nullptr;
  QAction* exportMap_ = nullptr;
  QAction* exportData_ = nullptr;
  QAction* importMarxan_ = nullptr;
  QAction* quit_ = nullptr;
  QAction* pan_ = nullptr;
  QAction* zoomIn_ = nullptr;
  QAction* zoomOut_ = nullptr;
  QAction* zoomFull_ = nullptr;
  QAction* identify_ = nullptr;
  QAction* refresh_ = nullptr;
  QAction* about_ = nullptr;
  QAction* undo_ = nullptr;
  QAction* redo_ = nullptr;
  QActionGroup* toolGroup_ = nullptr;
};

}  // namespace hp::gui
