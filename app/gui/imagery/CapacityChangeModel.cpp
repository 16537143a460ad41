// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/imagery/CapacityChangeModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace hp::gui {

CapacityChangeModel::CapacityChangeModel(QObject* parent) : QAbstractTableModel(parent) {}

void CapacityChangeModel::setRows(std::vector<project::CapacityChange> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
}

int CapacityChangeModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int CapacityChangeModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CapacityChangeModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= int(rows_.size())) return {};
  const project::CapacityChange& r = rows_[std::size_t(index.row())];
  const long change = r.after.leopards - r.before.leopards;
  QVariant raw;
  switch (index.column()) {
    case Kind:
      raw = r.kind == project::CapacityChange::Kind::Parcel      ? tr("Parcel")
            : r.kind == project::CapacityChange::Kind::Candidate ? tr("Candidate")
                                                                 : tr("Existing reserve");
      break;
    case Id: raw = QString::fromStdString(r.id); break;
    case LeopardsBefore: raw = qlonglong(r.before.leopards); break;
    case LeopardsAfter: raw = qlonglong(r.after.leopards); break;
    case LeopardsChange: raw = qlonglong(change); break;
    case FractionalBefore: raw = r.before.leopardsFractional; break;
    case FractionalAfter: raw = r.after.leopardsFractional; break;
    case HabitatBefore: raw = r.before.habitatKm2; break;
    case HabitatAfter: raw = r.after.habitatKm2; break;
    default: return {};
  }
  switch (role) {
    case Qt::UserRole: return raw;
    case Qt::DisplayRole:
      if (raw.typeId() == QMetaType::Double)  // leopard-equivalents to 3 places: small parcels hold a few hundredths
        return QLocale().toString(raw.toDouble(), 'f', index.column() <= FractionalAfter ? 3 : 2);
      if (index.column() == LeopardsChange && change > 0) return QStringLiteral("+%1").arg(QLocale().toString(qlonglong(change)));
      if (raw.typeId() == QMetaType::LongLong) return QLocale().toString(raw.toLongLong());
      return raw;
    case Qt::TextAlignmentRole:
      return index.column() >= LeopardsBefore ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
      if (index.column() == LeopardsChange && change != 0) return QBrush(change < 0 ? QColor(176, 0, 32) : QColor(0, 110, 80));
      return {};
    default: return {};
  }
}

QVariant CapacityChangeModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Kind: return tr("Kind");
    case Id: return tr("Id / name");
    case LeopardsBefore: return tr("Leopards before");
    case LeopardsAfter: return tr("Leopards after");
    case LeopardsChange: return tr("Change");
    case FractionalBefore: return tr("Fractional before");
    case FractionalAfter: return tr("Fractional after");
    case HabitatBefore: return tr("Habitat km² before");
    case HabitatAfter: return tr("Habitat km² after");
    default: return {};
  }
}

}  // namespace hp::gui
