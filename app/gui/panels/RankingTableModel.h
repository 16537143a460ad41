// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <memory>

#include "ranking/ParcelRanking.h"
#include "ranking/Scenarios.h"

namespace hp::gui {

// A ranking's acquisition order, one row per parcel in order: rank, parcel id, cost, whole and
// fractional leopards gained, leopards per million USD, cumulative cost and leopards, and whether
// the budget optimum buys it; after a run across scenarios also "Scenarios", in how many of them the
// budget optimum buys it ("5 of 7"). Display text in the UI locale; Qt::UserRole the raw number, for sorting.
class RankingTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Rank, Parcel, Cost, GainLeopards, GainFractional, GainPerMusd, CumulativeCost, CumulativeLeopards, Selected,
               Alone, WithReserve, Added, AddedPerMusd, Scenarios, ColumnCount };

  explicit RankingTableModel(QObject* parent = nullptr);

  void setResult(std::shared_ptr<const ranking::RankingResult> result);  // null: empty; no Scenarios column
  // The scenarios' base ranking and the Scenarios column.
  void setScenarioResult(std::shared_ptr<const ranking::ScenarioRanking> result);
  const std::shared_ptr<const ranking::ScenarioRanking>& scenarioResult() const { return scenarios_; }
  const std::shared_ptr<const ranking::RankingResult>& result() const { return result_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // Whole leopards gained per million USD of its cost; 0 for a free parcel. The attribute table's
  // gain_per_musd column is the same number.
  static double gainPerMillionUsd(const ranking::RankedParcel& step);

 private:
  std::shared_ptr<const ranking::RankingResult> result_;
  std::shared_ptr<const ranking::ScenarioRanking> scenarios_;  // null: no Scenarios column
};

}  // namespace hp::gui
