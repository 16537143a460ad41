// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

#include "io/ParcelIds.h"
#include "mapkit/layers/VectorData.h"

namespace hp::gui {

// The parcel polygons with their ids, for picking: the layer's own spatial index (VectorData::buildIndex)
// finds the few a click or a lasso meets among 200 000.
class ParcelIndex {
 public:
  ParcelIndex() = default;
  // Ids come from idField when the layer has it (core/project parcelIdOf), else the feature id.
  ParcelIndex(std::shared_ptr<const VectorData> data, const QString& idField);

  bool isEmpty() const { return !data_ || data_->features.empty(); }
  const VectorData* data() const { return data_.get(); }
  ParcelId idOf(std::size_t feature) const { return ids_[feature]; }

  // Indexes of polygon features whose bbox meets `rect` (a candidate list, not yet an exact test).
  std::vector<std::size_t> candidates(const QRectF& rect) const;

  QList<ParcelId> idsContaining(const QPointF& mapPoint) const;
  QList<ParcelId> idsIntersecting(const QRectF& mapRect) const;
  QList<ParcelId> idsIntersecting(const QPolygonF& mapRing) const;

 private:
  std::shared_ptr<const VectorData> data_;
  std::vector<ParcelId> ids_;
};

bool ringsContain(const QList<QPolygonF>& rings, const QPointF& p);
bool ringsIntersect(const QList<QPolygonF>& rings, const QPolygonF& other);

}  // namespace hp::gui
