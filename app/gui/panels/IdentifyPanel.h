// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

#include "mapkit/layers/MapLayer.h"

class QLabel;
class QTreeWidget;

namespace hp::gui {

// Identify results, as QGIS lists them: layer, then feature or pixel, then field and value.
class IdentifyPanel : public QWidget {
  Q_OBJECT
 public:
  explicit IdentifyPanel(QWidget* parent = nullptr);

  QTreeWidget* tree() const { return tree_; }
  void showResults(const QPointF& mapPos, const QList<IdentifyResult>& results);
  void clear();
  // The value shown for `field` under the first result of `layerName` (empty when absent): for tests and
  // for copying.
  QString valueOf(const QString& layerName, const QString& field) const;

 private:
  QLabel* where_;
  QTreeWidget* tree_;
};

}  // namespace hp::gui
