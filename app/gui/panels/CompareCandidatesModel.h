// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

#include "corridor/Corridors.h"
#include "project/ProjectCapacity.h"

namespace hp::gui {

// Candidates side by side, one row each (the existing reserve alone last, when given): name, area
// km² and sq mi, habitat, patches, leopards, range, leopard-equivalents, cost, parcels; then, for a
// candidate beside the existing reserve, the leopards of both together and what the candidate adds
// (leopards, range, per million USD), empty on the reserve's own row; then its least-cost corridor to
// the reserve (cost, length, mean width km; "touches", "unreachable"), empty until corridors are
// computed for the candidates as they are (setCorridors). Display text in the UI locale;
// Qt::UserRole the raw number, for sorting.
class CompareCandidatesModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column {
    Name, AreaKm2, AreaSqMi, Habitat, Patches, Leopards, Range, Fractional, Cost, Parcels,
    WithReserve, Added, AddedRange, AddedPerMusd, CorridorCost, CorridorLength, CorridorWidth, ColumnCount
  };

  explicit CompareCandidatesModel(QObject* parent = nullptr);

  // names[i] labels figures[i]; a row whose capacity id is "reserve" beyond the names is the reserve.
  void setRows(const QStringList& names, const std::vector<project::CandidateFigures>& figures);

  // The corridor from the reserve to each candidate, by candidate name; empty: not computed.
  void setCorridors(std::map<std::string, corridor::CorridorLink> toReserve);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  QStringList names_;
  int candidateRows_ = 0;  // rows beyond are the reserve's
  std::vector<project::CandidateFigures> figures_;
  std::map<std::string, corridor::CorridorLink> corridors_;
};

}  // namespace hp::gui
