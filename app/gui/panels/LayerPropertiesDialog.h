// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSlider;
class QSpinBox;
class QToolButton;

namespace hp::gui {

class MapLayer;
class RasterMapLayer;
class VectorMapLayer;

// Style of one layer: opacity; for rasters the band, colour ramp and stretch; for vectors fill, hatching,
// outline and labels. Edits a copy; apply() writes it to the layer and emits applied() so the map redraws.
class LayerPropertiesDialog : public QDialog {
  Q_OBJECT
 public:
  LayerPropertiesDialog(MapLayer& layer, QWidget* parent = nullptr);

  void apply();

 signals:
  void applied();

 private:
  QWidget* buildRasterPage(RasterMapLayer& layer);
  QWidget* buildVectorPage(VectorMapLayer& layer);
  QToolButton* colorButton(QColor& color);

  MapLayer& layer_;
  QSlider* opacity_ = nullptr;
  // Raster
  QSpinBox* band_ = nullptr;
  QComboBox* ramp_ = nullptr;
  QDoubleSpinBox* min_ = nullptr;
  QDoubleSpinBox* max_ = nullptr;
  // Vector
  QColor fill_;
  QColor outline_;
  QColor label_;
  QCheckBox* noFill_ = nullptr;
  QCheckBox* hatched_ = nullptr;
  QDoubleSpinBox* width_ = nullptr;
  QComboBox* labelField_ = nullptr;
};

}  // namespace hp::gui
