// SPDX-License-Identifier: GPL-3.0-or-later
// The map window on the generated sample region (hp::sample::writeSampleRegion into a temporary folder named
// by HABITAT_SAMPLE_DIR): first start, layers and their pixels, toggling, identify, status bar coordinates
// against PROJ, bad files, and a layer that fails to draw.
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSlider>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <proj.h>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "geo/Geos.h"
#include "gui/MainWindow.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/SampleRegionSetup.h"
#include "mapkit/layers/LayerModel.h"
#include "gui/map/MapCanvas.h"
#include "mapkit/layers/RasterMapLayer.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "gui/panels/IdentifyPanel.h"
#include "gui/panels/LayerPropertiesDialog.h"
#include "gui/panels/LogPanel.h"
#include "gui/panels/MapStatusWidget.h"
#include "gui/tools/IdentifyTool.h"
#include "gui/tools/PanTool.h"
#include "io/RasterSource.h"
#include "io/VectorReader.h"
#include "test_gui_support.h"

using namespace hp;
using namespace hp::gui;

static const QString kShared = QStringLiteral(HP_SHARED_DATA_DIR);

class TestGuiMainWindow : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  QString sampleDir_;
  std::unique_ptr<MainWindow> window_;
  QStringList errors_;

  QStringList layerNames() const {
    QStringList names;
    for (const auto& l : window_->layerModel()->layers()) names << l->name();
    return names;
  }

  // Counts pixels of the canvas picture that satisfy `test`.
  template <typename Test>
  static int count(const QImage& image, Test test) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x) n += test(QColor(image.pixel(x, y)));
    return n;
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    sampleDir_ = dir_.filePath("sample");
    qputenv("HABITAT_SAMPLE_DIR", sampleDir_.toUtf8());
  }

  void init() {
    errors_.clear();
    window_ = std::make_unique<MainWindow>();
    window_->setErrorReporter([this](const QString&, const QString& message) { errors_ << message; });
    window_->resize(1200, 800);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
  }

  void cleanup() { window_.reset(); }

  // Runs first: the folder is empty, so the window generates the sample, then opens its four layers.
  void firstStartGeneratesAndOpensTheSample() {
    QCOMPARE(sampleRegionDirectory(), sampleDir_);
    QVERIFY(!sampleRegionIsComplete(sampleDir_));
    QVERIFY(window_->openSampleRegion());
    QVERIFY(sampleRegionIsComplete(sampleDir_));
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
    // The sample opens as a project (sample.hplan): its four layers, its candidates and their patches on top.
    QCOMPARE(layerNames(), (QStringList{"Habitat patches", "Candidates", "Existing reserve", "Land parcels",
                                        "River basins", "Forest canopy cover"}));
    QCOMPARE(window_->document()->candidateCount(), 2);
    QCOMPARE(window_->layerModel()->mapCrs().epsg().value_or(0), 32652);
    QVERIFY(test::waitForRender(window_->canvas()));

    // Green forest, blue basin outlines (30, 100, 200, possibly under the light parcel fill), brown parcel
    // outlines (139, 90, 43 over forest: red above green, green above blue), red reserve outline.
    const QImage image = window_->canvas()->grab().toImage();
    const int green = count(image, [](const QColor& c) { return c.green() > c.red() + 40 && c.green() > c.blue() + 20; });
    const int blue = count(image, [](const QColor& c) { return c.blue() > 170 && c.red() < 100 && c.green() < 150; });
    const int brown = count(image, [](const QColor& c) {
      return c.red() > c.green() + 15 && c.green() > c.blue() + 15 && c.red() < 200;
    });
    const int red = count(image, [](const QColor& c) { return c.red() > 170 && c.green() < 80 && c.blue() < 80; });
    const int all = image.width() * image.height();
    QVERIFY2(green > all / 10, qPrintable(QString::number(green)));
    QVERIFY2(blue > 300, qPrintable(QString::number(blue)));
    QVERIFY2(brown > 300, qPrintable(QString::number(brown)));
    QVERIFY2(red > 100, qPrintable(QString::number(red)));

    // Hiding the forest takes the green away.
    LayerModel* model = window_->layerModel();
    model->setData(model->index(5), Qt::Unchecked, Qt::CheckStateRole);
    QVERIFY(test::waitForRender(window_->canvas()));
    const QImage bare = window_->canvas()->grab().toImage();
    QCOMPARE(count(bare, [](const QColor& c) { return c.green() > c.red() + 40 && c.green() > c.blue() + 20; }), 0);
    model->setData(model->index(5), Qt::Checked, Qt::CheckStateRole);
    QVERIFY(test::waitForRender(window_->canvas()));
    QVERIFY(count(window_->canvas()->grab().toImage(),
                  [](const QColor& c) { return c.green() > c.red() + 40 && c.green() > c.blue() + 20; }) > all / 10);
  }

  void identifyShowsParcelBasinAndCanopy() {
    QVERIFY(window_->openSampleRegion());
    const sample::SamplePaths paths = sample::samplePaths(sampleDir_.toStdString());
    // Truth from the files themselves: the first parcel with a point on its surface inside a basin and on
    // forest data, that parcel's id, the basin's name there, the canopy pixel there.
    const VectorLayer parcels = readVectorLayer(paths.parcels);
    const VectorLayer basins = readVectorLayer(paths.basins);
    const RasterSource forest = RasterSource::open(paths.forest);
    const GeoTransform inverse = *forest.info().transform.inverse();
    QString parcelId, basinName, canopy;
    OGRPoint where;
    const GeosContext geos;
    for (const Feature& parcel : parcels.features) {
      const GeomPtr inside = adopt(geos, GEOSPointOnSurface_r(geos.handle(), toGeos(geos, *parcel.geometry).get()));
      double px, py;
      if (!inside || !GEOSGeomGetX_r(geos.handle(), inside.get(), &px) || !GEOSGeomGetY_r(geos.handle(), inside.get(), &py))
        continue;
      where.setX(px);
      where.setY(py);
      double col, row;
      inverse.pixelToGeo(where.getX(), where.getY(), col, row);
      std::uint8_t value = 255;
      forest.read(1, PixelWindow{int(col), int(row), 1, 1}, &value);
      if (value == 255) continue;
      for (const Feature& basin : basins.features)
        if (basin.geometry->Contains(&where))
          basinName = QString::fromStdString(toString(basin.attributes[std::size_t(basins.fieldIndex("name"))]));
      if (basinName.isEmpty()) continue;
      parcelId = QString::fromStdString(toString(parcel.attributes[std::size_t(parcels.fieldIndex("parcel_id"))]));
      canopy = QString::number(value);
      break;
    }
    QVERIFY(!parcelId.isEmpty());

    MapCanvas* canvas = window_->canvas();
    canvas->setViewport(render::MapViewport{where.getX(), where.getY(), 10, canvas->width(), canvas->height()});
    QVERIFY(test::waitForRender(canvas));
    canvas->setMapTool(window_->identifyTool());
    QSignalSpy identified(window_->identifyTool(), &IdentifyTool::identified);
    test::mouseClickAtMap(canvas, QPointF(where.getX(), where.getY()));
    QCOMPARE(identified.count(), 1);
    const IdentifyPanel* panel = window_->identifyPanel();
    QCOMPARE(panel->valueOf("Land parcels", "parcel_id"), parcelId);
    QCOMPARE(panel->valueOf("River basins", "name"), basinName);
    // A band is listed under its description when the file has one ("canopy cover (%)" in the sample).
    const std::string& band = forest.info().bands.front().description;
    QCOMPARE(panel->valueOf("Forest canopy cover", band.empty() ? QStringLiteral("Band 1") : QString::fromStdString(band)),
             canopy);
    QVERIFY(window_->findChild<QDockWidget*>("identifyDock")->isVisible());
    // The parcel is outlined in pure red (255, 0, 0); nothing else on the map is that red (the reserve's
    // outline is (200, 20, 20)).
    const QImage shown = canvas->grab().toImage();
    const int highlighted = count(shown, [](const QColor& c) { return c.red() > 220 && c.green() < 40 && c.blue() < 40; });
    QVERIFY2(highlighted > 50, qPrintable(QString::number(highlighted)));
    canvas->setMapTool(window_->panTool());  // leaving the tool clears the highlight
    const QImage after = canvas->grab().toImage();
    QVERIFY(count(after, [](const QColor& c) { return c.red() > 220 && c.green() < 40 && c.blue() < 40; }) < highlighted);
  }

  void layerPropertiesRestyleTheMap() {
    QVERIFY(window_->openSampleRegion());
    MapCanvas* canvas = window_->canvas();
    QVERIFY(test::waitForRender(canvas));
    auto isGreen = [](const QColor& c) { return c.green() > c.red() + 40 && c.green() > c.blue() + 20; };
    QVERIFY(count(canvas->grab().toImage(), isGreen) > 0);

    // The forest in greys: no green left anywhere (nothing else on the map is green).
    window_->showLayerProperties(5);
    auto* dialog = window_->findChild<LayerPropertiesDialog*>("layerPropertiesDialog");
    QVERIFY(dialog && dialog->isVisible());
    auto* ramp = dialog->findChild<QComboBox*>("rampCombo");
    QVERIFY(ramp);
    ramp->setCurrentIndex(ramp->findData(QStringLiteral("greys")));
    QSignalSpy redraw(window_->layerModel(), &LayerModel::redrawNeeded);
    dialog->apply();
    QCOMPARE(redraw.count(), 1);
    const auto forest = std::dynamic_pointer_cast<RasterMapLayer>(window_->layerModel()->layer(5));
    QCOMPARE(forest->rampName(), std::string("greys"));
    QCOMPARE(forest->symbology().maxValue, 100.0);  // the canopy stretch is kept
    QVERIFY(test::waitForRender(canvas));
    QCOMPARE(count(canvas->grab().toImage(), isGreen), 0);
    dialog->reject();
    QTRY_VERIFY(!window_->findChild<LayerPropertiesDialog*>());  // closed dialogs delete themselves

    // Parcels: a 3 px outline and no fill.
    window_->showLayerProperties(2);
    dialog = window_->findChild<LayerPropertiesDialog*>("layerPropertiesDialog");
    QVERIFY(dialog);
    dialog->findChild<QDoubleSpinBox*>("outlineWidthSpin")->setValue(3);
    dialog->findChild<QCheckBox*>("noFillCheck")->setChecked(true);
    dialog->findChild<QSlider*>("opacitySlider")->setValue(50);
    dialog->apply();
    const auto parcels = std::dynamic_pointer_cast<VectorMapLayer>(window_->layerModel()->layer(2));
    QCOMPARE(parcels->style().outlineWidthPx, 3.0);
    QCOMPARE(parcels->style().fill.alpha(), 0);
    QCOMPARE(parcels->opacity(), 0.5);
    QCOMPARE(window_->layerModel()->index(2).data(LayerModel::OpacityRole).toDouble(), 0.5);
  }

  void statusBarShowsCoordinatesScaleAndCrs() {
    QVERIFY(window_->openSampleRegion());
    MapCanvas* canvas = window_->canvas();
    QVERIFY(test::waitForRender(canvas));
    const QPointF widgetPos(123.0, 97.0);
    test::mouseMoveToWidget(canvas, widgetPos);
    const QPointF map = canvas->toMap(widgetPos);
    const MapStatusWidget* status = window_->mapStatus();
    QCOMPARE(status->coordinateLabel()->text(),
             QStringLiteral("%1, %2").arg(map.x(), 0, 'f', 1).arg(map.y(), 0, 'f', 1));
    QCOMPARE(status->crsLabel()->text(), QStringLiteral("EPSG:32652"));

    // The same point through PROJ directly, longitude first.
    PJ_CONTEXT* ctx = proj_context_create();
    PJ* raw = proj_create_crs_to_crs(ctx, "EPSG:32652", "EPSG:4326", nullptr);
    PJ* toLonLat = proj_normalize_for_visualization(ctx, raw);
    const PJ_COORD lonLat = proj_trans(toLonLat, PJ_FWD, proj_coord(map.x(), map.y(), 0, 0));
    proj_destroy(toLonLat);
    proj_destroy(raw);
    proj_context_destroy(ctx);
    const QRegularExpression pattern(QStringLiteral("([0-9.]+)° ([NS]), ([0-9.]+)° ([EW])"));
    const QRegularExpressionMatch m = pattern.match(status->latLonLabel()->text());
    QVERIFY2(m.hasMatch(), qPrintable(status->latLonLabel()->text()));
    QCOMPARE(m.captured(2), QStringLiteral("N"));
    QCOMPARE(m.captured(4), QStringLiteral("E"));
    QVERIFY(std::abs(m.captured(1).toDouble() - lonLat.xy.y) < 1e-6);  // six decimals shown
    QVERIFY(std::abs(m.captured(3).toDouble() - lonLat.xy.x) < 1e-6);
    // South-west Primorsky Krai: about 42.5..43.5° N, 130.5..132° E.
    QVERIFY(lonLat.xy.y > 42 && lonLat.xy.y < 44 && lonLat.xy.x > 130 && lonLat.xy.x < 132.5);

    QCOMPARE(status->scaleCombo()->currentText(), MapStatusWidget::formatScale(canvas->scaleDenominator()));
    QCOMPARE(MapStatusWidget::parseScale(QStringLiteral("1:25 000")), 25000.0);
    QCOMPARE(MapStatusWidget::parseScale(QStringLiteral("1:1,000,000")), 1000000.0);
    // Typing a scale zooms to it: 1 : 50000 at d dpi is 50000 * 0.0254 / d metres per pixel.
    QComboBox* scale = status->scaleCombo();
    scale->setFocus();
    scale->lineEdit()->selectAll();
    QTest::keyClicks(scale->lineEdit(), QStringLiteral("1:50 000"));
    QTest::keyClick(scale->lineEdit(), Qt::Key_Return);
    QVERIFY(std::abs(canvas->viewport().mapUnitsPerPixel - 50000 * 0.0254 / canvas->dotsPerInch()) < 1e-9);
    QCOMPARE(status->scaleCombo()->currentText(), MapStatusWidget::formatScale(50000));
  }

  void layersInOtherCrsAreReprojectedOnTheFly() {
    QVERIFY(window_->openSampleRegion());
    MapCanvas* canvas = window_->canvas();
    QVERIFY(test::waitForRender(canvas));
    // A WGS 84 raster over 131.2..131.4° E, 43.0..43.2° N, 0.01° pixels, every value 7: drawn through a warped
    // view into UTM 52N, it covers the UTM point of its centre (131.3° E, 43.1° N) with its one colour.
    const QString path = dir_.filePath("wgs84.tif");
    {
      gdal::ensureRegistered();
      GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
          path.toUtf8().constData(), 20, 20, 1, GDT_Byte, nullptr));
      double gt[6] = {131.2, 0.01, 0, 43.2, 0, -0.01};
      ds->SetGeoTransform(gt);
      OGRSpatialReference srs;
      srs.importFromEPSG(4326);
      ds->SetSpatialRef(&srs);
      QCOMPARE(ds->GetRasterBand(1)->Fill(7), CE_None);
    }
    QCOMPARE(window_->openFiles({path}, LayerKind::Raster), 1);
    const auto layer = std::dynamic_pointer_cast<RasterMapLayer>(window_->layerModel()->layer(0));
    QVERIFY(layer && layer->isWarped());
    CoordinateTransform toUtm(Crs::wgs84(), Crs::fromEpsg(32652));
    double x = 131.3, y = 43.1;
    QVERIFY(toUtm.transform(x, y));
    QVERIFY(layer->extent().contains(x, y));
    canvas->setViewport(render::MapViewport{x, y, 50, canvas->width(), canvas->height()});
    QVERIFY(test::waitForRender(canvas));
    // A constant raster stretches to the ramp's low end: greys' black.
    const QImage image = canvas->grab().toImage();
    const QPointF centre = canvas->toWidget(QPointF(x, y));
    QCOMPARE(QColor(image.pixel(centre.toPoint())), QColor(0, 0, 0));
    // Its identify reads the pixel through the inverse transform.
    const auto found = layer->identify(x, y, 0);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found.front().attributes.front().second, QStringLiteral("7"));
  }

  void missingFileIsReportedAndChangesNothing() {
    QVERIFY(window_->openSampleRegion());
    const QStringList before = layerNames();
    const QString missing = dir_.filePath("no-such-forest.tif");
    QCOMPARE(window_->openFiles({missing}), 0);
    QCOMPARE(errors_.size(), 1);
    QCOMPARE(errors_.first(), app::describeError(Error(ErrorCode::FileNotFound, missing.toStdString(), "no such file")));
    QCOMPARE(layerNames(), before);
  }

  void brokenFilesAreReportedAndChangeNothing_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::newRow("not a tiff") << "broken/invalid" << int(LayerKind::Any);
    QTest::newRow("zero bytes") << "broken/derived/zero_bytes.tif" << int(LayerKind::Raster);
    QTest::newRow("half a tiff") << "broken/derived/RGB.byte_truncated50pct.tif" << int(LayerKind::Raster);
    QTest::newRow("lost georeferencing") << "broken/derived/storml_tcc_truncated2k.tif" << int(LayerKind::Raster);
    QTest::newRow("no crs netcdf") << "broken/test_stageiv_xyt_borked.nc" << int(LayerKind::Any);
    QTest::newRow("truncated gpkg") << "broken/derived/ynp_fires_truncated8k.gpkg" << int(LayerKind::Vector);
    QTest::newRow("truncated geojson") << "broken/derived/ne_rivers_truncated.geojson" << int(LayerKind::Vector);
    QTest::newRow("truncated kml") << "broken/gdal_autotest_truncated.kml" << int(LayerKind::Vector);
    QTest::newRow("shapefile without shx") << "broken/derived/poly_multipoly_noshx.shp" << int(LayerKind::Vector);
  }
  void brokenFilesAreReportedAndChangeNothing() {
    QFETCH(QString, file);
    QFETCH(int, kind);
    const QString path = kShared + QLatin1Char('/') + file;
    if (!QFile::exists(path)) QSKIP("../shared/data/real is absent");
    QVERIFY(window_->openSampleRegion());
    QVERIFY(test::waitForRender(window_->canvas()));
    const QStringList before = layerNames();
    const render::MapViewport view = window_->canvas()->viewport();
    QSignalSpy reported(window_.get(), &MainWindow::errorReported);
    QCOMPARE(window_->openFiles({path}, LayerKind(kind)), 0);
    QCOMPARE(reported.count(), 1);
    QCOMPARE(errors_.size(), 1);
    // One line naming the file and the problem.
    QVERIFY2(errors_.first().startsWith(path + QStringLiteral(": ")), qPrintable(errors_.first()));
    QVERIFY2(errors_.first().size() > path.size() + 10, qPrintable(errors_.first()));
    QVERIFY(!errors_.first().contains(QLatin1Char('\n')));
    QCOMPARE(layerNames(), before);
    QCOMPARE(window_->canvas()->viewport().centerX, view.centerX);
    QVERIFY(window_->logPanel()->toPlainText().contains(path));
  }

  void aLayerThatFailsToDrawIsLoggedNotFatal() {
    // corrupt.tif opens and its overviews read, but its full-resolution tile at row 512 is cut short.
    const QString path = kShared + QStringLiteral("/broken/corrupt.tif");
    if (!QFile::exists(path)) QSKIP("../shared/data/real is absent");
    QCOMPARE(window_->openFiles({path}), 1);
    MapCanvas* canvas = window_->canvas();
    QVERIFY(test::waitForRender(canvas));
    QVERIFY(errors_.isEmpty());
    const RasterSource raster = RasterSource::open(path.toStdString());
    double x, y;
    raster.info().transform.pixelToGeo(768, 768, x, y);
    QSignalSpy finished(canvas, &MapCanvas::renderFinished);
    canvas->setViewport(render::MapViewport{x, y, raster.info().transform.c[1], canvas->width(), canvas->height()});
    QVERIFY(finished.wait(20000));
    const QStringList renderErrors = finished.last().at(1).toStringList();
    QCOMPARE(renderErrors.size(), 1);
    QVERIFY2(renderErrors.first().contains(path), qPrintable(renderErrors.first()));
    QVERIFY(renderErrors.first().contains(app::describeErrorCode(ErrorCode::CorruptData)));
    QVERIFY(window_->logPanel()->toPlainText().contains(path));
    QVERIFY(window_->statusBar()->currentMessage().contains(path));
    QVERIFY(errors_.isEmpty());  // no message box for a drawing problem
  }
};

QTEST_MAIN(TestGuiMainWindow)
#include "test_gui_main_window.moc"
