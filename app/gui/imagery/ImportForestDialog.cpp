// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/imagery/ImportForestDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "imagery/CanopyRules.h"

namespace hp::gui {

namespace {

QSpinBox* newBandSpin(int value) {
  auto* spin = new QSpinBox;
  spin->setRange(1, 999);
  spin->setValue(value);
  return spin;
}

}  // namespace

ImportForestDialog::ImportForestDialog(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("importForestDialog"));
  setWindowTitle(tr("Import Satellite Layer"));

  chooseFiles_ = [](QWidget* p) {
    return QFileDialog::getOpenFileNames(
        p, tr("Satellite Imagery"), QString(),
        tr("Rasters (*.tif *.tiff *.jp2 *.vrt *.img *.nc *.hdf);;All files (*)"));
  };
  chooseTable_ = [](QWidget* p) {
    const QString path = QFileDialog::getOpenFileName(p, tr("Class Table"), QString(), tr("CSV tables (*.csv *.txt);;All files (*)"));
    return path.isEmpty() ? QStringList() : QStringList{path};
  };

  files_ = new QListWidget;
  files_->setObjectName(QStringLiteral("importFiles"));
  files_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  files_->setMinimumHeight(80);
  auto* add = new QPushButton(tr("Add Files…"));
  auto* remove = new QPushButton(tr("Remove"));
  connect(add, &QPushButton::clicked, this, &ImportForestDialog::addFiles);
  connect(remove, &QPushButton::clicked, this, &ImportForestDialog::removeSelectedFiles);
  auto* fileButtons = new QVBoxLayout;
  fileButtons->addWidget(add);
  fileButtons->addWidget(remove);
  fileButtons->addStretch();
  auto* fileRow = new QHBoxLayout;
  fileRow->addWidget(files_, 1);
  fileRow->addLayout(fileButtons);

  method_ = new QComboBox;
  method_->setObjectName(QStringLiteral("importMethod"));
  method_->addItem(tr("Canopy cover % (a tree-cover product)"), int(imagery::ImportMethod::Canopy));
  method_->addItem(tr("NDVI from red and near-infrared bands"), int(imagery::ImportMethod::Ndvi));
  method_->addItem(tr("Land-cover classes with a class table"), int(imagery::ImportMethod::Classes));
  method_->addItem(tr("Forest loss year (applied to the current cover)"), int(imagery::ImportMethod::Loss));
  band_ = newBandSpin(1);

  pages_ = new QStackedWidget;
  // Canopy: nothing more to ask.
  auto* canopyPage = new QLabel(tr("Values 0–100 are taken as canopy cover in per cent; other values count as no data."));
  canopyPage->setWordWrap(true);
  pages_->addWidget(canopyPage);
  // NDVI.
  red_ = newBandSpin(4);
  nir_ = newBandSpin(8);
  ndviTable_ = new QTableWidget(0, 2);
  ndviTable_->setObjectName(QStringLiteral("ndviBreakpoints"));
  ndviTable_->setHorizontalHeaderLabels({tr("NDVI"), tr("Canopy %")});
  ndviTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  ndviTable_->verticalHeader()->hide();
  auto* addRow = new QPushButton(tr("Add Breakpoint"));
  auto* removeRow = new QPushButton(tr("Remove Breakpoint"));
  auto* defaults = new QPushButton(tr("Defaults"));
  connect(addRow, &QPushButton::clicked, this, [this] {
    const int row = ndviTable_->rowCount();
    ndviTable_->insertRow(row);
    ndviTable_->setItem(row, 0, new QTableWidgetItem(QStringLiteral("0.9")));
    ndviTable_->setItem(row, 1, new QTableWidgetItem(QStringLiteral("100")));
  });
  connect(removeRow, &QPushButton::clicked, this, [this] {
    if (ndviTable_->rowCount() > 0) ndviTable_->removeRow(std::max(0, ndviTable_->currentRow()));
  });
  connect(defaults, &QPushButton::clicked, this, &ImportForestDialog::resetNdviBreakpoints);
  auto* ndviPage = new QWidget;
  auto* ndviForm = new QFormLayout(ndviPage);
  ndviForm->addRow(tr("Red band:"), red_);
  ndviForm->addRow(tr("Near-infrared band:"), nir_);
  auto* hint = new QLabel(tr("Sentinel-2: red B4, near-infrared B8. Landsat 8/9: red B4, near-infrared B5."));
  hint->setWordWrap(true);
  ndviForm->addRow(hint);
  ndviForm->addRow(tr("NDVI → canopy:"), ndviTable_);
  auto* ndviButtons = new QHBoxLayout;
  ndviButtons->addWidget(addRow);
  ndviButtons->addWidget(removeRow);
  ndviButtons->addWidget(defaults);
  ndviForm->addRow(ndviButtons);
  pages_->addWidget(ndviPage);
  resetNdviBreakpoints();
  // Classes.
  worldCover_ = new QRadioButton(tr("ESA WorldCover classes (10 tree cover = 80 %)"));
  tableFile_ = new QRadioButton(tr("Class table (CSV: class,canopy_pct):"));
  worldCover_->setChecked(true);
  classTable_ = new QLineEdit;
  auto* browse = new QPushButton(tr("Browse…"));
  connect(browse, &QPushButton::clicked, this, &ImportForestDialog::browseClassTable);
  connect(classTable_, &QLineEdit::textEdited, this, [this] { tableFile_->setChecked(true); });
  auto* classesPage = new QWidget;
  auto* classesLayout = new QVBoxLayout(classesPage);
  classesLayout->addWidget(worldCover_);
  classesLayout->addWidget(tableFile_);
  auto* tableRow = new QHBoxLayout;
  tableRow->addWidget(classTable_, 1);
  tableRow->addWidget(browse);
  classesLayout->addLayout(tableRow);
  classesLayout->addStretch();
  pages_->addWidget(classesPage);
  // Loss.
  lossFrom_ = new QSpinBox;
  lossFrom_->setRange(2001, 2100);
  lossFrom_->setValue(QDate::currentDate().year() - 1);
  auto* lossPage = new QWidget;
  auto* lossForm = new QFormLayout(lossPage);
  lossForm->addRow(tr("Loss from year:"), lossFrom_);
  auto* lossHint = new QLabel(tr("Pixels lost in this year or later become 0 % canopy; the rest keep the current cover. "
                                 "Hansen Global Forest Change values 1, 2, … stand for 2001, 2002, …"));
  lossHint->setWordWrap(true);
  lossForm->addRow(lossHint);
  pages_->addWidget(lossPage);

  date_ = new QDateEdit(QDate::currentDate());
  date_->setObjectName(QStringLiteral("importDate"));
  date_->setCalendarPopup(true);
  date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

  problem_ = new QLabel;
  problem_->setObjectName(QStringLiteral("importProblem"));
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #b00020"));
  problem_->hide();

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
  connect(buttons, &QDialogButtonBox::accepted, this, &ImportForestDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* form = new QFormLayout;
  form->addRow(tr("Files (tiles are mosaicked):"), fileRow);
  form->addRow(tr("The files hold:"), method_);
  form->addRow(tr("Band:"), band_);
  form->addRow(pages_);
  form->addRow(tr("Date of the imagery:"), date_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(problem_);
  layout->addWidget(buttons);

  connect(method_, &QComboBox::currentIndexChanged, this, &ImportForestDialog::updatePages);
  updatePages();
  resize(560, 480);
}

void ImportForestDialog::updatePages() {
  pages_->setCurrentIndex(method_->currentIndex());
  band_->setEnabled(method() != imagery::ImportMethod::Ndvi);
  problem_->hide();
}

void ImportForestDialog::resetNdviBreakpoints() {
  const imagery::NdviRule defaults;
  ndviTable_->setRowCount(0);
  for (const auto& [ndvi, canopy] : defaults.breakpoints) {
    const int row = ndviTable_->rowCount();
    ndviTable_->insertRow(row);
    ndviTable_->setItem(row, 0, new QTableWidgetItem(QLocale().toString(ndvi, 'g', 6)));
    ndviTable_->setItem(row, 1, new QTableWidgetItem(QLocale().toString(canopy, 'g', 6)));
  }
}

void ImportForestDialog::addFiles() {
  for (const QString& f : chooseFiles_(this))
    if (files_->findItems(f, Qt::MatchExactly).isEmpty()) files_->addItem(f);
}

void ImportForestDialog::removeSelectedFiles() { qDeleteAll(files_->selectedItems()); }

void ImportForestDialog::browseClassTable() {
  const QStringList chosen = chooseTable_(this);
  if (chosen.isEmpty()) return;
  classTable_->setText(chosen.front());
  tableFile_->setChecked(true);
}

void ImportForestDialog::setFiles(const QStringList& files) {
  files_->clear();
  files_->addItems(files);
}

QStringList ImportForestDialog::files() const {
  QStringList out;
  for (int i = 0; i < files_->count(); ++i) out << files_->item(i)->text();
  return out;
}

void ImportForestDialog::setMethod(imagery::ImportMethod method) { method_->setCurrentIndex(method_->findData(int(method))); }

imagery::ImportMethod ImportForestDialog::method() const {
  return imagery::ImportMethod(method_->currentData().toInt());
}

QString ImportForestDialog::date() const { return date_->date().toString(QStringLiteral("yyyy-MM-dd")); }

std::optional<imagery::ImportRequest> ImportForestDialog::request(QString* problem) const {
  auto fail = [problem](const QString& text) -> std::optional<imagery::ImportRequest> {
    if (problem) *problem = text;
    return std::nullopt;
  };
  imagery::ImportRequest r;
  for (const QString& f : files()) r.files.push_back(f.toStdString());
  if (r.files.empty()) return fail(tr("Add at least one raster file to import."));
  r.method = method();
  r.band = band_->value();
  try {
    switch (r.method) {
      case imagery::ImportMethod::Canopy: break;
      case imagery::ImportMethod::Ndvi: {
        r.redBand = red_->value();
        r.nirBand = nir_->value();
        if (r.redBand == r.nirBand) return fail(tr("The red and near-infrared bands must differ."));
        r.ndviRule.breakpoints.clear();
        for (int row = 0; row < ndviTable_->rowCount(); ++row) {
          bool okNdvi = false, okCanopy = false;
          const QTableWidgetItem* a = ndviTable_->item(row, 0);
          const QTableWidgetItem* b = ndviTable_->item(row, 1);
          const double ndvi = a ? QLocale().toDouble(a->text(), &okNdvi) : 0;
          const double canopy = b ? QLocale().toDouble(b->text(), &okCanopy) : 0;
          if (!okNdvi || !okCanopy) return fail(tr("Breakpoint %1 is not a pair of numbers.").arg(row + 1));
          r.ndviRule.breakpoints.emplace_back(ndvi, canopy);
        }
        imagery::validate(r.ndviRule);
        break;
      }
      case imagery::ImportMethod::Classes: {
        if (worldCover_->isChecked()) {
          r.classes = imagery::worldCoverTable();
          break;
        }
        const QString path = classTable_->text().trimmed();
        if (path.isEmpty()) return fail(tr("Choose a class table or ESA WorldCover."));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) return fail(tr("%1: the class table cannot be opened (%2).").arg(path, file.errorString()));
        r.classes = imagery::parseClassTable(file.readAll().toStdString(), path.toStdString());
        break;
      }
      case imagery::ImportMethod::Loss: r.lossFromYear = lossFrom_->value(); break;
    }
  } catch (const Error& e) {
    return fail(app::describeError(e));
  }
  return r;
}

void ImportForestDialog::accept() {
  QString problem;
  if (!request(&problem)) {
    problem_->setText(problem);
    problem_->show();
    return;
  }
  QDialog::accept();
}

}  // namespace hp::gui
