// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/MapStatusWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>

#include <cmath>

#include "geo/Crs.h"
#include "geo/Error.h"
#include "mapkit/layers/LayerModel.h"
#include "gui/map/MapCanvas.h"

namespace hp::gui {

MapStatusWidget::MapStatusWidget(MapCanvas* canvas, QWidget* parent) : QWidget(parent), canvas_(canvas) {
  setObjectName(QStringLiteral("mapStatus"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(6);

  coordinates_ = new QLabel(this);
  coordinates_->setObjectName(QStringLiteral("coordinateLabel"));
  coordinates_->setToolTip(tr("Cursor position in the map CRS"));
  coordinates_->setMinimumWidth(coordinates_->fontMetrics().horizontalAdvance(QStringLiteral("0000000.0, 00000000.0")));
  latLon_ = new QLabel(this);
  latLon_->setObjectName(QStringLiteral("latLonLabel"));
  latLon_->setToolTip(tr("Cursor position as WGS 84 latitude and longitude"));
  latLon_->setMinimumWidth(latLon_->fontMetrics().horizontalAdvance(QStringLiteral("00.000000° N, 000.000000° E")));

  scale_ = new QComboBox(this);
  scale_->setObjectName(QStringLiteral("scaleCombo"));
  scale_->setEditable(true);
  scale_->setInsertPolicy(QComboBox::NoInsert);
  scale_->setToolTip(tr("Map scale; type one to zoom to it"));
  scale_->setMinimumContentsLength(11);
  for (double d : {1000000.0, 500000.0, 250000.0, 100000.0, 50000.0, 25000.0, 10000.0, 5000.0})
    scale_->addItem(formatScale(d));
  connect(scale_->lineEdit(), &QLineEdit::editingFinished, this, &MapStatusWidget::applyScaleText);
  connect(scale_, &QComboBox::activated, this, &MapStatusWidget::applyScaleText);

  busy_ = new QProgressBar(this);
  busy_->setRange(0, 0);
  busy_->setMaximumWidth(60);
  busy_->setMaximumHeight(14);
  busy_->setTextVisible(false);
  busy_->setToolTip(tr("Rendering the map"));
  busy_->hide();

  crs_ = new QLabel(this);
  crs_->setObjectName(QStringLiteral("crsLabel"));

  layout->addWidget(new QLabel(tr("Coordinate"), this));
  layout->addWidget(coordinates_);
  layout->addWidget(latLon_);
  layout->addWidget(new QLabel(tr("Scale"), this));
  layout->addWidget(scale_);
  layout->addWidget(busy_);
  layout->addWidget(crs_);

  connect(canvas_, &MapCanvas::cursorMoved, this, &MapStatusWidget::showPosition);
  connect(canvas_, &MapCanvas::viewportChanged, this, &MapStatusWidget::updateScale);
  connect(canvas_, &MapCanvas::renderStarted, busy_, &QWidget::show);
  connect(canvas_, &MapCanvas::renderFinished, busy_, &QWidget::hide);
  connect(canvas_, &MapCanvas::renderCancelled, busy_, &QWidget::hide);
  connect(canvas_->layers(), &LayerModel::mapCrsChanged, this, &MapStatusWidget::updateCrs);
  updateCrs();
}

MapStatusWidget::~MapStatusWidget() = default;

QString MapStatusWidget::formatLatLon(double latitude, double longitude) {
  return tr("%1° %2, %3° %4")
      .arg(std::abs(latitude), 0, 'f', 6)
      .arg(latitude >= 0 ? tr("N") : tr("S"))
      .arg(std::abs(longitude), 0, 'f', 6)
      .arg(longitude >= 0 ? tr("E") : tr("W"));
}

QString MapStatusWidget::formatScale(double denominator) {
  return QStringLiteral("1:%1").arg(QLocale().toString(qlonglong(std::llround(denominator))));
}

double MapStatusWidget::parseScale(const QString& text) {
  QString number = text.section(QLatin1Char(':'), -1);
  number.remove(QRegularExpression(QStringLiteral("[^0-9]")));
  return number.isEmpty() ? 0.0 : number.toDouble();
}

void MapStatusWidget::showPosition(const QPointF& mapPos) {
  const Crs& crs = canvas_->layers()->mapCrs();
  const int decimals = crs.isGeographic() ? 6 : 1;
  coordinates_->setText(QStringLiteral("%1, %2").arg(mapPos.x(), 0, 'f', decimals).arg(mapPos.y(), 0, 'f', decimals));
  double lon = mapPos.x(), lat = mapPos.y();
  if (toWgs84_ && toWgs84_->transform(lon, lat) && std::isfinite(lat) && std::isfinite(lon))
    latLon_->setText(formatLatLon(lat, lon));
  else
    latLon_->clear();
}

void MapStatusWidget::updateScale() {
  const double d = canvas_->scaleDenominator();
  if (!scale_->lineEdit()->hasFocus()) scale_->setEditText(d > 0 ? formatScale(d) : QString());
}

void MapStatusWidget::applyScaleText() {
  const double d = parseScale(scale_->currentText());
  if (d > 0) canvas_->zoomToScale(d);
  // What was typed ("1:50000") comes back in the usual form ("1:50,000").
  const double now = canvas_->scaleDenominator();
  scale_->setEditText(now > 0 ? formatScale(now) : QString());
}

void MapStatusWidget::updateCrs() {
  const Crs& crs = canvas_->layers()->mapCrs();
  toWgs84_.reset();
  if (crs.isEmpty()) {
    crs_->setText(tr("No CRS"));
    crs_->setToolTip(QString());
    coordinates_->clear();
    latLon_->clear();
    return;
  }
  crs_->setText(QString::fromStdString(crs.authId()));
  crs_->setToolTip(tr("Map CRS: %1").arg(QString::fromStdString(crs.name())));
  try {
    toWgs84_ = std::make_unique<CoordinateTransform>(crs, Crs::wgs84());
  } catch (const Error&) {
    // A CRS with no path to WGS 84 (another planet): coordinates only in the map CRS.
  }
}

}  // namespace hp::gui
