// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPolygonF>

#include <cstdint>
#include <functional>
#include <vector>

#include "io/ParcelIds.h"
#include "gui/tools/SelectionOp.h"
#include "gui/tools/Snapper.h"

class QAction;
class QActionGroup;
class QToolBar;
class QWidget;

namespace hp::gui {

class DrawPolygonTool;
class EditVerticesTool;
class LassoSelectTool;
class MapCanvas;
class MeasureTool;
class PlanDocument;
class ProjectController;
class SelectParcelsTool;

// The planning map tools and their "Planning" toolbar: select and lasso parcels into the active candidate,
// draw and edit its polygons, measure, and snapping. Connects the tools' signals to the document's undoable
// edits (edits::setParcels, addDrawnPolygon, editDrawnPolygon) and feeds the tools the open project's parcels
// (on ProjectController::projectShown) and the active candidate's polygons. With no active candidate, the
// first pick or polygon creates one (one undo step with the edit).
class PlanningTools : public QObject {
  Q_OBJECT
 public:
  // The toolbar gets `window` as parent; the caller adds it (QMainWindow::addToolBar).
  PlanningTools(MapCanvas* canvas, PlanDocument* doc, ProjectController* projects, QWidget* window);

  // The checkable tool actions, in toolbar order: select, lasso, draw, edit vertices, measure line, area.
  const QList<QAction*>& toolActions() const { return toolActions_; }
  QAction* snappingAction() const { return snapping_; }
  QToolBar* toolBar() const { return toolBar_; }
  // Makes the tool actions exclusive with the window's other tools (pan, zoom, identify).
  void joinGroup(QActionGroup* group);

  SelectParcelsTool* selectTool() const { return select_; }
  LassoSelectTool* lassoTool() const { return lasso_; }
  DrawPolygonTool* drawTool() const { return draw_; }
  EditVerticesTool* editTool() const { return edit_; }
  MeasureTool* measureLineTool() const { return measureLine_; }
  MeasureTool* measureAreaTool() const { return measureArea_; }
  Snapper& snapper() { return snapper_; }

  // The open project's parcels to the tools and the snapper (called on projectShown).
  void reloadParcels();

 signals:
  // The active candidate's parcels after a pick: the attribute table selects them.
  void parcelsSelected(const std::vector<ParcelId>& ids);
  void statusMessage(const QString& message);

 private:
  QAction* addTool(const char* icon, const QString& text, const QKeySequence& shortcut, const QString& tip,
                   class MapTool* tool);
  // Runs `edit` on the active candidate; without one, on a new candidate made in the same undo step.
  void editActiveCandidate(const QString& text, const std::function<void(int)>& edit);
  void pickParcels(const QList<ParcelId>& ids, SelectionOp op);
  void addPolygon(const QPolygonF& ring);
  void editPolygon(int index, const QList<QPolygonF>& rings);
  void showActivePolygons();

  MapCanvas* canvas_;
  PlanDocument* doc_;
  ProjectController* projects_;
  Snapper snapper_;
  SelectParcelsTool* select_;
  LassoSelectTool* lasso_;
  DrawPolygonTool* draw_;
  EditVerticesTool* edit_;
  MeasureTool* measureLine_;
  MeasureTool* measureArea_;
  QList<QAction*> toolActions_;
  QAction* snapping_;
  QToolBar* toolBar_;
};

}  // namespace hp::gui
