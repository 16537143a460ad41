// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <memory>
#include <set>
#include <vector>

#include "mapkit/layers/VectorData.h"

namespace hp::gui {

// The parcels' attributes, one row per feature, plus a last column "In active candidate" (checked
// for the active candidate's parcels). Numbers sort as numbers (Qt::EditRole carries the value).
class AttributeTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  explicit AttributeTableModel(QObject* parent = nullptr);

  void setData(std::shared_ptr<const VectorData> parcels);
  void setCandidateParcels(const std::vector<std::int64_t>& ids);

  // The parcel id of a row: the "parcel_id" field when there is one, else the feature id.
  std::int64_t parcelId(int row) const;
  int rowOfParcel(std::int64_t id) const;  // -1 when absent
  int candidateColumn() const { return data_ ? int(data_->fieldNames.size()) : 0; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::shared_ptr<const VectorData> data_;
  int idField_ = -1;
  std::set<std::int64_t> inCandidate_;
};

}  // namespace hp::gui
