// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "geo/Extent.h"
#include "mapkit/render/MapRenderer.h"
#include "gui/tools/MapTool.h"
#include "render/MapViewport.h"

namespace hp::gui {

class LayerModel;
class MapLayer;

// The map widget. Shows the last rendered image of the layer model, moved and scaled to the current view
// while a new one renders off the GUI thread (MapRenderer); forwards mouse, wheel and key events to the
// active MapTool and applies QGIS's defaults when the tool does not use them: wheel zooms at the cursor,
// arrow keys pan, +/- zoom, the middle button drags the map.
class MapCanvas : public QWidget {
  Q_OBJECT
 public:
  explicit MapCanvas(LayerModel* layers, QWidget* parent = nullptr);
  ~MapCanvas() override;

  LayerModel* layers() const { return layers_; }
  MapRenderer* renderer() const { return renderer_; }

  // What the canvas shows, in logical pixels. Invalid until the first layer arrives.
  const render::MapViewport& viewport() const { return viewport_; }
  // Shows `viewport` and renders it (on the next turn of the event loop, so bursts render once).
  void setViewport(const render::MapViewport& viewport);
  // Shows `viewport` by moving the last image, without rendering: for a drag in progress.
  void previewViewport(const render::MapViewport& viewport);

  QPointF toMap(const QPointF& widgetPos) const;
  QPointF toWidget(const QPointF& mapPos) const;

  void zoomToExtent(const Extent& extent);
  void zoomToFullExtent();
  void zoomToLayer(const MapLayer& layer);
  // factor > 1 zooms in; the map point under `widgetPos` stays there.
  void zoomAt(const QPointF& widgetPos, double factor);
  // Moves the view by a fraction of its size: (0.25, 0) shows more of the east.
  void panByFraction(double fx, double fy);

  // 1 : scaleDenominator() for this screen's DPI; 0 without a map CRS.
  double scaleDenominator() const;
  void zoomToScale(double denominator);
  double dotsPerInch() const;

  void setMapTool(MapTool* tool);
  void unsetMapTool(MapTool* tool);
  MapTool* mapTool() const { return tool_; }

  // The last finished render and the view it was made for.
  const QImage& renderedImage() const { return image_; }
  const render::MapViewport& renderedViewport() const { return imageViewport_; }
  bool isRendering() const { return renderer_->isActive() || refreshTimer_.isActive(); }
  // Zoom and pan factors, QGIS's defaults: a wheel notch halves or doubles the scale, arrows pan a quarter.
  static constexpr double kWheelZoomFactor = 2.0;
  static constexpr double kArrowPanFraction = 0.25;

 public slots:
  // Renders now, cancelling any render in progress.
  void refresh();
  // Renders on the next turn of the event loop; several calls before then render once.
  void scheduleRefresh();

 signals:
  void cursorMoved(const QPointF& mapPos);
  void viewportChanged();
  void renderStarted();
  // The image on screen is up to date; `errors` lists layers that could not be drawn.
  void renderFinished(qint64 elapsedMs, const QStringList& errors);
  // The last render was cancelled and none is running (the map was emptied): the old image stays.
  void renderCancelled();
  void mapToolChanged(hp::gui::MapTool* tool);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void keyReleaseEvent(QKeyEvent* event) override;
  bool event(QEvent* event) override;

 private:
  void onRenderFinished(const MapRenderer::Result& result);
  void onLayersChanged();

  LayerModel* layers_;
  MapRenderer* renderer_;
  QPointer<MapTool> tool_;
  render::MapViewport viewport_;
  // The extent the last zoom-to-extent fitted; resizing fits it again until the map is moved another way
  // (the window usually reaches its final size after a project opens).
  Extent fitted_;
  QImage image_;
  render::MapViewport imageViewport_;
  QTimer refreshTimer_;
  QPoint middleDragStart_;
  render::MapViewport middleDragViewport_;
  bool middleDragging_ = false;
};

}  // namespace hp::gui
