// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPolygonF>
#include <QString>

#include "gui/tools/MapTool.h"
#include "gui/tools/Snapper.h"

namespace hp::gui {

// QGIS's "Vertex Tool" for the active candidate's drawn polygons. Click a polygon to pick it; then drag a
// vertex to move it (snapped), press on an edge to insert a vertex there (and drag it on), Delete,
// Backspace or a right-click removes a vertex (a ring keeps at least 3). Each finished gesture that
// changes the polygon emits polygonEdited() once, so it is one undo step; an edit that would make the
// polygon invalid is refused with a statusMessage().
class EditVerticesTool : public MapTool {
  Q_OBJECT
 public:
  explicit EditVerticesTool(MapCanvas* canvas);

  void setSnapper(const Snapper* snapper) { snapper_ = snapper; }
  // The polygons that can be edited, each as its rings (ringsFromGeometry: outer first, then holes), in map
  // coordinates. Keeps the picked polygon when it still exists; drops a gesture in progress.
  void setPolygons(const QList<QList<QPolygonF>>& polygons);
  const QList<QList<QPolygonF>>& polygons() const { return polygons_; }
  int pickedPolygon() const { return picked_; }
  void pickPolygon(int index);

  // How close, in screen pixels, a press must be to a vertex or an edge to grab it.
  static constexpr double kHitPx = 8;

  void canvasPressEvent(QMouseEvent* event) override;
  void canvasMoveEvent(QMouseEvent* event) override;
  void canvasReleaseEvent(QMouseEvent* event) override;
  bool canvasKeyPressEvent(QKeyEvent* event) override;
  bool wantsKey(const QKeyEvent* event) const override;
  void paint(QPainter& painter) override;
  void deactivate() override;

 signals:
  void polygonEdited(int polygonIndex, const QList<QPolygonF>& rings);
  void statusMessage(const QString& message);

 private:
  struct VertexRef {
    int ring = -1;
    int index = -1;
    bool isValid() const { return ring >= 0; }
  };
  VertexRef vertexAt(const QPointF& widgetPos) const;
  // The edge under the cursor: the vertex a new point would become (index after the edge's start).
  VertexRef edgeAt(const QPointF& widgetPos, QPointF* mapPoint) const;
  int polygonAt(const QPointF& mapPos) const;
  void removeVertex(VertexRef vertex);
  bool commit(const QList<QPolygonF>& rings);
  const QList<QPolygonF>& shownRings() const;

  QList<QList<QPolygonF>> polygons_;
  int picked_ = -1;
  VertexRef current_;  // the vertex Delete removes
  VertexRef drag_;
  QList<QPolygonF> working_;  // the picked polygon while a gesture changes it
  bool dragging_ = false;
  bool changed_ = false;
  QPointF cursorMap_;
  SnapResult::Kind cursorSnap_ = SnapResult::Kind::None;
  const Snapper* snapper_ = nullptr;
};

}  // namespace hp::gui
