// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

#include "mapkit/layers/MapLayer.h"
#include "model/PatchMap.h"

namespace hp::gui {

// The active candidate's habitat patches (a model::PatchMap from the live capacity): patches large
// enough for a territory filled purple, those smaller than one territory light orange, hatched and
// outlined in dark orange, so a planner sees at once which fragments count. The patch map's raster CRS must be the map CRS
// (the project's CRS, which the forest layer is in).
class PatchMapLayer : public MapLayer {
 public:
  struct Style {
    // Purple, apart from the green forest beneath and the candidates' own colours.
    QColor viableFill{106, 61, 154, 150};
    QColor viableOutline{74, 20, 134};
    QColor smallFill{255, 140, 0, 130};
    QColor smallHatch{150, 55, 0};
    QColor smallOutline{190, 40, 0};
  };

  explicit PatchMapLayer(QString name = QString());

  // Replaces the patches drawn (null or empty: nothing). Cheap: the drawing (fill image, hatched
  // region, outlines) is prepared by the first render that needs it, on the render thread, and
  // shared by later renders of the same patches.
  void setPatches(std::shared_ptr<const model::PatchMap> patches);
  const std::shared_ptr<const model::PatchMap>& patches() const { return patches_; }

  Kind kind() const override { return Kind::Raster; }
  Extent extent() const override;
  std::unique_ptr<LayerRenderer> createRenderer() const override;
  // The patch under a point: its area, leopards and whether it is too small for a territory.
  std::vector<IdentifyResult> identify(double mapX, double mapY, double toleranceMapUnits) const override;
  QIcon legendIcon() const override;
  QString summary() const override;

  static Style style();
  // The layer's legend: one entry per kind of patch.
  static std::vector<std::pair<QString, QIcon>> legendEntries();

  struct Drawing;   // what a render draws, in window pixel coordinates
  struct Prepared;  // the patches and their drawing, made once; shared with renderers

 private:
  std::shared_ptr<const model::PatchMap> patches_;
  std::shared_ptr<Prepared> prepared_;
};

}  // namespace hp::gui
