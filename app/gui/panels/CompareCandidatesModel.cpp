// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/CompareCandidatesModel.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace hp::gui {

namespace {
constexpr double kKm2PerSqMi = 2.589988110336;
}

CompareCandidatesModel::CompareCandidatesModel(QObject* parent) : QAbstractTableModel(parent) {}

void CompareCandidatesModel::setRows(const QStringList& names, const std::vector<project::CandidateFigures>& figures) {
  beginResetModel();
  names_ = names;
  candidateRows_ = int(names.size());
  figures_ = figures;
  while (names_.size() < qsizetype(figures_.size())) names_.append(tr("Existing reserve alone"));
  endResetModel();
}

void CompareCandidatesModel::setCorridors(std::map<std::string, corridor::CorridorLink> toReserve) {
  beginResetModel();
  corridors_ = std::move(toReserve);
  endResetModel();
}

int CompareCandidatesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(figures_.size()); }

int CompareCandidatesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CompareCandidatesModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
  const project::CandidateFigures& f = figures_[std::size_t(index.row())];
  const model::RegionCapacity& c = f.capacity;
  if (role == Qt::TextAlignmentRole)
    return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
  if (role != Qt::DisplayRole && role != Qt::UserRole) return {};
  const bool raw = role == Qt::UserRole;
  const QLocale locale;
  auto number = [&](double v, int decimals) -> QVariant { return raw ? QVariant(v) : QVariant(locale.toString(v, 'f', decimals)); };
  auto count = [&](qlonglong v) -> QVariant { return raw ? QVariant(v) : QVariant(locale.toString(v)); };
  switch (Column(index.column())) {
    case Name: return names_.value(index.row());
    case AreaKm2: return number(c.areaKm2, 1);
    case AreaSqMi: return number(c.areaKm2 / kKm2PerSqMi, 1);
    case Habitat: return number(c.habitatKm2, 1);
    case Patches: return count(c.patches);
    case Leopards: return count(c.leopards);
    case Range:
      return raw ? QVariant(qlonglong(c.leopardsMax))
                 : QVariant(tr("%1–%2").arg(locale.toString(qlonglong(c.leopardsMin)), locale.toString(qlonglong(c.leopardsMax))));
    case Fractional: return number(c.leopardsFractional, 2);
    case Cost: return number(f.costUsd, 0);
    case Parcels: return count(qlonglong(f.parcels));
    case WithReserve: return f.withReserve ? count(f.withReserve->leopards) : QVariant();
    case Added:
      if (!f.added) return {};
      return raw ? QVariant(qlonglong(f.added->leopards))
                 : QVariant((f.added->leopards > 0 ? QStringLiteral("+") : QString()) + locale.toString(qlonglong(f.added->leopards)));
    case AddedRange:
      if (!f.added) return {};
      return raw ? QVariant(qlonglong(f.added->leopardsMax))
                 : QVariant(tr("%1–%2").arg(locale.toString(qlonglong(f.added->leopardsMin)), locale.toString(qlonglong(f.added->leopardsMax))));
    case AddedPerMusd:
      if (!f.added || std::isnan(f.added->leopardsPerMillionUsd)) return {};
      return number(f.added->leopardsPerMillionUsd, 2);
    case CorridorCost:
    case CorridorLength:
    case CorridorWidth: {
      if (index.row() >= candidateRows_) return {};  // the reserve's own row
      const auto it = corridors_.find(names_.value(index.row()).toStdString());
      if (it == corridors_.end()) return {};
      const corridor::CorridorLink& l = it->second;
      // Sorting puts unreachable last, touching first.
      if (!l.reachable) return raw ? QVariant(std::numeric_limits<double>::infinity()) : QVariant(tr("unreachable"));
      if (l.lengthKm == 0 && index.column() != CorridorCost) return raw ? QVariant(0.0) : QVariant(tr("touches"));
      const double v = index.column() == CorridorCost ? l.costKm : index.column() == CorridorLength ? l.lengthKm : l.widthKm;
      if (std::isnan(v)) return {};
      return number(v, index.column() == CorridorWidth ? 2 : 1);
    }
    case ColumnCount: break;
  }
  return {};
}

QVariant CompareCandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (Column(section)) {
    case Name: return tr("Candidate");
    case AreaKm2: return tr("Area, km²");
    case AreaSqMi: return tr("Area, sq mi");
    case Habitat: return tr("Habitat, km²");
    case Patches: return tr("Patches");
    case Leopards: return tr("Leopards");
    case Range: return tr("Range (120–16 sq mi)");
    case Fractional: return tr("Leopard-equivalents");
    case Cost: return tr("Cost, USD");
    case Parcels: return tr("Parcels");
    case WithReserve: return tr("With reserve");
    case Added: return tr("Added to reserve");
    case AddedRange: return tr("Added range");
    case AddedPerMusd: return tr("Added per million USD");
    case CorridorCost: return tr("Corridor cost, km");
    case CorridorLength: return tr("Corridor length, km");
    case CorridorWidth: return tr("Corridor width, km");
    case ColumnCount: break;
  }
  return {};
}

}  // namespace hp::gui
