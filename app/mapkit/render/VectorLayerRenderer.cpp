// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/render/VectorLayerRenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

#include "mapkit/render/LabelPlacement.h"

namespace hp::gui {

namespace {

// Sutherland–Hodgman against one axis-aligned edge; keeps the side where inside(p) holds.
template <typename Inside, typename Cross>
QPolygonF clipEdge(const QPolygonF& in, Inside inside, Cross cross) {
  QPolygonF out;
  if (in.isEmpty()) return out;
  QPointF prev = in.last();
  bool prevIn = inside(prev);
  for (const QPointF& cur : in) {
    const bool curIn = inside(cur);
    if (curIn != prevIn) out.append(cross(prev, cur));
    if (curIn) out.append(cur);
    prev = cur;
    prevIn = curIn;
  }
  return out;
}

// Clips a ring to `r` so that far-off coordinates of a deep zoom never reach the rasteriser.
QPolygonF clipRing(const QPolygonF& ring, const QRectF& r) {
  auto atX = [](double x) {
    return [x](const QPointF& a, const QPointF& b) {
      const double t = (x - a.x()) / (b.x() - a.x());
      return QPointF(x, a.y() + t * (b.y() - a.y()));
    };
  };
  auto atY = [](double y) {
    return [y](const QPointF& a, const QPointF& b) {
      const double t = (y - a.y()) / (b.y() - a.y());
      return QPointF(a.x() + t * (b.x() - a.x()), y);
    };
  };
  QPolygonF p = clipEdge(ring, [&](const QPointF& q) { return q.x() >= r.left(); }, atX(r.left()));
  p = clipEdge(p, [&](const QPointF& q) { return q.x() <= r.right(); }, atX(r.right()));
  p = clipEdge(p, [&](const QPointF& q) { return q.y() >= r.top(); }, atY(r.top()));
  return clipEdge(p, [&](const QPointF& q) { return q.y() <= r.bottom(); }, atY(r.bottom()));
}

}  // namespace

VectorLayerRenderer::VectorLayerRenderer(QString name, double opacity, std::shared_ptr<const VectorData> data,
                                         VectorStyle style)
    : LayerRenderer(std::move(name), opacity), data_(std::move(data)), style_(std::move(style)) {}

void VectorLayerRenderer::render(RenderContext& ctx) {
  const render::MapViewport& vp = ctx.viewport;
  const Extent view = vp.extent();
  const double minX = view.minX, maxY = view.maxY, res = vp.mapUnitsPerPixel;
  // A margin wider than any pen keeps clipped edges out of sight.
  const QRectF clip(-16, -16, vp.widthPx + 32, vp.heightPx + 32);
  // Simplified to the pixel size: vertices closer than a third of a pixel to the last one kept add
  // nothing visible; the last one closes the ring.
  QPolygonF screen;
  auto toScreen = [&](const QPolygonF& part) -> const QPolygonF& {
    screen.clear();
    screen.reserve(part.size());
    QPointF last(1e300, 1e300);
    for (qsizetype i = 0; i < part.size(); ++i) {
      const QPointF s((part[i].x() - minX) / res, (maxY - part[i].y()) / res);
      if (i + 1 < part.size() && std::abs(s.x() - last.x()) < 0.33 && std::abs(s.y() - last.y()) < 0.33) continue;
      screen.append(s);
      last = s;
    }
    return screen;
  };

  QPainter& painter = ctx.painter;
  painter.setRenderHint(QPainter::Antialiasing, true);
  QPen pen(style_.outline, style_.outlineWidthPx * ctx.pixelRatio);
  pen.setJoinStyle(Qt::RoundJoin);
  pen.setCapStyle(Qt::RoundCap);
  const QBrush fill = style_.fill.alpha() > 0 ? QBrush(style_.fill) : QBrush(Qt::NoBrush);
  QBrush hatch(style_.outline, Qt::BDiagPattern);
  hatch.setTransform(QTransform::fromScale(ctx.pixelRatio * 1.5, ctx.pixelRatio * 1.5));
  const double pointRadius = style_.pointSizePx * ctx.pixelRatio / 2;

  // Polygons go into one path, filled and outlined once: per-feature painter calls cost more than the
  // pixels at 200 000 parcels, and one non-zero fill leaves no seams where neighbours meet. Features
  // smaller than a pixel are drawn as that pixel.
  QPainterPath polygons;
  polygons.setFillRule(Qt::WindingFill);
  QPolygonF specks;
  std::size_t n = 0;
  for (const std::size_t i : data_->featuresIn(view)) {
    if ((++n & 1023) == 0 && ctx.isCancelled()) return;
    const FeatureShape& f = data_->features[i];
    switch (f.kind) {
      case FeatureShape::Kind::Polygon: {
        if (f.bbox.width() < res && f.bbox.height() < res) {
          // At a pixel's centre, so the antialiased dot is that one pixel and not a smudge over four.
          specks.append(QPointF(std::floor((f.bbox.centerX() - minX) / res) + 0.5,
                                std::floor((maxY - f.bbox.centerY()) / res) + 0.5));
          break;
        }
        const bool needsClip = !view.contains(f.bbox);
        for (const QPolygonF& ring : f.parts) {
          const QPolygonF& s = needsClip ? clipRing(toScreen(ring), clip) : toScreen(ring);
          if (s.size() < 3) continue;
          polygons.addPolygon(s);
          polygons.closeSubpath();
        }
        break;
      }
      case FeatureShape::Kind::Line:
        painter.setPen(pen);
        for (const QPolygonF& line : f.parts) painter.drawPolyline(toScreen(line));
        break;
      case FeatureShape::Kind::Point:
        painter.setPen(QPen(style_.outline, ctx.pixelRatio));
        painter.setBrush(style_.fill.alpha() > 0 ? QBrush(style_.fill) : QBrush(style_.outline));
        for (const QPolygonF& p : f.parts)
          if (!p.isEmpty())
            painter.drawEllipse(QPointF((p[0].x() - minX) / res, (maxY - p[0].y()) / res), pointRadius, pointRadius);
        break;
    }
  }
  if (ctx.isCancelled()) return;
  if (!polygons.isEmpty()) {
    painter.fillPath(polygons, fill);
    if (style_.hatched) painter.fillPath(polygons, hatch);
    if (ctx.isCancelled()) return;
    painter.strokePath(polygons, pen);
  }
  if (!specks.isEmpty()) {
    painter.setPen(QPen(style_.outline, ctx.pixelRatio));
    painter.drawPoints(specks);
  }
}

void VectorLayerRenderer::renderLabels(RenderContext& ctx) {
  const Extent view = ctx.viewport.extent();
  const int field = int(data_->fieldNames.indexOf(style_.labelField));
  if (style_.labelField.isEmpty() || field < 0) return;
  QFont font;
  font.setPixelSize(int(std::lround(12 * ctx.pixelRatio)));
  font.setBold(true);
  const QFontMetricsF metrics(font);
  QPen halo(QColor(255, 255, 255, 220), 3 * ctx.pixelRatio);
  halo.setJoinStyle(Qt::RoundJoin);
  const render::MapViewport& vp = ctx.viewport;
  LabelPlacement own(vp.widthPx, vp.heightPx);
  LabelPlacement& placement = ctx.labels ? *ctx.labels : own;
  // A polygon smaller on screen than a line of text gets no name: at region scale its label would only
  // hide the map, and the collision test would pick a random few.
  const double minSideMap = metrics.height() * vp.mapUnitsPerPixel;
  const double pad = 2 * ctx.pixelRatio;
  for (const std::size_t i : data_->featuresIn(view)) {
    if (ctx.isCancelled()) return;
    const FeatureShape& f = data_->features[i];
    if (!view.contains(f.labelPoint.x(), f.labelPoint.y())) continue;
    if (f.kind == FeatureShape::Kind::Polygon && f.bbox.width() < minSideMap && f.bbox.height() < minSideMap) continue;
    const QString text = QString::fromStdString(toString(f.attributes[std::size_t(field)]));
    if (text.isEmpty()) continue;
    double px, py;
    vp.toScreen(f.labelPoint.x(), f.labelPoint.y(), px, py);
    const double width = metrics.horizontalAdvance(text);
    const QRectF box(px - width / 2 - pad, py - metrics.height() / 2 - pad, width + 2 * pad, metrics.height() + 2 * pad);
    if (!placement.place(box)) continue;
    QPainterPath path;
    path.addText(QPointF(px - width / 2, py + metrics.ascent() / 2 - metrics.descent() / 2), font, text);
    ctx.painter.strokePath(path, halo);
    ctx.painter.fillPath(path, style_.labelColor);
  }
}

}  // namespace hp::gui
