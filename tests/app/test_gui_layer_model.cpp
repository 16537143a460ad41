// SPDX-License-Identifier: GPL-3.0-or-later
// hp::gui::LayerModel under QAbstractItemModelTester, and the layer panel that edits it.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

#include "mapkit/layers/LayerLoader.h"
#include "mapkit/layers/LayerModel.h"
#include "mapkit/layers/RasterMapLayer.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "gui/panels/LayerPanel.h"
#include "test_gui_support.h"

using namespace hp;
using namespace hp::gui;

class TestGuiLayerModel : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  sample::SamplePaths paths_;

  std::shared_ptr<MapLayer> open(const std::string& path, const Crs& crs) {
    auto layers = openLayers(QString::fromStdString(path), LayerKind::Any, crs);
    Q_ASSERT(layers.size() == 1);
    return layers.front();
  }

  QStringList names(const LayerModel& model) {
    QStringList n;
    for (int r = 0; r < model.rowCount(); ++r) n << model.index(r).data().toString();
    return n;
  }

  // forest, basins, parcels, reserve added in that order, each on top: rows reserve, parcels, basins, forest.
  void fill(LayerModel& model) {
    for (const std::string& p : {paths_.forest, paths_.basins, paths_.parcels, paths_.reserve})
      model.insertLayer(open(p, model.mapCrs()), 0);
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    paths_ = test::writeFixtureRegion(dir_.path());
  }

  void passesTheModelTester() {
    LayerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model);
    model.moveRows({}, 3, 1, {}, 0);
    model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole);
    model.setData(model.index(2), 0.5, LayerModel::OpacityRole);
    model.setData(model.index(0), QStringLiteral("renamed"), Qt::EditRole);
    model.notifyLayerChanged(2);
    model.removeRows(1, 2);
    model.removeRows(0, model.rowCount());
    QCOMPARE(model.rowCount(), 0);
  }

  void orderVisibilityOpacityAndCrs() {
    LayerModel model;
    QSignalSpy crsChanged(&model, &LayerModel::mapCrsChanged);
    QSignalSpy redraw(&model, &LayerModel::redrawNeeded);
    fill(model);
    QCOMPARE(names(model), (QStringList{"reserve", "parcels", "basins", "forest"}));
    QCOMPARE(model.mapCrs().epsg().value_or(0), 32652);  // the first layer's CRS
    QCOMPARE(crsChanged.count(), 1);
    QCOMPARE(redraw.count(), 4);
    QCOMPARE(model.index(3).data(LayerModel::KindRole).toInt(), int(MapLayer::Kind::Raster));
    QVERIFY(!model.index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.index(3).data(Qt::ToolTipRole).toString().contains("200 x 150"));

    // The fixture spans x 680000..686000, y 4795500..4800000 in every layer.
    const Extent e = model.fullExtent();
    QCOMPARE(e.minX, 680000.0);
    QCOMPARE(e.maxY, 4800000.0);

    QVERIFY(model.setData(model.index(3), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.layer(3)->isVisible());
    QCOMPARE(model.index(3).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(model.setData(model.index(0), 0.25, LayerModel::OpacityRole));
    QCOMPARE(model.layer(0)->opacity(), 0.25);
    QVERIFY(model.setData(model.index(1), 7.0, LayerModel::OpacityRole));
    QCOMPARE(model.layer(1)->opacity(), 1.0);  // clamped
    QVERIFY(!model.setData(model.index(0), QString("  "), Qt::EditRole));  // a name cannot be blank
    QCOMPARE(redraw.count(), 7);

    // Forest to the top; then reserve (now row 1) below basins (row 3): destination counts before the move.
    QVERIFY(model.moveRows({}, 3, 1, {}, 0));
    QCOMPARE(names(model), (QStringList{"forest", "reserve", "parcels", "basins"}));
    QVERIFY(model.moveRows({}, 1, 1, {}, 4));
    QCOMPARE(names(model), (QStringList{"forest", "parcels", "basins", "reserve"}));
    QVERIFY(!model.moveRows({}, 1, 1, {}, 2));  // onto itself
    QVERIFY(!model.moveRows({}, 0, 9, {}, 0));

    // A drag carries layer ids; the drop moves the layer and leaves nothing for the view to delete.
    // Drop forest (row 0) before row 3 (reserve): it lands between basins and reserve.
    std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(0)}));
    QVERIFY(model.canDropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {}));
    QVERIFY(!model.canDropMimeData(dragged.get(), Qt::CopyAction, 3, 0, {}));
    QVERIFY(!model.dropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(names(model), (QStringList{"parcels", "basins", "forest", "reserve"}));
    // Dropped on a layer (parent = that row): it takes that layer's place. Dropped past the end: the bottom.
    dragged.reset(model.mimeData({model.index(3)}));
    model.dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model.index(0));
    QCOMPARE(names(model), (QStringList{"reserve", "parcels", "basins", "forest"}));
    dragged.reset(model.mimeData({model.index(0)}));
    model.dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, {});
    QCOMPARE(names(model), (QStringList{"parcels", "basins", "forest", "reserve"}));
    QCOMPARE(model.rowCount(), 4);

    QVERIFY(model.removeRows(0, 4));
    QVERIFY(model.mapCrs().isEmpty());  // an empty map forgets its CRS
    QCOMPARE(crsChanged.count(), 2);
  }

  void layersFollowTheMapCrs() {
    // Vectors are reprojected once, at load; rasters get a warped view. (680000, 4800000) in UTM 52N is
    // 131.2° E, 43.3° N, so in WGS 84 the extents land there.
    const Crs wgs84 = Crs::wgs84();
    const auto basins = open(paths_.basins, wgs84);
    const auto forest = std::dynamic_pointer_cast<RasterMapLayer>(open(paths_.forest, wgs84));
    QVERIFY(forest && forest->isWarped());
    for (const Extent& e : {basins->extent(), forest->extent()}) {
      QVERIFY2(e.minX > 131.1 && e.maxX < 131.3 && e.minY > 43.2 && e.maxY < 43.4,
               qPrintable(QString("%1 %2 %3 %4").arg(e.minX).arg(e.minY).arg(e.maxX).arg(e.maxY)));
    }
    QVERIFY(!std::dynamic_pointer_cast<RasterMapLayer>(open(paths_.forest, Crs::fromEpsg(32652)))->isWarped());
  }

  void panelReordersRemovesAndSetsOpacity() {
    LayerModel model;
    LayerPanel panel(&model);
    fill(model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.view()->model(), &model);
    QCOMPARE(panel.currentRow(), 0);  // the last layer added is selected
    panel.setCurrentRow(1);
    panel.moveUpAction()->trigger();
    QCOMPARE(names(model), (QStringList{"parcels", "reserve", "basins", "forest"}));
    QCOMPARE(panel.currentRow(), 0);
    panel.moveDownAction()->trigger();
    panel.moveDownAction()->trigger();
    QCOMPARE(names(model), (QStringList{"reserve", "basins", "parcels", "forest"}));
    QCOMPARE(panel.currentRow(), 2);
    panel.opacitySlider()->setValue(40);
    QCOMPARE(model.layer(2)->opacity(), 0.4);
    panel.setCurrentRow(0);
    QCOMPARE(panel.opacitySlider()->value(), 100);
    QSignalSpy zoom(&panel, &LayerPanel::zoomToLayerRequested);
    panel.zoomToLayerAction()->trigger();
    QCOMPARE(zoom.count(), 1);
    QCOMPARE(zoom.first().first().toInt(), 0);
    panel.removeAction()->trigger();
    QCOMPARE(names(model), (QStringList{"basins", "parcels", "forest"}));
  }
};

QTEST_MAIN(TestGuiLayerModel)
#include "test_gui_layer_model.moc"
