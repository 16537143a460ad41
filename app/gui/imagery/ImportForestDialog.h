// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <optional>

#include "imagery/ForestImport.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace hp::gui {

// Layer ▸ Import Satellite Layer: which files, how they become canopy cover (already canopy %, NDVI from
// red and near-infrared bands with editable breakpoints, a class table, or forest-loss years) and the
// imagery's date. OK checks everything the import will need and names what is wrong in the dialog
// itself; the import then runs with progress and Cancel (ForestImportJob).
class ImportForestDialog : public QDialog {
  Q_OBJECT
 public:
  explicit ImportForestDialog(QWidget* parent = nullptr);

  // How "Add Files…" and "Browse…" ask for paths; tests replace them so nothing blocks.
  using FileChooser = std::function<QStringList(QWidget* parent)>;
  void setFileChooser(FileChooser chooser) { chooseFiles_ = std::move(chooser); }
  void setClassTableChooser(FileChooser chooser) { chooseTable_ = std::move(chooser); }

  void setFiles(const QStringList& files);
  QStringList files() const;
  void setMethod(imagery::ImportMethod method);
  imagery::ImportMethod method() const;

  // The import as set, or nullopt with `problem` saying what is missing or wrong.
  std::optional<imagery::ImportRequest> request(QString* problem = nullptr) const;
  // The imagery's date as YYYY-MM-DD.
  QString date() const;

  QSpinBox* bandSpin() const { return band_; }
  QSpinBox* redBandSpin() const { return red_; }
  QSpinBox* nirBandSpin() const { return nir_; }
  QSpinBox* lossFromSpin() const { return lossFrom_; }
  QTableWidget* ndviTable() const { return ndviTable_; }
  QRadioButton* worldCoverRadio() const { return worldCover_; }
  QLineEdit* classTableEdit() const { return classTable_; }
  QDateEdit* dateEdit() const { return date_; }
  QLabel* problemLabel() const { return problem_; }

 public slots:
  void accept() override;

 private:
  void addFiles();
  void removeSelectedFiles();
  void browseClassTable();
  void resetNdviBreakpoints();
  void updatePages();

  FileChooser chooseFiles_;
  FileChooser chooseTable_;
  QListWidget* files_;
  QComboBox* method_;
  QStackedWidget* pages_;
  QSpinBox* band_;
  QSpinBox* red_;
  QSpinBox* nir_;
  QTableWidget* ndviTable_;
  QRadioButton* worldCover_;
  QRadioButton* tableFile_;
  QLineEdit* classTable_;
  QSpinBox* lossFrom_;
  QDateEdit* date_;
  QLabel* problem_;
};

}  // namespace hp::gui
