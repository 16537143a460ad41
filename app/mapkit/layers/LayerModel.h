// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>

#include <memory>
#include <vector>

#include "mapkit/layers/MapLayer.h"

namespace hp::gui {

// The map's layers, top of the map first (row 0 is drawn last), as in QGIS's layer tree. Owns the layers;
// the check box is visibility, the display text the name. Also holds the map CRS: the CRS of the first
// layer added, kept until the last layer is removed.
class LayerModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role { LayerIdRole = Qt::UserRole + 1, OpacityRole, KindRole, SourceRole };

  explicit LayerModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role) override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
  bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
                int destinationChild) override;
  Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
  // Dragging a layer in the panel carries its id; dropping it moves the layer there.
  QStringList mimeTypes() const override;
  QMimeData* mimeData(const QModelIndexList& indexes) const override;
  bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                       const QModelIndex& parent) const override;
  // Moves the dragged layers to `row` (or to the row of `parent`, the layer dropped on), then returns false:
  // the layers are already where they belong, and a true would tell the view to delete the dragged rows.
  bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                    const QModelIndex& parent) override;

  // Puts `layer` at `row` (0: the top). The first layer of an empty model sets the map CRS.
  void insertLayer(std::shared_ptr<MapLayer> layer, int row = 0);
  std::shared_ptr<MapLayer> layer(int row) const;
  int rowOf(const MapLayer* layer) const;  // -1 when absent
  const std::vector<std::shared_ptr<MapLayer>>& layers() const { return layers_; }
  // Call after changing a layer's style or opacity outside setData: refreshes the icon and redraws.
  void notifyLayerChanged(int row);

  const Crs& mapCrs() const { return mapCrs_; }
  // The union of the extents of all layers, in the map CRS.
  Extent fullExtent() const;

 signals:
  void mapCrsChanged();
  // Something the map shows changed: a layer came, went, moved, or changed visibility or style.
  void redrawNeeded();

 private:
  std::vector<std::shared_ptr<MapLayer>> layers_;
  Crs mapCrs_;
  mutable QHash<quint64, QIcon> icons_;
};

}  // namespace hp::gui
