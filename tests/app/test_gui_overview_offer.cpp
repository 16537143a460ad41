// SPDX-License-Identifier: GPL-3.0-or-later
// A large raster without overviews (issue #16, point 2): the layer draws zoomed-out views from its reduced
// copy, and the bar above the map offers to build the overviews, with progress and Cancel; built, the
// layer reads them and the copy goes; a build that cannot write says so, naming the file, and changes
// nothing; "Not Now" is remembered for the file.
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>

#include <filesystem>

#include "geo/GdalSupport.h"
#include "gui/MainWindow.h"
#include "gui/map/MapCanvas.h"
#include "gui/map/OverviewOffer.h"
#include "io/RasterOverviews.h"
#include "mapkit/layers/LayerModel.h"
#include "mapkit/layers/RasterMapLayer.h"

using namespace hp;
using namespace hp::gui;

namespace {

// A side x side Byte GeoTIFF of canopy-like values, tiled, DEFLATE, no overviews.
QString writeRaster(const QString& path, int side) {
  gdal::ensureRegistered();
  GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
  CPLStringList options;
  options.AddString("TILED=YES");
  options.AddString("COMPRESS=DEFLATE");
  GDALDatasetUniquePtr ds(gtiff->Create(path.toUtf8().constData(), side, side, 1, GDT_Byte, options.List()));
  if (!ds) qFatal("cannot create the test raster");
  double gt[6] = {700000, 30, 0, 4750000, 0, -30};
  ds->SetGeoTransform(gt);
  OGRSpatialReference srs;
  srs.importFromEPSG(32652);
  ds->SetSpatialRef(&srs);
  std::vector<GByte> row(static_cast<std::size_t>(side));
  for (int r = 0; r < side; ++r) {
    for (int c = 0; c < side; ++c) row[std::size_t(c)] = GByte((c / 16 + r / 16) % 100);
    if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, r, side, 1, row.data(), side, 1, GDT_Byte, 0, 0, nullptr) != CE_None)
      qFatal("cannot write the test raster");
  }
  return path;
}

QPushButton* button(OverviewOffer& offer, const QString& text) {
  for (QPushButton* b : offer.findChildren<QPushButton*>())
    if (b->text() == text) return b;
  return nullptr;
}

QString barText(OverviewOffer& offer) { return offer.findChild<QLabel*>()->text(); }

}  // namespace

class TestGuiOverviewOffer : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;

 private slots:
  void initTestCase() { QVERIFY(tmp_.isValid()); }

  void aLargeRasterWithoutOverviewsIsDrawnFromAReducedCopy() {
    const QString big = writeRaster(tmp_.filePath(QStringLiteral("big.tif")), 3000);
    const QString small = writeRaster(tmp_.filePath(QStringLiteral("small.tif")), 1000);
    const auto layer = RasterMapLayer::open(big, Crs());
    QVERIFY(layer->lacksOverviews());
    QVERIFY(layer->hasReducedCopy());
    // The stretch comes from the copy: canopy 0 to 99.
    QVERIFY(layer->sampledMin().value_or(-1) >= 0 && layer->sampledMin().value_or(-1) <= 5);
    QVERIFY(layer->sampledMax().value_or(-1) >= 94 && layer->sampledMax().value_or(-1) <= 99);
    const auto smallLayer = RasterMapLayer::open(small, Crs());  // under 2048 px: read whole, no offer
    QVERIFY(!smallLayer->lacksOverviews());
    QVERIFY(!smallLayer->hasReducedCopy());
  }

  void theMainWindowShowsTheOfferAboveTheMap() {
    const QString path = writeRaster(tmp_.filePath(QStringLiteral("window.tif")), 2600);
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.overviewOffer()->isHidden());
    window.layerModel()->insertLayer(RasterMapLayer::open(path, Crs()));
    QTRY_VERIFY(window.overviewOffer()->isVisible());
    QTRY_VERIFY(!window.canvas()->isRendering());
    const QPoint offerAt = window.overviewOffer()->mapTo(&window, QPoint(0, 0));
    const QPoint canvasAt = window.canvas()->mapTo(&window, QPoint(0, 0));
    QVERIFY(offerAt.y() < canvasAt.y());  // above the map, over its whole width
    QCOMPARE(window.overviewOffer()->width(), window.canvas()->width());
    if (qEnvironmentVariableIsSet("HP_SCREENSHOT_DIR"))
      window.grab().save(qEnvironmentVariable("HP_SCREENSHOT_DIR") + QStringLiteral("/overview-offer.png"));
  }

  void buildingReplacesTheCopyWithOverviews() {
    const QString path = writeRaster(tmp_.filePath(QStringLiteral("canopy.tif")), 3000);
    LayerModel model;
    OverviewOffer offer(&model);
    QVERIFY(offer.isHidden());
    model.insertLayer(RasterMapLayer::open(path, Crs()));
    QVERIFY(!offer.isHidden());
    QCOMPARE(offer.offeredFile(), path);
    QVERIFY(barText(offer).contains(QStringLiteral("canopy.tif")));
    QSignalSpy built(&offer, &OverviewOffer::built);
    QSignalSpy redraw(&model, &LayerModel::redrawNeeded);
    button(offer, QStringLiteral("Build Overviews"))->click();
    QVERIFY(offer.isBuilding());
    QVERIFY(built.wait(30000));
    QCOMPARE(built.first().at(0).toString(), path);
    QCOMPARE(built.first().at(1).toInt(), 4);  // 3000 -> 1500, 750, 375, 188 (gdaladdo's rule)
    QVERIFY(std::filesystem::exists((path + QStringLiteral(".ovr")).toStdString()));
    QVERIFY(!lacksOverviews(path.toStdString()));
    auto* layer = dynamic_cast<RasterMapLayer*>(model.layer(0).get());
    QVERIFY(!layer->lacksOverviews());
    QVERIFY(!layer->hasReducedCopy());
    QVERIFY(redraw.count() >= 1);
    QVERIFY(offer.isHidden());
  }

  void cancelLeavesNoOverviewFile() {
    const QString path = writeRaster(tmp_.filePath(QStringLiteral("cancelled.tif")), 6000);
    LayerModel model;
    OverviewOffer offer(&model);
    model.insertLayer(RasterMapLayer::open(path, Crs()));
    QSignalSpy built(&offer, &OverviewOffer::built);
    offer.build();
    offer.cancel();
    offer.waitForBuild();
    QTRY_VERIFY(button(offer, QStringLiteral("Build Overviews")) && button(offer, QStringLiteral("Build Overviews"))->isVisible());
    QCOMPARE(built.count(), 0);
    QVERIFY(!std::filesystem::exists((path + QStringLiteral(".ovr")).toStdString()));
    QVERIFY(dynamic_cast<RasterMapLayer*>(model.layer(0).get())->lacksOverviews());
  }

  void aBuildThatCannotWriteSaysWhy() {
    const QString path = writeRaster(tmp_.filePath(QStringLiteral("blocked.tif")), 3000);
    // A folder where the overview file would go: GDAL cannot create it, whoever runs the test.
    QVERIFY(QDir().mkpath(path + QStringLiteral(".ovr")));
    LayerModel model;
    OverviewOffer offer(&model);
    model.insertLayer(RasterMapLayer::open(path, Crs()));
    offer.build();
    offer.waitForBuild();
    QTRY_VERIFY(barText(offer).contains(QStringLiteral("could not be built")));
    QVERIFY(barText(offer).contains(QStringLiteral("blocked.tif")));
    QVERIFY(button(offer, QStringLiteral("Try Again"))->isVisible());
    auto* layer = dynamic_cast<RasterMapLayer*>(model.layer(0).get());
    QVERIFY(layer->lacksOverviews());
    QVERIFY(layer->hasReducedCopy());  // still drawn from the copy
  }

  void notNowIsRememberedForTheFile() {
    const QString a = writeRaster(tmp_.filePath(QStringLiteral("first.tif")), 2500);
    const QString b = writeRaster(tmp_.filePath(QStringLiteral("second.tif")), 2500);
    LayerModel model;
    OverviewOffer offer(&model);
    model.insertLayer(RasterMapLayer::open(a, Crs()));
    model.insertLayer(RasterMapLayer::open(b, Crs()));
    QVERIFY(!offer.isHidden());
    const QString firstOffered = offer.offeredFile();
    button(offer, QStringLiteral("Not Now"))->click();
    QVERIFY(!offer.isHidden());  // the other raster is offered next
    QVERIFY(offer.offeredFile() != firstOffered);
    button(offer, QStringLiteral("Not Now"))->click();
    QVERIFY(offer.isHidden());
    model.insertLayer(RasterMapLayer::open(a, Crs()));  // the same file again: not asked again
    QVERIFY(offer.isHidden());
  }

  void removingTheLayerWithdrawsTheOffer() {
    const QString path = writeRaster(tmp_.filePath(QStringLiteral("removed.tif")), 2500);
    LayerModel model;
    OverviewOffer offer(&model);
    model.insertLayer(RasterMapLayer::open(path, Crs()));
    QVERIFY(!offer.isHidden());
    model.removeRows(0, 1);
    QVERIFY(offer.isHidden());
    QVERIFY(offer.offeredFile().isEmpty());
  }
};

QTEST_MAIN(TestGuiOverviewOffer)
#include "test_gui_overview_offer.moc"
