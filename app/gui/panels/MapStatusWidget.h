// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;

namespace hp {
class CoordinateTransform;
}

namespace hp::gui {

class MapCanvas;

// The right-hand side of the status bar, as in QGIS: the cursor position in the map CRS and in latitude/
// longitude, the scale (editable), a busy indicator while the map renders, and the map CRS.
class MapStatusWidget : public QWidget {
  Q_OBJECT
 public:
  explicit MapStatusWidget(MapCanvas* canvas, QWidget* parent = nullptr);
  ~MapStatusWidget() override;

  QLabel* coordinateLabel() const { return coordinates_; }
  QLabel* latLonLabel() const { return latLon_; }
  QComboBox* scaleCombo() const { return scale_; }
  QLabel* crsLabel() const { return crs_; }

  // "43.123456° N, 131.234567° E"; six decimals are about 10 cm.
  static QString formatLatLon(double latitude, double longitude);
  // "1:250,000" in the user's locale.
  static QString formatScale(double denominator);
  // The denominator in "1:25 000", "1:25,000" or "25000"; 0 when there is none.
  static double parseScale(const QString& text);

 private:
  void showPosition(const QPointF& mapPos);
  void updateScale();
  void updateCrs();
  void applyScaleText();

  MapCanvas* canvas_;
  QLabel* coordinates_;
  QLabel* latLon_;
  QComboBox* scale_;
  QProgressBar* busy_;
  QLabel* crs_;
  std::unique_ptr<CoordinateTransform> toWgs84_;  // map CRS -> WGS 84; null without a map CRS
};

}  // namespace hp::gui
