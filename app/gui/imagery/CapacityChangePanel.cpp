// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/imagery/CapacityChangePanel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "gui/imagery/CapacityChangeModel.h"
#include "gui/tasks/TaskRunner.h"

namespace hp::gui {

namespace {

// Filters rows by kind or by a change in whole leopards.
class ChangeFilterProxy : public QSortFilterProxyModel {
 public:
  using QSortFilterProxyModel::QSortFilterProxyModel;
  CapacityChangePanel::Filter filter = CapacityChangePanel::Filter::All;
  void refilter() { invalidateRowsFilter(); }

 protected:
  bool filterAcceptsRow(int row, const QModelIndex&) const override {
    const auto* m = static_cast<const CapacityChangeModel*>(sourceModel());
    const project::CapacityChange& r = m->rows()[std::size_t(row)];
    switch (filter) {
      case CapacityChangePanel::Filter::All: return true;
      case CapacityChangePanel::Filter::Parcels: return r.kind == project::CapacityChange::Kind::Parcel;
      case CapacityChangePanel::Filter::CandidatesAndReserve: return r.kind != project::CapacityChange::Kind::Parcel;
      case CapacityChangePanel::Filter::ChangedOnly:
        return r.before.leopards != r.after.leopards || std::abs(r.before.leopardsFractional - r.after.leopardsFractional) >= 0.005;
    }
    return true;
  }
};

}  // namespace

CapacityChangePanel::CapacityChangePanel(QWidget* parent)
    : QWidget(parent), model_(new CapacityChangeModel(this)), runner_(new TaskRunner(this)) {
  setObjectName(QStringLiteral("capacityChangePanel"));
  chooseSavePath_ = [](QWidget* p) {
    return QFileDialog::getSaveFileName(p, tr("Export Capacity Change"), QStringLiteral("capacity_change.csv"),
                                        tr("CSV table (*.csv)"));
  };
  proxy_ = new ChangeFilterProxy(this);
  proxy_->setSourceModel(model_);
  proxy_->setSortRole(Qt::UserRole);

  from_ = new QComboBox;
  to_ = new QComboBox;
  filter_ = new QComboBox;
  filter_->addItem(tr("All rows"), int(Filter::All));
  filter_->addItem(tr("Parcels"), int(Filter::Parcels));
  filter_->addItem(tr("Candidates and reserve"), int(Filter::CandidatesAndReserve));
  filter_->addItem(tr("Changed only"), int(Filter::ChangedOnly));
  compare_ = new QPushButton(tr("Compare"));
  export_ = new QPushButton(tr("Export CSV…"));
  export_->setEnabled(false);
  cancel_ = new QPushButton(tr("Cancel"));
  cancel_->hide();
  progress_ = new QProgressBar;
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  progress_->hide();
  table_ = new QTableView;
  table_->setObjectName(QStringLiteral("capacityChangeTable"));
  table_->setModel(proxy_);
  table_->setSortingEnabled(true);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  summary_ = new QLabel;
  summary_->setWordWrap(true);

  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Before:")));
  top->addWidget(from_);
  top->addWidget(new QLabel(tr("After:")));
  top->addWidget(to_);
  top->addWidget(compare_);
  top->addStretch();
  top->addWidget(filter_);
  top->addWidget(export_);
  auto* progressRow = new QHBoxLayout;
  progressRow->addWidget(progress_, 1);
  progressRow->addWidget(cancel_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addLayout(progressRow);
  layout->addWidget(summary_);
  layout->addWidget(table_, 1);

  connect(compare_, &QPushButton::clicked, this, [this] { compare(from_->currentData().toInt(), to_->currentData().toInt()); });
  connect(cancel_, &QPushButton::clicked, runner_, &TaskRunner::cancel);
  connect(export_, &QPushButton::clicked, this, [this] {
    const QString path = chooseSavePath_(this);
    if (!path.isEmpty()) exportCsv(path);
  });
  connect(filter_, &QComboBox::currentIndexChanged, this, [this] { setFilter(Filter(filter_->currentData().toInt())); });
  connect(runner_, &TaskRunner::progressChanged, this, [this](double f, const QString&) { progress_->setValue(int(f * 1000)); });
  connect(runner_, &TaskRunner::failed, this, [this](const QString& message) {
    summary_->setText(tr("Comparison failed: %1").arg(message));
    emit failed(message);
  });
  connect(runner_, &TaskRunner::cancelled, this, [this] { summary_->setText(tr("Comparison cancelled.")); });
  connect(runner_, &TaskRunner::finished, this, [this] {
    progress_->hide();
    cancel_->hide();
    compare_->setEnabled(true);
  });
  connect(table_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
    const project::CapacityChange& r = model_->rows()[std::size_t(proxy_->mapToSource(index).row())];
    if (r.kind == project::CapacityChange::Kind::Parcel) emit parcelActivated(QString::fromStdString(r.id));
    if (r.kind == project::CapacityChange::Kind::Candidate) emit candidateActivated(QString::fromStdString(r.id));
  });
}

void CapacityChangePanel::setProject(const project::Project& project) {
  project_ = project;
  fillVersionCombos();
}

void CapacityChangePanel::fillVersionCombos() {
  for (QComboBox* combo : {from_, to_}) {
    const int current = combo->currentData().toInt();
    combo->clear();
    combo->addItem(tr("0 (original)"), 0);
    for (const project::ForestVersion& v : project_.forestVersions)
      combo->addItem(tr("%1 (%2)").arg(v.id).arg(QString::fromStdString(v.date)), v.id);
    const int i = combo->findData(combo == to_ && current == 0 ? project_.activeForestVersion : current);
    combo->setCurrentIndex(std::max(0, i));
  }
}

bool CapacityChangePanel::isComputing() const { return runner_->isRunning(); }

bool CapacityChangePanel::compare(int from, int to) {
  if (isComputing()) return false;
  from_->setCurrentIndex(std::max(0, from_->findData(from)));
  to_->setCurrentIndex(std::max(0, to_->findData(to)));
  auto rows = std::make_shared<std::vector<project::CapacityChange>>();
  const project::Project project = project_;
  connect(runner_, &TaskRunner::succeeded, this, [this, rows] {
    model_->setRows(std::move(*rows));
    export_->setEnabled(true);
    updateSummary();
  }, Qt::SingleShotConnection);
  connect(runner_, &TaskRunner::finished, this, [this] { disconnect(runner_, &TaskRunner::succeeded, this, nullptr); },
          Qt::SingleShotConnection);
  progress_->setValue(0);
  progress_->show();
  cancel_->show();
  compare_->setEnabled(false);
  summary_->setText(tr("Computing capacity under versions %1 and %2…").arg(from).arg(to));
  return runner_->start([rows, project, from, to](const Progress& progress) {
    *rows = project::compareForestVersions(project, from, to, progress);
  });
}

void CapacityChangePanel::updateSummary() {
  long before = 0, after = 0, changed = 0;
  for (const project::CapacityChange& r : model_->rows()) {
    if (r.kind != project::CapacityChange::Kind::Parcel) continue;
    before += r.before.leopards;
    after += r.after.leopards;
    if (r.before.leopards != r.after.leopards) ++changed;
  }
  summary_->setText(tr("Parcels hold %1 leopards before and %2 after; %n parcel(s) changed.", nullptr, int(changed))
                        .arg(QLocale().toString(qlonglong(before)), QLocale().toString(qlonglong(after))));
}

void CapacityChangePanel::setFilter(Filter filter) {
  auto* proxy = static_cast<ChangeFilterProxy*>(proxy_);
  proxy->filter = filter;
  proxy->refilter();
  filter_->setCurrentIndex(filter_->findData(int(filter)));
}

bool CapacityChangePanel::exportCsv(const QString& path) {
  try {
    project::writeCapacityChangeCsv(path.toStdString(), model_->rows());
    return true;
  } catch (const Error& e) {
    emit failed(app::describeError(e));
    return false;
  }
}

}  // namespace hp::gui
