// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/LayoutGraticule.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <optional>

#include "export/Graticule.h"
#include "geo/Error.h"

namespace hp::exporting {

namespace {

constexpr int kSamples = 64;  // points per line: enough for a UTM meridian to bend smoothly

// Where the page polyline crosses the horizontal (vertical == false) or vertical line at `at`.
std::optional<double> crossing(const QPolygonF& line, double at, bool vertical) {
  for (qsizetype i = 1; i < line.size(); ++i) {
    const double a = vertical ? line[i - 1].x() : line[i - 1].y();
    const double b = vertical ? line[i].x() : line[i].y();
    if ((a - at) * (b - at) > 0 || a == b) continue;
    const double t = (at - a) / (b - a);
    const QPointF p = line[i - 1] + t * (line[i] - line[i - 1]);
    return vertical ? p.y() : p.x();
  }
  return std::nullopt;
}

}  // namespace

bool paintGraticule(QPainter& painter, const QRectF& frame, const Extent& extent, const Crs& crs, const QFont& labelFont) {
  if (crs.isEmpty() || extent.isEmpty() || frame.isEmpty()) return false;
  std::optional<CoordinateTransform> toGeo, fromGeo;
  Extent geo;
  try {
    toGeo.emplace(crs, Crs::wgs84());
    fromGeo.emplace(Crs::wgs84(), crs);
    geo = toGeo->transformBounds(extent);
  } catch (const Error&) {
    return false;
  }
  if (geo.isEmpty()) return false;
  const double lonStep = niceGraticuleStep(geo.minX, geo.maxX, 4);
  const double latStep = niceGraticuleStep(geo.minY, geo.maxY, 4);
  if (!(lonStep > 0) || !(latStep > 0)) return false;
  // One step beyond the bounds so each line reaches the frame's edges before it is clipped.
  const double lon0 = geo.minX - lonStep, lon1 = geo.maxX + lonStep;
  const double lat0 = std::max(-89.9, geo.minY - latStep), lat1 = std::min(89.9, geo.maxY + latStep);

  auto toPage = [&](double mapX, double mapY) {
    return QPointF(frame.left() + (mapX - extent.minX) / extent.width() * frame.width(),
                   frame.top() + (extent.maxY - mapY) / extent.height() * frame.height());
  };
  auto line = [&](bool meridian, double value) {
    std::vector<double> xs, ys;
    for (int i = 0; i <= kSamples; ++i) {
      const double t = double(i) / kSamples;
      xs.push_back(meridian ? value : lon0 + t * (lon1 - lon0));
      ys.push_back(meridian ? lat0 + t * (lat1 - lat0) : value);
    }
    QPolygonF out;
    if (!fromGeo->transform(xs, ys)) return out;
    for (std::size_t i = 0; i < xs.size(); ++i) out << toPage(xs[i], ys[i]);
    return out;
  };

  const QFontMetricsF fm(labelFont);
  const double gap = fm.height() * 0.25;
  painter.save();
  painter.setFont(labelFont);
  QPen pen(QColor(60, 60, 60, 170), std::max(1.0, labelFont.pixelSize() / 12.0));
  painter.setBrush(Qt::NoBrush);

  auto label = [&](const QString& text, QPointF anchor, bool vertical, bool before) {
    painter.save();
    painter.setPen(QColor(40, 40, 40));
    painter.translate(anchor);
    if (vertical) painter.rotate(-90);  // reads bottom to top along the left and right edges
    const double w = fm.horizontalAdvance(text);
    // Horizontal: centred on the line, above (before) or below the frame. Vertical (rotated): centred
    // on the line, outside the frame on the left (before) or right.
    const double y = before ? -gap - fm.descent() : gap + fm.ascent();
    painter.drawText(QPointF(-w / 2, y), text);
    painter.restore();
  };

  for (double lon : graticuleValues(lon0, lon1, lonStep)) {
    const QPolygonF l = line(true, lon);
    if (l.size() < 2) continue;
    painter.save();
    painter.setClipRect(frame, Qt::IntersectClip);
    painter.setPen(pen);
    painter.drawPolyline(l);
    painter.restore();
    const QString text = QString::fromStdString(graticuleLabel(lon, false));
    if (const auto x = crossing(l, frame.top(), false); x && *x > frame.left() && *x < frame.right())
      label(text, QPointF(*x, frame.top()), false, true);
    if (const auto x = crossing(l, frame.bottom(), false); x && *x > frame.left() && *x < frame.right())
      label(text, QPointF(*x, frame.bottom()), false, false);
  }
  for (double lat : graticuleValues(lat0, lat1, latStep)) {
    const QPolygonF l = line(false, lat);
    if (l.size() < 2) continue;
    painter.save();
    painter.setClipRect(frame, Qt::IntersectClip);
    painter.setPen(pen);
    painter.drawPolyline(l);
    painter.restore();
    const QString text = QString::fromStdString(graticuleLabel(lat, true));
    if (const auto y = crossing(l, frame.left(), true); y && *y > frame.top() && *y < frame.bottom())
      label(text, QPointF(frame.left(), *y), true, true);
    if (const auto y = crossing(l, frame.right(), true); y && *y > frame.top() && *y < frame.bottom())
      label(text, QPointF(frame.right(), *y), true, false);
  }
  painter.restore();
  return true;
}

double trueNorthDegrees(const Extent& extent, const Crs& crs) {
  if (crs.isEmpty() || extent.isEmpty() || crs.isGeographic()) return 0;
  try {
    const CoordinateTransform toGeo(crs, Crs::wgs84());
    const CoordinateTransform fromGeo(Crs::wgs84(), crs);
    double x = extent.centerX(), y = extent.centerY();
    if (!toGeo.transform(x, y)) return 0;
    double nx = x, ny = y + 0.01;
    if (!fromGeo.transform(nx, ny)) return 0;
    double cx = extent.centerX(), cy = extent.centerY();
    return std::atan2(nx - cx, ny - cy) * 180.0 / M_PI;
  } catch (const Error&) {
    return 0;
  }
}

}  // namespace hp::exporting
