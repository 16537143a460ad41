// SPDX-License-Identifier: GPL-3.0-or-later
// What the map tool tests share: the fixture's parcels built in memory, a canvas on the fixture region, and
// mouse events in map coordinates (QGIS's TestQgsMapToolUtils idea) so tools are driven without a person.
#pragma once

#include <QApplication>
#include <QMouseEvent>
#include <QPointF>
#include <QPolygonF>
#include <QStringList>

#include <cstdint>
#include <memory>

#include "gui/map/MapCanvas.h"
#include "mapkit/layers/LayerModel.h"
#include "mapkit/layers/VectorData.h"

namespace hp::test {

// The fixture region, x 680000..686000, y 4795500..4800000 (UTM 52N metres).
inline Extent fixtureRegionExtent() {
  Extent e;
  e.include(680000, 4795500);
  e.include(686000, 4800000);
  return e;
}

// A 600 x 450 canvas over `model` zoomed to the fixture region: 10 m a pixel.
inline std::unique_ptr<gui::MapCanvas> makeFixtureCanvas(gui::LayerModel* model) {
  auto canvas = std::make_unique<gui::MapCanvas>(model);
  canvas->resize(600, 450);
  canvas->zoomToExtent(fixtureRegionExtent());
  return canvas;
}

// The fixture's 4 x 3 parcels of 1500 m: the square with its lower-left corner at
// (680000 + 1500 i, 4795500 + 1500 j) has fid firstFid + 4 j + i and, when withParcelId, the one field
// parcel_id = 1 + 4 j + i (otherwise no fields).
inline std::shared_ptr<const gui::VectorData> fixtureParcelShapes(std::int64_t firstFid, bool withParcelId) {
  auto data = std::make_shared<gui::VectorData>();
  if (withParcelId) data->fieldNames = {QStringLiteral("parcel_id")};
  for (int j = 0; j < 3; ++j)
    for (int i = 0; i < 4; ++i) {
      gui::FeatureShape f;
      f.fid = firstFid + 4 * j + i;
      if (withParcelId) f.attributes = {FieldValue(std::int64_t(1 + 4 * j + i))};
      const double x = 680000 + 1500 * i, y = 4795500 + 1500 * j;
      f.parts = {QPolygonF({{x, y}, {x + 1500, y}, {x + 1500, y + 1500}, {x, y + 1500}})};
      f.bbox.include(x, y);
      f.bbox.include(x + 1500, y + 1500);
      data->extent.include(f.bbox);
      data->features.push_back(f);
    }
  return data;
}

// Sends a mouse event of `type` to the canvas at a map position: a press or a move holds `button`, a release
// holds none; a move reports no button of its own.
inline void sendMouseAtMap(gui::MapCanvas* canvas, QEvent::Type type, const QPointF& map, Qt::MouseButton button = Qt::LeftButton) {
  const QPointF w = canvas->toWidget(map);
  const Qt::MouseButtons held = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::MouseButtons(button);
  QMouseEvent e(type, w, canvas->mapToGlobal(w), type == QEvent::MouseMove ? Qt::NoButton : button, held,
                Qt::NoModifier);
  QApplication::sendEvent(canvas, &e);
}

}  // namespace hp::test
