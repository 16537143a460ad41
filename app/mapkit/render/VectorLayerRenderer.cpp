// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/render/VectorLayerRenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

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
  auto toScreen = [&](const QPolygonF& part) {
    QPolygonF out;
    out.reserve(part.size());
    QPointF last(1e300, 1e300);
    for (qsizetype i = 0; i < part.size(); ++i) {
      const QPointF s((part[i].x() - minX) / res, (maxY - part[i].y()) / res);
      // Vertices closer than a third of a pixel add nothing visible; the last one closes the ring.
      if (i + 1 < part.size() && std::abs(s.x() - last.x()) < 0.33 && std::abs(s.y() - last.y()) < 0.33) continue;
      out.append(s);
      last = s;
    }
    return out;
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

  std::size_t n = 0;
  for (const FeatureShape& f : data_->features) {
    if ((++n & 255) == 0 && ctx.isCancelled()) return;
    if (!f.bbox.intersects(view)) continue;
    const bool needsClip = !view.contains(f.bbox);
    switch (f.kind) {
      case FeatureShape::Kind::Polygon: {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF& ring : f.parts) {
          QPolygonF s = toScreen(ring);
          if (needsClip) s = clipRing(s, clip);
          if (s.size() < 3) continue;
          path.addPolygon(s);
          path.closeSubpath();
        }
        if (path.isEmpty()) break;
        painter.fillPath(path, fill);
        if (style_.hatched) painter.fillPath(path, hatch);
        painter.strokePath(path, pen);
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
  for (const FeatureShape& f : data_->features) {
    if (ctx.isCancelled()) return;
    if (!view.contains(f.labelPoint.x(), f.labelPoint.y())) continue;
    const QString text = QString::fromStdString(toString(f.attributes[std::size_t(field)]));
    if (text.isEmpty()) continue;
    double px, py;
    vp.toScreen(f.labelPoint.x(), f.labelPoint.y(), px, py);
    QPainterPath path;
    path.addText(QPointF(px - metrics.horizontalAdvance(text) / 2, py + metrics.ascent() / 2 - metrics.descent() / 2),
                 font, text);
    ctx.painter.strokePath(path, halo);
    ctx.painter.fillPath(path, style_.labelColor);
  }
}

}  // namespace hp::gui
