// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/export/ExportDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include "common/ErrorText.h"
#include "export/MapExport.h"
#include "export/MapGeoTiff.h"
#include "export/MapLayout.h"
#include "geo/Error.h"
#include "gui/tasks/TaskRunner.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectExport.h"

namespace hp::gui {

namespace {

constexpr int kPreviewDelayMs = 150;  // typing a title redraws once it pauses, not on every key
constexpr int kPreviewMaxDpi = 96;    // the preview is small; rasters need not be read finer

QString languageLabel(const QString& code) {
  static const QHash<QString, QString> names = {
      {QStringLiteral("en"), QStringLiteral("English")},
      {QStringLiteral("ru"), QStringLiteral("Русский")},
      {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
      {QStringLiteral("ko"), QStringLiteral("한국어")},
  };
  QStringList parts;
  for (const QString& part : code.split(QLatin1Char('+'))) parts << names.value(part, part);
  return parts.join(QStringLiteral(" + "));
}

// The figures `content` was built with, as the data export takes them, when they are `project`'s
// candidates' (LayoutContent::fromProject of the same project); empty otherwise.
std::vector<project::CandidateFigures> figuresOf(const exporting::LayoutContent& content, const project::Project& project) {
  const std::size_t n = project.candidates.size();
  if (n == 0 || content.figures.size() != n || content.candidates.size() != n) return {};
  std::vector<project::CandidateFigures> figures;
  for (std::size_t i = 0; i < n; ++i) {
    const project::Candidate &a = content.candidates[i], &b = project.candidates[i];
    if (a.name != b.name || a.parcelIds != b.parcelIds || a.drawn != b.drawn) return {};
    const exporting::CandidateFiguresRow& row = content.figures[i];
    project::CandidateFigures f;
    f.capacity = row.capacity;
    f.costUsd = row.costUsd;
    f.parcels = row.parcels;
    f.withReserve = row.withReserve;
    f.added = row.added;
    figures.push_back(std::move(f));
  }
  return figures;
}

}  // namespace

ExportDialog::ExportDialog(std::shared_ptr<const exporting::LayoutContent> content, project::Project project,
                           QWidget* parent)
    : QDialog(parent), content_(std::move(content)), project_(std::move(project)), runner_(new TaskRunner(this)) {
  setObjectName(QStringLiteral("exportDialog"));
  setWindowTitle(tr("Export"));

  chooseFile_ = [](QWidget* p, const QString& suggested, const QString& filter) {
    return QFileDialog::getSaveFileName(p, tr("Export To"), suggested, filter);
  };

  format_ = new QComboBox;
  format_->addItem(tr("PDF page (vector, selectable text)"), int(Format::Pdf));
  format_->addItem(tr("SVG page"), int(Format::Svg));
  format_->addItem(tr("PNG page"), int(Format::Png));
  format_->addItem(tr("GeoTIFF of the map (georeferenced)"), int(Format::GeoTiff));
  format_->insertSeparator(format_->count());
  format_->addItem(tr("GeoPackage (candidates and parcels)"), int(Format::GeoPackage));
  format_->addItem(tr("Shapefile"), int(Format::Shapefile));
  format_->addItem(tr("GeoJSON"), int(Format::GeoJson));
  format_->addItem(tr("KML (WGS 84, for Google Earth)"), int(Format::Kml));
  format_->addItem(tr("CSV table (no geometry)"), int(Format::Csv));

  paper_ = new QComboBox;
  for (exporting::PaperSize p : {exporting::PaperSize::A4, exporting::PaperSize::A3, exporting::PaperSize::Letter})
    paper_->addItem(exporting::PageSetup::paperName(p), int(p));
  orientation_ = new QComboBox;
  orientation_->addItem(tr("Portrait"), false);
  orientation_->addItem(tr("Landscape"), true);
  orientation_->setCurrentIndex(1);  // a map of a wide region reads best across
  language_ = new QComboBox;
  for (const QString& code : exporting::layoutLanguages()) language_->addItem(languageLabel(code), code);
  dpi_ = new QSpinBox;
  dpi_->setRange(30, 1200);
  dpi_->setValue(exporting::PageSetup().dpi);
  dpi_->setSuffix(tr(" dpi"));
  title_ = new QLineEdit;
  title_->setPlaceholderText(tr("Candidate reserves (in the page's language)"));
  subtitle_ = new QLineEdit;
  candidate_ = new QComboBox;
  candidate_->addItem(tr("Current view (all candidates)"), QString());
  for (const project::Candidate& c : content_->candidates) candidate_->addItem(QString::fromStdString(c.name), QString::fromStdString(c.name));
  parcels_ = new QCheckBox(tr("Also the parcels, with the leopards each can hold"));
  path_ = new QLineEdit(QDir::home().filePath(QStringLiteral("candidate-reserves.pdf")));
  browse_ = new QPushButton(tr("Browse…"));
  auto* pathRow = new QHBoxLayout;
  pathRow->addWidget(path_, 1);
  pathRow->addWidget(browse_);

  auto* form = new QFormLayout;
  form->addRow(tr("Format:"), format_);
  form->addRow(tr("Map of:"), candidate_);
  form->addRow(tr("Page:"), paper_);
  form->addRow(tr("Orientation:"), orientation_);
  form->addRow(tr("Language:"), language_);
  form->addRow(tr("Resolution:"), dpi_);
  form->addRow(tr("Title:"), title_);
  form->addRow(tr("Subtitle:"), subtitle_);
  form->addRow(QString(), parcels_);
  form->addRow(tr("File:"), pathRow);

  progress_ = new QProgressBar;
  progress_->setRange(0, 1000);
  progress_->setVisible(false);
  status_ = new QLabel;
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* buttons = new QDialogButtonBox;
  export_ = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
  cancel_ = buttons->addButton(QDialogButtonBox::Cancel);
  connect(export_, &QPushButton::clicked, this, &ExportDialog::startExport);
  connect(cancel_, &QPushButton::clicked, this, &ExportDialog::reject);

  auto* left = new QVBoxLayout;
  left->addLayout(form);
  left->addStretch(1);
  left->addWidget(progress_);
  left->addWidget(status_);
  left->addWidget(buttons);

  previewLabel_ = new QLabel;
  previewLabel_->setObjectName(QStringLiteral("exportPreview"));
  previewLabel_->setAlignment(Qt::AlignCenter);
  previewLabel_->setMinimumSize(420, 420);
  previewLabel_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  previewLabel_->setStyleSheet(QStringLiteral("background: #808080;"));

  auto* layout = new QHBoxLayout(this);
  layout->addLayout(left, 0);
  layout->addWidget(previewLabel_, 1);

  previewTimer_ = new QTimer(this);
  previewTimer_->setSingleShot(true);
  previewTimer_->setInterval(kPreviewDelayMs);
  connect(previewTimer_, &QTimer::timeout, this, &ExportDialog::updatePreview);

  for (QComboBox* combo : {paper_, orientation_, language_, candidate_})
    connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
  connect(dpi_, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
  connect(title_, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
  connect(subtitle_, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
  connect(format_, &QComboBox::currentIndexChanged, this, [this] {
    // The file follows the format: "map.pdf" becomes "map.kml".
    const QFileInfo info(path_->text());
    if (!path_->text().isEmpty())
      path_->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + extensionOf(format())));
    updateControls();
    schedulePreview();
  });
  connect(browse_, &QPushButton::clicked, this, &ExportDialog::browse);

  connect(runner_, &TaskRunner::progressChanged, this, [this](double f, const QString&) { progress_->setValue(int(f * 1000)); });
  connect(runner_, &TaskRunner::failed, this, [this](const QString& message) {
    status_->setText(message);
    emit exportFailed(message);
  });
  connect(runner_, &TaskRunner::cancelled, this, [this] { status_->setText(tr("Export cancelled.")); });
  connect(runner_, &TaskRunner::finished, this, [this] {
    progress_->setVisible(false);
    updateControls();
  });

  updateControls();
  resize(1000, 640);
  schedulePreview();
}

ExportDialog::~ExportDialog() {
  runner_->cancel();
  runner_->waitForFinished();
}

QStringList ExportDialog::run(QWidget* parent, const project::Project& project, const Extent& view,
                              const QString& activeCandidate, Format format, const QString& projectFile) {
  std::shared_ptr<const exporting::LayoutContent> content;
  QApplication::setOverrideCursor(Qt::WaitCursor);
  try {
    content = exporting::LayoutContent::fromProject(project);
  } catch (const Error& e) {
    QApplication::restoreOverrideCursor();
    QMessageBox::warning(parent, tr("Export"), app::describeError(e));
    return {};
  }
  QApplication::restoreOverrideCursor();
  ExportDialog dialog(content, project, parent);
  dialog.setViewExtent(view);
  dialog.setCandidate(activeCandidate);
  dialog.setFormat(format);
  if (!projectFile.isEmpty()) {
    const QFileInfo info(projectFile);
    dialog.setOutputPath(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + extensionOf(format)));
  }
  QStringList written;
  connect(&dialog, &ExportDialog::exportSucceeded, &dialog, [&written](const QStringList& files) { written = files; });
  dialog.exec();
  return written;
}

void ExportDialog::setViewExtent(const Extent& extent) {
  viewExtent_ = extent;
  schedulePreview();
}

void ExportDialog::setCandidate(const QString& name) {
  const int index = candidate_->findData(name);
  if (index >= 0) candidate_->setCurrentIndex(index);
}

void ExportDialog::setFormat(Format format) {
  const int index = format_->findData(int(format));
  if (index >= 0) format_->setCurrentIndex(index);
}

void ExportDialog::setOutputPath(const QString& path) { path_->setText(path); }

ExportDialog::Format ExportDialog::format() const { return Format(format_->currentData().toInt()); }

QString ExportDialog::extensionOf(Format format) {
  switch (format) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Svg: return QStringLiteral("svg");
    case Format::Png: return QStringLiteral("png");
    case Format::GeoTiff: return QStringLiteral("tif");
    case Format::GeoPackage: return QStringLiteral("gpkg");
    case Format::Shapefile: return QStringLiteral("shp");
    case Format::GeoJson: return QStringLiteral("geojson");
    case Format::Kml: return QStringLiteral("kml");
    case Format::Csv: return QStringLiteral("csv");
  }
  return QStringLiteral("pdf");
}

exporting::PageSetup ExportDialog::pageSetup() const {
  exporting::PageSetup page;
  page.paper = exporting::PaperSize(paper_->currentData().toInt());
  page.landscape = orientation_->currentData().toBool();
  page.dpi = dpi_->value();
  return page;
}

exporting::LayoutOptions ExportDialog::layoutOptions() const {
  exporting::LayoutOptions options;
  options.title = title_->text().trimmed();
  options.subtitle = subtitle_->text().trimmed();
  options.language = language_->currentData().toString();
  options.candidate = candidate_->currentData().toString();
  options.viewExtent = viewExtent_;
  return options;
}

QString ExportDialog::outputPath() const { return path_->text().trimmed(); }

bool ExportDialog::isExporting() const { return runner_->isRunning(); }

void ExportDialog::waitForExport() { runner_->waitForFinished(); }

void ExportDialog::schedulePreview() {
  // While an export paints the layers on its worker, the preview leaves them alone.
  if (!runner_->isRunning()) previewTimer_->start();
}

void ExportDialog::resizeEvent(QResizeEvent* event) {
  QDialog::resizeEvent(event);
  schedulePreview();
}

void ExportDialog::updatePreview() {
  exporting::PageSetup page = pageSetup();
  page.dpi = std::min(page.dpi, kPreviewMaxDpi);
  const exporting::MapLayout layout(content_, page, layoutOptions());
  // The page's shape, as large as the preview's box allows.
  const QSizeF pageSize = page.sizePoints();
  const QSize box = previewLabel_->contentsRect().size() - QSize(16, 16);
  const double scale = std::min(box.width() / pageSize.width(), box.height() / pageSize.height());
  const QSize size(std::max(1, int(pageSize.width() * scale)), std::max(1, int(pageSize.height() * scale)));
  const qreal ratio = devicePixelRatioF();
  QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(ratio);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    layout.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
  }
  preview_ = image;
  previewLabel_->setPixmap(QPixmap::fromImage(image));
  emit previewUpdated();
}

void ExportDialog::updateControls() {
  const bool map = isMapFormat(format());
  const bool page = map && format() != Format::GeoTiff;
  const bool busy = runner_->isRunning();
  paper_->setEnabled(map && !busy);  // the GeoTIFF's size is the page's map frame, so the page still counts
  orientation_->setEnabled(map && !busy);
  language_->setEnabled(page && !busy);
  title_->setEnabled(page && !busy);
  subtitle_->setEnabled(page && !busy);
  dpi_->setEnabled((format() == Format::Png || format() == Format::GeoTiff || format() == Format::Pdf) && !busy);
  parcels_->setVisible(!map);
  format_->setEnabled(!busy);
  candidate_->setEnabled(!busy);
  path_->setEnabled(!busy);
  browse_->setEnabled(!busy);
  export_->setEnabled(!busy);
}

void ExportDialog::browse() {
  const QString ext = extensionOf(format());
  const QString filter = tr("%1 files (*.%2)").arg(ext.toUpper(), ext);
  const QString path = chooseFile_(this, path_->text(), filter);
  if (path.isEmpty()) return;
  path_->setText(QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + ext : path);
}

void ExportDialog::startExport() {
  if (runner_->isRunning()) return;
  const QString path = outputPath();
  const Format fmt = format();
  if (path.isEmpty()) {
    status_->setText(tr("Choose the file to write."));
    return;
  }
  if (QFileInfo(path).suffix().compare(extensionOf(fmt), Qt::CaseInsensitive) != 0 &&
      !(fmt == Format::GeoTiff && exporting::isGeoTiffPath(path)) &&
      !(fmt == Format::GeoJson && QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)) {
    status_->setText(tr("The file name must end in .%1 for this format.").arg(extensionOf(fmt)));
    return;
  }
  status_->setText(tr("Exporting…"));
  progress_->setValue(0);
  progress_->setVisible(true);

  auto files = std::make_shared<QStringList>();
  TaskRunner::Work work;
  if (isMapFormat(fmt)) {
    const auto content = content_;
    const exporting::PageSetup page = pageSetup();
    const exporting::LayoutOptions options = layoutOptions();
    work = [content, page, options, path, fmt, files](const Progress& progress) {
      reportProgress(progress, 0.05, "layout");
      const exporting::MapLayout layout(content, page, options);
      if (fmt == Format::GeoTiff) exporting::exportMapGeoTiff(layout, path);
      else exporting::exportMap(layout, path);
      *files << path;
      reportProgress(progress, 1.0, "done");
    };
  } else {
    project::DataExportOptions options;
    options.candidate = candidate_->currentData().toString().toStdString();
    options.parcels = parcels_->isChecked();
    const project::Project project = project_;
    // The candidates' figures were computed when the dialog opened: the export writes those.
    auto figures = std::make_shared<const std::vector<project::CandidateFigures>>(figuresOf(*content_, project_));
    work = [project, options, figures, path, files](const Progress& progress) {
      reportProgress(progress, 0.0, "reading");
      const project::ProjectData data = project::loadProjectData(project);
      project::DataExportOptions withFigures = options;
      if (!figures->empty()) withFigures.figures = figures.get();
      for (const std::string& f : project::exportProjectData(project, data, path.toStdString(), withFigures, progress))
        *files << QString::fromStdString(f);
    };
  }
  // One connection per export: the files of this run, then the dialog's work is done.
  auto* context = new QObject(this);
  connect(runner_, &TaskRunner::succeeded, context, [this, files] {
    status_->setText(tr("Written: %1").arg(files->join(QStringLiteral(", "))));
    emit exportSucceeded(*files);
    accept();
  });
  connect(runner_, &TaskRunner::finished, context, [context] { context->deleteLater(); });
  runner_->start(std::move(work));
  updateControls();
}

void ExportDialog::reject() {
  if (runner_->isRunning()) {
    runner_->cancel();  // the first Cancel stops the export; the dialog stays to say so
    return;
  }
  QDialog::reject();
}

}  // namespace hp::gui
