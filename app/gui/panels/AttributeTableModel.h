// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "mapkit/layers/VectorData.h"
#include "ranking/ParcelRanking.h"
#include "ranking/Scenarios.h"

namespace hp::gui {

// The parcels' attributes, one row per feature, plus a column "In active candidate" (checked
// for the active candidate's parcels) and, once a ranking ran, its columns rank, gain_leopards,
// gain_per_musd and selected (after a run across scenarios also scenarios_selected and
// scenarios_within_budget, as ORDER.csv names them). Numbers sort as numbers (Qt::EditRole carries the value).
class AttributeTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  explicit AttributeTableModel(QObject* parent = nullptr);

  void setData(std::shared_ptr<const VectorData> parcels);
  void setCandidateParcels(const std::vector<ParcelId>& ids);
  // Adds (or refreshes) the ranking's columns after "In active candidate"; parcels the ranking does
  // not list show empty cells. clearRanking removes them.
  void setRanking(const ranking::RankingResult& result);
  // The base ranking's columns and the scenario counts.
  void setRanking(const ranking::ScenarioRanking& result);
  void clearRanking();
  bool hasRanking() const { return hasRanking_; }

  // The parcel id of a row: the "parcel_id" field when there is one, else the feature id.
  ParcelId parcelId(int row) const;
  int rowOfParcel(const ParcelId& id) const;  // -1 when absent
  int candidateColumn() const { return data_ ? int(data_->fieldNames.size()) : 0; }
  enum RankingColumn {
    RankColumn, GainLeopardsColumn, GainPerMusdColumn, SelectedColumn, RankingColumnCount,
    ScenariosSelectedColumn = RankingColumnCount, ScenariosWithinBudgetColumn, ScenarioRankingColumnCount
  };
  // The model column of a ranking column; -1 without a ranking.
  int rankingColumn(RankingColumn c) const { return hasRanking_ && int(c) < rankingColumns_ ? candidateColumn() + 1 + int(c) : -1; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  std::shared_ptr<const VectorData> data_;
  int idField_ = -1;
  std::unordered_set<ParcelId> inCandidate_;
  bool hasRanking_ = false;
  void showRanking(std::unordered_map<ParcelId, ranking::RankedParcel> byId,
                   std::unordered_map<ParcelId, ranking::ScenarioCounts> counts, int columns);

  std::unordered_map<ParcelId, ranking::RankedParcel> ranking_;  // by parcel id
  std::unordered_map<ParcelId, ranking::ScenarioCounts> scenarioCounts_;
  int rankingColumns_ = 0;  // RankingColumnCount, or ScenarioRankingColumnCount with scenario counts
};

}  // namespace hp::gui
