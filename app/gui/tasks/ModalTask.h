// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include "gui/tasks/TaskRunner.h"

class QProgressDialog;
class QWidget;

namespace hp::gui {

// The jobs a person waits for (open a project, add a layer, save): each runs on a worker through a
// TaskRunner while run() spins the event loop, so the window repaints, the map draws and timers tick,
// and the caller keeps a plain "did it work" flow. A window-modal progress dialog with Cancel appears
// once the job has taken kShowAfterMs; until the job ends, the window takes no input but that dialog.
// One job at a time per window: running() tells the window which of its actions to disable.
class ModalTask : public QObject {
  Q_OBJECT
 public:
  enum class Outcome { Succeeded, Failed, Cancelled, Refused };  // Refused: another job is running
  static constexpr int kShowAfterMs = 200;

  explicit ModalTask(QWidget* window);
  ~ModalTask() override;

  // Runs `work` (which must touch no widget and open its own GDAL datasets) and returns when it ended.
  // `label` is what the dialog says; on Failed, `error` receives the describeError() line.
  Outcome run(const QString& label, TaskRunner::Work work, QString* error = nullptr);

  bool isRunning() const { return running_; }
  // The dialog of the job running now (null when none runs or it is not built yet); tests press its Cancel.
  QProgressDialog* dialog() const { return dialog_; }

 public slots:
  // Asks the running job to stop; run() then returns Cancelled (or Succeeded if it had just finished).
  void cancel();

 signals:
  void runningChanged(bool running);
  // The running job's progress in [0,1], as the dialog shows it.
  void progressChanged(double fraction);

 private:
  QWidget* window_;
  TaskRunner* runner_;
  QProgressDialog* dialog_ = nullptr;  // lives on run()'s stack
  bool running_ = false;
};

}  // namespace hp::gui
