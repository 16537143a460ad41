// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QSet>
#include <QString>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hp::gui {

class LayerModel;
class TaskRunner;

// The bar above the map that offers to build overviews for a large raster that has none (QGIS asks the
// same when such a raster is added). Until they exist the layer draws zoomed-out views from its reduced
// copy; built, GDAL reads them from the .ovr file written beside the raster. Building runs on a worker
// with progress and Cancel; a failure (a read-only folder, a full disk) is said in the bar, naming the
// file, and nothing else changes. "Not now" is remembered for the file for the rest of the session.
class OverviewOffer : public QFrame {
  Q_OBJECT
 public:
  explicit OverviewOffer(LayerModel* layers, QWidget* parent = nullptr);
  ~OverviewOffer() override;

  // The raster the bar is about (its file), empty when hidden.
  const QString& offeredFile() const { return file_; }
  bool isBuilding() const;
  // Blocks until a build in progress ended (tests, closing the window).
  void waitForBuild();

 public slots:
  void build();
  void decline();
  void cancel();

 signals:
  // Overviews of `file` were built and its layers redraw from them.
  void built(const QString& file, int levels);

 private:
  void offerNext();
  void showOffer(const QString& file);
  void onBuilt();

  LayerModel* layers_;
  TaskRunner* runner_;
  QLabel* text_;
  QProgressBar* progress_;
  QPushButton* buildButton_;
  QPushButton* notNowButton_;
  QPushButton* cancelButton_;
  QString file_;
  QSet<QString> declined_;
  std::shared_ptr<int> builtLevels_;  // written by the worker, read once it has finished
};

}  // namespace hp::gui
