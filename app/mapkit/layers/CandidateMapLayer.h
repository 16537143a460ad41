// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <vector>

#include "mapkit/layers/MapLayer.h"
#include "mapkit/layers/VectorData.h"
#include "project/Project.h"

namespace hp::gui {

// The candidate reserves on the map, each in its colour: its parcels (looked up in the parcel layer's
// data) and its drawn polygons. The active candidate is drawn last, filled and with a heavy outline; the
// others as outlines over a light fill, so overlapping candidates stay readable.
class CandidateMapLayer : public MapLayer {
 public:
  // `parcels`: the parcel layer as the map holds it (map CRS = project CRS); ids by project::parcelIdOf's
  // rule (the parcel_id field, else the feature id). May be null: only drawn polygons show then.
  explicit CandidateMapLayer(std::shared_ptr<const VectorData> parcels, QString name = QString());

  // Replaces what is drawn (drawn polygons are in the project CRS, which is the map CRS). -1: none active.
  void setCandidates(const std::vector<project::Candidate>& candidates, int activeIndex);
  void setParcels(std::shared_ptr<const VectorData> parcels);
  int activeIndex() const { return activeIndex_; }
  int candidateCount() const { return int(candidates_.size()); }

  Kind kind() const override { return Kind::Vector; }
  Extent extent() const override;
  // The extent of one candidate (empty when it has nothing to show).
  Extent candidateExtent(int index) const;
  std::unique_ptr<LayerRenderer> createRenderer() const override;
  std::vector<IdentifyResult> identify(double mapX, double mapY, double toleranceMapUnits) const override;
  QIcon legendIcon() const override;

  // How candidate `color` is drawn, active or not; exported maps use the same.
  static VectorStyle styleFor(const QColor& color, bool active);

 private:
  struct Shown {
    QString name;
    QColor color;
    std::shared_ptr<const VectorData> shapes;  // its parcels, then its drawn polygons
  };
  void rebuild();

  std::shared_ptr<const VectorData> parcels_;
  std::vector<project::Candidate> source_;
  std::vector<Shown> candidates_;
  int activeIndex_ = -1;
};

}  // namespace hp::gui
