// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <memory>

#include "Progress.h"
#include "mapkit/layers/MapLayer.h"
#include "mapkit/layers/VectorData.h"

class OGRGeometry;

namespace hp::gui {
class VectorOverview;
}

namespace hp::gui {

// A vector layer read whole into memory and reprojected once, at load, to the map CRS.
class VectorMapLayer : public MapLayer {
 public:
  // Reads layer `layerName` (empty: the first) of `path` and reprojects it to `mapCrs` (empty: keep its own
  // CRS). Throws hp::Error naming the file. May run on a worker (it opens its own dataset); `progress`
  // hears the features read, reprojected and shaped, and stops the read with hp::Cancelled.
  static std::shared_ptr<VectorMapLayer> open(const QString& path, const QString& layerName, const Crs& mapCrs,
                                              const Progress& progress = {});

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
  std::shared_ptr<VectorOverview> overview_;  // for large layers: shared by every render snapshot
  VectorStyle style_;
  QStringList warnings_;
  QString layerName_;
};

// A geometry as the map draws it: its rings, lines or points, kind and bounding box (label point at the
// box centre). Coordinates stay as they are: the caller places the geometry in the map CRS first.
FeatureShape featureShapeOf(const OGRGeometry& geometry);

// Whether map point (x, y) lies inside the even-odd union of `rings` (outer rings and holes alike).
bool polygonContains(const QList<QPolygonF>& rings, double x, double y);

}  // namespace hp::gui
