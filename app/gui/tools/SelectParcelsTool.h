// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <cstdint>
#include <memory>

#include "io/ParcelIds.h"
#include "gui/tools/MapTool.h"
#include "gui/tools/ParcelIndex.h"
#include "gui/tools/SelectionOp.h"

namespace hp::gui {

// QGIS's "Select Features by area or single click" for parcels: a click picks the parcel under the cursor,
// a drag picks every parcel the rectangle touches. The tool owns no selection; it reports what was picked.
class SelectParcelsTool : public MapTool {
  Q_OBJECT
 public:
  explicit SelectParcelsTool(MapCanvas* canvas);

  void setParcels(std::shared_ptr<const VectorData> parcels, const QString& idField = QStringLiteral("parcel_id"));

  void canvasPressEvent(QMouseEvent* event) override;
  void canvasMoveEvent(QMouseEvent* event) override;
  void canvasReleaseEvent(QMouseEvent* event) override;
  bool canvasKeyPressEvent(QKeyEvent* event) override;
  void paint(QPainter& painter) override;
  void deactivate() override;

 signals:
  // ids may be empty (a click beside every parcel with Replace clears the selection).
  void parcelsPicked(const QList<ParcelId>& ids, hp::gui::SelectionOp op);

 private:
  ParcelIndex index_;
  bool pressed_ = false;
  bool dragging_ = false;
  QPointF startWidget_;
  QPointF currentWidget_;
};

}  // namespace hp::gui
