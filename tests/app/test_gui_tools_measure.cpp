// SPDX-License-Identifier: GPL-3.0-or-later
// Geodesic measures against hand-computed values on the WGS 84 ellipsoid, and MeasureTool driven by
// synthetic clicks in map coordinates, in a geographic CRS (where a planar measure would be in degrees)
// and in UTM.
#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>
#include <vector>

#include "geo/GeodesicMeasure.h"
#include "gui/map/MapCanvas.h"
#include "gui/tools/MeasureTool.h"
#include "mapkit/layers/LayerModel.h"
#include "mapkit/layers/MapLayer.h"
#include "mapkit/render/LayerRenderer.h"
#include "support/MapToolFixture.h"

using namespace hp;
using namespace hp::gui;

namespace {

// WGS 84: a = 6378137 m, f = 1/298.257223563, b = a (1 - f), e² = f (2 - f).
// One degree along the equator (a geodesic): a π / 180.
constexpr double kEquatorDegreeM = 111319.49079327358;
// The cell 0..1°E, 45..46°N bounded by meridians and parallels: the band area
// (b² Δλ / 2) [g(46°) - g(45°)], g(φ) = sin φ / (1 - e² sin² φ) + ln((1 + e sin φ) / (1 - e sin φ)) / (2e),
// with Δλ = π / 180 rad.
constexpr double kCellM2 = 8686494956.670435;

// An empty layer that only gives the map its CRS.
class CrsLayer : public MapLayer {
 public:
  CrsLayer(const Crs& crs, const Extent& extent) : MapLayer(QStringLiteral("crs"), QString(), crs), extent_(extent) {}
  Kind kind() const override { return Kind::Vector; }
  Extent extent() const override { return extent_; }
  std::unique_ptr<LayerRenderer> createRenderer() const override {
    struct Nothing : LayerRenderer {
      Nothing() : LayerRenderer(QStringLiteral("crs"), 1) {}
      void render(RenderContext&) override {}
    };
    return std::make_unique<Nothing>();
  }
  std::vector<IdentifyResult> identify(double, double, double) const override { return {}; }
  QIcon legendIcon() const override { return {}; }

 private:
  Extent extent_;
};

void click(MapCanvas* canvas, const QPointF& map, Qt::MouseButton button = Qt::LeftButton) {
  test::sendMouseAtMap(canvas, QEvent::MouseMove, map);
  test::sendMouseAtMap(canvas, QEvent::MouseButtonPress, map, button);
  test::sendMouseAtMap(canvas, QEvent::MouseButtonRelease, map, button);
}

}  // namespace

class TestGuiToolsMeasure : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QLocale::setDefault(QLocale::c()); }

  void geodesicLengthAndAreaMatchHandValues() {
    const GeodesicMeasure wgs84(Crs::fromEpsg(4326));
    QVERIFY(std::abs(wgs84.lengthM({0, 1}, {0, 0}) - kEquatorDegreeM) < 1e-6);
    // Edges along parallels, densified (a geodesic between two points of a parallel bends poleward).
    std::vector<double> lon, lat;
    for (int i = 0; i < 100; ++i) lon.push_back(i / 100.0), lat.push_back(45);
    for (int i = 0; i < 100; ++i) lon.push_back(1), lat.push_back(45 + i / 100.0);
    for (int i = 0; i < 100; ++i) lon.push_back(1 - i / 100.0), lat.push_back(46);
    for (int i = 0; i < 100; ++i) lon.push_back(0), lat.push_back(46 - i / 100.0);
    QVERIFY(std::abs(wgs84.areaM2(lon, lat) / kCellM2 - 1) < 1e-8);
    // The four corners alone: geodesic edges, 0.116 km² less (1.3e-5).
    const double corners = wgs84.areaM2({0, 1, 1, 0}, {45, 45, 46, 46});
    QVERIFY(corners < kCellM2);
    QVERIFY(std::abs(corners / kCellM2 - 1) < 2e-5);
    // Orientation does not matter.
    QCOMPARE(wgs84.areaM2({0, 0, 1, 1}, {45, 46, 46, 45}), corners);

    // The same cell in UTM 31N (its central meridian is 3°E): the area on the ellipsoid, not the
    // projection's, within the difference of straight projected edges from geodesics.
    const Crs utm = Crs::fromEpsg(32631);
    CoordinateTransform toUtm(Crs::fromEpsg(4326), utm);
    std::vector<double> x = lon, y = lat;
    QVERIFY(toUtm.transform(x, y));
    QVERIFY(std::abs(GeodesicMeasure(utm).areaM2(x, y) / kCellM2 - 1) < 1e-4);
  }

  void formatsInKilometresAndMiles() {
    QCOMPARE(MeasureTool::formatDistance(1609.344), QStringLiteral("1.609 km (1.000 mi)"));
    QCOMPARE(MeasureTool::formatDistance(kEquatorDegreeM), QStringLiteral("111.319 km (69.171 mi)"));
    QCOMPARE(MeasureTool::formatArea(2589988.110336), QStringLiteral("2.590 km² (1.000 sq mi)"));
    QCOMPARE(MeasureTool::formatArea(kCellM2), QStringLiteral("8686.495 km² (3353.874 sq mi)"));
  }

  void toolMeasuresGeodesicallyInAGeographicMap() {
    LayerModel model;
    Extent e;
    e.include(-0.5, 44.5);
    e.include(1.5, 46.5);
    model.insertLayer(std::make_shared<CrsLayer>(Crs::fromEpsg(4326), e));
    MapCanvas canvas(&model);
    canvas.resize(400, 400);
    canvas.zoomToExtent(e);

    MeasureTool line(&canvas, MeasureTool::Mode::Distance);
    canvas.setMapTool(&line);
    QSignalSpy measured(&line, &MeasureTool::measured);
    click(&canvas, {0, 45});
    test::sendMouseAtMap(&canvas, QEvent::MouseMove, {1, 45});  // the figure follows the cursor
    QVERIFY(measured.count() >= 2);
    click(&canvas, {1, 45});
    test::sendMouseAtMap(&canvas, QEvent::MouseButtonDblClick, {1, 45});
    // 1° of longitude at 45°N: (π/180) N cos φ with N = a / sqrt(1 - e² sin² φ) is the parallel's length,
    // 78 846.835 m; the geodesic is a little shorter.
    QVERIFY(std::abs(line.measure() - 78846.835) < 5);
    QVERIFY(line.measure() < 78846.835);
    QCOMPARE(line.resultText(), MeasureTool::formatDistance(line.measure()));
    // Backspace removes the last point; Esc clears.
    QTest::keyClick(&canvas, Qt::Key_Backspace);
    QCOMPARE(line.points().size(), 1);
    QTest::keyClick(&canvas, Qt::Key_Escape);
    QVERIFY(line.points().isEmpty());

    MeasureTool area(&canvas, MeasureTool::Mode::Area);
    canvas.setMapTool(&area);
    for (const QPointF p : {QPointF(0, 45), QPointF(1, 45), QPointF(1, 46)}) click(&canvas, p);
    click(&canvas, {0, 46});
    click(&canvas, {0, 46}, Qt::RightButton);  // ends it
    QCOMPARE(area.points().size(), 4);
    QVERIFY(std::abs(area.measure() / kCellM2 - 1) < 2e-5);
    QCOMPARE(area.resultText(), QStringLiteral("8686.379 km² (3353.830 sq mi)"));
    // The next click starts a new measure.
    click(&canvas, {0.5, 45.5});
    QCOMPARE(area.points().size(), 1);
  }

  void toolMeasuresInUtm() {
    LayerModel model;
    Extent e;
    e.include(680000, 4795500);
    e.include(686000, 4800000);
    model.insertLayer(std::make_shared<CrsLayer>(Crs::fromEpsg(32652), e));
    MapCanvas canvas(&model);
    canvas.resize(600, 450);
    canvas.zoomToExtent(e);
    MeasureTool line(&canvas, MeasureTool::Mode::Distance);
    canvas.setMapTool(&line);
    click(&canvas, {680000, 4797000});
    click(&canvas, {685000, 4797000});
    // 5 km of easting, 183 km east of zone 52's central meridian, where UTM's scale is about
    // 0.9996 (1 + x²/(2R²)) = 1.0000124: 4 999.951 m on the ground (cs2cs to lon/lat, then invgeod).
    const double m = line.measure();
    QVERIFY2(std::abs(m - 4999.951) < 0.002, qPrintable(QString::number(m, 'f', 4)));
  }
};

QTEST_MAIN(TestGuiToolsMeasure)
#include "test_gui_tools_measure.moc"
