// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog offscreen: the live preview follows the page, and Export writes the file on a worker.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "export/LayoutContent.h"
#include "gui/export/ExportDialog.h"
#include "support/SquareForestProject.h"
#include "support/TestGeometry.h"

using namespace hp;
using namespace hp::gui;

namespace {

double aspect(const QImage& image) { return double(image.width()) / image.height(); }

}  // namespace

class TestGuiExportDialog : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  project::Project project_;
  std::shared_ptr<const exporting::LayoutContent> content_;

  std::unique_ptr<ExportDialog> newDialog() {
    auto dialog = std::make_unique<ExportDialog>(content_, project_);
    dialog->setFileChooser([](QWidget*, const QString&, const QString&) { return QString(); });
    dialog->show();
    return dialog;
  }

 private slots:
  void initTestCase() {
    // 20 x 20 km of UTM 52N: canopy 100 % on the middle 10 km square (100 m pixels), two parcels on it
    // and two candidates, one of them drawn.
    test::SquareForestOptions options;
    options.parcelPrices = {1.0e6, 2.5e6};
    project_ = test::writeSquareForestProject(tmp_.path().toStdString(), options);
    QCOMPARE(project_.layers.size(), std::size_t(3));
    const double x0 = options.x0, y0 = options.y0;
    const std::shared_ptr<const OGRGeometry> drawn = test::rect(x0 - 3000, y0 + 2000, x0 - 500, y0 + 6000);
    project_.candidates = {{"West ridge", "#d62728", {"1"}, {}}, {"Кедровая", "#1f77b4", {"2"}, {drawn}}};
    content_ = exporting::LayoutContent::fromProject(project_);
  }

  void previewFollowsThePage() {
    auto dialog = newDialog();
    QSignalSpy updated(dialog.get(), &ExportDialog::previewUpdated);
    QVERIFY(updated.wait(10000));
    // Landscape A4 first: 297 x 210 mm.
    QVERIFY(std::abs(aspect(dialog->previewImage()) - 297.0 / 210) < 0.01);
    QVERIFY(!dialog->previewLabel()->pixmap().isNull());

    dialog->orientationCombo()->setCurrentIndex(0);  // portrait
    QVERIFY(updated.wait(10000));
    QVERIFY(std::abs(aspect(dialog->previewImage()) - 210.0 / 297) < 0.01);

    dialog->paperCombo()->setCurrentIndex(dialog->paperCombo()->findText(QStringLiteral("Letter")));
    QVERIFY(updated.wait(10000));
    QVERIFY(std::abs(aspect(dialog->previewImage()) - 8.5 / 11) < 0.01);

    // Typing redraws once, after the pause.
    updated.clear();
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Leopards"));
    QVERIFY(updated.wait(10000));
    QTest::qWait(400);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(dialog->layoutOptions().title, QStringLiteral("Leopards"));

    if (qEnvironmentVariableIsSet("HP_SCREENSHOT_DIR")) {
      dialog->candidateCombo()->setCurrentIndex(2);
      dialog->orientationCombo()->setCurrentIndex(1);
      dialog->paperCombo()->setCurrentIndex(0);
      dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(QStringLiteral("en+ru")));
      QVERIFY(updated.wait(10000));
      QVERIFY(dialog->grab().save(QDir(qEnvironmentVariable("HP_SCREENSHOT_DIR")).filePath("export-dialog.png")));
    }
  }

  void formatPicksTheExtension() {
    auto dialog = newDialog();
    dialog->setOutputPath(tmp_.filePath("reserve.pdf"));
    dialog->setFormat(ExportDialog::Format::Kml);
    QCOMPARE(dialog->outputPath(), tmp_.filePath("reserve.kml"));
    QVERIFY(dialog->parcelsCheck()->isVisible());
    QVERIFY(!dialog->languageCombo()->isEnabled());
    dialog->setFormat(ExportDialog::Format::GeoTiff);
    QCOMPARE(dialog->outputPath(), tmp_.filePath("reserve.tif"));
    QVERIFY(!dialog->parcelsCheck()->isVisible());
  }

  void exportWritesThePng() {
    auto dialog = newDialog();
    dialog->setFormat(ExportDialog::Format::Png);
    dialog->dpiSpin()->setValue(40);
    dialog->setCandidate(QStringLiteral("West ridge"));
    dialog->setOutputPath(tmp_.filePath("page.png"));
    QSignalSpy done(dialog.get(), &ExportDialog::exportSucceeded);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toStringList(), QStringList{tmp_.filePath("page.png")});
    const QImage png(tmp_.filePath("page.png"));
    QCOMPARE(png.size(), dialog->pageSetup().sizePixels());
    QVERIFY(png.width() > png.height());  // landscape
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
  }

  void exportWritesTheData() {
    auto dialog = newDialog();
    dialog->setFormat(ExportDialog::Format::GeoPackage);
    dialog->setOutputPath(tmp_.filePath("data.gpkg"));
    dialog->parcelsCheck()->setChecked(true);
    QSignalSpy done(dialog.get(), &ExportDialog::exportSucceeded);
    dialog->startExport();
    QVERIFY(dialog->isExporting());
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY(done.wait(20000));
    GDALDatasetUniquePtr ds(GDALDataset::Open(tmp_.filePath("data.gpkg").toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    QCOMPARE(ds->GetLayerByName("candidates")->GetFeatureCount(), GIntBig(2));
    QCOMPARE(ds->GetLayerByName("parcels")->GetFeatureCount(), GIntBig(2));
  }

  void dataExportWritesTheFiguresItOpenedWith() {
    // The figures the dialog was opened with are written, not computed again: a cost no evaluation
    // gives shows which. Figures of other candidates (a renamed one) are not trusted.
    auto exportedCosts = [this](const exporting::LayoutContent& content, const QString& file) {
      ExportDialog dialog(std::make_shared<const exporting::LayoutContent>(content), project_);
      dialog.setFormat(ExportDialog::Format::Csv);
      dialog.setOutputPath(tmp_.filePath(file));
      QSignalSpy done(&dialog, &ExportDialog::exportSucceeded);
      dialog.startExport();
      QList<double> costs;
      if (!done.wait(20000)) return costs;
      QFile csv(tmp_.filePath(file));
      if (!csv.open(QIODevice::ReadOnly)) return costs;
      const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split('\n');
      for (qsizetype i = 1; i < lines.size(); ++i) costs << lines[i].split(',').value(4).toDouble();
      return costs;
    };
    exporting::LayoutContent content = *content_;
    QCOMPARE(content.figures.size(), std::size_t(2));
    QCOMPARE(content.figures[0].costUsd, 1.0e6);
    content.figures[0].costUsd = 123;
    QCOMPARE(exportedCosts(content, QStringLiteral("reused.csv")), (QList<double>{123, 2.5e6}));
    content.candidates[0].name = "Elsewhere";
    QCOMPARE(exportedCosts(content, QStringLiteral("computed.csv")), (QList<double>{1.0e6, 2.5e6}));
  }

  void runFromTheMainWindow() {
    // What the File menu calls: the dialog opens with the project's content and the active candidate.
    project::Project saved = project_;
    const QString projectFile = tmp_.filePath("plan.hplan");
    QStringList seen;
    QTimer::singleShot(0, this, [&] {
      for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<ExportDialog*>(w)) {
          seen << dialog->candidateCombo()->currentText() << dialog->outputPath();
          dialog->setOutputPath(tmp_.filePath("run.csv"));
          dialog->startExport();
        }
    });
    const QStringList files =
        ExportDialog::run(nullptr, saved, Extent{}, QString::fromUtf8("Кедровая"), ExportDialog::Format::Csv, projectFile);
    QCOMPARE(seen, (QStringList{QString::fromUtf8("Кедровая"), tmp_.filePath("plan.csv")}));
    QCOMPARE(files, QStringList{tmp_.filePath("run.csv")});
    QFile csv(tmp_.filePath("run.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().trimmed().split('\n').size(), 2);  // the header and the one candidate
  }

  void failureStaysInTheDialog() {
    auto dialog = newDialog();
    dialog->setFormat(ExportDialog::Format::GeoJson);
    const QString path = tmp_.filePath("missing/data.geojson");
    dialog->setOutputPath(path);
    QSignalSpy failed(dialog.get(), &ExportDialog::exportFailed);
    dialog->startExport();
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.first().first().toString().contains(path), qPrintable(failed.first().first().toString()));
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(dialog->exportButton()->isEnabled());
  }
};

QTEST_MAIN(TestGuiExportDialog)
#include "test_gui_export_dialog.moc"
