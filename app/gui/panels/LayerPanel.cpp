// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/LayerPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QSlider>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

#include "mapkit/layers/LayerModel.h"

namespace hp::gui {

LayerPanel::LayerPanel(LayerModel* model, QWidget* parent) : QWidget(parent), model_(model) {
  setObjectName(QStringLiteral("layerPanel"));
  view_ = new QListView(this);
  view_->setObjectName(QStringLiteral("layerView"));
  view_->setModel(model_);
  view_->setSelectionMode(QAbstractItemView::SingleSelection);
  view_->setDragDropMode(QAbstractItemView::InternalMove);
  view_->setDefaultDropAction(Qt::MoveAction);
  view_->setDragEnabled(true);
  view_->setAcceptDrops(true);
  view_->setDropIndicatorShown(true);
  view_->setIconSize(QSize(24, 24));
  view_->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
  view_->setContextMenuPolicy(Qt::CustomContextMenu);
  view_->setUniformItemSizes(true);
  view_->setSpacing(1);

  moveUp_ = new QAction(QIcon(QStringLiteral(":/icons/layer-up.svg")), tr("Move Layer &Up"), this);
  moveDown_ = new QAction(QIcon(QStringLiteral(":/icons/layer-down.svg")), tr("Move Layer &Down"), this);
  remove_ = new QAction(QIcon(QStringLiteral(":/icons/remove-layer.svg")), tr("&Remove Layer"), this);
  remove_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));  // QGIS's shortcut
  zoomTo_ = new QAction(QIcon(QStringLiteral(":/icons/zoom-layer.svg")), tr("&Zoom to Layer"), this);
  properties_ = new QAction(QIcon(QStringLiteral(":/icons/properties.svg")), tr("Layer &Properties…"), this);

  connect(moveUp_, &QAction::triggered, this, [this] {
    const int row = currentRow();
    if (row > 0 && model_->moveRow({}, row, {}, row - 1)) setCurrentRow(row - 1);
  });
  connect(moveDown_, &QAction::triggered, this, [this] {
    const int row = currentRow();
    // moveRow's destination counts rows before the move: below the next row is row + 2.
    if (row >= 0 && row + 1 < model_->rowCount() && model_->moveRow({}, row, {}, row + 2)) setCurrentRow(row + 1);
  });
  connect(remove_, &QAction::triggered, this, [this] {
    if (currentRow() >= 0) model_->removeRow(currentRow());
  });
  connect(zoomTo_, &QAction::triggered, this, [this] {
    if (currentRow() >= 0) emit zoomToLayerRequested(currentRow());
  });
  connect(properties_, &QAction::triggered, this, [this] {
    if (currentRow() >= 0) emit propertiesRequested(currentRow());
  });
  connect(view_, &QListView::doubleClicked, this, [this](const QModelIndex& i) { emit propertiesRequested(i.row()); });
  connect(view_, &QWidget::customContextMenuRequested, this, &LayerPanel::showContextMenu);

  auto* tools = new QToolBar(this);
  tools->setIconSize(QSize(18, 18));
  tools->addAction(moveUp_);
  tools->addAction(moveDown_);
  tools->addSeparator();
  tools->addAction(zoomTo_);
  tools->addAction(properties_);
  tools->addAction(remove_);

  opacity_ = new QSlider(Qt::Horizontal, this);
  opacity_->setObjectName(QStringLiteral("opacitySlider"));
  opacity_->setRange(0, 100);
  opacity_->setToolTip(tr("Opacity of the selected layer"));
  opacityValue_ = new QLabel(this);
  opacityValue_->setMinimumWidth(opacityValue_->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
  connect(opacity_, &QSlider::valueChanged, this, [this](int value) {
    opacityValue_->setText(tr("%1 %").arg(value));
    const int row = currentRow();
    if (row < 0) return;
    const QModelIndex index = model_->index(row);
    if (std::lround(index.data(LayerModel::OpacityRole).toDouble() * 100) != value)
      model_->setData(index, value / 100.0, LayerModel::OpacityRole);
  });
  auto* opacityRow = new QHBoxLayout;
  opacityRow->addWidget(new QLabel(tr("Opacity"), this));
  opacityRow->addWidget(opacity_, 1);
  opacityRow->addWidget(opacityValue_);

  legend_ = new QListWidget(this);
  legend_->setObjectName(QStringLiteral("layerLegend"));
  legend_->setSelectionMode(QAbstractItemView::NoSelection);
  legend_->setFocusPolicy(Qt::NoFocus);
  legend_->setIconSize(QSize(16, 16));
  legend_->setFrameShape(QFrame::NoFrame);
  legend_->hide();

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->setSpacing(2);
  layout->addWidget(tools);
  layout->addWidget(view_, 1);
  layout->addWidget(legend_);
  layout->addLayout(opacityRow);

  connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this, &LayerPanel::updateControls);
  connect(model_, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
    setCurrentRow(first);  // the layer just added is the one the user will style next
  });
  connect(model_, &QAbstractItemModel::rowsRemoved, this, &LayerPanel::updateControls);
  connect(model_, &QAbstractItemModel::rowsMoved, this, &LayerPanel::updateControls);
  connect(model_, &QAbstractItemModel::dataChanged, this, &LayerPanel::updateControls);
  updateControls();
}

int LayerPanel::currentRow() const {
  const QModelIndex i = view_->currentIndex();
  return i.isValid() ? i.row() : -1;
}

void LayerPanel::setCurrentRow(int row) {
  view_->setCurrentIndex(model_->index(row));
  updateControls();
}

void LayerPanel::updateControls() {
  const int row = currentRow();
  const bool has = row >= 0;
  moveUp_->setEnabled(has && row > 0);
  moveDown_->setEnabled(has && row + 1 < model_->rowCount());
  remove_->setEnabled(has);
  zoomTo_->setEnabled(has);
  properties_->setEnabled(has);
  opacity_->setEnabled(has);
  const int value = has ? int(std::lround(model_->index(row).data(LayerModel::OpacityRole).toDouble() * 100)) : 100;
  if (opacity_->value() != value) opacity_->setValue(value);
  opacityValue_->setText(tr("%1 %").arg(value));

  legend_->clear();
  const auto layer = has ? model_->layer(row) : nullptr;
  const auto items = layer ? layer->legendItems() : std::vector<std::pair<QString, QIcon>>{};
  for (const auto& [label, icon] : items) legend_->addItem(new QListWidgetItem(icon, label));
  legend_->setVisible(!items.empty());
  if (!items.empty())
    legend_->setFixedHeight(legend_->sizeHintForRow(0) * int(std::min<std::size_t>(items.size(), 9)) + 2 * legend_->frameWidth() + 2);
}

void LayerPanel::showContextMenu(const QPoint& pos) {
  const QModelIndex index = view_->indexAt(pos);
  if (!index.isValid()) return;
  setCurrentRow(index.row());
  QMenu menu(this);
  menu.addAction(zoomTo_);
  menu.addAction(properties_);
  menu.addSeparator();
  menu.addAction(moveUp_);
  menu.addAction(moveDown_);
  menu.addSeparator();
  menu.addAction(remove_);
  menu.exec(view_->viewport()->mapToGlobal(pos));
}

}  // namespace hp::gui
