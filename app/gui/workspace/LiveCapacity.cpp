// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/LiveCapacity.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent>

#include <atomic>
#include <mutex>

#include "common/ErrorText.h"
#include "geo/Error.h"

namespace hp::gui {

namespace {

// What the kept session depends on: the layers' files, the forest version and the model.
std::string sessionKey(const project::Project& p) {
  std::string key = std::to_string(p.activeForestVersion) + '\n' + p.modelJson + '\n' + p.crs.wkt();
  for (const project::LayerRef& l : p.layers)
    key += std::string(project::roleName(l.role)) + '\t' + l.path + '\t' + l.layerName + '\n';
  for (const project::ForestVersion& v : p.forestVersions) key += std::to_string(v.id) + '\t' + v.path + '\n';
  return key;
}

struct Cached {
  std::string key;
  project::ProjectData data;
  std::unique_ptr<capacity::CapacitySession> session;
  std::optional<model::RegionCapacity> reserve;  // the existing reserve alone, once per session
};

}  // namespace

// Lives as long as any worker still using it, so the object may go before its last job ends.
struct LiveCapacity::Shared {
  std::atomic<quint64> generation{0};
  std::mutex mutex;  // guards `cached`
  std::shared_ptr<Cached> cached;
};

LiveCapacity::LiveCapacity(QObject* parent) : QObject(parent), shared_(std::make_shared<Shared>()) {
  qRegisterMetaType<project::CandidateFigures>();
  qRegisterMetaType<std::shared_ptr<const model::PatchMap>>();
}

LiveCapacity::~LiveCapacity() { ++shared_->generation; }

void LiveCapacity::cancel() {
  ++shared_->generation;
  if (busy_) emit busyChanged(busy_ = false);
}

void LiveCapacity::request(const project::Project& project, int candidateIndex) {
  const quint64 generation = ++shared_->generation;
  if (candidateIndex < 0 || candidateIndex >= int(project.candidates.size())) {
    if (busy_) emit busyChanged(busy_ = false);
    return;
  }
  if (!busy_) emit busyChanged(busy_ = true);
  QPointer<LiveCapacity> self(this);
  std::shared_ptr<Shared> shared = shared_;
  (void)QtConcurrent::run([self, shared, generation, candidateIndex, project] {
    project::CandidateFigures figures;
    auto patches = std::make_shared<model::PatchMap>();
    QString error;
    const Progress stillWanted = [&](double, const std::string&) { return shared->generation == generation; };
    try {
      const std::string key = sessionKey(project);
      std::shared_ptr<Cached> cached;
      {
        std::lock_guard lock(shared->mutex);
        cached = shared->cached;
      }
      if (!cached || cached->key != key) {
        auto fresh = std::make_shared<Cached>();
        fresh->key = key;
        fresh->data = project::loadProjectData(project);
        fresh->session = std::make_unique<capacity::CapacitySession>(fresh->data.inputs, fresh->data.model);
        fresh->reserve = project::evaluateReserve(*fresh->session, fresh->data, stillWanted);
        std::lock_guard lock(shared->mutex);
        shared->cached = cached = fresh;
      }
      figures = project::evaluateCandidate(*cached->session, project.candidates[std::size_t(candidateIndex)],
                                           cached->data, true, stillWanted, patches.get(),
                                           cached->reserve ? &*cached->reserve : nullptr);
    } catch (const Cancelled&) {
      return;  // superseded
    } catch (const Error& e) {
      error = app::describeError(e);
    } catch (const std::exception& e) {
      error = QString::fromUtf8(e.what());
    }
    if (shared->generation != generation) return;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [self, generation, candidateIndex, figures, patches = std::shared_ptr<const model::PatchMap>(std::move(patches)), error] {
          if (self) self->deliver(generation, candidateIndex, figures, patches, error);
        },
        Qt::QueuedConnection);
  });
}

void LiveCapacity::deliver(quint64 generation, int candidateIndex, const project::CandidateFigures& figures,
                           const std::shared_ptr<const model::PatchMap>& patches, const QString& error) {
  if (generation != shared_->generation) return;  // a newer request is on its way
  emit busyChanged(busy_ = false);
  if (!error.isEmpty()) {
    emit failed(error);
    return;
  }
  emit figuresReady(candidateIndex, figures);
  if (generation == shared_->generation) emit patchesReady(candidateIndex, patches);
}

}  // namespace hp::gui
