// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/CompareCandidatesPanel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "gui/panels/CompareCandidatesModel.h"
#include "project/ProjectCapacity.h"

namespace hp::gui {

CompareCandidatesPanel::CompareCandidatesPanel(QWidget* parent)
    : QWidget(parent), generation_(std::make_shared<std::atomic<quint64>>(0)) {
  model_ = new CompareCandidatesModel(this);
  proxy_ = new QSortFilterProxyModel(this);
  proxy_->setSourceModel(model_);
  proxy_->setSortRole(Qt::UserRole);
  view_ = new QTableView(this);
  view_->setModel(proxy_);
  view_->setSortingEnabled(true);
  view_->verticalHeader()->hide();
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  refresh_ = new QPushButton(tr("Refresh"), this);
  cancel_ = new QPushButton(tr("Cancel"), this);
  status_ = new QLabel(this);
  auto* bar = new QHBoxLayout;
  bar->addWidget(refresh_);
  bar->addWidget(cancel_);
  bar->addWidget(progress_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(bar);
  layout->addWidget(view_, 1);
  layout->addWidget(status_);
  connect(refresh_, &QPushButton::clicked, this, &CompareCandidatesPanel::refresh);
  connect(cancel_, &QPushButton::clicked, this, &CompareCandidatesPanel::cancel);
  setRunning(false);
}

CompareCandidatesPanel::~CompareCandidatesPanel() { ++*generation_; }

void CompareCandidatesPanel::setProject(const project::Project& project) { project_ = project; }

void CompareCandidatesPanel::setRunning(bool running) {
  progress_->setVisible(running);
  cancel_->setEnabled(running);
  if (!running) progress_->setValue(0);
}

void CompareCandidatesPanel::cancel() {
  ++*generation_;
  setRunning(false);
  status_->setText(tr("Cancelled."));
}

void CompareCandidatesPanel::refresh() {
  const quint64 generation = ++*generation_;
  setRunning(true);
  status_->setText(tr("Computing…"));
  QPointer<CompareCandidatesPanel> self(this);
  auto counter = generation_;
  QStringList names;
  for (const project::Candidate& c : project_.candidates) names << QString::fromStdString(c.name);
  (void)QtConcurrent::run([self, counter, generation, names, project = project_] {
    std::vector<project::CandidateFigures> figures;
    QString error;
    const Progress progress = [&](double fraction, const std::string&) {
      if (*counter != generation) return false;
      QMetaObject::invokeMethod(
          QCoreApplication::instance(),
          [self, counter, generation, fraction] {
            if (self && *counter == generation) self->progress_->setValue(int(fraction * 1000));
          },
          Qt::QueuedConnection);
      return true;
    };
    try {
      const project::ProjectData data = project::loadProjectData(project);
      figures = project::evaluateCandidates(project, data, true, progress);
    } catch (const Cancelled&) {
      return;
    } catch (const Error& e) {
      error = app::describeError(e);
    } catch (const std::exception& e) {
      error = QString::fromUtf8(e.what());
    }
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [self, counter, generation, names, figures, error] {
          if (!self || *counter != generation) return;
          self->setRunning(false);
          if (!error.isEmpty()) {
            self->status_->setText(error);
            emit self->failed(error);
            return;
          }
          self->model_->setRows(names, figures);
          self->view_->resizeColumnsToContents();
          self->status_->clear();
          emit self->finished();
        },
        Qt::QueuedConnection);
  });
}

}  // namespace hp::gui
