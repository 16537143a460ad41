// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/MapLayer.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>

namespace hp::gui {

static quint64 nextLayerId() {
  static std::atomic<quint64> next{1};
  return next++;
}

MapLayer::MapLayer(QString name, QString source, Crs sourceCrs)
    : id_(nextLayerId()), name_(std::move(name)), source_(std::move(source)), sourceCrs_(std::move(sourceCrs)) {}

void MapLayer::setOpacity(double opacity) { opacity_ = std::clamp(opacity, 0.0, 1.0); }

QString MapLayer::summary() const {
  return QCoreApplication::translate("MapLayer", "File: %1\nCRS: %2 (%3)")
      .arg(source_, QString::fromStdString(sourceCrs_.authId()), QString::fromStdString(sourceCrs_.name()));
}

}  // namespace hp::gui
