// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

#include "project/Project.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hp::gui {

class CapacityChangeModel;
class TaskRunner;

// What a forest change does to capacity: leopards per parcel, per candidate and for the existing reserve
// under two forest versions, side by side, sortable and filterable, computed off the GUI thread with
// progress and Cancel (project::compareForestVersions), exportable as CSV.
class CapacityChangePanel : public QWidget {
  Q_OBJECT
 public:
  explicit CapacityChangePanel(QWidget* parent = nullptr);

  void setProject(const project::Project& project);
  // Compares versions `from` and `to` of the project given last.
  bool compare(int from, int to);
  bool isComputing() const;

  // How "Export CSV…" asks for a path; tests replace it.
  using SavePathChooser = std::function<QString(QWidget* parent)>;
  void setSavePathChooser(SavePathChooser chooser) { chooseSavePath_ = std::move(chooser); }
  bool exportCsv(const QString& path);

  enum class Filter { All, Parcels, CandidatesAndReserve, ChangedOnly };
  void setFilter(Filter filter);

  CapacityChangeModel* model() const { return model_; }
  QSortFilterProxyModel* proxy() const { return proxy_; }
  QTableView* table() const { return table_; }
  TaskRunner* runner() const { return runner_; }
  QComboBox* fromCombo() const { return from_; }
  QComboBox* toCombo() const { return to_; }
  QLabel* summaryLabel() const { return summary_; }

 signals:
  // A row was double-clicked: a parcel id or a candidate name, to show on the map.
  void parcelActivated(const QString& parcelId);
  void candidateActivated(const QString& name);
  void failed(const QString& message);

 private:
  void fillVersionCombos();
  void updateSummary();

  project::Project project_;
  SavePathChooser chooseSavePath_;
  CapacityChangeModel* model_;
  QSortFilterProxyModel* proxy_;
  TaskRunner* runner_;
  QComboBox* from_;
  QComboBox* to_;
  QComboBox* filter_;
  QPushButton* compare_;
  QPushButton* export_;
  QPushButton* cancel_;
  QProgressBar* progress_;
  QTableView* table_;
  QLabel* summary_;
};

}  // namespace hp::gui
