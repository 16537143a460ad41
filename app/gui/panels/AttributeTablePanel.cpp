// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/AttributeTablePanel.h"

#include <QHeaderView>
#include <algorithm>
#include <QItemSelection>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/panels/AttributeTableModel.h"

namespace hp::gui {

AttributeTablePanel::AttributeTablePanel(QWidget* parent)
    : QWidget(parent), model_(new AttributeTableModel(this)), proxy_(new QSortFilterProxyModel(this)),
      view_(new QTableView(this)), filter_(new QLineEdit(this)) {
  setObjectName(QStringLiteral("attributeTablePanel"));
  proxy_->setSourceModel(model_);
  proxy_->setSortRole(Qt::EditRole);  // numbers as numbers
  proxy_->setFilterKeyColumn(-1);
  proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  filter_->setPlaceholderText(tr("Filter…"));
  filter_->setClearButtonEnabled(true);
  view_->setModel(proxy_);
  view_->setSortingEnabled(true);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  view_->verticalHeader()->hide();
  view_->sortByColumn(-1, Qt::AscendingOrder);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(filter_);
  layout->addWidget(view_);

  connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
  connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
    if (!settingSelection_) emit parcelsSelected(selectedParcels());
  });
}

std::vector<ParcelId> AttributeTablePanel::selectedParcels() const {
  std::vector<ParcelId> ids;
  for (const QModelIndex& index : view_->selectionModel()->selectedRows())
    ids.push_back(model_->parcelId(proxy_->mapToSource(index).row()));
  std::sort(ids.begin(), ids.end(), parcelIdLess);
  return ids;
}

void AttributeTablePanel::selectParcels(const std::vector<ParcelId>& ids) {
  QItemSelection selection;
  for (const ParcelId& id : ids) {
    const int row = model_->rowOfParcel(id);
    if (row < 0) continue;
    const QModelIndex index = proxy_->mapFromSource(model_->index(row, 0));
    if (index.isValid()) selection.select(index, index);
  }
  settingSelection_ = true;
  view_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  if (!selection.isEmpty()) view_->scrollTo(selection.indexes().first());
  settingSelection_ = false;
}

}  // namespace hp::gui
