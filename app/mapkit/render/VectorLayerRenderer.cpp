// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/render/VectorLayerRenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

#include "mapkit/render/LabelPlacement.h"
#include "mapkit/render/VectorOverview.h"

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
                                         VectorStyle style, std::shared_ptr<VectorOverview> overview)
    : LayerRenderer(std::move(name), opacity), data_(std::move(data)), style_(std::move(style)),
      overview_(std::move(overview)) {}

bool VectorLayerRenderer::drawFeatures(QPainter& painter, const render::MapViewport& vp, double pixelRatio,
                                       const std::vector<std::size_t>& features, const std::atomic<bool>& cancelled) const {
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

  painter.setRenderHint(QPainter::Antialiasing, true);
  QPen pen(style_.outline, style_.outlineWidthPx * pixelRatio);
  // Round joins cost Bézier arcs at every vertex of every outline (a third of the stroking time for
  // 5000 basins); on lines up to two pixels wide nobody can see them.
  const bool thin = pen.widthF() <= 2.0;
  pen.setJoinStyle(thin ? Qt::BevelJoin : Qt::RoundJoin);
  pen.setCapStyle(thin ? Qt::FlatCap : Qt::RoundCap);
  const QBrush fill = style_.fill.alpha() > 0 ? QBrush(style_.fill) : QBrush(Qt::NoBrush);
  QBrush hatch(style_.outline, Qt::BDiagPattern);
  hatch.setTransform(QTransform::fromScale(pixelRatio * 1.5, pixelRatio * 1.5));
  const double pointRadius = style_.pointSizePx * pixelRatio / 2;

  // One call per polygon: Qt's antialiasing rasteriser sweeps a path's whole bounding box, so a path of
  // many scattered polygons costs far more than the same polygons one by one (measured: 10 x).
  // Features smaller than a pixel are that pixel, drawn together at the end.
  QPolygonF specks;
  std::vector<QPolygonF> rings;                             // in screen pixels, clipped
  std::vector<std::pair<std::size_t, std::size_t>> polygons;  // each polygon's rings in `rings`
  std::size_t n = 0;
  for (const std::size_t i : features) {
    if ((++n & 255) == 0 && cancelled.load(std::memory_order_relaxed)) return false;
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
        const std::size_t first = rings.size();
        for (const QPolygonF& ring : f.parts) {
          const QPolygonF& s = needsClip ? clipRing(toScreen(ring), clip) : toScreen(ring);
          if (s.size() >= 3) rings.push_back(s);
        }
        if (rings.size() > first) polygons.emplace_back(first, rings.size());
        break;
      }
      case FeatureShape::Kind::Line:
        painter.setPen(pen);
        for (const QPolygonF& line : f.parts) painter.drawPolyline(toScreen(line));
        break;
      case FeatureShape::Kind::Point:
        painter.setPen(QPen(style_.outline, pixelRatio));
        painter.setBrush(style_.fill.alpha() > 0 ? QBrush(style_.fill) : QBrush(style_.outline));
        for (const QPolygonF& p : f.parts)
          if (!p.isEmpty())
            painter.drawEllipse(QPointF((p[0].x() - minX) / res, (maxY - p[0].y()) / res), pointRadius, pointRadius);
        break;
    }
  }
  // Fills first, without antialiasing, then every outline antialiased over them: the outline hides the
  // fill's stepped edge, and an aliased fill costs a third of an antialiased one. Layers without an
  // outline keep smooth fills.
  const bool outlined = style_.outline.alpha() > 0 && pen.widthF() > 0;
  painter.setRenderHint(QPainter::Antialiasing, !outlined);
  painter.setPen(Qt::NoPen);
  for (const QBrush& brush : {fill, style_.hatched ? hatch : QBrush(Qt::NoBrush)}) {
    if (brush.style() == Qt::NoBrush) continue;
    painter.setBrush(brush);
    for (const auto& [from, to] : polygons) {
      if (to - from == 1) {
        painter.drawPolygon(rings[from], Qt::OddEvenFill);
        continue;
      }
      QPainterPath path;
      path.setFillRule(Qt::OddEvenFill);
      for (std::size_t r = from; r < to; ++r) path.addPolygon(rings[r]);
      painter.drawPath(path);
    }
    if (cancelled.load(std::memory_order_relaxed)) return false;
  }
  if (outlined) {
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (const QPolygonF& ring : rings) painter.drawPolygon(ring);
  }
  if (!specks.isEmpty()) {
    painter.setPen(QPen(style_.outline, pixelRatio));
    painter.drawPoints(specks);
  }
  return true;
}

void VectorLayerRenderer::render(RenderContext& ctx) {
  const render::MapViewport& vp = ctx.viewport;
  const Extent view = vp.extent();
  if (overview_) {
    // The build is not cancelled with the render that started it: a person panning on would cancel
    // every build, and every render after it would then draw all the features.
    static const std::atomic<bool> never{false};
    const QString styleKey = QStringLiteral("%1 %2 %3 %4 %5")
                                 .arg(style_.fill.rgba())
                                 .arg(style_.outline.rgba())
                                 .arg(style_.outlineWidthPx)
                                 .arg(style_.hatched)
                                 .arg(ctx.pixelRatio);
    QRectF source;
    const QImage level = overview_->levelFor(
        data_->extent, view, vp.mapUnitsPerPixel, styleKey,
        [&](QPainter& painter, const render::MapViewport& part) {
          return drawFeatures(painter, part, ctx.pixelRatio, data_->featuresIn(part.extent()), never);
        },
        source);
    if (!level.isNull()) {
      ctx.painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
      ctx.painter.drawImage(QRectF(0, 0, vp.widthPx, vp.heightPx), level, source);
      return;
    }
  }
  drawFeatures(ctx.painter, vp, ctx.pixelRatio, data_->featuresIn(view), ctx.cancelled);
}

void VectorLayerRenderer::renderLabels(RenderContext& ctx) {
  const Extent view = ctx.viewport.extent();
  const int field = int(data_->fieldNames.indexOf(style_.labelField));
  if (style_.labelField.isEmpty() || field < 0) return;
  QFont font;
  font.setPixelSize(int(std::lround(12 * ctx.pixelRatio)));
  font.setBold(true);
  const QFontMetricsF metrics(font);
  const QColor haloColor(255, 255, 255, 220);
  const double r = 1.5 * ctx.pixelRatio;
  const QPointF haloOffsets[] = {{-r, 0}, {r, 0}, {0, -r}, {0, r}, {-r * 0.7, -r * 0.7}, {r * 0.7, -r * 0.7},
                                 {-r * 0.7, r * 0.7}, {r * 0.7, r * 0.7}};
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
    // A polygon's name stays inside it (QGIS's "only labels that fit"): wider, it would name its neighbours.
    if (f.kind == FeatureShape::Kind::Polygon && width * vp.mapUnitsPerPixel > f.bbox.width()) continue;
    const QRectF box(px - width / 2 - pad, py - metrics.height() / 2 - pad, width + 2 * pad, metrics.height() + 2 * pad);
    if (!placement.place(box)) continue;
    const QPointF at(px - width / 2, py + metrics.ascent() / 2 - metrics.descent() / 2);
    // The halo as the text drawn around itself: glyphs come from Qt's cache, where stroking each
    // label's outline path cost a third of a millisecond.
    ctx.painter.setFont(font);
    ctx.painter.setPen(haloColor);
    for (const QPointF& d : haloOffsets) ctx.painter.drawText(at + d, text);
    ctx.painter.setPen(style_.labelColor);
    ctx.painter.drawText(at, text);
  }
}

}  // namespace hp::gui
