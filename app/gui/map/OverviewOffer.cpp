// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/map/OverviewOffer.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <memory>

#include "gui/tasks/TaskRunner.h"
#include "io/RasterOverviews.h"
#include "mapkit/layers/LayerModel.h"
#include "mapkit/layers/RasterMapLayer.h"

namespace hp::gui {

OverviewOffer::OverviewOffer(LayerModel* layers, QWidget* parent)
    : QFrame(parent), layers_(layers), runner_(new TaskRunner(this)) {
  setObjectName(QStringLiteral("overviewOffer"));
  setFrameShape(QFrame::StyledPanel);
  setAutoFillBackground(true);
  QPalette pal = palette();
  pal.setColor(QPalette::Window, QColor(255, 244, 206));  // an information bar, not an error
  pal.setColor(QPalette::WindowText, QColor(60, 50, 20));
  setPalette(pal);
  text_ = new QLabel(this);
  text_->setWordWrap(true);
  text_->setTextFormat(Qt::PlainText);
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 100);
  progress_->setMaximumWidth(220);
  buildButton_ = new QPushButton(tr("Build Overviews"), this);
  notNowButton_ = new QPushButton(tr("Not Now"), this);
  cancelButton_ = new QPushButton(tr("Cancel"), this);
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(8, 4, 8, 4);
  row->addWidget(text_, 1);
  row->addWidget(progress_);
  row->addWidget(buildButton_);
  row->addWidget(notNowButton_);
  row->addWidget(cancelButton_);
  connect(buildButton_, &QPushButton::clicked, this, &OverviewOffer::build);
  connect(notNowButton_, &QPushButton::clicked, this, &OverviewOffer::decline);
  connect(cancelButton_, &QPushButton::clicked, this, &OverviewOffer::cancel);
  connect(runner_, &TaskRunner::progressChanged, this,
          [this](double fraction, const QString&) { progress_->setValue(int(fraction * 100)); });
  connect(runner_, &TaskRunner::succeeded, this, &OverviewOffer::onBuilt);
  connect(runner_, &TaskRunner::failed, this, [this](const QString& message) {
    text_->setText(tr("Overviews of “%1” could not be built: %2").arg(QFileInfo(file_).fileName(), message));
    progress_->hide();
    cancelButton_->hide();
    buildButton_->show();
    buildButton_->setText(tr("Try Again"));
    notNowButton_->show();
  });
  connect(runner_, &TaskRunner::cancelled, this, [this] { showOffer(file_); });
  connect(layers_, &QAbstractItemModel::rowsInserted, this, [this] {
    if (file_.isEmpty()) offerNext();
  });
  // The offered raster's layer removed: offer the next one (a build already running still finishes).
  connect(layers_, &QAbstractItemModel::rowsRemoved, this, [this] {
    if (!runner_->isRunning()) offerNext();
  });
  hide();
}

// The runner, a child, cancels and waits in its own destructor, without turning the event loop over a
// half-destroyed window.
OverviewOffer::~OverviewOffer() = default;

bool OverviewOffer::isBuilding() const { return runner_->isRunning(); }

void OverviewOffer::waitForBuild() { runner_->waitForFinished(); }

void OverviewOffer::offerNext() {
  for (const auto& layer : layers_->layers()) {
    const auto* raster = dynamic_cast<const RasterMapLayer*>(layer.get());
    if (raster && raster->lacksOverviews() && !declined_.contains(raster->source())) {
      showOffer(raster->source());
      return;
    }
  }
  file_.clear();
  hide();
}

void OverviewOffer::showOffer(const QString& file) {
  file_ = file;
  text_->setText(tr("“%1” has no overviews, so zoomed-out views are drawn from a coarse copy. Build them "
                    "(a .ovr file beside the raster) for sharp, quick drawing at every scale?")
                     .arg(QFileInfo(file).fileName()));
  buildButton_->setText(tr("Build Overviews"));
  buildButton_->show();
  notNowButton_->show();
  cancelButton_->hide();
  progress_->hide();
  show();
}

void OverviewOffer::build() {
  if (file_.isEmpty() || runner_->isRunning()) return;
  const std::string path = file_.toStdString();
  auto levels = std::make_shared<int>(0);
  builtLevels_ = levels;
  text_->setText(tr("Building overviews of “%1”…").arg(QFileInfo(file_).fileName()));
  progress_->setValue(0);
  progress_->show();
  cancelButton_->show();
  buildButton_->hide();
  notNowButton_->hide();
  runner_->start([path, levels](const Progress& progress) {
    *levels = buildExternalOverviews(path, defaultOverviewResampling(path), progress);
  });
}

void OverviewOffer::onBuilt() {
  const QString file = file_;
  for (int row = 0; row < layers_->rowCount(); ++row) {
    auto* raster = dynamic_cast<RasterMapLayer*>(layers_->layer(row).get());
    if (raster && raster->source() == file) {
      raster->overviewsBuilt();
      layers_->notifyLayerChanged(row);
    }
  }
  emit built(file, builtLevels_ ? *builtLevels_ : 0);
  offerNext();
}

void OverviewOffer::decline() {
  declined_.insert(file_);
  offerNext();
}

void OverviewOffer::cancel() { runner_->cancel(); }

}  // namespace hp::gui
