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
#include "geo/GdalSupport.h"
#include "gui/export/ExportDialog.h"
#include "io/VectorWriter.h"

using namespace hp;
using namespace hp::gui;

namespace {

OGRGeometryUniquePtr rect(double x0, double y0, double x1, double y1) {
  auto ring = std::make_unique<OGRLinearRing>();
  ring->addPoint(x0, y0);
  ring->addPoint(x1, y0);
  ring->addPoint(x1, y1);
  ring->addPoint(x0, y1);
  ring->closeRings();
  auto poly = std::make_unique<OGRPolygon>();
  poly->addRingDirectly(ring.release());
  return OGRGeometryUniquePtr(poly.release());
}

double aspect(const QImage& image) { return double(image.width()) / image.height(); }

}  // namespace

class TestGuiExportDialog : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  project::Project project_;
  std::shared_ptr<const exporting::LayoutContent> content_;

  std::string p(const char* name) { return tmp_.filePath(name).toStdString(); }

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
    gdal::ensureRegistered();
    const Crs utm = Crs::fromEpsg(32652);
    const double x0 = 600000, y0 = 4800000;
    {
      GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(p("forest.tif").c_str(), 200, 200, 1, GDT_Byte, nullptr));
      double gt[6] = {x0 - 5000, 100, 0, y0 + 15000, 0, -100};
      ds->SetGeoTransform(gt);
      ds->SetSpatialRef(utm.ogr());
      std::vector<GByte> v(200 * 200, 10);
      for (int r = 50; r < 150; ++r)
        for (int c = 50; c < 150; ++c) v[r * 200 + c] = 100;
      QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 200, 200, v.data(), 200, 200, GDT_Byte, 0, 0, nullptr), CE_None);
    }
    VectorLayer basins;
    basins.crs = utm;
    basins.fields = {{"basin_id", FieldType::Integer}};
    basins.features.push_back({1, {std::int64_t(1)}, rect(x0 - 5000, y0 - 5000, x0 + 15000, y0 + 15000)});
    writeVectorLayer(p("basins.gpkg"), basins);
    VectorLayer parcels;
    parcels.crs = utm;
    parcels.fields = {{"parcel_id", FieldType::Integer}, {"price_usd", FieldType::Real}};
    parcels.features.push_back({1, {std::int64_t(1), 1.0e6}, rect(x0, y0, x0 + 5000, y0 + 10000)});
    parcels.features.push_back({2, {std::int64_t(2), 2.5e6}, rect(x0 + 5000, y0, x0 + 10000, y0 + 10000)});
    writeVectorLayer(p("parcels.gpkg"), parcels);
    project_.crs = utm;
    project_.layers = {{project::LayerRole::Forest, "Forest cover", p("forest.tif"), "", true, 1, ""},
                       {project::LayerRole::Basins, "River basins", p("basins.gpkg"), "", true, 1, ""},
                       {project::LayerRole::Parcels, "Parcels", p("parcels.gpkg"), "", true, 1, ""}};
    std::shared_ptr<const OGRGeometry> drawn(rect(x0 - 3000, y0 + 2000, x0 - 500, y0 + 6000).release());
    project_.candidates = {{"West ridge", "#d62728", {1}, {}}, {"Кедровая", "#1f77b4", {2}, {drawn}}};
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
