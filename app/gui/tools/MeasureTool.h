// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPolygonF>
#include <QString>

#include <memory>

#include "geo/Crs.h"
#include "gui/tools/MapTool.h"
#include "gui/tools/Snapper.h"

namespace hp {
class GeodesicMeasure;
}

namespace hp::gui {

// QGIS's "Measure Line" and "Measure Area": click points (snapped), the figure follows the cursor;
// double-click or right-click ends the measure (it stays shown until the next click), Backspace removes
// the last point, Esc clears. Lengths and areas are geodesic on the map CRS's ellipsoid (GeodesicMeasure),
// shown in km and miles, km² and square miles.
class MeasureTool : public MapTool {
  Q_OBJECT
 public:
  enum class Mode { Distance, Area };
  MeasureTool(MapCanvas* canvas, Mode mode);
  ~MeasureTool() override;

  Mode mode() const { return mode_; }
  void setSnapper(const Snapper* snapper) { snapper_ = snapper; }
  // The points placed, in map coordinates.
  const QPolygonF& points() const { return points_; }
  // Of `points` (the placed ones when omitted): metres along the line, or m² inside the ring. NaN when the
  // map has no CRS or PROJ cannot measure in it.
  double measure(const QPolygonF& points) const;
  double measure() const { return measure(points_); }
  // The last result as shown, e.g. "12.346 km (7.671 mi)".
  const QString& resultText() const { return text_; }

  static QString formatDistance(double metres);
  static QString formatArea(double squareMetres);
  static constexpr double kMetresPerMile = 1609.344;
  static constexpr double kSquareMetresPerSquareMile = kMetresPerMile * kMetresPerMile;

  void canvasPressEvent(QMouseEvent* event) override;
  void canvasMoveEvent(QMouseEvent* event) override;
  void canvasDoubleClickEvent(QMouseEvent* event) override;
  bool canvasKeyPressEvent(QKeyEvent* event) override;
  bool wantsKey(const QKeyEvent* event) const override;
  void paint(QPainter& painter) override;
  void deactivate() override;

 signals:
  // Every time the figure changes (also while the cursor moves); text as resultText().
  void measured(const QString& text);

 private:
  void update(bool withCursor);
  void clear();

  Mode mode_;
  QPolygonF points_;
  QPointF cursorMap_;
  SnapResult::Kind cursorSnap_ = SnapResult::Kind::None;
  bool finished_ = false;
  QString text_;
  const Snapper* snapper_ = nullptr;
  // Built for the map CRS on first use and again when it changes (PROJ set-up costs milliseconds).
  mutable std::unique_ptr<GeodesicMeasure> geodesic_;
  mutable Crs geodesicCrs_;
};

}  // namespace hp::gui
