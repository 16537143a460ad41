// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QList>
#include <QPair>
#include <QPolygonF>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

#include "geo/Crs.h"
#include "geo/Extent.h"

namespace hp::gui {

class LayerRenderer;

// What a click found in one layer: a feature's attributes or a raster's pixel values, in display order.
struct IdentifyResult {
  QString layerName;
  QString title;  // "Feature 12", "Pixel 340, 127"
  QList<QPair<QString, QString>> attributes;
  QList<QPolygonF> shape;  // the feature in map coordinates, to highlight it; empty for pixels
  bool shapeIsArea = false;
};

// One layer of the map: a file placed in the map CRS, with a name, visibility, opacity and a style.
// Lives on the GUI thread (owned through shared_ptr by the LayerModel); the render thread never sees it,
// only the immutable snapshot createRenderer() takes.
class MapLayer {
 public:
  enum class Kind { Raster, Vector };

  virtual ~MapLayer() = default;
  MapLayer(const MapLayer&) = delete;
  MapLayer& operator=(const MapLayer&) = delete;

  virtual Kind kind() const = 0;
  // Where the layer lies, in the map CRS.
  virtual Extent extent() const = 0;
  // A snapshot of everything drawing needs, for a worker thread.
  virtual std::unique_ptr<LayerRenderer> createRenderer() const = 0;
  // What lies at a map point; `toleranceMapUnits` is how far a click may miss a line or a point.
  virtual std::vector<IdentifyResult> identify(double mapX, double mapY, double toleranceMapUnits) const = 0;
  // A small picture of the style for the layer panel.
  virtual QIcon legendIcon() const = 0;
  // The legend under the layer panel's list, one entry per class the layer draws; empty: the icon says it all.
  virtual std::vector<std::pair<QString, QIcon>> legendItems() const { return {}; }
  // One line per fact for a tooltip: file, CRS, size.
  virtual QString summary() const;

  quint64 id() const { return id_; }
  const QString& name() const { return name_; }
  void setName(const QString& name) { name_ = name; }
  const QString& source() const { return source_; }  // the file (or /vsi path) it was read from
  const Crs& sourceCrs() const { return sourceCrs_; }
  bool isVisible() const { return visible_; }
  void setVisible(bool visible) { visible_ = visible; }
  double opacity() const { return opacity_; }  // 0..1
  void setOpacity(double opacity);

 protected:
  MapLayer(QString name, QString source, Crs sourceCrs);

 private:
  quint64 id_;
  QString name_;
  QString source_;
  Crs sourceCrs_;
  bool visible_ = true;
  double opacity_ = 1.0;
};

}  // namespace hp::gui
