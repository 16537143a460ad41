// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCursor>
#include <QObject>
#include <QPointer>

class QAction;
class QKeyEvent;
class QMouseEvent;
class QPainter;
class QWheelEvent;

namespace hp::gui {

class MapCanvas;

// One way of using the mouse on the map (QGIS's QgsMapTool): the canvas forwards its events to the active
// tool. A tool holds a non-owning pointer to its canvas, acts through the canvas's public API and reports
// through signals; it never knows about the main window. A new tool is a new file.
class MapTool : public QObject {
  Q_OBJECT
 public:
  explicit MapTool(MapCanvas* canvas);
  ~MapTool() override;

  MapCanvas* canvas() const { return canvas_; }

  virtual void canvasPressEvent(QMouseEvent* event);
  virtual void canvasMoveEvent(QMouseEvent* event);
  virtual void canvasReleaseEvent(QMouseEvent* event);
  // Qt sends press, release, double-click, release: the double-click replaces the second press.
  virtual void canvasDoubleClickEvent(QMouseEvent* event);
  // Return true when the tool used the event, so the canvas does not apply its default (zoom, pan).
  virtual bool canvasWheelEvent(QWheelEvent* event);
  virtual bool canvasKeyPressEvent(QKeyEvent* event);
  virtual bool canvasKeyReleaseEvent(QKeyEvent* event);
  // Keys the tool needs even when an action has them as its shortcut (Delete, Backspace, Enter while
  // drawing): the canvas takes them before the shortcut fires.
  virtual bool wantsKey(const QKeyEvent* event) const;
  // Draws on top of the map, in widget coordinates (a rubber band, a marker).
  virtual void paint(QPainter& painter);

  // Called by the canvas when the tool becomes (in)active.
  virtual void activate();
  virtual void deactivate();
  bool isActive() const { return active_; }

  QCursor cursor() const { return cursor_; }
  void setCursor(const QCursor& cursor) { cursor_ = cursor; }
  // The checkable action that selects this tool; kept checked while the tool is active.
  QAction* action() const { return action_; }
  void setAction(QAction* action);

 signals:
  void activated();
  void deactivated();

 private:
  QPointer<MapCanvas> canvas_;
  QPointer<QAction> action_;
  QCursor cursor_{Qt::ArrowCursor};
  bool active_ = false;
};

}  // namespace hp::gui
