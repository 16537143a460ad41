// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "project/ForestChange.h"

namespace hp::gui {

// Capacity before and after a forest change, one row per parcel, candidate and the reserve. Numbers are
// displayed in the UI locale; Qt::UserRole gives the raw value so a proxy sorts numerically.
class CapacityChangeModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Kind, Id, LeopardsBefore, LeopardsAfter, LeopardsChange, FractionalBefore, FractionalAfter,
                HabitatBefore, HabitatAfter, ColumnCount };

  explicit CapacityChangeModel(QObject* parent = nullptr);

  void setRows(std::vector<project::CapacityChange> rows);
  const std::vector<project::CapacityChange>& rows() const { return rows_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<project::CapacityChange> rows_;
};

}  // namespace hp::gui
