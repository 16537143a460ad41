// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/LayerModel.h"

#include <QMimeData>

#include <algorithm>

namespace hp::gui {

LayerModel::LayerModel(QObject* parent) : QAbstractListModel(parent) {}

int LayerModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(layers_.size()); }

QVariant LayerModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const MapLayer& l = *layers_[std::size_t(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return l.name();
    case Qt::CheckStateRole: return l.isVisible() ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: return l.summary();
    case Qt::DecorationRole: {
      auto it = icons_.find(l.id());
      if (it == icons_.end()) it = icons_.insert(l.id(), l.legendIcon());
      return *it;
    }
    case LayerIdRole: return l.id();
    case OpacityRole: return l.opacity();
    case KindRole: return int(l.kind());
    case SourceRole: return l.source();
    default: return {};
  }
}

bool LayerModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return false;
  MapLayer& l = *layers_[std::size_t(index.row())];
  switch (role) {
    case Qt::CheckStateRole:
      l.setVisible(value.value<Qt::CheckState>() == Qt::Checked);
      emit dataChanged(index, index, {Qt::CheckStateRole});
      emit redrawNeeded();
      return true;
    case Qt::EditRole: {
      const QString name = value.toString().trimmed();
      if (name.isEmpty()) return false;
      l.setName(name);
      emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
      return true;
    }
    case OpacityRole: {
      bool ok = false;
      const double opacity = value.toDouble(&ok);
      if (!ok) return false;
      l.setOpacity(opacity);
      emit dataChanged(index, index, {OpacityRole});
      emit redrawNeeded();
      return true;
    }
    default: return false;
  }
}

Qt::ItemFlags LayerModel::flags(const QModelIndex& index) const {
  // Only the gaps between rows accept drops, so a drag reorders layers instead of nesting them.
  if (!index.isValid()) return Qt::ItemIsDropEnabled;
  return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable |
         Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

bool LayerModel::removeRows(int row, int count, const QModelIndex& parent) {
  if (parent.isValid() || row < 0 || count <= 0 || row + count > int(layers_.size())) return false;
  beginRemoveRows(parent, row, row + count - 1);
  for (int i = row; i < row + count; ++i) icons_.remove(layers_[std::size_t(i)]->id());
  layers_.erase(layers_.begin() + row, layers_.begin() + row + count);
  endRemoveRows();
  if (layers_.empty() && !mapCrs_.isEmpty()) {
    mapCrs_ = Crs();
    emit mapCrsChanged();
  }
  emit redrawNeeded();
  return true;
}

bool LayerModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                          const QModelIndex& destinationParent, int destinationChild) {
  const int n = int(layers_.size());
  if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
      sourceRow + count > n || destinationChild < 0 || destinationChild > n)
    return false;
  if (destinationChild >= sourceRow && destinationChild <= sourceRow + count) return false;  // stays put
  if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
    return false;
  const auto first = layers_.begin() + sourceRow;
  const auto last = first + count;
  if (destinationChild < sourceRow)
    std::rotate(layers_.begin() + destinationChild, first, last);
  else
    std::rotate(first, last, layers_.begin() + destinationChild);
  endMoveRows();
  emit redrawNeeded();
  return true;
}

static const QString kLayerIdsMime = QStringLiteral("application/x-habitat-layer-ids");

QStringList LayerModel::mimeTypes() const { return {kLayerIdsMime}; }

QMimeData* LayerModel::mimeData(const QModelIndexList& indexes) const {
  QStringList ids;
  for (const QModelIndex& i : indexes)
    if (i.isValid()) ids << QString::number(layers_[std::size_t(i.row())]->id());
  auto* data = new QMimeData;
  data->setData(kLayerIdsMime, ids.join(QLatin1Char(',')).toLatin1());
  return data;
}

bool LayerModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex&) const {
  return data && data->hasFormat(kLayerIdsMime) && action == Qt::MoveAction;
}

bool LayerModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                              const QModelIndex& parent) {
  if (!canDropMimeData(data, action, row, column, parent)) return false;
  int destination = parent.isValid() ? parent.row() : row < 0 ? int(layers_.size()) : row;
  for (const QByteArray& text : data->data(kLayerIdsMime).split(',')) {
    const quint64 id = text.toULongLong();
    const auto it = std::find_if(layers_.begin(), layers_.end(), [id](const auto& l) { return l->id() == id; });
    if (it == layers_.end()) continue;
    const int from = int(it - layers_.begin());
    if (moveRows({}, from, 1, {}, destination)) {
      if (from >= destination) ++destination;  // the next dragged layer goes below this one
    } else if (destination == from) {
      ++destination;
    }
  }
  return false;
}

void LayerModel::insertLayer(std::shared_ptr<MapLayer> layer, int row) {
  if (!layer) return;
  row = std::clamp(row, 0, int(layers_.size()));
  const bool setsCrs = layers_.empty() && mapCrs_.isEmpty();
  beginInsertRows({}, row, row);
  layers_.insert(layers_.begin() + row, std::move(layer));
  endInsertRows();
  if (setsCrs) {
    mapCrs_ = layers_[std::size_t(row)]->sourceCrs();
    emit mapCrsChanged();
  }
  emit redrawNeeded();
}

std::shared_ptr<MapLayer> LayerModel::layer(int row) const {
  if (row < 0 || row >= int(layers_.size())) return nullptr;
  return layers_[std::size_t(row)];
}

int LayerModel::rowOf(const MapLayer* layer) const {
  for (std::size_t i = 0; i < layers_.size(); ++i)
    if (layers_[i].get() == layer) return int(i);
  return -1;
}

void LayerModel::notifyLayerChanged(int row) {
  if (row < 0 || row >= int(layers_.size())) return;
  icons_.remove(layers_[std::size_t(row)]->id());
  const QModelIndex i = index(row);
  emit dataChanged(i, i, {Qt::DecorationRole, Qt::ToolTipRole, OpacityRole});
  emit redrawNeeded();
}

Extent LayerModel::fullExtent() const {
  Extent e;
  for (const auto& l : layers_) e.include(l->extent());
  return e;
}

}  // namespace hp::gui
