// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QStringList>

#include <memory>
#include <vector>

#include "geo/Extent.h"
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

class FeatureIndex;

// The immutable geometry and attributes of a layer, shared with render jobs without copying.
struct VectorData {
  QStringList fieldNames;
  std::vector<FeatureShape> features;
  Extent extent;

  // Indexes the features' bounding boxes (GDAL's quadtree), so that a view or a click of a layer of
  // 200 000 parcels looks at the few it meets. Call once the features are final; without it the
  // lookups below scan every feature (fine for a candidate's few dozen).
  void buildIndex();
  // The features whose bounding box meets `area`, in layer order (the order they are drawn in).
  std::vector<std::size_t> featuresIn(const Extent& area) const;

  std::shared_ptr<const FeatureIndex> index;
};

}  // namespace hp::gui
