// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/MeasureTool.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>
#include <limits>
#include <vector>

#include "geo/Error.h"
#include "geo/GeodesicMeasure.h"
#include "gui/map/MapCanvas.h"
#include "mapkit/layers/LayerModel.h"

namespace hp::gui {

MeasureTool::MeasureTool(MapCanvas* canvas, Mode mode) : MapTool(canvas), mode_(mode) { setCursor(Qt::CrossCursor); }

MeasureTool::~MeasureTool() = default;

QString MeasureTool::formatDistance(double metres) {
  const QLocale locale;
  return tr("%1 km (%2 mi)")
      .arg(locale.toString(metres / 1000.0, 'f', 3), locale.toString(metres / kMetresPerMile, 'f', 3));
}

QString MeasureTool::formatArea(double squareMetres) {
  const QLocale locale;
  return tr("%1 km² (%2 sq mi)")
      .arg(locale.toString(squareMetres / 1e6, 'f', 3),
           locale.toString(squareMetres / kSquareMetresPerSquareMile, 'f', 3));
}

double MeasureTool::measure(const QPolygonF& points) const {
  const Crs& crs = canvas()->layers()->mapCrs();
  if (crs.isEmpty()) return std::numeric_limits<double>::quiet_NaN();
  try {
    if (!geodesic_ || !geodesicCrs_.isSame(crs)) {
      geodesic_ = std::make_unique<GeodesicMeasure>(crs);
      geodesicCrs_ = crs;
    }
    std::vector<double> x, y;
    for (const QPointF& p : points) {
      x.push_back(p.x());
      y.push_back(p.y());
    }
    return mode_ == Mode::Distance ? geodesic_->lengthM(x, y) : geodesic_->areaM2(x, y);
  } catch (const Error&) {
    geodesic_.reset();
    return std::numeric_limits<double>::quiet_NaN();
  }
}

void MeasureTool::update(bool withCursor) {
  QPolygonF points = points_;
  if (withCursor && !finished_) points.append(cursorMap_);
  const double value = measure(points);
  if (std::isnan(value))
    text_ = tr("Cannot measure: the map has no usable coordinate reference system.");
  else
    text_ = mode_ == Mode::Distance ? formatDistance(value) : formatArea(value);
  canvas()->update();
  emit measured(text_);
}

void MeasureTool::canvasPressEvent(QMouseEvent* event) {
  if (!canvas()->viewport().isValid()) return;
  if (event->button() == Qt::RightButton) {
    if (!points_.isEmpty()) {
      finished_ = true;
      update(false);
    }
    return;
  }
  if (event->button() != Qt::LeftButton) return;
  if (finished_) clear();
  const SnapResult s = snapCursor(snapper_, *canvas(), event->position());
  points_.append(s.point);
  cursorMap_ = s.point;
  cursorSnap_ = s.kind;
  update(false);
}

void MeasureTool::canvasMoveEvent(QMouseEvent* event) {
  if (!canvas()->viewport().isValid()) return;
  const SnapResult s = snapCursor(snapper_, *canvas(), event->position());
  cursorMap_ = s.point;
  cursorSnap_ = s.kind;
  if (!points_.isEmpty() && !finished_)
    update(true);
  else
    canvas()->update();
}

void MeasureTool::canvasDoubleClickEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || points_.isEmpty()) return;
  finished_ = true;
  update(false);
}

bool MeasureTool::wantsKey(const QKeyEvent* event) const {
  return !points_.isEmpty() && (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Escape);
}

bool MeasureTool::canvasKeyPressEvent(QKeyEvent* event) {
  if (!wantsKey(event)) return false;
  if (event->key() == Qt::Key_Escape) {
    clear();
    canvas()->update();
    return true;
  }
  points_.removeLast();
  update(!finished_);
  return true;
}

void MeasureTool::clear() {
  points_.clear();
  finished_ = false;
  text_.clear();
}

void MeasureTool::paint(QPainter& painter) {
  MapCanvas& c = *canvas();
  if (!points_.isEmpty()) {
    QPolygonF screen;
    for (const QPointF& p : points_) screen.append(c.toWidget(p));
    if (!finished_) screen.append(c.toWidget(cursorMap_));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour(30, 90, 200);
    if (mode_ == Mode::Area && screen.size() >= 3) {
      painter.setPen(QPen(colour, 2));
      painter.setBrush(QColor(30, 90, 200, 50));
      painter.drawPolygon(screen);
    } else {
      painter.setPen(QPen(colour, 2));
      painter.drawPolyline(screen);
    }
    painter.setBrush(Qt::white);
    painter.setPen(QPen(colour, 1));
    for (qsizetype i = 0; i < points_.size(); ++i) painter.drawEllipse(screen[i], 3.5, 3.5);
    if (!text_.isEmpty()) {
      // The figure beside the last point, on a white box so it reads over any map.
      QFont font = painter.font();
      font.setBold(true);
      painter.setFont(font);
      const QRectF box = painter.fontMetrics().boundingRect(text_).adjusted(-4, -2, 4, 2);
      const QRectF at = box.translated(screen.back() + QPointF(12, -12) - box.bottomLeft());
      painter.setPen(QPen(colour, 1));
      painter.setBrush(QColor(255, 255, 255, 230));
      painter.drawRect(at);
      painter.setPen(Qt::black);
      painter.drawText(at, Qt::AlignCenter, text_);
    }
    painter.restore();
  }
  if (!finished_) Snapper::paintMarker(painter, c.toWidget(cursorMap_), cursorSnap_);
}

void MeasureTool::deactivate() {
  clear();
  cursorSnap_ = SnapResult::Kind::None;
  MapTool::deactivate();
}

}  // namespace hp::gui
