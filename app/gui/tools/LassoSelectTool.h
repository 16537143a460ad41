// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPolygonF>
#include <cstdint>
#include <memory>

#include "io/ParcelIds.h"
#include "gui/tools/MapTool.h"
#include "gui/tools/ParcelIndex.h"
#include "gui/tools/SelectionOp.h"

namespace hp::gui {

// QGIS's "Select Features by Freehand": drag a lasso; every parcel it touches is picked on release
// (plain = Replace, Shift = Add, Ctrl = Remove). Esc drops the lasso.
class LassoSelectTool : public MapTool {
  Q_OBJECT
 public:
  explicit LassoSelectTool(MapCanvas* canvas);

  void setParcels(std::shared_ptr<const VectorData> parcels, const QString& idField = QStringLiteral("parcel_id"));

  void canvasPressEvent(QMouseEvent* event) override;
  void canvasMoveEvent(QMouseEvent* event) override;
  void canvasReleaseEvent(QMouseEvent* event) override;
  bool canvasKeyPressEvent(QKeyEvent* event) override;
  void paint(QPainter& painter) override;
  void deactivate() override;

 signals:
  void parcelsPicked(const QList<ParcelId>& ids, hp::gui::SelectionOp op);

 private:
  ParcelIndex index_;
  QPolygonF lassoMap_;  // in map coordinates, so a view change while drawing keeps it on the ground
  bool drawing_ = false;
};

}  // namespace hp::gui
