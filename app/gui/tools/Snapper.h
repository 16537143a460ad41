// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>
#include <memory>

#include "gui/tools/ParcelIndex.h"

class QPainter;

namespace hp::gui {

class MapCanvas;

// Where a cursor snapped to, in map coordinates.
struct SnapResult {
  enum class Kind { None, Vertex, Edge };
  Kind kind = Kind::None;
  QPointF point;  // the snapped point, or the cursor itself when kind is None
  bool snapped() const { return kind != Kind::None; }
};

// Snaps a cursor to the parcels, as QGIS's snapping to "vertex and segment": the nearest parcel vertex
// within the tolerance wins; failing that, the nearest point on a parcel edge. The tolerance is in screen
// pixels, so it means the same at every zoom. Only parcels whose box meets the tolerance square are looked
// at (ParcelIndex), never all of them.
class Snapper {
 public:
  static constexpr double kDefaultTolerancePx = 10;

  void setParcels(std::shared_ptr<const VectorData> parcels, const QString& idField = QStringLiteral("parcel_id"));
  void setTolerancePx(double px) { tolerancePx_ = px; }
  double tolerancePx() const { return tolerancePx_; }
  void setEnabled(bool enabled) { enabled_ = enabled; }
  bool isEnabled() const { return enabled_; }

  // `mapPos` snapped with a tolerance of tolerancePx() * mapUnitsPerPixel map units.
  SnapResult snap(const QPointF& mapPos, double mapUnitsPerPixel) const;
  // The cursor at `widgetPos` on `canvas`, snapped.
  SnapResult snapWidget(const MapCanvas& canvas, const QPointF& widgetPos) const;

  // QGIS's markers: a square on a vertex, an X on an edge (nothing for None). widgetPos in pixels.
  static void paintMarker(QPainter& painter, const QPointF& widgetPos, SnapResult::Kind kind);

 private:
  ParcelIndex index_;
  double tolerancePx_ = kDefaultTolerancePx;
  bool enabled_ = true;
};

// The cursor at `widgetPos` snapped by `snapper`, or unsnapped when it is null or off.
SnapResult snapCursor(const Snapper* snapper, const MapCanvas& canvas, const QPointF& widgetPos);

// The point of segment a-b nearest to p.
QPointF nearestOnSegment(const QPointF& p, const QPointF& a, const QPointF& b);

}  // namespace hp::gui
