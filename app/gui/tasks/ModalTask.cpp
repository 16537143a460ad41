// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tasks/ModalTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

namespace hp::gui {

ModalTask::ModalTask(QWidget* window) : QObject(window), window_(window), runner_(new TaskRunner(this)) {}

ModalTask::~ModalTask() { runner_->cancel(); }

ModalTask::Outcome ModalTask::run(const QString& label, TaskRunner::Work work, QString* error) {
  if (running_) return Outcome::Refused;
  Outcome outcome = Outcome::Succeeded;
  QString message;
  QEventLoop loop;
  QProgressDialog dialog(label, tr("Cancel"), 0, 1000, window_);
  dialog.setObjectName(QStringLiteral("taskProgressDialog"));
  dialog.setWindowTitle(tr("Please Wait"));
  dialog.setWindowModality(Qt::WindowModal);
  dialog.setAutoClose(false);
  dialog.setAutoReset(false);
  // Shown by the timer below, not by QProgressDialog's own guess from the first values.
  dialog.setMinimumDuration(24 * 3600 * 1000);
  dialog.setValue(0);
  QTimer showLater;
  showLater.setSingleShot(true);
  connect(&showLater, &QTimer::timeout, &dialog, [&dialog] {
    if (!dialog.wasCanceled()) dialog.show();
  });
  connect(&dialog, &QProgressDialog::canceled, runner_, &TaskRunner::cancel);
  const auto onProgress = connect(runner_, &TaskRunner::progressChanged, this, [this, &dialog](double fraction, const QString&) {
    const int value = qBound(0, int(fraction * 1000), 1000);
    if (value > dialog.value()) dialog.setValue(value);  // the bar never runs backwards
    emit progressChanged(fraction);
  });
  const auto onFailed = connect(runner_, &TaskRunner::failed, this, [&outcome, &message](const QString& m) {
    outcome = Outcome::Failed;
    message = m;
  });
  const auto onCancelled = connect(runner_, &TaskRunner::cancelled, this, [&outcome] { outcome = Outcome::Cancelled; });
  const auto onFinished = connect(runner_, &TaskRunner::finished, &loop, &QEventLoop::quit);
  if (!runner_->start(std::move(work))) return Outcome::Refused;
  running_ = true;
  dialog_ = &dialog;
  emit runningChanged(true);
  showLater.start(kShowAfterMs);
  loop.exec();
  for (const auto& c : {onProgress, onFailed, onCancelled, onFinished}) disconnect(c);
  dialog_ = nullptr;
  dialog.hide();  // not close(): QProgressDialog reports a close as a cancel
  running_ = false;
  emit runningChanged(false);
  if (error) *error = message;
  return outcome;
}

void ModalTask::cancel() { runner_->cancel(); }

}  // namespace hp::gui
