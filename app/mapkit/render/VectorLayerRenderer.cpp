// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/render/VectorLayerRenderer.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>

#include <algorithm>
#include <cmath>
#include <system_error>
#include <thread>

#include "mapkit/render/ImageMemory.h"
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

Extent grown(const Extent& e, double by) { return Extent{e.minX - by, e.minY - by, e.maxX + by, e.maxY + by}; }

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
  // Every ring's screen points in one buffer (a heap block per ring cost as much as drawing it), in
  // huge pages (a whole layer's points are 21 MB, faulted in 4 KB at a time otherwise).
  std::vector<QPointF, LargeAllocator<QPointF>> points;
  {
    std::size_t total = 0;
    for (const std::size_t i : features)
      // + what a clip adds
    for (const QPolygonF& part : data_->features[i].parts) total += std::size_t(part.size()) + 8;
    points.reserve(total);
  }
  std::vector<std::pair<std::size_t, int>> rings;             // first point in `points`, count; clipped
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
          if (s.size() < 3) continue;
          rings.emplace_back(points.size(), int(s.size()));
          points.insert(points.end(), s.cbegin(), s.cend());
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
        painter.drawPolygon(points.data() + rings[from].first, rings[from].second, Qt::OddEvenFill);
        continue;
      }
      QPainterPath path;
      path.setFillRule(Qt::OddEvenFill);
      for (std::size_t r = from; r < to; ++r) {
        path.moveTo(points[rings[r].first]);
        for (int k = 1; k < rings[r].second; ++k) path.lineTo(points[rings[r].first + std::size_t(k)]);
      }
      painter.drawPath(path);
    }
    if (cancelled.load(std::memory_order_relaxed)) return false;
  }
  if (outlined) {
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (const auto& [first, count] : rings) painter.drawPolygon(points.data() + first, count);
  }
  if (!specks.isEmpty()) {
    painter.setPen(QPen(style_.outline, pixelRatio));
    painter.drawPoints(specks);
  }
  return true;
}

double VectorLayerRenderer::reachPx(double pixelRatio) const {
  // Half a pen, or a point's radius, with room to spare for antialiasing and joins; a speck's dot.
  return (2 * std::max(style_.outlineWidthPx, 1.0) + style_.pointSizePx / 2) * pixelRatio + 2;
}

bool VectorLayerRenderer::drawInBands(QPainter& painter, const render::MapViewport& vp, double pixelRatio, int bands,
                                      const std::atomic<bool>& cancelled) const {
  const double reach = reachPx(pixelRatio);
  return drawInBands(painter, vp, pixelRatio, data_->featuresIn(grown(vp.extent(), reach * vp.mapUnitsPerPixel)), bands,
                     cancelled);
}

bool VectorLayerRenderer::drawInBands(QPainter& painter, const render::MapViewport& vp, double pixelRatio,
                                      const std::vector<std::size_t>& features, int bands,
                                      const std::atomic<bool>& cancelled) const {
  const double reach = reachPx(pixelRatio);
  const int w = std::max(1, vp.widthPx), h = std::max(1, vp.heightPx);
  bands = std::clamp(bands, 1, h);
  // Each feature's rows on screen, as far as its drawing reaches.
  const double maxY = vp.extent().maxY, res = vp.mapUnitsPerPixel;
  std::vector<std::pair<double, double>> rows;
  rows.reserve(features.size());
  for (const std::size_t i : features) {
    const Extent& b = data_->features[i].bbox;
    rows.emplace_back((maxY - b.maxY) / res - reach, (maxY - b.minY) / res + reach);
  }
  // Bands of about as many features each: split at quantiles of the features' middle rows.
  std::vector<int> edges{0};
  {
    std::vector<double> middles;
    middles.reserve(rows.size());
    for (const auto& [top, bottom] : rows) middles.push_back((top + bottom) / 2);
    std::sort(middles.begin(), middles.end());
    for (int b = 1; b < bands; ++b) {
      const std::size_t q = std::min(middles.size() - 1, middles.size() * std::size_t(b) / std::size_t(bands));
      const int at = middles.empty() ? h * b / bands : int(std::lround(middles[q]));
      edges.push_back(std::clamp(at, edges.back() + 1, h - (bands - b)));
    }
  }
  edges.push_back(h);

  std::vector<QImage> images;
  images.resize(std::size_t(bands));
  std::vector<char> done(std::size_t(bands), 0);
  auto drawBand = [&](int b) {
    try {
      const int r0 = edges[std::size_t(b)], r1 = edges[std::size_t(b) + 1];
      std::vector<std::size_t> own;
      for (std::size_t k = 0; k < features.size(); ++k)
        if (rows[k].second >= r0 && rows[k].first <= r1) own.push_back(features[k]);
      // The whole view, not the band alone: a feature crossing the band's edge is drawn as one thread
      // draws it, never cut by the edge of a smaller image.
      QImage image = newTransparentImage(w, h);
      if (image.isNull()) return;  // out of memory: the band stays out, as a cancelled one does
      QPainter p(&image);
      const bool finished = drawFeatures(p, vp, pixelRatio, own, cancelled);
      p.end();
      images[std::size_t(b)] = std::move(image);
      done[std::size_t(b)] = finished;
    } catch (...) {
      done[std::size_t(b)] = 0;  // out of memory: the band stays out, as a cancelled one does
    }
  };
  std::vector<std::thread> helpers;
  for (int b = 1; b < bands; ++b) {
    try {
      helpers.emplace_back(drawBand, b);
    } catch (const std::system_error&) {
      drawBand(b);  // no thread to be had: this one draws the band too
    }
  }
  drawBand(0);
  for (std::thread& t : helpers) t.join();
  if (std::find(done.begin(), done.end(), 0) != done.end()) return false;
  for (int b = 0; b < bands; ++b) {
    const int r0 = edges[std::size_t(b)], r1 = edges[std::size_t(b) + 1];
    painter.drawImage(QPoint(0, r0), images[std::size_t(b)], QRect(0, r0, w, r1 - r0));
  }
  return true;
}

void VectorLayerRenderer::render(RenderContext& ctx) {
  const render::MapViewport& vp = ctx.viewport;
  const Extent view = vp.extent();
  // Features just outside a view (or an overview's half) still reach into it with their outline.
  const double reach = reachPx(ctx.pixelRatio);
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
          return drawFeatures(painter, part, ctx.pixelRatio,
                              data_->featuresIn(grown(part.extent(), reach * part.mapUnitsPerPixel)), never);
        },
        source);
    if (!level.isNull()) {
      ctx.painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
      ctx.painter.drawImage(QRectF(0, 0, vp.widthPx, vp.heightPx), level, source);
      return;
    }
  }
  const std::vector<std::size_t> features = data_->featuresIn(grown(view, reach * vp.mapUnitsPerPixel));
  if (worthBands(features, ctx.pixelRatio) && std::thread::hardware_concurrency() >= 2) {
    drawInBands(ctx.painter, vp, ctx.pixelRatio, features, 2, ctx.cancelled);
    return;
  }
  drawFeatures(ctx.painter, vp, ctx.pixelRatio, features, ctx.cancelled);
}

bool VectorLayerRenderer::worthBands(const std::vector<std::size_t>& features, double pixelRatio) const {
  // Measured: a vertex costs about 0.3 µs with a pen up to a pixel wide (Qt's cosmetic stroker) and
  // 1.8 µs with a wider one (the full stroker); a second band costs about 2 ms.
  const double perVertex = style_.outlineWidthPx * pixelRatio <= 1.0 ? 0.3 : 1.8;
  double micros = 0;
  for (const std::size_t i : features) {
    for (const QPolygonF& part : data_->features[i].parts) micros += perVertex * double(part.size());
    if (micros >= kMinMicrosForBands) return true;
  }
  return false;
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
  // Glyphs looked up and measured once per label, then drawn nine times from Qt's glyph cache: shaping
  // the text for each of the halo's copies (drawText) and once more to measure it was a third of a
  // frame at 60 m a pixel. A text the font lacks a glyph for goes through drawText's font fallback.
  const QRawFont raw = QRawFont::fromFont(font);
  QGlyphRun run;
  run.setRawFont(raw);
  QList<QPointF> positions;
  for (const std::size_t i : data_->featuresIn(view)) {
    if (ctx.isCancelled()) return;
    const FeatureShape& f = data_->features[i];
    if (!view.contains(f.labelPoint.x(), f.labelPoint.y())) continue;
    if (f.kind == FeatureShape::Kind::Polygon && f.bbox.width() < minSideMap && f.bbox.height() < minSideMap) continue;
    const QString text = QString::fromStdString(toString(f.attributes[std::size_t(field)]));
    if (text.isEmpty()) continue;
    double px, py;
    vp.toScreen(f.labelPoint.x(), f.labelPoint.y(), px, py);
    QList<quint32> glyphs = raw.isValid() ? raw.glyphIndexesForString(text) : QList<quint32>();
    const bool asGlyphs = !glyphs.isEmpty() && !glyphs.contains(0u);
    double width = 0;
    if (asGlyphs) {
      const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs, QRawFont::KernedAdvances);
      positions.resize(advances.size());
      for (qsizetype k = 0; k < advances.size(); ++k) {
        positions[k] = QPointF(width, 0);
        width += advances[k].x();
      }
    } else {
      width = metrics.horizontalAdvance(text);
    }
    // A polygon's name stays inside it (QGIS's "only labels that fit"): wider, it would name its neighbours.
    if (f.kind == FeatureShape::Kind::Polygon && width * vp.mapUnitsPerPixel > f.bbox.width()) continue;
    const QRectF box(px - width / 2 - pad, py - metrics.height() / 2 - pad, width + 2 * pad, metrics.height() + 2 * pad);
    if (!placement.place(box)) continue;
    const QPointF at(px - width / 2, py + metrics.ascent() / 2 - metrics.descent() / 2);
    // The halo as the text drawn around itself: glyphs come from Qt's cache, where stroking each
    // label's outline path cost a third of a millisecond.
    if (asGlyphs) {
      run.setGlyphIndexes(glyphs);
      run.setPositions(positions);
      ctx.painter.setPen(haloColor);
      for (const QPointF& d : haloOffsets) ctx.painter.drawGlyphRun(at + d, run);
      ctx.painter.setPen(style_.labelColor);
      ctx.painter.drawGlyphRun(at, run);
      continue;
    }
    ctx.painter.setFont(font);
    ctx.painter.setPen(haloColor);
    for (const QPointF& d : haloOffsets) ctx.painter.drawText(at + d, text);
    ctx.painter.setPen(style_.labelColor);
    ctx.painter.drawText(at, text);
  }
}

}  // namespace hp::gui
