// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/PatchMapLayer.h"

#include <QCoreApplication>
#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QRegion>
#include <QTransform>

#include <cmath>
#include <mutex>

#include "mapkit/render/LayerRenderer.h"

namespace hp::gui {

namespace {

// Window pixel (col, row) → map coordinates: the raster's geotransform shifted to the window.
QTransform pixelToMap(const model::PatchMap& m) {
  const auto& g = m.geoTransform;
  return QTransform(g[1], g[4], g[2], g[5], g[0] + m.colBegin * g[1] + m.rowBegin * g[2],
                    g[3] + m.colBegin * g[4] + m.rowBegin * g[5]);
}

QTransform mapToScreen(const render::MapViewport& v) {
  double ox, oy, xx, xy, yx, yy;
  v.toScreen(0, 0, ox, oy);
  v.toScreen(1, 0, xx, xy);
  v.toScreen(0, 1, yx, yy);
  return QTransform(xx - ox, xy - oy, yx - ox, yy - oy, ox, oy);
}

}  // namespace

// Everything drawing needs, in window pixel coordinates, built once per patch map.
struct PatchMapLayer::Drawing {
  QTransform toMap;
  int width = 0;
  int height = 0;
  QImage fill;                   // both kinds filled, window size
  QRegion small;                 // pixels of patches too small for a territory
  std::vector<QLine> viableEdges, smallEdges;  // patch outlines along pixel edges
  Style style;
};

namespace {

// Outlines along pixel edges where a patch meets a pixel of no patch, merged along rows and columns.
void collectEdges(const model::PatchMap& m, std::vector<QLine>& viable, std::vector<QLine>& small) {
  const int w = m.width, h = m.height;
  auto label = [&](int c, int r) { return c < 0 || r < 0 || c >= w || r >= h ? 0 : m.labels[std::size_t(r) * std::size_t(w) + std::size_t(c)]; };
  // kind: 0 none, 1 viable, 2 too small.
  auto kindOf = [&](std::int32_t a, std::int32_t b) {
    if (a == b) return 0;
    const std::int32_t l = a != 0 ? a : b;
    return m.patches[std::size_t(l - 1)].tooSmall ? 2 : 1;
  };
  auto add = [&](int kind, QLine line) { (kind == 2 ? small : viable).push_back(line); };
  for (int y = 0; y <= h; ++y) {
    int open = 0, start = 0;
    for (int x = 0; x <= w; ++x) {
      const int k = x < w ? kindOf(label(x, y - 1), label(x, y)) : 0;
      if (k == open) continue;
      if (open) add(open, QLine(start, y, x, y));
      open = k;
      start = x;
    }
  }
  for (int x = 0; x <= w; ++x) {
    int open = 0, start = 0;
    for (int y = 0; y <= h; ++y) {
      const int k = y < h ? kindOf(label(x - 1, y), label(x, y)) : 0;
      if (k == open) continue;
      if (open) add(open, QLine(x, start, x, y));
      open = k;
      start = y;
    }
  }
}

std::shared_ptr<const PatchMapLayer::Drawing> prepareDrawing(const model::PatchMap& m) {
  auto d = std::make_shared<PatchMapLayer::Drawing>();
  d->toMap = pixelToMap(m);
  d->width = m.width;
  d->height = m.height;
  d->fill = QImage(m.width, m.height, QImage::Format_ARGB32_Premultiplied);
  const QRgb viable = qPremultiply(d->style.viableFill.rgba()), small = qPremultiply(d->style.smallFill.rgba());
  std::vector<QRect> smallRuns;
  for (int r = 0; r < m.height; ++r) {
    QRgb* out = reinterpret_cast<QRgb*>(d->fill.scanLine(r));
    const std::int32_t* in = m.labels.data() + std::size_t(r) * std::size_t(m.width);
    int runStart = -1;
    for (int c = 0; c <= m.width; ++c) {
      const bool isSmall = c < m.width && in[c] != 0 && m.patches[std::size_t(in[c] - 1)].tooSmall;
      if (c < m.width) out[c] = in[c] == 0 ? 0 : isSmall ? small : viable;
      if (isSmall && runStart < 0) runStart = c;
      if (!isSmall && runStart >= 0) {
        smallRuns.emplace_back(runStart, r, c - runStart, 1);
        runStart = -1;
      }
    }
  }
  // One-row rectangles in row then column order are the banded form QRegion takes directly.
  if (!smallRuns.empty()) d->small.setRects(smallRuns.data(), int(smallRuns.size()));
  collectEdges(m, d->viableEdges, d->smallEdges);
  return d;
}

}  // namespace

struct PatchMapLayer::Prepared {
  std::shared_ptr<const model::PatchMap> patches;
  std::once_flag once;
  std::shared_ptr<const Drawing> drawing;

  const Drawing& get() {
    std::call_once(once, [this] { drawing = prepareDrawing(*patches); });
    return *drawing;
  }
};

namespace {

class PatchRenderer : public LayerRenderer {
 public:
  PatchRenderer(QString name, double opacity, std::shared_ptr<PatchMapLayer::Prepared> prepared)
      : LayerRenderer(std::move(name), opacity), prepared_(std::move(prepared)) {}

  void render(RenderContext& ctx) override {
    const PatchMapLayer::Drawing& d = prepared_->get();
    const QTransform toScreen = d.toMap * mapToScreen(ctx.viewport);
    bool invertible = false;
    const QTransform toPixel = toScreen.inverted(&invertible);
    if (!invertible) return;
    // Only the window pixels in view: a deep zoom never hands the rasteriser far-off coordinates.
    const QRect visible =
        toPixel.mapRect(QRectF(0, 0, ctx.viewport.widthPx, ctx.viewport.heightPx)).toAlignedRect().adjusted(-1, -1, 1, 1) &
        QRect(0, 0, d.width, d.height);
    if (visible.isEmpty()) return;
    QPainter& p = ctx.painter;
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.setTransform(toScreen, true);
    p.drawImage(QRectF(visible), d.fill, QRectF(visible));
    p.restore();
    if (ctx.isCancelled()) return;

    // Until a raster pixel covers two screen pixels the fill colours alone tell the kinds apart:
    // hatching and outlining thousands of specks would cost more than the rest of the map and turn
    // them into a smear of outline colour.
    const double pixelOnScreen = std::sqrt(std::abs(toScreen.determinant()));
    if (pixelOnScreen < 2.0) return;
    // Hatching in screen space, so its spacing does not change with the zoom.
    const QRegion small = d.small & visible;
    if (!small.isEmpty()) {
      QPainterPath path;
      path.addRegion(small);
      p.fillPath(toScreen.map(path), QBrush(d.style.smallHatch, Qt::BDiagPattern));
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    auto drawEdges = [&](const std::vector<QLine>& edges, const QColor& color, double widthPx) {
      QPen pen(color, widthPx * ctx.pixelRatio);
      pen.setCosmetic(true);
      p.setPen(pen);
      std::vector<QLineF> lines;
      for (const QLine& e : edges) {
        if (std::max(e.x1(), e.x2()) < visible.left() || std::min(e.x1(), e.x2()) > visible.right() + 1 ||
            std::max(e.y1(), e.y2()) < visible.top() || std::min(e.y1(), e.y2()) > visible.bottom() + 1)
          continue;
        lines.push_back(toScreen.map(QLineF(e)));
      }
      if (!lines.empty()) p.drawLines(lines.data(), int(lines.size()));
    };
    drawEdges(d.viableEdges, d.style.viableOutline, 1.0);
    drawEdges(d.smallEdges, d.style.smallOutline, 1.5);
    p.restore();
  }

 private:
  std::shared_ptr<PatchMapLayer::Prepared> prepared_;
};

}  // namespace

PatchMapLayer::PatchMapLayer(QString name)
    : MapLayer(name.isEmpty() ? QCoreApplication::translate("PatchMapLayer", "Habitat patches") : name, QString(), Crs()) {}

PatchMapLayer::Style PatchMapLayer::style() { return Style(); }

void PatchMapLayer::setPatches(std::shared_ptr<const model::PatchMap> patches) {
  patches_ = std::move(patches);
  prepared_.reset();
  if (!patches_ || patches_->isEmpty() || patches_->labels.empty()) return;
  prepared_ = std::make_shared<Prepared>();
  prepared_->patches = patches_;
}

Extent PatchMapLayer::extent() const {
  Extent e;
  if (!prepared_) return e;
  const QRectF r = pixelToMap(*patches_).mapRect(QRectF(0, 0, patches_->width, patches_->height));
  e.include(r.left(), r.top());
  e.include(r.right(), r.bottom());
  return e;
}

std::unique_ptr<LayerRenderer> PatchMapLayer::createRenderer() const {
  if (!prepared_) {
    struct Nothing : LayerRenderer {
      using LayerRenderer::LayerRenderer;
      void render(RenderContext&) override {}
    };
    return std::make_unique<Nothing>(name(), opacity());
  }
  return std::make_unique<PatchRenderer>(name(), opacity(), prepared_);
}

std::vector<IdentifyResult> PatchMapLayer::identify(double mapX, double mapY, double) const {
  if (!prepared_) return {};
  bool invertible = false;
  const QPointF px = pixelToMap(*patches_).inverted(&invertible).map(QPointF(mapX, mapY));
  if (!invertible) return {};
  const model::PatchMap& m = *patches_;
  const std::int32_t label = m.labelAt(m.colBegin + int(std::floor(px.x())), m.rowBegin + int(std::floor(px.y())));
  if (label == 0) return {};
  const model::PatchSummary& s = m.patches[std::size_t(label - 1)];
  IdentifyResult r;
  r.layerName = name();
  r.title = QCoreApplication::translate("PatchMapLayer", "Patch %1").arg(label);
  r.attributes.append({QCoreApplication::translate("PatchMapLayer", "Habitat area"), QCoreApplication::translate("PatchMapLayer", "%1 km²").arg(s.areaKm2, 0, 'f', 2)});
  r.attributes.append({QCoreApplication::translate("PatchMapLayer", "Leopards"), QString::number(s.leopards)});
  r.attributes.append({QCoreApplication::translate("PatchMapLayer", "Leopard-equivalents"), QString::number(s.equivalents, 'f', 2)});
  r.attributes.append({QCoreApplication::translate("PatchMapLayer", "Large enough for a territory"), s.tooSmall ? QCoreApplication::translate("PatchMapLayer", "no (under %1 km²)").arg(m.territoryMinKm2, 0, 'f', 1) : QCoreApplication::translate("PatchMapLayer", "yes")});
  return {r};
}

namespace {

QPixmap swatch(bool viable, bool small) {
  const PatchMapLayer::Style s = PatchMapLayer::style();
  QPixmap pixmap(16, 16);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  if (viable) {
    p.setPen(QPen(s.viableOutline, 1));
    p.setBrush(s.viableFill);
    p.drawRect(QRectF(small ? 1.5 : 2.5, 2.5, small ? 6 : 11, 11));
  }
  if (small) {
    const QRectF box(viable ? 8.5 : 2.5, 2.5, viable ? 6 : 11, 11);
    p.fillRect(box, s.smallFill);
    p.fillRect(box, QBrush(s.smallHatch, Qt::BDiagPattern));
    p.setPen(QPen(s.smallOutline, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
  }
  return pixmap;
}

}  // namespace

QIcon PatchMapLayer::legendIcon() const { return QIcon(swatch(true, true)); }

std::vector<std::pair<QString, QIcon>> PatchMapLayer::legendEntries() {
  return {{QCoreApplication::translate("PatchMapLayer", "Habitat patch (room for a territory)"), QIcon(swatch(true, false))},
          {QCoreApplication::translate("PatchMapLayer", "Patch too small for one territory"), QIcon(swatch(false, true))}};
}

QString PatchMapLayer::summary() const {
  if (!patches_ || patches_->isEmpty()) return QCoreApplication::translate("PatchMapLayer", "Habitat patches of the active candidate: none");
  long small = 0;
  for (const model::PatchSummary& s : patches_->patches) small += s.tooSmall ? 1 : 0;
  return QCoreApplication::translate("PatchMapLayer", "Habitat patches of the active candidate: %1, of which %2 too small for one territory (under %3 km²)")
      .arg(patches_->patches.size())
      .arg(small)
      .arg(patches_->territoryMinKm2, 0, 'f', 1);
}

}  // namespace hp::gui
