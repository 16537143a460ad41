// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/IdentifyPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hp::gui {

IdentifyPanel::IdentifyPanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("identifyPanel"));
  where_ = new QLabel(tr("Click the map with the Identify tool."), this);
  where_->setWordWrap(true);
  tree_ = new QTreeWidget(this);
  tree_->setObjectName(QStringLiteral("identifyTree"));
  tree_->setColumnCount(2);
  tree_->setHeaderLabels({tr("Feature"), tr("Value")});
  tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  tree_->setAlternatingRowColors(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(where_);
  layout->addWidget(tree_, 1);
}

void IdentifyPanel::clear() {
  tree_->clear();
  where_->setText(tr("Click the map with the Identify tool."));
}

void IdentifyPanel::showResults(const QPointF& mapPos, const QList<IdentifyResult>& results) {
  tree_->clear();
  where_->setText(results.isEmpty()
                      ? tr("Nothing at %1, %2.").arg(mapPos.x(), 0, 'f', 1).arg(mapPos.y(), 0, 'f', 1)
                      : tr("%n result(s) at %1, %2", nullptr, int(results.size()))
                            .arg(mapPos.x(), 0, 'f', 1)
                            .arg(mapPos.y(), 0, 'f', 1));
  QTreeWidgetItem* layerItem = nullptr;
  for (const IdentifyResult& r : results) {
    if (!layerItem || layerItem->text(0) != r.layerName) {
      layerItem = new QTreeWidgetItem(tree_, {r.layerName});
      QFont bold = layerItem->font(0);
      bold.setBold(true);
      layerItem->setFont(0, bold);
    }
    auto* featureItem = new QTreeWidgetItem(layerItem, {r.title});
    for (const auto& [field, value] : r.attributes) new QTreeWidgetItem(featureItem, {field, value});
  }
  tree_->expandAll();
}

QString IdentifyPanel::valueOf(const QString& layerName, const QString& field) const {
  for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
    const QTreeWidgetItem* layer = tree_->topLevelItem(i);
    if (layer->text(0) != layerName || layer->childCount() == 0) continue;
    const QTreeWidgetItem* feature = layer->child(0);
    for (int j = 0; j < feature->childCount(); ++j)
      if (feature->child(j)->text(0) == field) return feature->child(j)->text(1);
  }
  return {};
}

}  // namespace hp::gui
