// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

#include "Progress.h"

namespace hp::gui {

// Runs one long core call on a worker thread with progress and Cancel (SampleRegionSetup's pattern, made
// reusable): the work gets an hp::Progress that reports here and returns false once cancel() was asked;
// hp::Error becomes failed(describeError text), hp::Cancelled becomes cancelled(). Results travel in
// whatever the work lambda captures (a shared_ptr), read in a succeeded() slot. Every signal is emitted on
// the GUI thread; no exception crosses the event loop. One task at a time: start() while running is refused.
class TaskRunner : public QObject {
  Q_OBJECT
 public:
  using Work = std::function<void(const Progress& progress)>;

  explicit TaskRunner(QObject* parent = nullptr);
  ~TaskRunner() override;

  bool start(Work work);
  bool isRunning() const { return watcher_.isRunning(); }
  // Blocks until the task ended (tests, and closing the window while a task runs).
  void waitForFinished();

 public slots:
  void cancel();

 signals:
  void progressChanged(double fraction, const QString& stage);
  void succeeded();
  void failed(const QString& message);
  void cancelled();
  // After any of the three above.
  void finished();

 private:
  enum class Outcome { Success, Failure, Cancel };
  struct State {
    std::atomic<bool> cancel{false};
    Outcome outcome = Outcome::Success;
    QString message;
  };
  QFutureWatcher<void> watcher_;
  std::shared_ptr<State> state_;
};

}  // namespace hp::gui
