// SPDX-License-Identifier: GPL-3.0-or-later
// A project's layers on the map (openProjectLayers, styles as JSON) and its candidates (CandidateMapLayer).
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include <ogr_geometry.h>

#include <atomic>

#include "geo/Crs.h"
#include "mapkit/layers/CandidateMapLayer.h"
#include "mapkit/layers/ProjectLayers.h"
#include "mapkit/layers/RasterMapLayer.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "mapkit/render/LayerRenderer.h"
#include "test_gui_support.h"

using namespace hp;
using namespace hp::gui;

namespace {

project::Project fixtureProject(const sample::SamplePaths& p) {
  project::Project project;
  project.crs = Crs::fromEpsg(32652);
  using R = project::LayerRole;
  project.layers = {{R::Forest, "Canopy", p.forest, "", true, 1.0, ""},
                    {R::Basins, "Basins", p.basins, "", true, 1.0, ""},
                    {R::Parcels, "Parcels", p.parcels, "", true, 0.8, ""},
                    {R::Reserve, "Reserve", p.reserve, "", false, 1.0, ""}};
  return project;
}

std::shared_ptr<const OGRGeometry> square(double x0, double y0, double side) {
  auto ring = std::make_unique<OGRLinearRing>();
  ring->addPoint(x0, y0);
  ring->addPoint(x0 + side, y0);
  ring->addPoint(x0 + side, y0 + side);
  ring->addPoint(x0, y0 + side);
  ring->addPoint(x0, y0);
  auto polygon = std::make_shared<OGRPolygon>();
  polygon->addRingDirectly(ring.release());
  return polygon;
}

QImage renderLayer(const MapLayer& layer, const render::MapViewport& viewport) {
  QImage image(viewport.widthPx, viewport.heightPx, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  QPainter painter(&image);
  const std::atomic<bool> cancelled{false};
  RenderContext ctx{painter, viewport, 1.0, cancelled};
  layer.createRenderer()->render(ctx);
  painter.end();
  return image;
}

}  // namespace

class TestProjectLayers : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  sample::SamplePaths paths_;

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    paths_ = test::writeFixtureRegion(dir_.path());
  }

  void opensEveryLayerNamedAndShownAsTheProjectSays() {
    const OpenedProjectLayers opened = openProjectLayers(fixtureProject(paths_));
    QVERIFY2(opened.problems.isEmpty(), qPrintable(opened.problems.join('\n')));
    QCOMPARE(int(opened.layers.size()), 4);
    QCOMPARE(opened.layers[0]->name(), QStringLiteral("Canopy"));
    QCOMPARE(opened.layers[0]->kind(), MapLayer::Kind::Raster);
    QCOMPARE(opened.layers[2]->name(), QStringLiteral("Parcels"));
    QCOMPARE(opened.layers[2]->opacity(), 0.8);
    QVERIFY(!opened.layers[3]->isVisible());
    QCOMPARE(opened.roles[1], project::LayerRole::Basins);
    QVERIFY(opened.parcels);
    QCOMPARE(opened.parcels.get(), opened.layers[2].get());
    QCOMPARE(int(opened.parcels->data().features.size()), 12);
    // No style stored: the role's look (the forest on the canopy ramp 0..100).
    const auto* forest = dynamic_cast<const RasterMapLayer*>(opened.layers[0].get());
    QVERIFY(forest);
    QCOMPARE(forest->rampName(), std::string("greens"));
    QCOMPARE(forest->symbology().maxValue, 100.0);
  }

  void aBrokenLayerIsNamedAndTheOthersStillOpen() {
    project::Project project = fixtureProject(paths_);
    const QString missing = dir_.filePath(QStringLiteral("gone.gpkg"));
    project.layers[1].path = missing.toStdString();
    const OpenedProjectLayers opened = openProjectLayers(project);
    QCOMPARE(int(opened.layers.size()), 3);
    QCOMPARE(opened.problems.size(), 1);
    QVERIFY2(opened.problems.front().contains(missing), qPrintable(opened.problems.front()));
  }

  void theForestShowsTheActiveVersion() {
    project::Project project = fixtureProject(paths_);
    // Version 1 is another raster (the reserve's file would not do: it must be a raster).
    const QString copy = dir_.filePath(QStringLiteral("forest_v1.tif"));
    QVERIFY(QFile::copy(QString::fromStdString(paths_.forest), copy));
    project.forestVersions.push_back({1, "2026-06-01", copy.toStdString(), "canopy", "test"});
    project.activeForestVersion = 1;
    const OpenedProjectLayers opened = openProjectLayers(project);
    QCOMPARE(opened.layers[0]->source(), copy);
    project.activeForestVersion = 0;
    QCOMPARE(openProjectLayers(project).layers[0]->source(), QString::fromStdString(paths_.forest));
  }

  void stylesRoundTripThroughJson() {
    OpenedProjectLayers a = openProjectLayers(fixtureProject(paths_));
    auto* basins = dynamic_cast<VectorMapLayer*>(a.layers[1].get());
    VectorStyle s = basins->style();
    s.fill = QColor(10, 20, 30, 40);
    s.hatched = true;
    s.outlineWidthPx = 3.5;
    s.labelField = QStringLiteral("name");
    basins->setStyle(s);
    auto* forest = dynamic_cast<RasterMapLayer*>(a.layers[0].get());
    render::RasterSymbology sym = forest->symbology();
    sym.minValue = 20;
    sym.maxValue = 80;
    forest->setSymbology(sym);
    forest->setRamp("viridis");

    project::Project styled = fixtureProject(paths_);
    styled.layers[0].styleJson = styleJson(*forest).toStdString();
    styled.layers[1].styleJson = styleJson(*basins).toStdString();
    const OpenedProjectLayers b = openProjectLayers(styled);
    const auto* basins2 = dynamic_cast<const VectorMapLayer*>(b.layers[1].get());
    QCOMPARE(basins2->style().fill, QColor(10, 20, 30, 40));
    QVERIFY(basins2->style().hatched);
    QCOMPARE(basins2->style().outlineWidthPx, 3.5);
    QCOMPARE(basins2->style().labelField, QStringLiteral("name"));
    const auto* forest2 = dynamic_cast<const RasterMapLayer*>(b.layers[0].get());
    QCOMPARE(forest2->symbology().minValue, 20.0);
    QCOMPARE(forest2->symbology().maxValue, 80.0);
    QCOMPARE(forest2->rampName(), std::string("viridis"));
    // Unreadable JSON keeps the role's look instead of failing.
    QVERIFY(!applyStyleJson(*a.layers[2], QStringLiteral("{not json")));
  }

  void candidatesAreDrawnInTheirColoursWithTheActiveOneFilled() {
    const OpenedProjectLayers opened = openProjectLayers(fixtureProject(paths_));
    std::shared_ptr<const VectorData> parcels(opened.parcels, &opened.parcels->data());
    CandidateMapLayer layer(parcels);
    project::Candidate west{"West", "#0000ff", {"1", "5"}, {}};  // squares i=0, j=0 and j=1
    project::Candidate drawn{"Drawn", "#ff0000", {}, {square(684000, 4798500, 1000)}};
    project::Candidate ghost{"Unknown ids", "#00ff00", {"999"}, {}};
    layer.setCandidates({west, drawn, ghost}, 0);
    QCOMPARE(layer.candidateCount(), 3);

    const Extent w = layer.candidateExtent(0);
    QCOMPARE(w.minX, 680000.0);
    QCOMPARE(w.maxX, 681500.0);
    QCOMPARE(w.minY, 4795500.0);
    QCOMPARE(w.maxY, 4798500.0);
    QVERIFY(layer.candidateExtent(2).isEmpty());
    QCOMPARE(layer.extent().maxX, 685000.0);
    QCOMPARE(layer.extent().maxY, 4799500.0);

    // 1 map unit per 10 m: the fixture's 6000 x 4500 m in a 600 x 450 image.
    const render::MapViewport vp = render::MapViewport::fitting(Extent{680000, 4795500, 686000, 4800000}, 600, 450);
    const QImage image = renderLayer(layer, vp);
    auto pixelAt = [&](double x, double y) {
      double px, py;
      vp.toScreen(x, y, px, py);
      return image.pixelColor(int(px), int(py));
    };
    const QColor inWest = pixelAt(680700, 4796200);    // inside parcel 1, the active candidate: filled blue
    QVERIFY2(inWest.blue() > 150 && inWest.red() < 200 && inWest.green() < 200, qPrintable(inWest.name()));
    const QColor inDrawn = pixelAt(684500, 4799000);   // inside the drawn square, inactive: a light red fill
    QVERIFY2(inDrawn.red() == 255 && inDrawn.green() > 200 && inDrawn.green() < 255, qPrintable(inDrawn.name()));
    QCOMPARE(pixelAt(683000, 4796000), QColor(Qt::white));  // parcel 3: in no candidate

    const auto hits = layer.identify(684500, 4799000, 1);
    QCOMPARE(int(hits.size()), 1);
    QCOMPARE(hits.front().title, QStringLiteral("Drawn"));
    QVERIFY(layer.identify(683000, 4796000, 1).empty());
  }
};

QTEST_MAIN(TestProjectLayers)
#include "test_project_layers.moc"
