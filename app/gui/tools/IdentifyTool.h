// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "mapkit/layers/MapLayer.h"
#include "gui/tools/MapTool.h"

namespace hp::gui {

// Click to list what lies under the cursor in every visible layer, top layer first: the attributes of
// features, the values of raster pixels.
class IdentifyTool : public MapTool {
  Q_OBJECT
 public:
  explicit IdentifyTool(MapCanvas* canvas);

  void canvasReleaseEvent(QMouseEvent* event) override;
  // Outlines the top feature the last click found and marks the point, as QGIS highlights identified features.
  void paint(QPainter& painter) override;
  void deactivate() override;
  // What lies at a map point; a layer that cannot be read reports through identifyFailed().
  QList<IdentifyResult> identifyAt(const QPointF& mapPos);
  // How far a click may miss a point or a line, in screen pixels.
  static constexpr double kTolerancePx = 4;

 signals:
  void identified(const QPointF& mapPos, const QList<hp::gui::IdentifyResult>& results);
  void identifyFailed(const QString& message);

 private:
  QPointF lastPoint_;
  QList<IdentifyResult> lastResults_;
  bool hasResults_ = false;
};

}  // namespace hp::gui
