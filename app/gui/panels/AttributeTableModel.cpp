// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/AttributeTableModel.h"

#include "gui/panels/RankingTableModel.h"

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

void AttributeTableModel::setCandidateParcels(const std::vector<ParcelId>& ids) {
  inCandidate_ = std::unordered_set<ParcelId>(ids.begin(), ids.end());
  if (rowCount() > 0)
    emit dataChanged(index(0, candidateColumn()), index(rowCount() - 1, candidateColumn()));
}

void AttributeTableModel::setRanking(const ranking::RankingResult& result) {
  std::unordered_map<ParcelId, ranking::RankedParcel> byId;
  for (const ranking::RankedParcel& p : result.order) byId.emplace(p.id, p);
  showRanking(std::move(byId), {}, RankingColumnCount);
}

void AttributeTableModel::setRanking(const ranking::ScenarioRanking& result) {
  std::unordered_map<ParcelId, ranking::RankedParcel> byId;
  for (const ranking::RankedParcel& p : result.base.order) byId.emplace(p.id, p);
  showRanking(std::move(byId), result.counts, ScenarioRankingColumnCount);
}

void AttributeTableModel::showRanking(std::unordered_map<ParcelId, ranking::RankedParcel> byId,
                                      std::unordered_map<ParcelId, ranking::ScenarioCounts> counts, int columns) {
  if (!data_) {
    ranking_ = std::move(byId);
    scenarioCounts_ = std::move(counts);
    rankingColumns_ = columns;
    hasRanking_ = true;
    return;
  }
  const int first = candidateColumn() + 1;
  if (hasRanking_ && rankingColumns_ != columns) {
    // The scenario columns come or go at the end of the ranking's.
    if (columns > rankingColumns_) beginInsertColumns({}, first + rankingColumns_, first + columns - 1);
    else beginRemoveColumns({}, first + columns, first + rankingColumns_ - 1);
    const int before = rankingColumns_;
    ranking_ = std::move(byId);
    scenarioCounts_ = std::move(counts);
    rankingColumns_ = columns;
    if (columns > before) endInsertColumns();
    else endRemoveColumns();
    if (rowCount() > 0) emit dataChanged(index(0, first), index(rowCount() - 1, first + columns - 1));
    return;
  }
  if (!hasRanking_) beginInsertColumns({}, first, first + columns - 1);
  ranking_ = std::move(byId);
  scenarioCounts_ = std::move(counts);
  rankingColumns_ = columns;
  if (!hasRanking_) {
    hasRanking_ = true;
    endInsertColumns();
  } else if (rowCount() > 0) {
    emit dataChanged(index(0, first), index(rowCount() - 1, first + columns - 1));
  }
}

void AttributeTableModel::clearRanking() {
  if (!hasRanking_) return;
  const int first = candidateColumn() + 1;
  if (data_) beginRemoveColumns({}, first, first + rankingColumns_ - 1);
  hasRanking_ = false;
  ranking_.clear();
  scenarioCounts_.clear();
  rankingColumns_ = 0;
  if (data_) endRemoveColumns();
}

ParcelId AttributeTableModel::parcelId(int row) const {
  const auto& f = data_->features.at(std::size_t(row));
  return featureParcelId(f.attributes, idField_, f.fid);
}

int AttributeTableModel::rowOfParcel(const ParcelId& id) const {
  for (int r = 0; r < rowCount(); ++r)
    if (parcelId(r) == id) return r;
  return -1;
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !data_ ? 0 : int(data_->features.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() || !data_ ? 0 : candidateColumn() + 1 + (hasRanking_ ? rankingColumns_ : 0);
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || !data_) return {};
  if (index.column() == candidateColumn()) {
    const bool in = inCandidate_.count(parcelId(index.row())) > 0;
    if (role == Qt::CheckStateRole) return in ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::EditRole) return in;
    return {};
  }
  if (index.column() > candidateColumn()) {
    const auto it = ranking_.find(parcelId(index.row()));
    if (it == ranking_.end()) return {};
    const ranking::RankedParcel& p = it->second;
    const RankingColumn c = RankingColumn(index.column() - candidateColumn() - 1);
    if (c == ScenariosSelectedColumn || c == ScenariosWithinBudgetColumn) {
      const auto counts = scenarioCounts_.find(it->first);
      if (counts == scenarioCounts_.end()) return {};
      const int v = c == ScenariosSelectedColumn ? counts->second.selected : counts->second.withinBudget;
      if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
      if (role == Qt::DisplayRole) return QString::number(v);
      if (role == Qt::EditRole) return v;
      return {};
    }
    if (c == SelectedColumn) {
      if (role == Qt::CheckStateRole) return p.selected ? Qt::Checked : Qt::Unchecked;
      if (role == Qt::EditRole) return p.selected;
      return {};
    }
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    const bool display = role == Qt::DisplayRole;
    switch (c) {
      case RankColumn: return display ? QVariant(QString::number(p.rank)) : QVariant(p.rank);
      case GainLeopardsColumn: return display ? QVariant(QString::number(p.gainLeopards)) : QVariant(qlonglong(p.gainLeopards));
      case GainPerMusdColumn: {
        const double v = RankingTableModel::gainPerMillionUsd(p);
        return display ? QVariant(QString::number(v, 'f', 3)) : QVariant(v);
      }
      case SelectedColumn:
      case ScenariosSelectedColumn:
      case ScenariosWithinBudgetColumn:
      case ScenarioRankingColumnCount: break;
    }
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
  if (section > candidateColumn()) {
    // Field-like names, as the ranking CSV writes them.
    static const char* const names[] = {"rank", "gain_leopards", "gain_per_musd", "selected", "scenarios_selected",
                                        "scenarios_within_budget"};
    const int c = section - candidateColumn() - 1;
    return c < rankingColumns_ ? QString::fromLatin1(names[c]) : QVariant();
  }
  return data_->fieldNames.value(section);
}

}  // namespace hp::gui
