// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

#include "io/ParcelIds.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace hp::gui {

class AttributeTableModel;

// The parcels' attribute table: sortable by any column, filtered by the text box (any column
// containing it), selection reported as parcel ids and settable from map picks.
class AttributeTablePanel : public QWidget {
  Q_OBJECT
 public:
  explicit AttributeTablePanel(QWidget* parent = nullptr);

  AttributeTableModel* model() const { return model_; }
  QSortFilterProxyModel* proxy() const { return proxy_; }
  QTableView* view() const { return view_; }
  QLineEdit* filterEdit() const { return filter_; }

  std::vector<ParcelId> selectedParcels() const;
  // Selects the rows of these parcels (map picks) without echoing parcelsSelected.
  void selectParcels(const std::vector<ParcelId>& ids);

 signals:
  // The user selected rows: the map highlights or zooms to them.
  void parcelsSelected(const std::vector<ParcelId>& ids);

 private:
  AttributeTableModel* model_;
  QSortFilterProxyModel* proxy_;
  QTableView* view_;
  QLineEdit* filter_;
  bool settingSelection_ = false;
};

}  // namespace hp::gui
