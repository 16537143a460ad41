// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "io/ParcelIds.h"
#include "Progress.h"
#include "project/Project.h"
#include "ranking/ParcelRanking.h"
#include "ranking/Scenarios.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QLineEdit;
class QTableView;
class QToolButton;

namespace hp::gui {

class RankingTableModel;
class TaskRunner;

// Ranks the project's parcels (ranking::rankParcels: greedy acquisition order and budget optimum)
// off the GUI thread with progress and Cancel: budget (USD), BLM (leopards per km of boundary) and a
// time limit in, a sortable table of the order and a summary line out (leopards, cost, area,
// boundary, optimality gap). "Create candidate from selection" asks the owner to add the budget
// optimum's parcels as a candidate (createCandidateRequested); the panel edits nothing itself.
// "Across scenarios" ranks under the built-in grid of model assumptions or a scenarios file instead
// (ranking::rankScenarios, docs/RANKING.md "Scenarios"): the table gains "Scenarios" (k of N) and the
// summary how many parcels every scenario buys. "Export Ranking…" writes ORDER.csv as the CLI does.
class RankingPanel : public QWidget {
  Q_OBJECT
 public:
  // What Run calls on the worker thread; the default is rankingInputsFromProject + rankParcels.
  using RankFunction =
      std::function<ranking::RankingResult(const project::Project&, const ranking::RankingOptions&, const Progress&)>;

  // What Run calls across scenarios; `scenariosFile` empty: the built-in grid. The default is
  // rankingInputsFromProject + defaultScenarios or readScenariosFile + rankScenarios.
  using ScenarioRankFunction = std::function<ranking::ScenarioRanking(
      const project::Project&, const ranking::RankingOptions&, const QString& scenariosFile, const Progress&)>;

  explicit RankingPanel(QWidget* parent = nullptr);
  ~RankingPanel() override;

  // The project Run ranks (a snapshot, taken again on every change the owner reports).
  void setProject(const project::Project& project);
  void setRankFunction(RankFunction rank);  // tests
  void setScenarioRankFunction(ScenarioRankFunction rank);  // tests
  // The settings of the next run.
  ranking::RankingOptions options() const;

  void run();     // refused while a run is going
  void cancel();
  bool isRunning() const;
  // Blocks until the current run ended and its signals were delivered (tests, closing).
  void waitForFinished();

  const std::shared_ptr<const ranking::RankingResult>& result() const { return result_; }
  // The last run's scenarios when it ran across them (result() is then its base); null otherwise.
  const std::shared_ptr<const ranking::ScenarioRanking>& scenarioResult() const { return scenarioResult_; }
  // Writes the shown ranking as ORDER.csv (with the scenario columns after a run across scenarios).
  // Returns the error shown to the user, empty when written.
  QString exportRanking(const QString& path);
  // The parcels of the rows selected in the order, ascending.
  std::vector<ParcelId> selectedParcels() const;
  // The name the next created candidate gets: "Budget optimum 1,000,000 USD".
  QString candidateName() const;

  QDoubleSpinBox* budgetBox() const { return budget_; }
  QDoubleSpinBox* blmBox() const { return blm_; }
  QLineEdit* lockInEdit() const { return lockIn_; }
  QLineEdit* lockOutEdit() const { return lockOut_; }
  QSpinBox* timeLimitBox() const { return timeLimit_; }
  QPushButton* runButton() const { return run_; }
  QPushButton* cancelButton() const { return cancel_; }
  QPushButton* createButton() const { return create_; }
  QPushButton* exportButton() const { return export_; }
  QCheckBox* scenariosCheck() const { return scenarios_; }
  QLineEdit* scenariosFileEdit() const { return scenariosFile_; }
  QProgressBar* progressBar() const { return progress_; }
  QLabel* summaryLabel() const { return summary_; }
  QLabel* statusLabel() const { return status_; }
  QTableView* view() const { return view_; }
  QSortFilterProxyModel* proxy() const { return proxy_; }
  RankingTableModel* model() const { return model_; }

 signals:
  // A run finished: the attribute table can show its columns (AttributeTableModel::setRanking).
  void rankingReady(std::shared_ptr<const hp::ranking::RankingResult> result);
  void failed(const QString& message);
  // A run across scenarios finished (after rankingReady with its base): the map shows its robustness.
  void scenarioRankingReady(std::shared_ptr<const hp::ranking::ScenarioRanking> result);
  // The user selected rows of the order: the owner selects those parcels as the attribute table's own
  // selection does (AttributeTablePanel::parcelsSelected).
  void parcelsSelected(const std::vector<ParcelId>& ids);
  // The user asked for a candidate made of the budget optimum (ids ascending, never empty).
  void createCandidateRequested(const QString& name, const std::vector<ParcelId>& parcelIds);

 private:
  void setRunning(bool running);
  void showResult();

  project::Project project_;
  RankFunction rank_;
  ScenarioRankFunction scenarioRank_;
  std::shared_ptr<const ranking::RankingResult> result_;
  std::shared_ptr<const ranking::ScenarioRanking> scenarioResult_;
  std::shared_ptr<ranking::RankingResult> pending_;  // written by the worker, read on success
  std::shared_ptr<ranking::ScenarioRanking> pendingScenarios_;  // likewise, across scenarios
  double budgetOfResult_ = 0;
  TaskRunner* runner_;
  QDoubleSpinBox* budget_;
  QDoubleSpinBox* blm_;
  QLineEdit* lockIn_;
  QLineEdit* lockOut_;
  QSpinBox* timeLimit_;
  QPushButton* run_;
  QPushButton* cancel_;
  QPushButton* create_;
  QPushButton* export_;
  QCheckBox* scenarios_;
  QLineEdit* scenariosFile_;
  QToolButton* browseScenarios_;
  QProgressBar* progress_;
  QLabel* status_;
  QLabel* summary_;
  RankingTableModel* model_;
  QSortFilterProxyModel* proxy_;
  QTableView* view_;
};

}  // namespace hp::gui
