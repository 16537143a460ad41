// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/RankingPanel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
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
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "common/ErrorText.h"
#include "geo/Error.h"
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
      }),
      scenarioRank_([](const project::Project& project, const ranking::RankingOptions& options, const QString& file,
                       const Progress& progress) {
        const ranking::RankingInputs inputs = ranking::rankingInputsFromProject(project);
        const std::vector<ranking::Scenario> set =
            file.isEmpty() ? ranking::defaultScenarios(inputs.model) : ranking::readScenariosFile(file.toStdString(), inputs.model);
        return ranking::rankScenarios(inputs, options, set, progress);
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
  scenarios_ = new QCheckBox(tr("Across scenarios"), this);
  scenarios_->setToolTip(tr("Rank once more under each scenario of model assumptions and count, per parcel, in how many "
                            "the budget optimum buys it"));
  scenariosFile_ = new QLineEdit(this);
  scenariosFile_->setPlaceholderText(tr("built-in grid: territory 16–120 sq mi, habitat threshold ±10"));
  scenariosFile_->setToolTip(tr("A JSON list of model overrides (docs/RANKING.md, Scenarios); empty: the built-in grid"));
  browseScenarios_ = new QToolButton(this);
  browseScenarios_->setText(tr("…"));
  browseScenarios_->setToolTip(tr("Choose a scenarios file"));
  auto* fileRow = new QHBoxLayout;
  fileRow->addWidget(scenariosFile_, 1);
  fileRow->addWidget(browseScenarios_);
  form->addRow(scenarios_);
  form->addRow(tr("Scenarios file:"), fileRow);
  auto enableFile = [this](bool on) {
    scenariosFile_->setEnabled(on);
    browseScenarios_->setEnabled(on);
  };
  connect(scenarios_, &QCheckBox::toggled, this, enableFile);
  enableFile(false);
  connect(browseScenarios_, &QToolButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Scenarios File"), scenariosFile_->text(),
                                                      tr("Scenarios (*.json);;All files (*)"));
    if (!path.isEmpty()) scenariosFile_->setText(path);
  });

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
  export_ = new QPushButton(tr("Export Ranking…"), this);
  export_->setToolTip(tr("The acquisition order as ORDER.csv, with the scenario counts after a run across scenarios"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(create_);
  buttons->addWidget(export_);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(bar);
  layout->addWidget(status_);
  layout->addWidget(view_, 1);
  layout->addWidget(summary_);
  layout->addLayout(buttons);

  connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          [this] { emit parcelsSelected(selectedParcels()); });
  connect(run_, &QPushButton::clicked, this, &RankingPanel::run);
  connect(cancel_, &QPushButton::clicked, this, &RankingPanel::cancel);
  connect(create_, &QPushButton::clicked, this, [this] {
    if (result_ && !result_->selectedIds.empty()) emit createCandidateRequested(candidateName(), result_->selectedIds);
  });
  connect(export_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Ranking"), QStringLiteral("ORDER.csv"),
                                                      tr("CSV (*.csv);;All files (*)"));
    if (!path.isEmpty()) exportRanking(path);
  });
  connect(runner_, &TaskRunner::progressChanged, this, [this](double fraction, const QString&) {
    progress_->setValue(int(fraction * 1000));
  });
  connect(runner_, &TaskRunner::succeeded, this, [this] {
    if (pendingScenarios_) {
      scenarioResult_ = std::move(pendingScenarios_);
      result_ = std::shared_ptr<const ranking::RankingResult>(scenarioResult_, &scenarioResult_->base);
    } else {
      scenarioResult_.reset();
      result_ = std::move(pending_);
    }
    showResult();
    status_->clear();
    emit rankingReady(result_);
    if (scenarioResult_) emit scenarioRankingReady(scenarioResult_);
  });
  connect(runner_, &TaskRunner::failed, this, [this](const QString& message) {
    status_->setText(message);
    emit failed(message);
  });
  connect(runner_, &TaskRunner::cancelled, this, [this] { status_->setText(tr("Cancelled.")); });
  connect(runner_, &TaskRunner::finished, this, [this] {
    pending_.reset();
    pendingScenarios_.reset();
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

void RankingPanel::setScenarioRankFunction(ScenarioRankFunction rank) { scenarioRank_ = std::move(rank); }

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
  budgetOfResult_ = budget_->value();
  if (scenarios_->isChecked()) {
    auto pending = std::make_shared<ranking::ScenarioRanking>();
    pendingScenarios_ = pending;
    if (!runner_->start([pending, rank = scenarioRank_, project = project_, options = options(),
                         file = scenariosFile_->text().trimmed()](const Progress& progress) {
          *pending = rank(project, options, file, progress);
        }))
      return;
    status_->setText(tr("Ranking the parcels across scenarios…"));
    setRunning(true);
    return;
  }
  auto pending = std::make_shared<ranking::RankingResult>();
  pending_ = pending;
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
  export_->setEnabled(!running && result_);
  scenarios_->setEnabled(!running);
}

QString RankingPanel::exportRanking(const QString& path) {
  if (!result_) return {};
  try {
    if (scenarioResult_) ranking::writeScenarioRankingCsv(*scenarioResult_, path.toStdString());
    else ranking::writeRankingCsv(*result_, path.toStdString());
  } catch (const Error& e) {
    const QString message = app::describeError(e);
    status_->setText(message);
    return message;
  }
  status_->setText(tr("Exported: %1").arg(path));
  return {};
}

QString RankingPanel::candidateName() const {
  return tr("Budget optimum %1 USD").arg(QLocale().toString(result_ ? result_->budget : budgetOfResult_, 'f', 0));
}

void RankingPanel::showResult() {
  if (scenarioResult_) model_->setScenarioResult(scenarioResult_);
  else model_->setResult(result_);
  create_->setEnabled(!isRunning() && result_ && !result_->selectedIds.empty());
  export_->setEnabled(!isRunning() && result_);
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
  QString text = tr("Budget optimum: %1 leopards (%2 leopard-equivalents, the existing reserve included) for "
                    "%3 USD; %4 parcels, %5 km², boundary %6 km; %7.")
                     .arg(locale.toString(qlonglong(r.leopards)), locale.toString(r.leopardsFractional, 'f', 2),
                          locale.toString(r.cost, 'f', 0), locale.toString(qlonglong(r.selectedIds.size())),
                          locale.toString(r.areaKm2, 'f', 1), locale.toString(r.boundaryKm, 'f', 1), gap);
  if (r.seconds >= 0) {
    text += QLatin1Char(' ') + (r.timeLimitReached
                                    ? tr("Ranked in %1 s (budget optimum %2 s, stopped by the time limit).")
                                    : tr("Ranked in %1 s (budget optimum %2 s)."))
                                   .arg(locale.toString(r.seconds, 'f', 1), locale.toString(r.phaseSeconds.budgetOptimum, 'f', 1));
  }
  if (scenarioResult_) {
    const ranking::ScenarioAgreement agreement = ranking::agreementOf(*scenarioResult_);
    text += QLatin1Char(' ') + tr("Across %1 scenarios: %2 parcels chosen in all of them, %3 in at least one.")
                                   .arg(locale.toString(qlonglong(scenarioResult_->scenarios.size())),
                                        locale.toString(qlonglong(agreement.inEvery)), locale.toString(qlonglong(agreement.inAny)));
  }
  summary_->setText(text);
}

}  // namespace hp::gui
