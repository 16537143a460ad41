// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/imagery/ForestVersionsPanel.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "gui/imagery/ImportForestDialog.h"
#include "gui/tasks/TaskRunner.h"
#include "project/ForestChange.h"
#include "project/ForestVersions.h"

namespace hp::gui {

namespace {

QString methodText(const std::string& method) {
  if (method == "canopy") return ForestVersionsPanel::tr("canopy %");
  if (method == "ndvi") return ForestVersionsPanel::tr("NDVI");
  if (method == "classes") return ForestVersionsPanel::tr("classes");
  if (method == "loss") return ForestVersionsPanel::tr("forest loss");
  return QString::fromStdString(method);
}

}  // namespace

ForestVersionsPanel::ForestVersionsPanel(QWidget* parent) : QWidget(parent), runner_(new TaskRunner(this)) {
  setObjectName(QStringLiteral("forestVersionsPanel"));
  dialogFactory_ = [](QWidget* p) { return new ImportForestDialog(p); };

  list_ = new QTreeWidget;
  list_->setObjectName(QStringLiteral("forestVersionList"));
  list_->setRootIsDecorated(false);
  list_->setHeaderLabels({tr("Version"), tr("Date"), tr("Made from"), tr("Source")});
  list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  list_->header()->setStretchLastSection(true);
  import_ = new QPushButton(tr("Import…"));
  import_->setToolTip(tr("Import satellite imagery as a new forest-cover version"));
  use_ = new QPushButton(tr("Use"));
  use_->setToolTip(tr("Compute capacity and draw the map with the selected version"));
  changeMap_ = new QPushButton(tr("Change Map"));
  changeMap_->setToolTip(tr("Show where the canopy fell or rose between the previous version and the selected one"));
  compare_ = new QPushButton(tr("Compare Capacity…"));
  compare_->setToolTip(tr("Leopards per parcel and candidate before and after the selected version"));
  progress_ = new QProgressBar;
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  stage_ = new QLabel;
  cancel_ = new QPushButton(tr("Cancel"));
  for (QWidget* w : {static_cast<QWidget*>(progress_), static_cast<QWidget*>(stage_), static_cast<QWidget*>(cancel_)}) w->hide();

  auto* buttons = new QGridLayout;
  buttons->addWidget(import_, 0, 0);
  buttons->addWidget(use_, 0, 1);
  buttons->addWidget(changeMap_, 1, 0);
  buttons->addWidget(compare_, 1, 1);
  auto* progressRow = new QHBoxLayout;
  progressRow->addWidget(progress_, 1);
  progressRow->addWidget(cancel_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(list_, 1);
  layout->addLayout(buttons);
  layout->addWidget(stage_);
  layout->addLayout(progressRow);

  connect(import_, &QPushButton::clicked, this, &ForestVersionsPanel::openImportDialog);
  connect(use_, &QPushButton::clicked, this, [this] {
    if (selectedVersion() >= 0) emit activeVersionRequested(selectedVersion());
  });
  connect(changeMap_, &QPushButton::clicked, this, [this] {
    const int to = selectedVersion();
    if (to > 0) makeChangeMap(previousVersion(to), to);
  });
  connect(compare_, &QPushButton::clicked, this, [this] {
    const int to = selectedVersion();
    if (to > 0) emit compareRequested(previousVersion(to), to);
  });
  connect(list_, &QTreeWidget::itemSelectionChanged, this, &ForestVersionsPanel::updateButtons);
  connect(list_, &QTreeWidget::itemDoubleClicked, this, [this] { use_->click(); });
  connect(cancel_, &QPushButton::clicked, runner_, &TaskRunner::cancel);
  connect(runner_, &TaskRunner::progressChanged, this, [this](double fraction, const QString&) {
    progress_->setValue(int(fraction * 1000));
  });
  connect(runner_, &TaskRunner::failed, this, [this](const QString& message) {
    emit importFailed(message);
    emit statusMessage(tr("Import failed: %1").arg(message));
  });
  connect(runner_, &TaskRunner::cancelled, this, [this] { emit statusMessage(tr("Import cancelled; the project is unchanged.")); });
  connect(runner_, &TaskRunner::finished, this, [this] {
    for (QWidget* w : {static_cast<QWidget*>(progress_), static_cast<QWidget*>(stage_), static_cast<QWidget*>(cancel_)}) w->hide();
    updateButtons();
  });
  rebuild();
}

ForestVersionsPanel::~ForestVersionsPanel() = default;

void ForestVersionsPanel::setProject(const project::Project& project, const QString& projectPath) {
  const int selected = selectedVersion();
  project_ = project;
  projectPath_ = projectPath;
  rebuild();
  selectVersion(selected >= 0 ? selected : project_.activeForestVersion);
}

void ForestVersionsPanel::rebuild() {
  list_->clear();
  auto addRow = [this](int id, const QString& date, const QString& madeFrom, const QString& source) {
    auto* item = new QTreeWidgetItem(list_, {id == project_.activeForestVersion ? tr("%1 (in use)").arg(id) : QString::number(id),
                                             date, madeFrom, source});
    item->setData(0, Qt::UserRole, id);
    if (id == project_.activeForestVersion) {
      QFont bold = item->font(0);
      bold.setBold(true);
      for (int c = 0; c < 4; ++c) item->setFont(c, bold);
    }
  };
  const project::LayerRef* forest = project_.layer(project::LayerRole::Forest);
  addRow(0, QString(), tr("original layer"), forest ? QFileInfo(QString::fromStdString(forest->path)).fileName() : QString());
  for (const project::ForestVersion& v : project_.forestVersions)
    addRow(v.id, QString::fromStdString(v.date), methodText(v.method), QString::fromStdString(v.source));
  updateButtons();
}

void ForestVersionsPanel::updateButtons() {
  const bool busy = isImporting();
  const int selected = selectedVersion();
  import_->setEnabled(!busy && project_.layer(project::LayerRole::Forest));
  use_->setEnabled(!busy && selected >= 0 && selected != project_.activeForestVersion);
  changeMap_->setEnabled(!busy && selected > 0);
  compare_->setEnabled(!busy && selected > 0);
}

int ForestVersionsPanel::selectedVersion() const {
  const QList<QTreeWidgetItem*> items = list_->selectedItems();
  return items.isEmpty() ? -1 : items.front()->data(0, Qt::UserRole).toInt();
}

void ForestVersionsPanel::selectVersion(int id) {
  for (int i = 0; i < list_->topLevelItemCount(); ++i)
    if (list_->topLevelItem(i)->data(0, Qt::UserRole).toInt() == id) list_->setCurrentItem(list_->topLevelItem(i));
}

int ForestVersionsPanel::previousVersion(int id) const {
  int previous = 0;
  for (const project::ForestVersion& v : project_.forestVersions)
    if (v.id < id) previous = std::max(previous, v.id);
  return previous;
}

bool ForestVersionsPanel::isImporting() const { return runner_->isRunning(); }

void ForestVersionsPanel::openImportDialog() {
  if (projectPath_.isEmpty()) {
    emit importFailed(tr("Save the project first: imported versions are written beside the project file."));
    return;
  }
  ImportForestDialog* dialog = dialogFactory_(this);
  if (!dialog) return;
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog] {
    if (const auto request = dialog->request()) startImport(*request, dialog->date());
  });
  dialog->open();
}

bool ForestVersionsPanel::startImport(const imagery::ImportRequest& request, const QString& date) {
  if (isImporting()) return false;
  if (projectPath_.isEmpty()) {
    emit importFailed(tr("Save the project first: imported versions are written beside the project file."));
    return false;
  }
  // The worker imports into its own copy; the panel hands the result on only when it is complete.
  auto result = std::make_shared<project::Project>(project_);
  const std::string path = projectPath_.toStdString();
  const std::string when = date.toStdString();
  connect(runner_, &TaskRunner::succeeded, this, [this, result] {
    emit versionsChanged(result->forestVersions, result->activeForestVersion);
    emit statusMessage(tr("Imported forest version %1.").arg(result->activeForestVersion));
  }, Qt::SingleShotConnection);
  // A failed or cancelled run must not leave that one-shot connection for the next import.
  connect(runner_, &TaskRunner::finished, this, [this] { disconnect(runner_, &TaskRunner::succeeded, this, nullptr); },
          Qt::SingleShotConnection);
  progress_->setValue(0);
  stage_->setText(tr("Importing %n file(s)…", nullptr, int(request.files.size())));
  for (QWidget* w : {static_cast<QWidget*>(progress_), static_cast<QWidget*>(stage_), static_cast<QWidget*>(cancel_)}) w->show();
  runner_->start([result, path, request, when](const Progress& progress) {
    project::importForestVersion(*result, path, request, when, nullptr, progress);
  });
  updateButtons();
  return true;
}

bool ForestVersionsPanel::makeChangeMap(int from, int to) {
  if (isImporting() || projectPath_.isEmpty()) return false;
  std::string before, after;
  try {
    before = project::forestPath(project_, from);
    after = project::forestPath(project_, to);
  } catch (const Error& e) {
    emit importFailed(app::describeError(e));
    return false;
  }
  const QString out = QFileInfo(projectPath_).absoluteDir().filePath(
      QStringLiteral("forest_versions/change_%1_%2.tif").arg(from).arg(to));
  QDir().mkpath(QFileInfo(out).absolutePath());
  connect(runner_, &TaskRunner::succeeded, this, [this, out, from, to] {
    emit changeMapReady(out, from, to);
    emit statusMessage(tr("Change map from version %1 to %2 written to %3.").arg(from).arg(to).arg(out));
  }, Qt::SingleShotConnection);
  connect(runner_, &TaskRunner::finished, this, [this] { disconnect(runner_, &TaskRunner::succeeded, this, nullptr); },
          Qt::SingleShotConnection);
  progress_->setValue(0);
  stage_->setText(tr("Computing the change map…"));
  for (QWidget* w : {static_cast<QWidget*>(progress_), static_cast<QWidget*>(stage_), static_cast<QWidget*>(cancel_)}) w->show();
  runner_->start([before, after, path = out.toStdString()](const Progress& progress) {
    project::writeForestChangeMap(before, after, path, 10, progress);
  });
  updateButtons();
  return true;
}

}  // namespace hp::gui
