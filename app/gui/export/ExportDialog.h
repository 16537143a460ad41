// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>
#include <QStringList>

#include <functional>
#include <memory>

#include "export/LayoutContent.h"
#include "export/LayoutOptions.h"
#include "export/PageSetup.h"
#include "geo/Extent.h"
#include "project/Project.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace hp::gui {

class TaskRunner;

// File ▸ Export Map… / Export Data…: page (A4, A3, Letter; portrait or landscape), language, dpi, title and
// subtitle, the candidate the map is fitted to (or the current view), and the format: the printed page
// (PDF, SVG, PNG), the map frame as a georeferenced GeoTIFF, or the candidates (and parcels) as GeoPackage,
// Shapefile, GeoJSON, KML or CSV. A live preview paints the very MapLayout the export writes, redrawn
// shortly after every change. Export runs on a worker (TaskRunner) with progress and Cancel; errors are
// shown in the dialog, never thrown.
class ExportDialog : public QDialog {
  Q_OBJECT
 public:
  enum class Format { Pdf, Svg, Png, GeoTiff, GeoPackage, Shapefile, GeoJson, Kml, Csv };

  // `content`: what the map shows (the GUI builds it from its open layers; anyone else may call
  // LayoutContent::fromProject). `project`: the saved-or-not project whose candidates and layers the data
  // export reads (a copy is kept); it writes the candidates' figures `content` holds when they are this
  // project's candidates', else computes them.
  ExportDialog(std::shared_ptr<const exporting::LayoutContent> content, project::Project project,
               QWidget* parent = nullptr);
  ~ExportDialog() override;

  // What File ▸ Export Map… and Export Data… do: opens `project`'s layers and computes its candidates'
  // figures (a wait cursor meanwhile; a project that cannot be read is one message box), then shows the
  // dialog modally with the canvas's view, the active candidate (may be empty) and `format` preset, the
  // file suggested beside `projectFile` (may be empty). Returns the files written; empty when cancelled.
  static QStringList run(QWidget* parent, const project::Project& project, const Extent& view,
                         const QString& activeCandidate, Format format, const QString& projectFile = QString());

  // What "Current view" shows: the canvas's extent in the map CRS.
  void setViewExtent(const Extent& extent);
  // Preselects a candidate (by name; unknown names are ignored) and a format.
  void setCandidate(const QString& name);
  void setFormat(Format format);
  void setOutputPath(const QString& path);

  // How "Browse…" asks for the output file; tests replace it so nothing blocks.
  using FileChooser = std::function<QString(QWidget* parent, const QString& suggested, const QString& filter)>;
  void setFileChooser(FileChooser chooser) { chooseFile_ = std::move(chooser); }

  Format format() const;
  static bool isMapFormat(Format format) { return format <= Format::GeoTiff; }
  static QString extensionOf(Format format);  // "pdf", "tif", "gpkg", ...
  exporting::PageSetup pageSetup() const;
  exporting::LayoutOptions layoutOptions() const;
  QString outputPath() const;

  // The last preview painted (the page, scaled to the preview's box) and whether an export is running.
  QImage previewImage() const { return preview_; }
  bool isExporting() const;
  void waitForExport();  // tests

  QComboBox* paperCombo() const { return paper_; }
  QComboBox* orientationCombo() const { return orientation_; }
  QComboBox* languageCombo() const { return language_; }
  QSpinBox* dpiSpin() const { return dpi_; }
  QLineEdit* titleEdit() const { return title_; }
  QLineEdit* subtitleEdit() const { return subtitle_; }
  QComboBox* candidateCombo() const { return candidate_; }
  QComboBox* formatCombo() const { return format_; }
  QCheckBox* parcelsCheck() const { return parcels_; }
  QLineEdit* pathEdit() const { return path_; }
  QPushButton* exportButton() const { return export_; }
  QLabel* previewLabel() const { return previewLabel_; }
  QLabel* statusLabel() const { return status_; }

 public slots:
  // Writes the file in the chosen format on a worker; the dialog closes when it succeeded.
  void startExport();

 signals:
  void previewUpdated();
  void exportSucceeded(const QStringList& files);
  void exportFailed(const QString& message);

 protected:
  void resizeEvent(QResizeEvent* event) override;
  void reject() override;

 private:
  void schedulePreview();
  void updatePreview();
  void updateControls();
  void browse();

  std::shared_ptr<const exporting::LayoutContent> content_;
  project::Project project_;
  Extent viewExtent_;
  FileChooser chooseFile_;
  QImage preview_;

  QComboBox* paper_;
  QComboBox* orientation_;
  QComboBox* language_;
  QSpinBox* dpi_;
  QLineEdit* title_;
  QLineEdit* subtitle_;
  QComboBox* candidate_;
  QComboBox* format_;
  QCheckBox* parcels_;
  QLineEdit* path_;
  QPushButton* browse_;
  QPushButton* export_;
  QPushButton* cancel_;
  QProgressBar* progress_;
  QLabel* status_;
  QLabel* previewLabel_;
  QTimer* previewTimer_;
  TaskRunner* runner_;
};

}  // namespace hp::gui
