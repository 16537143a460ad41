// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/ParcelIds.h"
#include "mapkit/layers/MapLayer.h"
#include "mapkit/layers/VectorData.h"

namespace hp::gui {

// How robust the ranking is (issue 17, point 3): each parcel filled by the share of scenarios whose
// budget optimum buys it, light for 1 of N to dark for N of N (a sequential ramp, ColorBrewer RdPu,
// apart from the green forest and the purple patches); parcels bought in none are outlined, unfilled.
class RobustnessMapLayer : public MapLayer {
 public:
  // `parcels`: the parcel layer as the map holds it (map CRS); ids by project::parcelIdOf's rule.
  explicit RobustnessMapLayer(std::shared_ptr<const VectorData> parcels, QString name = QString());

  // Per parcel id, in how many of `scenarioCount` scenarios it is in the budget optimum; parcels
  // absent from `selected` count 0.
  void setCounts(const std::unordered_map<ParcelId, int>& selected, int scenarioCount);
  void setParcels(std::shared_ptr<const VectorData> parcels);
  int scenarioCount() const { return scenarioCount_; }
  int countOf(const ParcelId& id) const;

  Kind kind() const override { return Kind::Vector; }
  Extent extent() const override;
  std::unique_ptr<LayerRenderer> createRenderer() const override;
  std::vector<IdentifyResult> identify(double mapX, double mapY, double toleranceMapUnits) const override;
  QIcon legendIcon() const override;
  std::vector<std::pair<QString, QIcon>> legendItems() const override;
  QString summary() const override;

  // How a parcel chosen in k of n scenarios is drawn (k = 0: no fill); exported maps use the same.
  static VectorStyle styleFor(int k, int n);
  // The ramp from 1 of n (light) to n of n (dark), `steps` colours (at least 2).
  static std::vector<QColor> ramp(int steps);
  // "Chosen in 3 of 7 scenarios".
  static QString chosenLabel(int k, int n);

 private:
  void rebuild();

  std::shared_ptr<const VectorData> parcels_;
  std::unordered_map<ParcelId, int> selected_;
  int scenarioCount_ = 0;
  std::vector<std::shared_ptr<const VectorData>> byCount_;  // [k]: the parcels chosen in k scenarios
};

}  // namespace hp::gui
