// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <atomic>
#include <memory>

#include "project/Project.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hp::gui {

class CompareCandidatesModel;

// Every candidate and the existing reserve alone side by side in a sortable table, computed off
// the GUI thread by evaluateCandidates(includeReserve) with progress and Cancel. setProject keeps a
// snapshot; refresh() (or the Refresh button) recomputes it; a newer refresh supersedes a running one.
class CompareCandidatesPanel : public QWidget {
  Q_OBJECT
 public:
  explicit CompareCandidatesPanel(QWidget* parent = nullptr);
  ~CompareCandidatesPanel() override;

  void setProject(const project::Project& project);
  void refresh();
  void cancel();

  CompareCandidatesModel* model() const { return model_; }
  QSortFilterProxyModel* proxy() const { return proxy_; }
  QTableView* view() const { return view_; }
  QProgressBar* progressBar() const { return progress_; }

 signals:
  void finished();
  void failed(const QString& message);

 private:
  void setRunning(bool running);

  project::Project project_;
  CompareCandidatesModel* model_;
  QSortFilterProxyModel* proxy_;
  QTableView* view_;
  QProgressBar* progress_;
  QPushButton* refresh_;
  QPushButton* cancel_;
  QLabel* status_;
  std::shared_ptr<std::atomic<quint64>> generation_;
};

}  // namespace hp::gui
