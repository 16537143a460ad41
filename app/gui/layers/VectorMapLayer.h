// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QStringList>

#include <memory>

#include "gui/layers/MapLayer.h"
#include "io/VectorLayer.h"

namespace hp::gui {

// How a vector layer is drawn. Widths are in logical screen pixels.
struct VectorStyle {
  QColor fill = QColor(190, 190, 190, 120);  // alpha 0: no fill
  bool hatched = false;                      // diagonal hatch lines in the outline colour over the fill
  QColor outline = QColor(80, 80, 80);
  double outlineWidthPx = 1.0;
  double pointSizePx = 7.0;
  QString labelField;  // empty: no labels
  QColor labelColor = QColor(20, 20, 20);
};

// One feature as the map draws and identifies it: geometry in map coordinates as plain point lists.
struct FeatureShape {
  enum class Kind { Polygon, Line, Point };
  Kind kind = Kind::Polygon;
  std::int64_t fid = -1;
  std::vector<FieldValue> attributes;
  QList<QPolygonF> parts;  // polygon rings (outer and holes, even-odd), line strings, or one point each
  Extent bbox;
  QPointF labelPoint;      // inside the polygon, the middle of a line, the point itself
};

// The immutable geometry and attributes of a layer, shared with render jobs without copying.
struct VectorData {
  QStringList fieldNames;
  std::vector<FeatureShape> features;
  Extent extent;
};

// A vector layer read whole into memory and reprojected once, at load, to the map CRS.
class VectorMapLayer : public MapLayer {
 public:
  // Reads layer `layerName` (empty: the first) of `path` and reprojects it to `mapCrs` (empty: keep its own
  // CRS). Throws hp::Error naming the file.
  static std::shared_ptr<VectorMapLayer> open(const QString& path, const QString& layerName, const Crs& mapCrs);

  Kind kind() const override { return Kind::Vector; }
  Extent extent() const override { return data_->extent; }
  std::unique_ptr<LayerRenderer> createRenderer() const override;
  std::vector<IdentifyResult> identify(double mapX, double mapY, double toleranceMapUnits) const override;
  QIcon legendIcon() const override;
  QString summary() const override;

  const VectorStyle& style() const { return style_; }
  void setStyle(const VectorStyle& style) { style_ = style; }
  const VectorData& data() const { return *data_; }
  // Plain-English notes from reading (repaired geometries, skipped features).
  const QStringList& warnings() const { return warnings_; }

 private:
  VectorMapLayer(const QString& path, const QString& name, const Crs& crs);

  std::shared_ptr<const VectorData> data_;
  VectorStyle style_;
  QStringList warnings_;
  QString layerName_;
};

// Whether map point (x, y) lies inside the even-odd union of `rings` (outer rings and holes alike).
bool polygonContains(const QList<QPolygonF>& rings, double x, double y);

}  // namespace hp::gui
