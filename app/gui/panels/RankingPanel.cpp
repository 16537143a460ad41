// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/RankingPanel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QValidator>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "gui/panels/RankingTableModel.h"
#include "gui/tasks/TaskRunner.h"

namespace hp::gui {

namespace {

// Parcel ids are text: anything goes but an unclosed quote (parseParcelIdList), which may still be
// closed as the user types.
class ParcelIdListValidator : public QValidator {
 public:
  using QValidator::QValidator;
  State validate(QString& input, int&) const override {
    return parseParcelIdList(input.toStdString()) ? Acceptable : Intermediate;
  }
};

}  // namespace


RankingPanel::RankingPanel(QWidget* parent)
    : QWidget(parent),
      rank_([](const project::Project& project, const ranking::RankingOptions& options, const Progress& progress) {
        return ranking::rankParcels(ranking::rankingInputsFromProject(project), options, progress);
      }) {
  runner_ = new TaskRunner(this);
  budget_ = new QDoubleSpinBox(this);
  budget_->setRange(0, 1e12);
  budget_->setDecimals(0);
  budget_->setSingleStep(100000);
  budget_->setGroupSeparatorShown(true);
  budget_->setSuffix(tr(" USD"));
  budget_->setValue(5e6);
  blm_ = new QDoubleSpinBox(this);
  blm_->setRange(0, 1e6);
  blm_->setDecimals(4);
  blm_->setSingleStep(0.01);
  blm_->setToolTip(tr("Compactness: leopards the optimum may give up per km of reserve boundary (as Marxan's BLM)"));
  timeLimit_ = new QSpinBox(this);
  timeLimit_->setRange(1, 3600);
  timeLimit_->setValue(30);
  timeLimit_->setSuffix(tr(" s"));
  // Parcel ids only: digits, separated by commas or spaces.
  const auto* idList = new ParcelIdListValidator(this);
  lockIn_ = new QLineEdit(this);
  lockIn_->setValidator(idList);
  lockIn_->setPlaceholderText(tr("parcel ids, e.g. 12, 25:34:010101:12"));
  lockIn_->setToolTip(tr("Parcels the optimum must include (already bought or promised)"));
  lockOut_ = new QLineEdit(this);
  lockOut_->setValidator(idList);
  lockOut_->setPlaceholderText(tr("parcel ids, e.g. 7"));
  lockOut_->setToolTip(tr("Parcels the optimum must leave out (not for sale)"));
  auto* form = new QFormLayout;
  form->addRow(tr("Budget:"), budget_);
  form->addRow(tr("Boundary length modifier:"), blm_);
  form->addRow(tr("Time limit:"), timeLimit_);
  form->addRow(tr("Locked in:"), lockIn_);
  form->addRow(tr("Locked out:"), lockOut_);

  run_ = new QPushButton(tr("Run"), this);
  cancel_ = new QPushButton(tr("Cancel"), this);
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  auto* bar = new QHBoxLayout;
  bar->addWidget(run_);
  bar->addWidget(cancel_);
  bar->addWidget(progress_, 1);

  model_ = new RankingTableModel(this);
  proxy_ = new QSortFilterProxyModel(this);
  proxy_->setSourceModel(model_);
  proxy_->setSortRole(Qt::UserRole);
  view_ = new QTableView(this);
  view_->setModel(proxy_);
  view_->setSortingEnabled(true);
  view_->sortByColumn(RankingTableModel::Rank, Qt::AscendingOrder);
  view_->verticalHeader()->hide();
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);

  status_ = new QLabel(this);
  summary_ = new QLabel(this);
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  create_ = new QPushButton(tr("Create Candidate from Selection"), this);
  create_->setToolTip(tr("Adds the budget optimum's parcels as a new candidate reserve (undoable)"));

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(bar);
  layout->addWidget(status_);
  layout->addWidget(view_, 1);
  layout->addWidget(summary_);
  layout->addWidget(create_);

  connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          [this] { emit parcelsSelected(selectedParcels()); });
  connect(run_, &QPushButton::clicked, this, &RankingPanel::run);
  connect(cancel_, &QPushButton::clicked, this, &RankingPanel::cancel);
  connect(create_, &QPushButton::clicked, this, [this] {
    if (result_ && !result_->selectedIds.empty()) emit createCandidateRequested(candidateName(), result_->selectedIds);
  });
  connect(runner_, &TaskRunner::progressChanged, this, [this](double fraction, const QString&) {
    progress_->setValue(int(fraction * 1000));
  });
  connect(runner_, &TaskRunner::succeeded, this, [this] {
    result_ = std::move(pending_);
    showResult();
    status_->clear();
    emit rankingReady(result_);
  });
  connect(runner_, &TaskRunner::failed, this, [this](const QString& message) {
    status_->setText(message);
    emit failed(message);
  });
  connect(runner_, &TaskRunner::cancelled, this, [this] { status_->setText(tr("Cancelled.")); });
  connect(runner_, &TaskRunner::finished, this, [this] {
    pending_.reset();
    setRunning(false);
  });
  setRunning(false);
  showResult();
}

// The runner (a child) waits for the worker when it goes; no events may be processed here, while
// the window around the panel is being torn down.
RankingPanel::~RankingPanel() { runner_->cancel(); }

std::vector<ParcelId> RankingPanel::selectedParcels() const {
  std::vector<ParcelId> ids;
  const auto& result = model_->result();
  if (!result) return ids;
  for (const QModelIndex& index : view_->selectionModel()->selectedRows()) {
    const int row = proxy_->mapToSource(index).row();
    if (row >= 0 && std::size_t(row) < result->order.size()) ids.push_back(result->order[std::size_t(row)].id);
  }
  std::sort(ids.begin(), ids.end(), parcelIdLess);
  return ids;
}

void RankingPanel::setProject(const project::Project& project) { project_ = project; }

void RankingPanel::setRankFunction(RankFunction rank) { rank_ = std::move(rank); }

ranking::RankingOptions RankingPanel::options() const {
  ranking::RankingOptions o;
  o.budget = budget_->value();
  o.blm = blm_->value();
  o.timeLimitSeconds = timeLimit_->value();
  auto ids = [](const QLineEdit* edit) { return parseParcelIdList(edit->text().toStdString()).value_or(std::vector<ParcelId>{}); };
  o.lockIn = ids(lockIn_);
  o.lockOut = ids(lockOut_);
  return o;
}

bool RankingPanel::isRunning() const { return runner_->isRunning(); }

void RankingPanel::waitForFinished() { runner_->waitForFinished(); }

void RankingPanel::run() {
  if (runner_->isRunning()) return;
  auto pending = std::make_shared<ranking::RankingResult>();
  pending_ = pending;
  budgetOfResult_ = budget_->value();
  if (!runner_->start([pending, rank = rank_, project = project_, options = options()](const Progress& progress) {
        *pending = rank(project, options, progress);
      }))
    return;
  status_->setText(tr("Ranking the parcels…"));
  setRunning(true);
}

void RankingPanel::cancel() { runner_->cancel(); }

void RankingPanel::setRunning(bool running) {
  run_->setEnabled(!running);
  cancel_->setEnabled(running);
  progress_->setVisible(running);
  if (!running) progress_->setValue(0);
  create_->setEnabled(!running && result_ && !result_->selectedIds.empty());
}

QString RankingPanel::candidateName() const {
  return tr("Budget optimum %1 USD").arg(QLocale().toString(result_ ? result_->budget : budgetOfResult_, 'f', 0));
}

void RankingPanel::showResult() {
  model_->setResult(result_);
  create_->setEnabled(!isRunning() && result_ && !result_->selectedIds.empty());
  if (!result_) {
    summary_->setText(tr("Set a budget and run to rank the parcels."));
    return;
  }
  view_->resizeColumnsToContents();
  const ranking::RankingResult& r = *result_;
  const QLocale locale;
  QString gap;
  if (r.provenOptimal || r.optimalityGap == 0) gap = tr("proven optimal");
  else if (r.optimalityGap < 0) gap = tr("optimality gap unknown");
  else gap = tr("optimality gap %1 %").arg(locale.toString(r.optimalityGap * 100, 'f', 2));
  summary_->setText(tr("Budget optimum: %1 leopards (%2 leopard-equivalents, the existing reserve included) for "
                       "%3 USD; %4 parcels, %5 km², boundary %6 km; %7.")
                        .arg(locale.toString(qlonglong(r.leopards)), locale.toString(r.leopardsFractional, 'f', 2),
                             locale.toString(r.cost, 'f', 0), locale.toString(qlonglong(r.selectedIds.size())),
                             locale.toString(r.areaKm2, 'f', 1), locale.toString(r.boundaryKm, 'f', 1), gap));
}

}  // namespace hp::gui
