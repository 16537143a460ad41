// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SampleRegionSetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <optional>

#include "geo/Error.h"
#include "sample/SampleProject.h"

namespace hp::gui {

QString sampleRegionDirectory() {
  const QString fromEnv = qEnvironmentVariable("HABITAT_SAMPLE_DIR");
  if (!fromEnv.isEmpty()) return fromEnv;
  return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sample");
}

static QStringList sampleFiles(const QString& directory) {
  const sample::SamplePaths p = sample::samplePaths(directory.toStdString());
  QStringList files;
  for (const std::string& f : {p.forest, p.basins, p.parcels, p.reserve}) files << QString::fromStdString(f);
  return files;
}

QString sampleProjectPath(const QString& directory) {
  return QDir(directory).filePath(QStringLiteral("sample.hplan"));
}

bool sampleRegionIsComplete(const QString& directory) {
  for (const QString& f : sampleFiles(directory))
    if (!QFile::exists(f)) return false;
  return true;
}

namespace {

// What the worker tells the dialog; the dialog polls it, so the worker never touches a widget. (The
// generator's stage names are English facts, not words for the dialog.)
struct GeneratorState {
  std::atomic<int> permille{0};
  std::atomic<bool> cancel{false};
  std::optional<Error> error;  // written by the worker, read after it finished
  bool cancelled = false;
};

}  // namespace

bool generateSampleRegion(const QString& directory, QWidget* parent) {
  QDir().mkpath(directory);
  auto state = std::make_shared<GeneratorState>();
  const std::string dir = directory.toStdString();

  QProgressDialog dialog(QCoreApplication::translate("SampleRegion", "Generating the sample region…"),
                         QCoreApplication::translate("SampleRegion", "Cancel"), 0, 1000, parent);
  dialog.setWindowTitle(QCoreApplication::translate("SampleRegion", "Sample region"));
  dialog.setWindowModality(Qt::WindowModal);
  dialog.setMinimumDuration(0);
  dialog.setAutoClose(false);
  dialog.setAutoReset(false);
  dialog.setValue(0);
  QObject::connect(&dialog, &QProgressDialog::canceled, [state] { state->cancel = true; });

  QFutureWatcher<void> watcher;
  QEventLoop loop;
  QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
  watcher.setFuture(QtConcurrent::run([state, dir] {
    const Progress progress = [state](double fraction, const std::string&) {
      state->permille = int(fraction * 1000);
      return !state->cancel.load();
    };
    try {
      project::writeSample(dir, {}, progress);
    } catch (const Cancelled&) {
      state->cancelled = true;
    } catch (const Error& e) {
      state->error = e;
    } catch (const std::exception& e) {
      state->error = Error(ErrorCode::WriteFailed, dir, e.what());
    }
  }));
  QTimer poll;
  QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, state] { dialog.setValue(state->permille.load()); });
  poll.start(50);
  if (!watcher.isFinished()) loop.exec();
  poll.stop();
  dialog.hide();  // not close(): QProgressDialog reports a close as a cancel

  if (state->cancelled) {
    for (const QString& f : sampleFiles(directory)) QFile::remove(f);
    QFile::remove(sampleProjectPath(directory));
    return false;
  }
  if (state->error) throw *state->error;
  return true;
}

}  // namespace hp::gui
