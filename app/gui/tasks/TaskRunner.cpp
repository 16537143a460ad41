// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tasks/TaskRunner.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent>

#include "common/ErrorText.h"
#include "geo/Error.h"

namespace hp::gui {

TaskRunner::TaskRunner(QObject* parent) : QObject(parent) {
  connect(&watcher_, &QFutureWatcher<void>::finished, this, [this] {
    const std::shared_ptr<State> state = std::move(state_);
    if (!state) return;
    switch (state->outcome) {
      case Outcome::Success: emit succeeded(); break;
      case Outcome::Failure: emit failed(state->message); break;
      case Outcome::Cancel: emit cancelled(); break;
    }
    emit finished();
  });
}

TaskRunner::~TaskRunner() {
  cancel();
  watcher_.waitForFinished();
}

bool TaskRunner::start(Work work) {
  if (isRunning()) return false;
  auto state = std::make_shared<State>();
  state_ = state;
  QPointer<TaskRunner> self(this);
  const Progress progress = [state, self](double fraction, const std::string& stage) {
    if (self) {
      const QString text = QString::fromStdString(stage);
      QMetaObject::invokeMethod(self.data(), [self, fraction, text] {
        if (self) emit self->progressChanged(fraction, text);
      }, Qt::QueuedConnection);
    }
    return !state->cancel.load();
  };
  watcher_.setFuture(QtConcurrent::run([state, progress, work = std::move(work)] {
    try {
      work(progress);
      state->outcome = Outcome::Success;  // finished work counts even when Cancel came too late to stop it
    } catch (const Cancelled&) {
      state->outcome = Outcome::Cancel;
    } catch (const Error& e) {
      state->outcome = Outcome::Failure;
      state->message = app::describeError(e);
    } catch (const std::exception& e) {
      state->outcome = Outcome::Failure;
      state->message = QCoreApplication::translate("TaskRunner", "Unexpected error: %1").arg(QString::fromUtf8(e.what()));
    }
  }));
  return true;
}

void TaskRunner::cancel() {
  if (state_) state_->cancel = true;
}

void TaskRunner::waitForFinished() {
  watcher_.waitForFinished();
  QCoreApplication::sendPostedEvents(&watcher_);
  QCoreApplication::processEvents();
}

}  // namespace hp::gui
