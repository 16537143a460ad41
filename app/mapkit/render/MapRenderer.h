// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

#include "mapkit/render/LayerRenderer.h"
#include "render/MapViewport.h"

namespace hp::gui {

// Renders map images off the GUI thread, one job at a time as far as anyone can see: starting a job cancels
// every older one, and only the newest job's image is ever delivered. Each job draws layer snapshots
// (LayerRenderer) bottom first into a QImage; a layer that fails adds a line to `errors` and the others
// still draw. No exception leaves a worker.
class MapRenderer : public QObject {
  Q_OBJECT
 public:
  struct Result {
    quint64 jobId = 0;
    QImage image;                   // device pixels, with the device pixel ratio set
    render::MapViewport viewport;   // logical pixels: where the image belongs on the map
    QStringList errors;             // "<layer>: <describeError text>"
    qint64 elapsedMs = 0;
  };

  explicit MapRenderer(QObject* parent = nullptr);
  ~MapRenderer() override;

  // `layers` bottom first. Returns the new job's id; older jobs are cancelled.
  quint64 start(std::vector<std::unique_ptr<LayerRenderer>> layers, const render::MapViewport& viewport,
                double pixelRatio, const QColor& background);
  void cancelAll();
  bool isActive() const { return !jobs_.empty(); }
  quint64 latestJobId() const { return latestJobId_; }

 signals:
  void started(quint64 jobId);
  // The newest job's picture, in the GUI thread.
  void finished(const hp::gui::MapRenderer::Result& result);
  // A job that was cancelled or overtaken by a newer one; its image is thrown away.
  void cancelled(quint64 jobId);

 private:
  struct Job;
  void onJobDone(quint64 jobId);

  std::vector<std::unique_ptr<Job>> jobs_;
  quint64 latestJobId_ = 0;
};

}  // namespace hp::gui
