// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/MapTool.h"

#include <QAction>

#include "gui/map/MapCanvas.h"

namespace hp::gui {

MapTool::MapTool(MapCanvas* canvas) : QObject(canvas), canvas_(canvas) {}

MapTool::~MapTool() {
  if (canvas_ && canvas_->mapTool() == this) canvas_->unsetMapTool(this);
}

void MapTool::canvasPressEvent(QMouseEvent*) {}
void MapTool::canvasMoveEvent(QMouseEvent*) {}
void MapTool::canvasReleaseEvent(QMouseEvent*) {}
void MapTool::canvasDoubleClickEvent(QMouseEvent*) {}
bool MapTool::canvasWheelEvent(QWheelEvent*) { return false; }
bool MapTool::canvasKeyPressEvent(QKeyEvent*) { return false; }
bool MapTool::canvasKeyReleaseEvent(QKeyEvent*) { return false; }
bool MapTool::wantsKey(const QKeyEvent*) const { return false; }
void MapTool::paint(QPainter&) {}

void MapTool::activate() {
  active_ = true;
  if (action_) action_->setChecked(true);
  emit activated();
}

void MapTool::deactivate() {
  active_ = false;
  if (action_) action_->setChecked(false);
  emit deactivated();
}

void MapTool::setAction(QAction* action) {
  action_ = action;
  if (action_) action_->setCheckable(true);
}

}  // namespace hp::gui
