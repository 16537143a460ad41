// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/map/MapCanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

#include "mapkit/layers/LayerModel.h"
#include "gui/tools/MapTool.h"

namespace hp::gui {

namespace {
const QColor kBackground(255, 255, 255);
}

MapCanvas::MapCanvas(LayerModel* layers, QWidget* parent)
    : QWidget(parent), layers_(layers), renderer_(new MapRenderer(this)) {
  setObjectName(QStringLiteral("mapCanvas"));
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(200, 150);
  refreshTimer_.setSingleShot(true);
  refreshTimer_.setInterval(0);
  connect(&refreshTimer_, &QTimer::timeout, this, &MapCanvas::refresh);
  connect(renderer_, &MapRenderer::finished, this, &MapCanvas::onRenderFinished);
  connect(renderer_, &MapRenderer::cancelled, this, [this] {
    if (!isRendering()) emit renderCancelled();
  });
  connect(layers_, &LayerModel::redrawNeeded, this, &MapCanvas::onLayersChanged);
}

MapCanvas::~MapCanvas() {
  if (tool_) tool_->deactivate();
  tool_ = nullptr;
  // Tools made with this canvas as parent would otherwise die in ~QWidget, after this canvas's members,
  // and their destructors ask the canvas whether they are its tool.
  qDeleteAll(findChildren<MapTool*>(Qt::FindDirectChildrenOnly));
}

void MapCanvas::onLayersChanged() {
  // The first layer decides where the map looks; later ones do not move it.
  if (!viewport_.isValid() && !layers_->fullExtent().isEmpty()) {
    zoomToFullExtent();
    return;
  }
  if (layers_->rowCount() == 0) {
    image_ = QImage();
    viewport_ = render::MapViewport();
    renderer_->cancelAll();
    update();
    emit viewportChanged();
    return;
  }
  scheduleRefresh();
}

void MapCanvas::setViewport(const render::MapViewport& viewport) {
  previewViewport(viewport);
  scheduleRefresh();
}

void MapCanvas::previewViewport(const render::MapViewport& viewport) {
  fitted_ = Extent();
  viewport_ = viewport.resized(width(), height());
  update();
  emit viewportChanged();
}

QPointF MapCanvas::toMap(const QPointF& p) const {
  double x, y;
  viewport_.toMap(p.x(), p.y(), x, y);
  return {x, y};
}

QPointF MapCanvas::toWidget(const QPointF& m) const {
  double px, py;
  viewport_.toScreen(m.x(), m.y(), px, py);
  return {px, py};
}

void MapCanvas::zoomToExtent(const Extent& extent) {
  if (extent.isEmpty()) return;
  setViewport(render::MapViewport::fitting(extent, width(), height()));
  fitted_ = extent;
}

void MapCanvas::zoomToFullExtent() { zoomToExtent(layers_->fullExtent()); }

void MapCanvas::zoomToLayer(const MapLayer& layer) { zoomToExtent(layer.extent()); }

void MapCanvas::zoomAt(const QPointF& widgetPos, double factor) {
  if (!viewport_.isValid()) return;
  setViewport(viewport_.zoomedAt(widgetPos.x(), widgetPos.y(), factor));
}

void MapCanvas::panByFraction(double fx, double fy) {
  if (!viewport_.isValid()) return;
  setViewport(viewport_.pannedByPixels(-fx * viewport_.widthPx, fy * viewport_.heightPx));
}

double MapCanvas::dotsPerInch() const { return logicalDpiX() > 0 ? logicalDpiX() : 96.0; }

static double metresPerMapUnit(const Crs& crs, double centerY) {
  if (crs.isGeographic()) return render::metresPerDegree(centerY);
  return crs.ogr() ? crs.ogr()->GetLinearUnits() : 1.0;
}

double MapCanvas::scaleDenominator() const {
  const Crs& crs = layers_->mapCrs();
  if (crs.isEmpty() || !viewport_.isValid()) return 0;
  return render::scaleDenominator(viewport_.mapUnitsPerPixel, metresPerMapUnit(crs, viewport_.centerY), dotsPerInch());
}

void MapCanvas::zoomToScale(double denominator) {
  const Crs& crs = layers_->mapCrs();
  if (crs.isEmpty() || !viewport_.isValid() || !(denominator > 0)) return;
  render::MapViewport v = viewport_;
  v.mapUnitsPerPixel =
      render::mapUnitsPerPixelForScale(denominator, metresPerMapUnit(crs, viewport_.centerY), dotsPerInch());
  setViewport(v);
}

void MapCanvas::setMapTool(MapTool* tool) {
  if (tool == tool_) return;
  if (tool_) tool_->deactivate();
  tool_ = tool;
  if (tool_) {
    tool_->activate();
    setCursor(tool_->cursor());
  } else {
    unsetCursor();
  }
  emit mapToolChanged(tool);
}

void MapCanvas::unsetMapTool(MapTool* tool) {
  if (tool_ == tool) setMapTool(nullptr);
}

void MapCanvas::refresh() {
  refreshTimer_.stop();
  if (!viewport_.isValid()) return;
  std::vector<std::unique_ptr<LayerRenderer>> snapshots;
  const auto& layers = layers_->layers();
  for (auto it = layers.rbegin(); it != layers.rend(); ++it)  // bottom of the list is drawn first
    if ((*it)->isVisible() && (*it)->opacity() > 0) snapshots.push_back((*it)->createRenderer());
  emit renderStarted();
  renderer_->start(std::move(snapshots), viewport_, devicePixelRatioF(), kBackground);
}

void MapCanvas::scheduleRefresh() { refreshTimer_.start(); }

void MapCanvas::onRenderFinished(const MapRenderer::Result& result) {
  image_ = result.image;
  imageViewport_ = result.viewport;
  update();
  emit renderFinished(result.elapsedMs, result.errors);
}

void MapCanvas::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), kBackground);
  if (!image_.isNull() && viewport_.isValid() && imageViewport_.isValid()) {
    // Where the last image's corner lies now, and how much the view has zoomed since it was drawn.
    const Extent e = imageViewport_.extent();
    const QPointF topLeft = toWidget(QPointF(e.minX, e.maxY));
    const double scale = imageViewport_.mapUnitsPerPixel / viewport_.mapUnitsPerPixel;
    const QRectF target(topLeft, QSizeF(imageViewport_.widthPx * scale, imageViewport_.heightPx * scale));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(scale - 1.0) > 1e-9);
    painter.drawImage(target, image_);
  }
  if (tool_) tool_->paint(painter);
}

void MapCanvas::resizeEvent(QResizeEvent*) {
  if (!viewport_.isValid()) {
    if (!layers_->fullExtent().isEmpty()) zoomToFullExtent();
    return;
  }
  if (!fitted_.isEmpty()) zoomToExtent(fitted_);
  else setViewport(viewport_.resized(width(), height()));
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::MiddleButton && viewport_.isValid()) {
    middleDragging_ = true;
    middleDragStart_ = event->position().toPoint();
    middleDragViewport_ = viewport_;
    return;
  }
  if (tool_) tool_->canvasPressEvent(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
  if (viewport_.isValid()) emit cursorMoved(toMap(event->position()));
  if (middleDragging_) {
    const QPointF d = event->position() - QPointF(middleDragStart_);
    previewViewport(middleDragViewport_.pannedByPixels(d.x(), d.y()));
    return;
  }
  if (tool_) tool_->canvasMoveEvent(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
  if (middleDragging_ && event->button() == Qt::MiddleButton) {
    middleDragging_ = false;
    setViewport(viewport_);
    return;
  }
  if (tool_) tool_->canvasReleaseEvent(event);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
  if (event->button() == Qt::MiddleButton) return;
  if (tool_) tool_->canvasDoubleClickEvent(event);
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
  if (tool_ && tool_->canvasWheelEvent(event)) return;
  const double notches = event->angleDelta().y() / 120.0;
  if (notches == 0 || !viewport_.isValid()) return;
  zoomAt(event->position(), std::pow(kWheelZoomFactor, notches));
  event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
  if (tool_ && tool_->canvasKeyPressEvent(event)) return;
  switch (event->key()) {
    case Qt::Key_Left: panByFraction(-kArrowPanFraction, 0); break;
    case Qt::Key_Right: panByFraction(kArrowPanFraction, 0); break;
    case Qt::Key_Up: panByFraction(0, kArrowPanFraction); break;
    case Qt::Key_Down: panByFraction(0, -kArrowPanFraction); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_PageUp: zoomAt(QPointF(width() / 2.0, height() / 2.0), kWheelZoomFactor); break;
    case Qt::Key_Minus:
    case Qt::Key_PageDown: zoomAt(QPointF(width() / 2.0, height() / 2.0), 1.0 / kWheelZoomFactor); break;
    default: QWidget::keyPressEvent(event); return;
  }
  event->accept();
}

void MapCanvas::keyReleaseEvent(QKeyEvent* event) {
  if (tool_ && tool_->canvasKeyReleaseEvent(event)) return;
  QWidget::keyReleaseEvent(event);
}

bool MapCanvas::event(QEvent* event) {
  // Accepting the override makes Qt deliver the key here instead of triggering an action's shortcut.
  if (event->type() == QEvent::ShortcutOverride && tool_ && tool_->wantsKey(static_cast<QKeyEvent*>(event))) {
    event->accept();
    return true;
  }
  return QWidget::event(event);
}

}  // namespace hp::gui
