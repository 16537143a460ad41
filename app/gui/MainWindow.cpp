// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QToolButton>
#include <QTimer>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include "Version.h"
#include "common/ErrorText.h"
#include "geo/Error.h"
#include "project/ProjectFile.h"
#include "sample/SampleProject.h"
#include "gui/SampleRegionSetup.h"
#include "mapkit/layers/SampleStyle.h"
#include "mapkit/layers/LayerModel.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "gui/map/MapCanvas.h"
#include "gui/export/ExportDialog.h"
#include "gui/imagery/CapacityChangePanel.h"
#include "gui/map/OverviewOffer.h"
#include "gui/imagery/ForestVersionsPanel.h"
#include "gui/panels/AttributeTableModel.h"
#include "gui/panels/AttributeTablePanel.h"
#include "gui/panels/CandidateFiguresPanel.h"
#include "gui/panels/CandidatesPanel.h"
#include "gui/panels/CompareCandidatesModel.h"
#include "gui/panels/CompareCandidatesPanel.h"
#include "gui/panels/RankingPanel.h"
#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/LiveCapacity.h"
#include "mapkit/layers/PatchMapLayer.h"
#include "mapkit/layers/RobustnessMapLayer.h"
#include "gui/panels/IdentifyPanel.h"
#include "gui/workspace/ActiveCandidateFigures.h"
#include "gui/workspace/MarxanCandidate.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectAutosave.h"
#include "gui/workspace/ProjectController.h"
#include "gui/workspace/ProjectCorridors.h"
#include "gui/team/TeamProjectController.h"
#include "gui/tasks/ModalTask.h"
#include "gui/panels/LayerPanel.h"
#include "gui/panels/LayerPropertiesDialog.h"
#include "gui/panels/LogPanel.h"
#include "gui/panels/MapStatusWidget.h"
#include "gui/tools/IdentifyTool.h"
#include "gui/tools/PanTool.h"
#include "gui/tools/PlanningTools.h"
#include "gui/tools/ZoomTool.h"

namespace hp::gui {

static QIcon icon(const char* name) { return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))); }

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setObjectName(QStringLiteral("mainWindow"));
  setWindowTitle(tr("Habitat Planner"));
  setWindowIcon(icon("habitat-planner"));
  layers_ = new LayerModel(this);
  canvas_ = new MapCanvas(layers_, this);
  {
    // The overview offer sits above the map, as QGIS's message bar does.
    auto* centre = new QWidget(this);
    auto* column = new QVBoxLayout(centre);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    overviewOffer_ = new OverviewOffer(layers_, centre);
    column->addWidget(overviewOffer_);
    canvas_->setParent(centre);
    column->addWidget(canvas_, 1);
    setCentralWidget(centre);
  }
  doc_ = new PlanDocument(this);
  tasks_ = new ModalTask(this);
  projects_ = new ProjectController(doc_, layers_, canvas_, tasks_, this);
  team_ = new TeamProjectController(doc_, projects_, this);
  projects_->setTeam(team_);
  panTool_ = new PanTool(canvas_);
  zoomInTool_ = new ZoomTool(canvas_, ZoomTool::Direction::In);
  zoomOutTool_ = new ZoomTool(canvas_, ZoomTool::Direction::Out);
  identifyTool_ = new IdentifyTool(canvas_);
  reporter_ = [this](const QString& title, const QString& message) { QMessageBox::warning(this, title, message); };
  projects_->setErrorReporter([this](const QString& title, const QString& message) { reportError(title, message); });

  createActions();
  createDocks();
  createMenusAndToolBars();

  mapStatus_ = new MapStatusWidget(canvas_, this);
  statusBar()->addPermanentWidget(mapStatus_);
  statusBar()->setSizeGripEnabled(true);

  connect(canvas_, &MapCanvas::renderFinished, this, &MainWindow::onRenderFinished);
  connect(identifyTool_, &IdentifyTool::identified, this, [this](const QPointF& at, const QList<IdentifyResult>& r) {
    identifyPanel_->showResults(at, r);
    identifyDock_->show();
    identifyDock_->raise();
  });
  connect(identifyTool_, &IdentifyTool::identifyFailed, this, [this](const QString& message) {
    logPanel_->append(message, LogPanel::Level::Warning);
    statusBar()->showMessage(message, 10000);
  });
  createJobIndicators();
  canvas_->setMapTool(panTool_);
  resize(1280, 800);
}

// While a job the user waits for runs, what would conflict with it is off; the autosave, which nobody
// waits for, shows its progress in the status bar with a Cancel of its own.
void MainWindow::createJobIndicators() {
  connect(tasks_, &ModalTask::runningChanged, this, [this](bool running) {
    for (QAction* a : {addRaster_, addVector_, openSample_, embedData_, exportMap_, exportData_, importMarxan_})
      a->setEnabled(!running);
  });
  connect(projects_, &ProjectController::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 10000); });
  connect(team_, &TeamProjectController::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 10000); });

  ProjectAutosave* autosave = projects_->autosave();
  autosaveProgress_ = new QProgressBar(this);
  autosaveProgress_->setObjectName(QStringLiteral("autosaveProgress"));
  autosaveProgress_->setRange(0, 1000);
  autosaveProgress_->setMaximumWidth(160);
  autosaveProgress_->setFormat(tr("Autosaving %p%"));
  autosaveProgress_->setTextVisible(true);
  auto* cancelAutosave = new QToolButton(this);
  cancelAutosave->setObjectName(QStringLiteral("cancelAutosave"));
  cancelAutosave->setText(tr("Cancel"));
  cancelAutosave->setToolTip(tr("Stop this autosave; the next one comes in a few minutes"));
  connect(cancelAutosave, &QToolButton::clicked, autosave, &ProjectAutosave::cancel);
  statusBar()->addPermanentWidget(autosaveProgress_);
  statusBar()->addPermanentWidget(cancelAutosave);
  autosaveProgress_->hide();
  cancelAutosave->hide();
  connect(autosave, &ProjectAutosave::runningChanged, this, [this, cancelAutosave](bool running) {
    autosaveProgress_->setValue(0);
    autosaveProgress_->setVisible(running);
    cancelAutosave->setVisible(running);
  });
  connect(autosave, &ProjectAutosave::progressChanged, this,
          [this](double f) { autosaveProgress_->setValue(qBound(0, int(f * 1000), 1000)); });
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString& path) { return projects_->openProject(path); }

void MainWindow::closeEvent(QCloseEvent* event) {
  if (tasks_->isRunning()) {
    // Not while a job runs on this window's behalf: it would end with nowhere to report to.
    event->ignore();
    if (QMessageBox::question(this, tr("A Job Is Running"),
                              tr("Stop the job that is running and close the window?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes) {
      tasks_->cancel();
      auto* waiting = new QObject(this);
      connect(tasks_, &ModalTask::runningChanged, waiting, [this, waiting](bool running) {
        if (running) return;
        delete waiting;
        QTimer::singleShot(0, this, &QWidget::close);
      });
    }
    return;
  }
  if (projects_->maybeSave()) {
    projects_->closed();
    event->accept();
  }
  else
    event->ignore();
}

void MainWindow::createActions() {
  undo_ = doc_->undoStack()->createUndoAction(this, tr("&Undo"));
  undo_->setShortcut(QKeySequence::Undo);
  undo_->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
  redo_ = doc_->undoStack()->createRedoAction(this, tr("&Redo"));
  // Ctrl+Shift+Z everywhere, as QGIS; the platform's Redo (Ctrl+Y on Windows) as well.
  redo_->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
  redo_->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
  addRaster_ = new QAction(icon("add-raster"), tr("Add &Raster Layer…"), this);
  addRaster_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
  addRaster_->setStatusTip(tr("Add a raster layer from any file GDAL reads"));
  connect(addRaster_, &QAction::triggered, this, &MainWindow::addRasterLayer);
  addVector_ = new QAction(icon("add-vector"), tr("Add &Vector Layer…"), this);
  addVector_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
  addVector_->setStatusTip(tr("Add the layers of a vector file (GeoPackage, Shapefile, GeoJSON, KML, …)"));
  connect(addVector_, &QAction::triggered, this, &MainWindow::addVectorLayer);
  openSample_ = new QAction(icon("sample-region"), tr("Open &Sample Region"), this);
  openSample_->setStatusTip(tr("Add the sample region of south-west Primorsky Krai"));
  connect(openSample_, &QAction::triggered, this, &MainWindow::openSampleRegion);
  embedData_ = new QAction(tr("Store Layer &Data in Project File"), this);
  embedData_->setCheckable(true);
  embedData_->setStatusTip(tr("Save copies of the layers and forest versions inside the project file, so it "
                              "can be sent as one file"));
  connect(embedData_, &QAction::toggled, doc_, &PlanDocument::setEmbedData);
  connect(projects_, &ProjectController::projectShown, this,
          [this] { embedData_->setChecked(doc_->project().embedData); });
  auto runExport = [this](ExportDialog::Format format) {
    const project::Project& p = doc_->project();
    const int active = doc_->activeCandidate();
    const QString candidate = active >= 0 ? QString::fromStdString(p.candidates[std::size_t(active)].name) : QString();
    const QStringList files = ExportDialog::run(this, p, canvas_->viewport().extent(), candidate, format, doc_->filePath());
    if (!files.isEmpty()) statusBar()->showMessage(tr("Exported: %1").arg(files.join(QStringLiteral(", "))), 10000);
  };
  exportMap_ = new QAction(tr("Export &Map…"), this);
  exportMap_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
  exportMap_->setStatusTip(tr("A printable map page (PDF, SVG, PNG) or a georeferenced GeoTIFF, in the reader's language"));
  connect(exportMap_, &QAction::triggered, this, [runExport] { runExport(ExportDialog::Format::Pdf); });
  exportData_ = new QAction(tr("Export &Data…"), this);
  exportData_->setStatusTip(tr("Candidates and parcels with their figures as GeoPackage, Shapefile, GeoJSON, KML or CSV"));
  connect(exportData_, &QAction::triggered, this, [runExport] { runExport(ExportDialog::Format::GeoPackage); });
  importMarxan_ = new QAction(tr("Import Marxan &Solution as Candidate…"), this);
  importMarxan_->setStatusTip(tr("A Marxan output_best or output_ssoln for this project's parcels becomes a candidate"));
  connect(importMarxan_, &QAction::triggered, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Marxan Solution"), lastDirectory_,
                                                      tr("Marxan solutions (*.csv *.txt *.dat);;All files (*)"));
    if (path.isEmpty()) return;
    std::vector<ParcelId> ids;
    for (int row = 0; row < attributeTable_->model()->rowCount(); ++row) ids.push_back(attributeTable_->model()->parcelId(row));
    const QString error = importMarxanCandidate(doc_, path, ids);
    if (!error.isEmpty()) reportError(tr("Cannot import the Marxan solution"), error);
  });
  saveImage_ = new QAction(tr("Save Map as &Image…"), this);
  connect(saveImage_, &QAction::triggered, this, &MainWindow::saveMapImage);
  quit_ = new QAction(tr("&Quit"), this);
  quit_->setShortcut(QKeySequence::Quit);
  quit_->setMenuRole(QAction::QuitRole);
  connect(quit_, &QAction::triggered, this, &QWidget::close);

  toolGroup_ = new QActionGroup(this);
  auto toolAction = [this](QAction* action, MapTool* tool) {
    tool->setAction(action);
    toolGroup_->addAction(action);
    connect(action, &QAction::triggered, this, [this, tool] { canvas_->setMapTool(tool); });
  };
  pan_ = new QAction(icon("pan"), tr("&Pan Map"), this);
  pan_->setStatusTip(tr("Drag the map; the arrow keys and the middle button pan with any tool"));
  toolAction(pan_, panTool_);
  zoomIn_ = new QAction(icon("zoom-in"), tr("Zoom &In"), this);
  zoomIn_->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Plus));
  zoomIn_->setStatusTip(tr("Drag a box or click to zoom in"));
  toolAction(zoomIn_, zoomInTool_);
  zoomOut_ = new QAction(icon("zoom-out"), tr("Zoom &Out"), this);
  zoomOut_->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus));
  zoomOut_->setStatusTip(tr("Drag a box or click to zoom out"));
  toolAction(zoomOut_, zoomOutTool_);
  identify_ = new QAction(icon("identify"), tr("&Identify Features"), this);
  identify_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
  identify_->setStatusTip(tr("Click the map to see parcel attributes, basin and canopy value"));
  toolAction(identify_, identifyTool_);

  zoomFull_ = new QAction(icon("zoom-full"), tr("Zoom &Full"), this);
  zoomFull_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
  connect(zoomFull_, &QAction::triggered, canvas_, &MapCanvas::zoomToFullExtent);
  refresh_ = new QAction(icon("refresh"), tr("&Refresh"), this);
  refresh_->setShortcut(QKeySequence::Refresh);
  connect(refresh_, &QAction::triggered, canvas_, &MapCanvas::refresh);
  about_ = new QAction(tr("&About Habitat Planner"), this);
  about_->setMenuRole(QAction::AboutRole);
  connect(about_, &QAction::triggered, this, [this] {
    QMessageBox::about(this, tr("About Habitat Planner"),
                       tr("<b>Habitat Planner %1</b><p>Planning reserves for the Amur leopard in south-west "
                          "Primorsky Krai.</p><p>Built on Qt, GDAL, GEOS and PROJ.</p>")
                           .arg(QString::fromLatin1(hp::kVersion)));
  });
}

void MainWindow::createDocks() {
  layerPanel_ = new LayerPanel(layers_, this);
  auto* layerDock = new QDockWidget(tr("Layers"), this);
  layerDock->setObjectName(QStringLiteral("layersDock"));
  layerDock->setWidget(layerPanel_);
  addDockWidget(Qt::LeftDockWidgetArea, layerDock);
  connect(layerPanel_, &LayerPanel::zoomToLayerRequested, this, [this](int row) {
    if (const auto layer = layers_->layer(row)) canvas_->zoomToLayer(*layer);
  });
  connect(layerPanel_, &LayerPanel::propertiesRequested, this, &MainWindow::showLayerProperties);

  identifyPanel_ = new IdentifyPanel(this);
  identifyDock_ = new QDockWidget(tr("Identify Results"), this);
  identifyDock_->setObjectName(QStringLiteral("identifyDock"));
  identifyDock_->setWidget(identifyPanel_);
  addDockWidget(Qt::RightDockWidgetArea, identifyDock_);

  logPanel_ = new LogPanel(this);
  logDock_ = new QDockWidget(tr("Log Messages"), this);
  logDock_->setObjectName(QStringLiteral("logDock"));
  logDock_->setWidget(logPanel_);
  addDockWidget(Qt::BottomDockWidgetArea, logDock_);
  logDock_->hide();

  candidatesPanel_ = new CandidatesPanel(doc_, this);
  auto* candidatesDock = new QDockWidget(tr("Candidate Reserves"), this);
  candidatesDock->setObjectName(QStringLiteral("candidatesDock"));
  candidatesDock->setWidget(candidatesPanel_);
  addDockWidget(Qt::LeftDockWidgetArea, candidatesDock);

  attributeTable_ = new AttributeTablePanel(this);
  auto* tableDock = new QDockWidget(tr("Attribute Table"), this);
  tableDock->setObjectName(QStringLiteral("attributeTableDock"));
  tableDock->setWidget(attributeTable_);
  addDockWidget(Qt::BottomDockWidgetArea, tableDock);
  tabifyDockWidget(logDock_, tableDock);
  tableDock->hide();
  auto showCandidateInTable = [this] {
    const auto* c = doc_->active();
    attributeTable_->model()->setCandidateParcels(c ? c->parcelIds : std::vector<ParcelId>{});
  };
  connect(projects_, &ProjectController::projectShown, this, [this, showCandidateInTable] {
    attributeTable_->model()->setData(projects_->parcels());
    showCandidateInTable();
  });
  connect(doc_, &PlanDocument::activeChanged, this, showCandidateInTable);
  connect(doc_, &PlanDocument::candidateChanged, this, showCandidateInTable);
  // Rows selected in the table: the map shows them.
  connect(attributeTable_, &AttributeTablePanel::parcelsSelected, this, &MainWindow::zoomToParcels);

  auto* forestPanel = new ForestVersionsPanel(this);
  auto* forestDock = new QDockWidget(tr("Forest Versions"), this);
  forestDock->setObjectName(QStringLiteral("forestVersionsDock"));
  forestDock->setWidget(forestPanel);
  addDockWidget(Qt::RightDockWidgetArea, forestDock);
  tabifyDockWidget(identifyDock_, forestDock);
  auto updateForestPanel = [this, forestPanel] { forestPanel->setProject(doc_->project(), doc_->filePath()); };
  connect(projects_, &ProjectController::projectShown, this, updateForestPanel);
  connect(doc_, &PlanDocument::filePathChanged, this, updateForestPanel);
  connect(forestPanel, &ForestVersionsPanel::versionsChanged, this,
          [this](const std::vector<project::ForestVersion>& versions, int active) {
            doc_->setForestVersions(versions, active);
            projects_->reshowLayers();
          });
  connect(forestPanel, &ForestVersionsPanel::activeVersionRequested, this, [this](int id) {
    doc_->setForestVersions(doc_->project().forestVersions, id);
    projects_->reshowLayers();
  });
  connect(forestPanel, &ForestVersionsPanel::importFailed, this,
          [this](const QString& message) { reportError(tr("Import failed"), message); });
  connect(forestPanel, &ForestVersionsPanel::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 10000); });

  createCapacityDocks(forestPanel);
  createCorridors();

  auto* historyDock = new QDockWidget(tr("Undo History"), this);
  historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
  historyDock->setWidget(new QUndoView(doc_->undoStack(), historyDock));
  addDockWidget(Qt::RightDockWidgetArea, historyDock);
  tabifyDockWidget(identifyDock_, historyDock);
  identifyDock_->raise();
  resizeDocks({layerDock, identifyDock_}, {260, 280}, Qt::Horizontal);
}

// The figures of the active candidate, all candidates side by side, and what a forest change does.
void MainWindow::createCapacityDocks(ForestVersionsPanel* forestPanel) {
  figuresPanel_ = new CandidateFiguresPanel(this);
  auto* figuresDock = new QDockWidget(tr("Candidate Capacity"), this);
  figuresDock->setObjectName(QStringLiteral("candidateCapacityDock"));
  figuresDock->setWidget(figuresPanel_);
  addDockWidget(Qt::LeftDockWidgetArea, figuresDock);
  activeFigures_ = new ActiveCandidateFigures(doc_, figuresPanel_, this);

  // The active candidate's habitat patches: a layer on top, put there (empty) whenever a project is
  // shown, so the layer rows do not move when the first patches arrive.
  patchLayer_ = std::make_shared<PatchMapLayer>();
  connect(projects_, &ProjectController::projectShown, this, [this] {
    patchLayer_->setPatches(nullptr);
    if (layers_->rowOf(patchLayer_.get()) < 0) layers_->insertLayer(patchLayer_, 0);
  });
  auto showPatches = [this](std::shared_ptr<const model::PatchMap> patches) {
    patchLayer_->setPatches(std::move(patches));
    if (const int row = layers_->rowOf(patchLayer_.get()); row >= 0) layers_->notifyLayerChanged(row);
  };
  connect(activeFigures_->live(), &LiveCapacity::patchesReady, this,
          [this, showPatches](int index, std::shared_ptr<const model::PatchMap> patches) {
            if (index == doc_->activeCandidate()) showPatches(std::move(patches));
          });
  connect(doc_, &PlanDocument::activeChanged, this, [showPatches](int index) {
    if (index < 0) showPatches(nullptr);
  });

  // Ranking: the greedy order and the budget optimum of the project's parcels.
  rankingPanel_ = new RankingPanel(this);
  auto* rankingDock = new QDockWidget(tr("Parcel Ranking"), this);
  rankingDock->setObjectName(QStringLiteral("rankingDock"));
  rankingDock->setWidget(rankingPanel_);
  addDockWidget(Qt::RightDockWidgetArea, rankingDock);
  rankingDock->hide();
  auto rankingProject = [this] { rankingPanel_->setProject(doc_->project()); };
  connect(doc_, &PlanDocument::projectReplaced, this, rankingProject);
  connect(doc_, &PlanDocument::forestVersionsChanged, this, rankingProject);
  connect(rankingDock, &QDockWidget::visibilityChanged, this, [rankingProject](bool visible) {
    if (visible) rankingProject();
  });
  // A plain ranking's order may differ from the last run across scenarios: its robustness layer goes.
  auto dropRobustness = [this] {
    if (robustnessLayer_)
      if (const int row = layers_->rowOf(robustnessLayer_.get()); row >= 0) layers_->removeRow(row);
  };
  connect(rankingPanel_, &RankingPanel::rankingReady, this,
          [this, dropRobustness](std::shared_ptr<const ranking::RankingResult> result) {
            if (result) attributeTable_->model()->setRanking(*result);
            dropRobustness();
          });
  // A run across scenarios: its counts in the attribute table, and the parcels coloured by them on top.
  connect(rankingPanel_, &RankingPanel::scenarioRankingReady, this,
          [this](std::shared_ptr<const ranking::ScenarioRanking> result) {
            if (!result) return;
            attributeTable_->model()->setRanking(*result);
            std::unordered_map<ParcelId, int> selected;
            for (const auto& [id, c] : result->counts) selected.emplace(id, c.selected);
            if (!robustnessLayer_) robustnessLayer_ = std::make_shared<RobustnessMapLayer>(projects_->parcels());
            else robustnessLayer_->setParcels(projects_->parcels());
            robustnessLayer_->setCounts(selected, int(result->scenarios.size()));
            if (const int row = layers_->rowOf(robustnessLayer_.get()); row >= 0) layers_->notifyLayerChanged(row);
            else layers_->insertLayer(robustnessLayer_, 0);
          });
  connect(doc_, &PlanDocument::projectReplaced, this, [this, dropRobustness] {
    attributeTable_->model()->clearRanking();
    dropRobustness();
  });
  // Rows selected in the ranking: the same parcels selected in the attribute table and shown on the map,
  // as rows selected there are.
  connect(rankingPanel_, &RankingPanel::parcelsSelected, this, [this](const std::vector<ParcelId>& ids) {
    attributeTable_->selectParcels(ids);
    zoomToParcels(ids);
  });
  connect(rankingPanel_, &RankingPanel::createCandidateRequested, this,
          [this](const QString& name, const std::vector<ParcelId>& ids) {
            edits::addCandidateFromRanking(doc_, name, QColor(31, 119, 180), ids);
          });
  connect(rankingPanel_, &RankingPanel::failed, this,
          [this](const QString& message) { reportError(tr("Cannot rank the parcels"), message); });

  comparePanel_ = new CompareCandidatesPanel(this);
  auto* compareDock = new QDockWidget(tr("Compare Candidates"), this);
  compareDock->setObjectName(QStringLiteral("compareCandidatesDock"));
  compareDock->setWidget(comparePanel_);
  addDockWidget(Qt::BottomDockWidgetArea, compareDock);
  tabifyDockWidget(logDock_, compareDock);
  compareDock->hide();
  // The comparison runs every candidate through the engine: only while the table is in sight, and once
  // for a burst of edits.
  auto* compareLater = new QTimer(this);
  compareLater->setSingleShot(true);
  compareLater->setInterval(400);
  connect(compareLater, &QTimer::timeout, this, [this, compareDock] {
    comparePanel_->setProject(doc_->project());
    if (compareDock->isVisible()) comparePanel_->refresh();
  });
  auto scheduleCompare = [compareLater] { compareLater->start(); };
  connect(compareDock, &QDockWidget::visibilityChanged, this, [compareLater](bool visible) {
    if (visible) compareLater->start(0);
  });
  connect(doc_, &PlanDocument::projectReplaced, this, scheduleCompare);
  connect(doc_, &PlanDocument::candidateAdded, this, scheduleCompare);
  connect(doc_, &PlanDocument::candidateRemoved, this, scheduleCompare);
  connect(doc_, &PlanDocument::candidateChanged, this, scheduleCompare);
  connect(doc_, &PlanDocument::forestVersionsChanged, this, scheduleCompare);
  connect(comparePanel_, &CompareCandidatesPanel::failed, this,
          [this](const QString& message) { reportError(tr("Cannot compare the candidates"), message); });

  changePanel_ = new CapacityChangePanel(this);
  auto* changeDock = new QDockWidget(tr("Capacity Change"), this);
  changeDock->setObjectName(QStringLiteral("capacityChangeDock"));
  changeDock->setWidget(changePanel_);
  addDockWidget(Qt::BottomDockWidgetArea, changeDock);
  tabifyDockWidget(logDock_, changeDock);
  changeDock->hide();
  auto updateChangePanel = [this] { changePanel_->setProject(doc_->project()); };
  connect(doc_, &PlanDocument::projectReplaced, this, updateChangePanel);
  connect(doc_, &PlanDocument::forestVersionsChanged, this, updateChangePanel);
  connect(doc_, &PlanDocument::candidateChanged, this, updateChangePanel);
  connect(forestPanel, &ForestVersionsPanel::compareRequested, this, [this, changeDock](int from, int to) {
    changePanel_->setProject(doc_->project());
    changeDock->show();
    changeDock->raise();
    changePanel_->compare(from, to);
  });
  connect(changePanel_, &CapacityChangePanel::failed, this,
          [this](const QString& message) { reportError(tr("Cannot compare the forest versions"), message); });
  connect(changePanel_, &CapacityChangePanel::candidateActivated, this, [this](const QString& name) {
    for (int i = 0; i < doc_->candidateCount(); ++i)
      if (QString::fromStdString(doc_->candidate(i).name) == name) doc_->setActiveCandidate(i);
  });
  // A change map is a layer like any other: on top, so loss and gain show over the forest.
  connect(forestPanel, &ForestVersionsPanel::changeMapReady, this,
          [this](const QString& path) { openFiles({path}, LayerKind::Raster); });
}

// Corridors on the map and, for the active candidate, its corridor to the reserve in the figures panel.
void MainWindow::createCorridors() {
  corridors_ = new ProjectCorridors(doc_, layers_, tasks_, this);
  auto showCorridor = [this] {
    const auto* c = doc_->active();
    if (!c) return;
    const bool computed = corridors_->isCurrent();
    figuresPanel_->setCorridor(computed ? corridors_->toReserve(c->name) : nullptr, computed);
  };
  connect(corridors_, &ProjectCorridors::corridorsChanged, this, showCorridor);
  connect(corridors_, &ProjectCorridors::corridorsChanged, this, [this] {
    std::map<std::string, corridor::CorridorLink> toReserve;
    if (corridors_->isCurrent())
      for (const project::Candidate& c : doc_->project().candidates)
        if (const corridor::CorridorLink* l = corridors_->toReserve(c.name)) toReserve.emplace(c.name, *l);
    comparePanel_->model()->setCorridors(std::move(toReserve));
  });
  connect(doc_, &PlanDocument::activeChanged, this, showCorridor);
  connect(doc_, &PlanDocument::projectReplaced, this, showCorridor);
  connect(projects_, &ProjectController::projectShown, corridors_, &ProjectCorridors::showLayer);
  connect(corridors_, &ProjectCorridors::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 10000); });
  connect(corridors_, &ProjectCorridors::failed, this,
          [this](const QString& message) { reportError(tr("Cannot compute the corridors"), message); });
}

void MainWindow::createMenusAndToolBars() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  for (QAction* a : {projects_->newAction(), projects_->openAction(), projects_->saveAction(),
                     projects_->saveAsAction()})
    file->addAction(a);
  file->insertMenu(projects_->saveAction(), projects_->recentMenu());
  file->addAction(embedData_);
  file->addSeparator();
  for (QAction* a : {team_->openAction(), team_->publishAction(), team_->saveCopyAction()}) file->addAction(a);
  file->addSeparator();
  file->addAction(addRaster_);
  file->addAction(addVector_);
  file->addAction(openSample_);
  file->addSeparator();
  file->addAction(saveImage_);
  file->addAction(exportMap_);
  file->addAction(exportData_);
  file->addSeparator();
  file->addAction(importMarxan_);
  file->addSeparator();
  file->addAction(quit_);

  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  edit->addAction(undo_);
  edit->addAction(redo_);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  for (QAction* a : {pan_, zoomIn_, zoomOut_, zoomFull_, identify_}) view->addAction(a);
  view->addAction(layerPanel_->zoomToLayerAction());
  view->addSeparator();
  view->addAction(refresh_);
  view->addSeparator();
  QMenu* panels = view->addMenu(tr("&Panels"));
  for (QDockWidget* dock : findChildren<QDockWidget*>()) panels->addAction(dock->toggleViewAction());

  QMenu* layer = menuBar()->addMenu(tr("&Layer"));
  layer->addAction(addRaster_);
  layer->addAction(addVector_);
  layer->addSeparator();
  LayerPanel* p = layerPanel_;
  for (QAction* a : {p->propertiesAction(), p->zoomToLayerAction(), p->moveUpAction(), p->moveDownAction(),
                     p->removeAction()})
    layer->addAction(a);

  // Select, lasso, draw, edit and measure share the tool group with pan, zoom and identify.
  planning_ = new PlanningTools(canvas_, doc_, projects_, this);
  planning_->joinGroup(toolGroup_);
  QMenu* planning = menuBar()->addMenu(tr("&Planning"));
  planning->addActions(planning_->toolActions());
  planning->addSeparator();
  planning->addAction(planning_->snappingAction());
  connect(planning_, &PlanningTools::parcelsSelected, attributeTable_, &AttributeTablePanel::selectParcels);
  connect(planning_, &PlanningTools::statusMessage, this,
          [this](const QString& message) { statusBar()->showMessage(message, 10000); });

  QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
  analysis->addAction(corridors_->computeAction());

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(about_);

  QToolBar* fileBar = addToolBar(tr("Data Source"));
  fileBar->setObjectName(QStringLiteral("dataSourceToolBar"));
  fileBar->addAction(projects_->openAction());
  fileBar->addAction(projects_->saveAction());
  fileBar->addAction(openSample_);
  fileBar->addAction(addRaster_);
  fileBar->addAction(addVector_);
  QToolBar* navBar = addToolBar(tr("Map Navigation"));
  navBar->setObjectName(QStringLiteral("mapNavigationToolBar"));
  for (QAction* a : {pan_, zoomIn_, zoomOut_, zoomFull_}) navBar->addAction(a);
  navBar->addAction(layerPanel_->zoomToLayerAction());
  navBar->addAction(refresh_);
  QToolBar* attrBar = addToolBar(tr("Attributes"));
  attrBar->setObjectName(QStringLiteral("attributesToolBar"));
  attrBar->addAction(identify_);
  addToolBar(planning_->toolBar());
  for (QToolBar* bar : {fileBar, navBar, attrBar}) bar->setIconSize(QSize(24, 24));
  QMenu* toolbars = view->addMenu(tr("&Toolbars"));
  for (QToolBar* bar : {fileBar, navBar, attrBar, planning_->toolBar()})
    toolbars->addAction(bar->toggleViewAction());
}

void MainWindow::setErrorReporter(ErrorReporter reporter) { reporter_ = std::move(reporter); }

void MainWindow::zoomToParcels(const std::vector<ParcelId>& ids) {
  const auto parcels = projects_->parcels();
  if (!parcels || ids.empty()) return;
  Extent box;
  for (const ParcelId& id : ids) {
    const int row = attributeTable_->model()->rowOfParcel(id);
    if (row >= 0) box.include(parcels->features[std::size_t(row)].bbox);
  }
  if (!box.isEmpty()) canvas_->zoomToExtent(box);
}

void MainWindow::reportError(const QString& title, const QString& message) {
  logPanel_->append(message, LogPanel::Level::Critical);
  statusBar()->showMessage(message, 15000);
  emit errorReported(message);
  if (reporter_) reporter_(title, message);
}

int MainWindow::openFiles(const QStringList& paths, LayerKind kind) {
  if (tasks_->isRunning()) {
    // A layer that arrives while another job runs (a change map made in the background) waits for it.
    auto* waiting = new QObject(this);
    connect(tasks_, &ModalTask::runningChanged, waiting, [this, waiting, paths, kind](bool running) {
      if (running) return;
      delete waiting;
      QTimer::singleShot(0, this, [this, paths, kind] { openFiles(paths, kind); });
    });
    return 0;
  }
  int opened = 0;
  for (const QString& path : paths) {
    // Read on a worker; all of a file's layers or none: openLayers throws before any reaches the model.
    auto layers = std::make_shared<std::vector<std::shared_ptr<MapLayer>>>();
    const Crs mapCrs = layers_->mapCrs();
    QString error;
    const auto outcome = tasks_->run(tr("Opening %1…").arg(QFileInfo(path).fileName()),
                                     [layers, path, kind, mapCrs](const Progress& progress) {
                                       *layers = openLayers(path, kind, mapCrs, progress);
                                     },
                                     &error);
    if (outcome == ModalTask::Outcome::Cancelled) {
      statusBar()->showMessage(tr("Adding %1 cancelled.").arg(QFileInfo(path).fileName()), 10000);
      break;  // Cancel stops the files not yet read too
    }
    if (outcome != ModalTask::Outcome::Succeeded) {
      if (!error.isEmpty()) reportError(tr("Cannot open layer"), error);
      continue;
    }
    for (const auto& layer : *layers) {
      layers_->insertLayer(layer, 0);
      if (const auto* vector = dynamic_cast<const VectorMapLayer*>(layer.get()))
        for (const QString& w : vector->warnings())
          logPanel_->append(tr("%1: %2").arg(path, w), LogPanel::Level::Warning);
    }
    ++opened;
    lastDirectory_ = QFileInfo(path).absolutePath();
  }
  return opened;
}

bool MainWindow::openSampleRegion() {
  const QString dir = sampleRegionDirectory();
  try {
    if (!sampleRegionIsComplete(dir)) {
      statusBar()->showMessage(tr("Generating the sample region in %1…").arg(dir));
      if (!generateSampleRegion(dir, this)) {
        statusBar()->showMessage(tr("Sample region not generated: cancelled."), 10000);
        return false;
      }
    }
    // A sample generated before projects existed has no project yet: writing one is quick.
    const QString projectPath = sampleProjectPath(dir);
    if (!QFileInfo::exists(projectPath))
      project::saveProject(project::makeSampleProject(sample::samplePaths(dir.toStdString())),
                           projectPath.toStdString());
    if (!projects_->maybeSave() || !projects_->openProject(projectPath)) return false;
    statusBar()->showMessage(tr("Opened the sample region from %1").arg(dir), 10000);
    return true;
  } catch (const Error& e) {
    reportError(tr("Cannot open the sample region"), app::describeError(e));
    return false;
  }
}

void MainWindow::addRasterLayer() {
  const QStringList paths = QFileDialog::getOpenFileNames(
      this, tr("Add Raster Layer"), lastDirectory_,
      tr("Raster files (*.tif *.tiff *.vrt *.img *.asc *.nc *.jp2 *.dem *.lcp *.png *.jpg);;All files (*)"));
  if (!paths.isEmpty()) openFiles(paths, LayerKind::Raster);
}

void MainWindow::addVectorLayer() {
  const QStringList paths = QFileDialog::getOpenFileNames(
      this, tr("Add Vector Layer"), lastDirectory_,
      tr("Vector files (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.gml *.csv *.zip);;All files (*)"));
  if (!paths.isEmpty()) openFiles(paths, LayerKind::Vector);
}

void MainWindow::saveMapImage() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Map as Image"), lastDirectory_,
                                                    tr("PNG image (*.png);;JPEG image (*.jpg)"));
  if (path.isEmpty()) return;
  if (!canvas_->grab().save(path))
    reportError(tr("Cannot save the image"), tr("%1: the image cannot be written").arg(path));
}

void MainWindow::showLayerProperties(int row) {
  const std::shared_ptr<MapLayer> layer = layers_->layer(row);
  if (!layer) return;
  auto* dialog = new LayerPropertiesDialog(*layer, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  // The dialog edits the layer through a reference; this connection holds the layer while the dialog lives.
  connect(dialog, &LayerPropertiesDialog::applied, this,
          [this, layer] { layers_->notifyLayerChanged(layers_->rowOf(layer.get())); });
  dialog->open();
}

void MainWindow::onRenderFinished(qint64, const QStringList& errors) {
  if (errors == lastRenderErrors_) return;  // the same broken layer at every redraw is said once
  lastRenderErrors_ = errors;
  for (const QString& e : errors) logPanel_->append(e, LogPanel::Level::Critical);
  if (!errors.isEmpty()) {
    statusBar()->showMessage(tr("Some layers could not be drawn: %1").arg(errors.join(QStringLiteral("; "))), 15000);
    logDock_->show();
  }
}

}  // namespace hp::gui
