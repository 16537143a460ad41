// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/render/MapRenderer.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPainter>
#include <QtConcurrent>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "mapkit/render/ImageMemory.h"
#include "mapkit/render/LabelPlacement.h"

namespace hp::gui {

namespace {

using Layers = std::vector<std::unique_ptr<LayerRenderer>>;

void drawLayer(LayerRenderer& layer, QPainter& painter, const render::MapViewport& device, double pixelRatio,
               const std::atomic<bool>& cancelled) {
  if (layer.opacity() >= 1.0) {
    RenderContext ctx{painter, device, pixelRatio, cancelled};
    layer.render(ctx);
    return;
  }
  // A translucent layer is drawn whole and then blended, so its own overlaps do not darken.
  QImage scratch = newTransparentImage(device.widthPx, device.heightPx);
  {
    QPainter p(&scratch);
    RenderContext ctx{p, device, pixelRatio, cancelled};
    layer.render(ctx);
  }
  painter.save();
  painter.setOpacity(layer.opacity());
  painter.drawImage(0, 0, scratch);
  painter.restore();
}

MapRenderer::Result renderJob(quint64 jobId, const std::shared_ptr<Layers>& layers, const render::MapViewport& viewport,
                              double pixelRatio, const QColor& background, const std::shared_ptr<std::atomic<bool>>& flag) {
  QElapsedTimer timer;
  timer.start();
  MapRenderer::Result result;
  result.jobId = jobId;
  result.viewport = viewport;
  const render::MapViewport device = viewport.scaledPixels(pixelRatio);
  QImage image = newTransparentImage(std::max(1, device.widthPx), std::max(1, device.heightPx));
  image.fill(background);
  {
    QPainter painter(&image);
    for (const std::unique_ptr<LayerRenderer>& layer : *layers) {
      if (flag->load()) break;
      try {
        drawLayer(*layer, painter, device, pixelRatio, *flag);
      } catch (const Cancelled&) {
        break;
      } catch (const Error& e) {
        result.errors.append(layer->layerName() + QStringLiteral(": ") + app::describeError(e));
      } catch (const std::exception& e) {
        result.errors.append(layer->layerName() + QStringLiteral(": ") + QString::fromLocal8Bit(e.what()));
      }
    }
    LabelPlacement labels(device.widthPx, device.heightPx);
    for (const std::unique_ptr<LayerRenderer>& layer : *layers) {
      if (flag->load()) break;
      RenderContext ctx{painter, device, pixelRatio, *flag, &labels};
      painter.save();
      painter.setOpacity(std::max(0.6, layer->opacity()));  // a faded layer keeps readable names
      layer->renderLabels(ctx);
      painter.restore();
    }
  }
  image.setDevicePixelRatio(pixelRatio);
  result.image = std::move(image);
  result.elapsedMs = timer.elapsed();
  return result;
}

}  // namespace

struct MapRenderer::Job {
  quint64 id = 0;
  std::shared_ptr<std::atomic<bool>> cancelFlag;
  QFutureWatcher<Result>* watcher = nullptr;  // deleted once its finished() signal has returned
};

MapRenderer::MapRenderer(QObject* parent) : QObject(parent) {}

MapRenderer::~MapRenderer() {
  // Workers hold only their own copies, but wait so no thread outlives the canvas that asked for it.
  for (auto& job : jobs_) job->cancelFlag->store(true);
  for (auto& job : jobs_) {
    job->watcher->disconnect(this);
    job->watcher->waitForFinished();
    delete job->watcher;
  }
}

quint64 MapRenderer::start(std::vector<std::unique_ptr<LayerRenderer>> layers, const render::MapViewport& viewport,
                           double pixelRatio, const QColor& background) {
  cancelAll();
  auto job = std::make_unique<Job>();
  job->id = ++latestJobId_;
  job->cancelFlag = std::make_shared<std::atomic<bool>>(false);
  const quint64 id = job->id;
  job->watcher = new QFutureWatcher<Result>();
  connect(job->watcher, &QFutureWatcher<Result>::finished, this, [this, id] { onJobDone(id); });
  // shared_ptr: QtConcurrent copies its arguments, and the snapshots are move-only.
  auto shared = std::make_shared<Layers>(std::move(layers));
  job->watcher->setFuture(QtConcurrent::run(renderJob, id, shared, viewport, pixelRatio, background, job->cancelFlag));
  jobs_.push_back(std::move(job));
  emit started(id);
  return id;
}

void MapRenderer::cancelAll() {
  for (auto& job : jobs_) job->cancelFlag->store(true);
}

void MapRenderer::onJobDone(quint64 jobId) {
  const auto it = std::find_if(jobs_.begin(), jobs_.end(), [jobId](const auto& j) { return j->id == jobId; });
  if (it == jobs_.end()) return;
  std::unique_ptr<Job> job = std::move(*it);
  jobs_.erase(it);
  const bool superseded = job->cancelFlag->load() || jobId != latestJobId_;
  if (superseded) {
    emit cancelled(jobId);
  } else {
    emit finished(job->watcher->result());
  }
  job->watcher->disconnect(this);
  job->watcher->deleteLater();  // we are inside its finished() signal
}

}  // namespace hp::gui
