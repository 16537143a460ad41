// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <vector>

#include "corridor/Corridors.h"
#include "mapkit/layers/MapLayer.h"
#include "mapkit/layers/VectorData.h"

namespace hp::gui {

// Least-cost corridors (corridor::projectCorridors) as lines on the map, one colour apart from the
// forest, the candidates and the patches. Every link is kept for its figures; only reachable links
// whose path has a length are drawn (an unreachable one has no path, touching places a degenerate one).
class CorridorMapLayer : public MapLayer {
 public:
  explicit CorridorMapLayer(QString name = QString());

  // Replaces the links; their paths are in `pathCrs` (the corridor grid's, the forest's) and are placed
  // in `mapCrs` (empty: as they are). Throws hp::Error(ReprojectionFailed).
  void setLinks(std::vector<corridor::CorridorLink> links, const Crs& pathCrs, const Crs& mapCrs);
  void clear();
  const std::vector<corridor::CorridorLink>& links() const { return links_; }
  // How many links are drawn.
  int drawnCount() const { return int(data_->features.size()); }
  const VectorData& data() const { return *data_; }

  Kind kind() const override { return Kind::Vector; }
  Extent extent() const override { return data_->extent; }
  std::unique_ptr<LayerRenderer> createRenderer() const override;
  // The link under a point: from, to, cost, length and width.
  std::vector<IdentifyResult> identify(double mapX, double mapY, double toleranceMapUnits) const override;
  QIcon legendIcon() const override;
  QString summary() const override;

  // How corridors are drawn; exported maps use the same.
  static VectorStyle style();

 private:
  std::vector<corridor::CorridorLink> links_;
  std::shared_ptr<const VectorData> data_;  // drawn links; attributes: the index into links_
};

}  // namespace hp::gui
