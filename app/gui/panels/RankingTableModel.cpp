// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/RankingTableModel.h"

#include <QLocale>

#include <cmath>

namespace hp::gui {

RankingTableModel::RankingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RankingTableModel::setResult(std::shared_ptr<const ranking::RankingResult> result) {
  beginResetModel();
  result_ = std::move(result);
  scenarios_.reset();
  endResetModel();
}

void RankingTableModel::setScenarioResult(std::shared_ptr<const ranking::ScenarioRanking> result) {
  beginResetModel();
  scenarios_ = std::move(result);
  result_ = scenarios_ ? std::shared_ptr<const ranking::RankingResult>(scenarios_, &scenarios_->base) : nullptr;
  endResetModel();
}

double RankingTableModel::gainPerMillionUsd(const ranking::RankedParcel& step) {
  return step.cost > 0 ? double(step.gainLeopards) / (step.cost / 1e6) : 0.0;
}

int RankingTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !result_ ? 0 : int(result_->order.size());
}

int RankingTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : scenarios_ ? int(ColumnCount) : int(Scenarios);
}

QVariant RankingTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
  const ranking::RankedParcel& s = result_->order[std::size_t(index.row())];
  if (role == Qt::TextAlignmentRole) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
  if (index.column() == Selected) {
    if (role == Qt::CheckStateRole) return s.selected ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::UserRole) return s.selected;
    return {};
  }
  if (index.column() == Scenarios) {
    const auto it = scenarios_->counts.find(s.id);
    const ranking::ScenarioCounts c = it == scenarios_->counts.end() ? ranking::ScenarioCounts{} : it->second;
    const int n = int(scenarios_->scenarios.size());
    if (role == Qt::UserRole) return c.selected;
    if (role == Qt::DisplayRole) return tr("%1 of %2").arg(c.selected).arg(n);
    if (role == Qt::ToolTipRole)
      return tr("In the budget optimum in %1 of %2 scenarios; within the budget in the greedy order in %3").arg(c.selected).arg(n).arg(c.withinBudget);
    return {};
  }
  if (role != Qt::DisplayRole && role != Qt::UserRole) return {};
  const bool raw = role == Qt::UserRole;
  const QLocale locale;
  auto number = [&](double v, int decimals) -> QVariant { return raw ? QVariant(v) : QVariant(locale.toString(v, 'f', decimals)); };
  auto count = [&](qlonglong v) -> QVariant { return raw ? QVariant(v) : QVariant(locale.toString(v)); };
  switch (Column(index.column())) {
    case Rank: return count(s.rank);
    case Parcel: {  // an id, not a quantity: as written; numbered ids sort as numbers
      const std::optional<std::int64_t> number = wholeNumberId(s.id);
      return raw && number ? QVariant(qlonglong(*number)) : QVariant(QString::fromStdString(s.id));
    }
    case Cost: return number(s.cost, 0);
    case GainLeopards: return count(s.gainLeopards);
    case GainFractional: return number(s.gainFractional, 3);
    case GainPerMusd: return number(gainPerMillionUsd(s), 3);
    case CumulativeCost: return number(s.cumulativeCost, 0);
    case CumulativeLeopards: return count(s.cumulativeLeopards);
    // The parcel by itself, whatever else is bought: alone, beside the reserve, and what it adds to it.
    case Alone: return count(s.leopardsAlone);
    case WithReserve: return count(s.leopardsWithReserve);
    case Added:
      return raw ? QVariant(qlonglong(s.addedLeopards))
                 : QVariant(tr("%1 (range %2–%3)")
                                .arg((s.addedLeopards > 0 ? QStringLiteral("+") : QString()) + locale.toString(qlonglong(s.addedLeopards)),
                                     locale.toString(qlonglong(s.addedLeopardsMin)), locale.toString(qlonglong(s.addedLeopardsMax))));
    case AddedPerMusd: return std::isnan(s.addedPerMusd) ? QVariant() : number(s.addedPerMusd, 3);
    case Selected:
    case Scenarios:
    case ColumnCount: break;
  }
  return {};
}

QVariant RankingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (Column(section)) {
    case Rank: return tr("Rank");
    case Parcel: return tr("Parcel");
    case Cost: return tr("Cost, USD");
    case GainLeopards: return tr("Leopards gained");
    case GainFractional: return tr("Leopard-equivalents gained");
    case GainPerMusd: return tr("Leopards per M USD");
    case CumulativeCost: return tr("Cumulative cost, USD");
    case CumulativeLeopards: return tr("Cumulative leopards");
    case Alone: return tr("Leopards alone");
    case WithReserve: return tr("With the reserve");
    case Added: return tr("Added to the reserve");
    case AddedPerMusd: return tr("Added per M USD");
    case Selected: return tr("In budget optimum");
    case Scenarios: return tr("Scenarios");
    case ColumnCount: break;
  }
  return {};
}

}  // namespace hp::gui
