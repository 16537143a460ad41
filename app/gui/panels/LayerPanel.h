// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QListWidget;
class QSlider;

namespace hp::gui {

class LayerModel;

// The layer list docked left, as in QGIS: check boxes for visibility, drag (or the arrows) to reorder,
// an opacity slider for the current layer, its legend when it draws classes (MapLayer::legendItems), and actions on it. Zooming to a layer and its properties dialog
// belong to others: the panel asks for them through signals.
class LayerPanel : public QWidget {
  Q_OBJECT
 public:
  explicit LayerPanel(LayerModel* model, QWidget* parent = nullptr);

  QListView* view() const { return view_; }
  QSlider* opacitySlider() const { return opacity_; }
  QListWidget* legendView() const { return legend_; }
  int currentRow() const;
  void setCurrentRow(int row);

  QAction* moveUpAction() const { return moveUp_; }
  QAction* moveDownAction() const { return moveDown_; }
  QAction* removeAction() const { return remove_; }
  QAction* zoomToLayerAction() const { return zoomTo_; }
  QAction* propertiesAction() const { return properties_; }

 signals:
  void zoomToLayerRequested(int row);
  void propertiesRequested(int row);

 private:
  void updateControls();
  void showContextMenu(const QPoint& pos);

  LayerModel* model_;
  QListView* view_;
  QSlider* opacity_;
  QLabel* opacityValue_;
  QListWidget* legend_;
  QAction* moveUp_;
  QAction* moveDown_;
  QAction* remove_;
  QAction* zoomTo_;
  QAction* properties_;
};

}  // namespace hp::gui
