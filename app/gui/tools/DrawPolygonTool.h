// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPolygonF>
#include <QString>

#include "gui/tools/MapTool.h"
#include "gui/tools/Snapper.h"

namespace hp::gui {

// QGIS's "Add Polygon Feature" for candidate reserves: each click adds a vertex (snapped when a Snapper is
// set), a rubber band follows the cursor; double-click, right-click or Enter finishes, Backspace removes the
// last vertex, Esc drops the drawing. A finished ring needs 3 distinct vertices and must not cross itself;
// otherwise statusMessage() says why, nothing is emitted and the vertices stay for correcting.
class DrawPolygonTool : public MapTool {
  Q_OBJECT
 public:
  explicit DrawPolygonTool(MapCanvas* canvas);

  // Not owned; may be null (no snapping).
  void setSnapper(const Snapper* snapper) { snapper_ = snapper; }
  // The vertices placed so far, in map coordinates.
  const QPolygonF& vertices() const { return vertices_; }
  bool isDrawing() const { return !vertices_.isEmpty(); }
  // Tries to finish the polygon; true when polygonFinished() was emitted.
  bool finish();
  void cancel();

  void canvasPressEvent(QMouseEvent* event) override;
  void canvasMoveEvent(QMouseEvent* event) override;
  void canvasDoubleClickEvent(QMouseEvent* event) override;
  bool canvasKeyPressEvent(QKeyEvent* event) override;
  bool wantsKey(const QKeyEvent* event) const override;
  void paint(QPainter& painter) override;
  void deactivate() override;

 signals:
  // A valid polygon's outer ring in map coordinates (the project CRS), not closed.
  void polygonFinished(const QPolygonF& mapRing);
  void statusMessage(const QString& message);

 private:
  QPolygonF vertices_;
  QPointF cursorMap_;
  SnapResult::Kind cursorSnap_ = SnapResult::Kind::None;
  bool hasCursor_ = false;
  const Snapper* snapper_ = nullptr;
};

// Consecutive duplicates (and a last point equal to the first) removed: what a double-click leaves.
QPolygonF withoutRepeatedPoints(const QPolygonF& ring);
// True when the rings make a valid (OGC simple) polygon or multipolygon; GEOS's reason stays quiet.
bool makesValidPolygon(const QList<QPolygonF>& rings);

}  // namespace hp::gui
