// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/PlanningTools.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QToolBar>
#include <QUndoStack>

#include <functional>

#include "gui/map/MapCanvas.h"
#include "gui/tools/DrawPolygonTool.h"
#include "gui/tools/EditVerticesTool.h"
#include "gui/tools/LassoSelectTool.h"
#include "gui/tools/MeasureTool.h"
#include "gui/tools/SelectParcelsTool.h"
#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectController.h"
#include "mapkit/layers/QtGeometry.h"

namespace hp::gui {

namespace {
ParcelEdit parcelEditFor(SelectionOp op) {
  switch (op) {
    case SelectionOp::Add: return ParcelEdit::Add;
    case SelectionOp::Remove: return ParcelEdit::Remove;
    case SelectionOp::Toggle: return ParcelEdit::Toggle;
    case SelectionOp::Replace: break;
  }
  return ParcelEdit::Replace;
}
}  // namespace

PlanningTools::PlanningTools(MapCanvas* canvas, PlanDocument* doc, ProjectController* projects, QWidget* window)
    : QObject(window),
      canvas_(canvas),
      doc_(doc),
      projects_(projects),
      select_(new SelectParcelsTool(canvas)),
      lasso_(new LassoSelectTool(canvas)),
      draw_(new DrawPolygonTool(canvas)),
      edit_(new EditVerticesTool(canvas)),
      measureLine_(new MeasureTool(canvas, MeasureTool::Mode::Distance)),
      measureArea_(new MeasureTool(canvas, MeasureTool::Mode::Area)),
      toolBar_(new QToolBar(tr("Planning"), window)) {
  toolBar_->setObjectName(QStringLiteral("planningToolBar"));
  toolBar_->setIconSize(QSize(24, 24));
  // QGIS has no default shortcut for its select and vertex tools; Add Feature is Ctrl+., Measure Line
  // Ctrl+Shift+M, Measure Area Ctrl+Shift+J and snapping toggles with S (docs/TOOLS.md).
  addTool("select-parcels", tr("&Select Parcels"), {},
          tr("Click or drag a rectangle to put parcels in the active candidate; Shift adds or toggles, Ctrl "
             "removes"),
          select_);
  addTool("lasso-select", tr("Select Parcels by &Freehand"), {},
          tr("Drag a lasso around parcels for the active candidate; Shift adds, Ctrl removes"), lasso_);
  addTool("draw-polygon", tr("&Draw Candidate Polygon"), QKeySequence(Qt::CTRL | Qt::Key_Period),
          tr("Click vertices; double-click or Enter finishes, Backspace removes the last vertex, Esc cancels"),
          draw_);
  addTool("edit-vertices", tr("&Edit Polygon Vertices"), {},
          tr("Click a drawn polygon, then drag its vertices, press on an edge to add one, Delete or "
             "right-click removes one"),
          edit_);
  toolBar_->addSeparator();
  addTool("measure-line", tr("&Measure Line"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
          tr("Click points to measure a geodesic distance in km and miles"), measureLine_);
  addTool("measure-area", tr("Measure &Area"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
          tr("Click points to measure a geodesic area in km² and square miles"), measureArea_);
  toolBar_->addSeparator();
  snapping_ = new QAction(QIcon(QStringLiteral(":/icons/snapping.svg")), tr("S&napping"), this);
  snapping_->setCheckable(true);
  snapping_->setChecked(true);
  snapping_->setShortcut(QKeySequence(Qt::Key_S));
  snapping_->setStatusTip(tr("Snap drawing, editing and measuring to parcel vertices and edges within %1 pixels")
                              .arg(Snapper::kDefaultTolerancePx));
  connect(snapping_, &QAction::toggled, this, [this](bool on) { snapper_.setEnabled(on); });
  toolBar_->addAction(snapping_);

  draw_->setSnapper(&snapper_);
  edit_->setSnapper(&snapper_);
  measureLine_->setSnapper(&snapper_);
  measureArea_->setSnapper(&snapper_);

  connect(select_, &SelectParcelsTool::parcelsPicked, this, &PlanningTools::pickParcels);
  connect(lasso_, &LassoSelectTool::parcelsPicked, this, &PlanningTools::pickParcels);
  connect(draw_, &DrawPolygonTool::polygonFinished, this, &PlanningTools::addPolygon);
  connect(edit_, &EditVerticesTool::polygonEdited, this, &PlanningTools::editPolygon);
  connect(draw_, &DrawPolygonTool::statusMessage, this, &PlanningTools::statusMessage);
  connect(edit_, &EditVerticesTool::statusMessage, this, &PlanningTools::statusMessage);
  connect(measureLine_, &MeasureTool::measured, this, &PlanningTools::statusMessage);
  connect(measureArea_, &MeasureTool::measured, this, &PlanningTools::statusMessage);

  connect(projects_, &ProjectController::projectShown, this, &PlanningTools::reloadParcels);
  connect(doc_, &PlanDocument::projectReplaced, this, &PlanningTools::showActivePolygons);
  connect(doc_, &PlanDocument::activeChanged, this, &PlanningTools::showActivePolygons);
  connect(doc_, &PlanDocument::candidateChanged, this, [this](int index) {
    if (index == doc_->activeCandidate()) showActivePolygons();
  });
  reloadParcels();
}

QAction* PlanningTools::addTool(const char* icon, const QString& text, const QKeySequence& shortcut,
                                const QString& tip, MapTool* tool) {
  auto* action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))), text, this);
  action->setShortcut(shortcut);
  action->setStatusTip(tip);
  action->setToolTip(shortcut.isEmpty() ? QString(text).remove(QLatin1Char('&'))
                                        : tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                            shortcut.toString(QKeySequence::NativeText)));
  tool->setAction(action);
  connect(action, &QAction::triggered, this, [this, tool] { canvas_->setMapTool(tool); });
  toolActions_.append(action);
  toolBar_->addAction(action);
  return action;
}

void PlanningTools::joinGroup(QActionGroup* group) {
  for (QAction* a : toolActions_) group->addAction(a);
}

void PlanningTools::reloadParcels() {
  const auto parcels = projects_->parcels();
  select_->setParcels(parcels);
  lasso_->setParcels(parcels);
  snapper_.setParcels(parcels);
  showActivePolygons();
}

void PlanningTools::showActivePolygons() {
  QList<QList<QPolygonF>> polygons;
  if (const project::Candidate* c = doc_->active())
    for (const auto& g : c->drawn) polygons.append(ringsFromGeometry(g.get()));
  edit_->setPolygons(polygons);
}

void PlanningTools::editActiveCandidate(const QString& text, const std::function<void(int)>& edit) {
  if (doc_->activeCandidate() >= 0) {
    edit(doc_->activeCandidate());
    return;
  }
  // The new candidate and its first content are one undo step.
  doc_->undoStack()->beginMacro(text);
  edits::addCandidate(doc_, tr("Candidate"), QColor(QStringLiteral("#d62728")));
  edit(doc_->activeCandidate());
  doc_->undoStack()->endMacro();
}

void PlanningTools::pickParcels(const QList<ParcelId>& ids, SelectionOp op) {
  // A click beside every parcel would empty the candidate: that is never what a planner meant.
  if (ids.isEmpty()) {
    emit statusMessage(tr("No parcel there."));
    return;
  }
  editActiveCandidate(tr("Select parcels"), [&](int index) {
    edits::setParcels(doc_, index, std::vector<ParcelId>(ids.begin(), ids.end()), parcelEditFor(op));
  });
  if (const project::Candidate* c = doc_->active()) {
    emit parcelsSelected(c->parcelIds);
    emit statusMessage(tr("%n parcel(s) in %1.", nullptr, int(c->parcelIds.size())).arg(QString::fromStdString(c->name)));
  }
}

void PlanningTools::addPolygon(const QPolygonF& ring) {
  OGRGeometryUniquePtr geometry = geometryFromRings({ring});
  if (!geometry) return;
  editActiveCandidate(tr("Draw polygon"), [&](int index) {
    edits::addDrawnPolygon(doc_, index, std::shared_ptr<const OGRGeometry>(std::move(geometry)));
  });
  if (const project::Candidate* c = doc_->active())
    emit statusMessage(tr("Polygon added to %1.").arg(QString::fromStdString(c->name)));
}

void PlanningTools::editPolygon(int polygonIndex, const QList<QPolygonF>& rings) {
  const int index = doc_->activeCandidate();
  OGRGeometryUniquePtr geometry = geometryFromRings(rings);
  if (index < 0 || !geometry) return;
  edits::editDrawnPolygon(doc_, index, polygonIndex, std::shared_ptr<const OGRGeometry>(std::move(geometry)));
}

}  // namespace hp::gui
