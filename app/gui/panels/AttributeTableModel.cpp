// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/AttributeTableModel.h"

namespace hp::gui {

AttributeTableModel::AttributeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttributeTableModel::setData(std::shared_ptr<const VectorData> parcels) {
  beginResetModel();
  data_ = std::move(parcels);
  idField_ = data_ ? int(data_->fieldNames.indexOf(QStringLiteral("parcel_id"), 0)) : -1;
  if (data_ && idField_ < 0) {
    for (int i = 0; i < data_->fieldNames.size(); ++i)
      if (data_->fieldNames[i].compare(QLatin1String("parcel_id"), Qt::CaseInsensitive) == 0) idField_ = i;
  }
  endResetModel();
}

void AttributeTableModel::setCandidateParcels(const std::vector<std::int64_t>& ids) {
  inCandidate_ = std::set<std::int64_t>(ids.begin(), ids.end());
  if (rowCount() > 0)
    emit dataChanged(index(0, candidateColumn()), index(rowCount() - 1, candidateColumn()));
}

std::int64_t AttributeTableModel::parcelId(int row) const {
  const auto& f = data_->features.at(std::size_t(row));
  if (idField_ < 0) return f.fid;
  const FieldValue& v = f.attributes.at(std::size_t(idField_));
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  if (const auto* d = std::get_if<double>(&v)) return std::int64_t(*d);
  return f.fid;
}

int AttributeTableModel::rowOfParcel(std::int64_t id) const {
  for (int r = 0; r < rowCount(); ++r)
    if (parcelId(r) == id) return r;
  return -1;
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !data_ ? 0 : int(data_->features.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() || !data_ ? 0 : candidateColumn() + 1;
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || !data_) return {};
  if (index.column() == candidateColumn()) {
    const bool in = inCandidate_.count(parcelId(index.row())) > 0;
    if (role == Qt::CheckStateRole) return in ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::EditRole) return in;
    return {};
  }
  const FieldValue& v = data_->features[std::size_t(index.row())].attributes.at(std::size_t(index.column()));
  if (role == Qt::DisplayRole) return QString::fromStdString(toString(v));
  if (role == Qt::EditRole) {  // what the proxy sorts by
    if (const auto* i = std::get_if<std::int64_t>(&v)) return qlonglong(*i);
    if (const auto* d = std::get_if<double>(&v)) return *d;
    return QString::fromStdString(toString(v));
  }
  if (role == Qt::TextAlignmentRole && !std::holds_alternative<std::string>(v))
    return int(Qt::AlignRight | Qt::AlignVCenter);
  return {};
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole || orientation != Qt::Horizontal || !data_) return {};
  if (section == candidateColumn()) return tr("In active candidate");
  return data_->fieldNames.value(section);
}

}  // namespace hp::gui
