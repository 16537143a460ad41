// SPDX-License-Identifier: GPL-3.0-or-later
// PatchMapLayer draws a candidate's patches: viable ones filled, too-small ones hatched with their own
// outline; LiveCapacity hands the patches over with the figures.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

#include "gui/workspace/LiveCapacity.h"
#include "mapkit/layers/PatchMapLayer.h"
#include "mapkit/render/LayerRenderer.h"
#include "sample/SampleProject.h"
#include "test_gui_support.h"

using namespace hp;

namespace {

// 40 × 40 pixels of 10 m, top-left corner at (0, 1000): patch 1 = pixels 2..17 (viable),
// patch 2 = pixels 25..34 (too small).
std::shared_ptr<model::PatchMap> twoPatches() {
  auto m = std::make_shared<model::PatchMap>();
  m->width = m->height = 40;
  m->geoTransform = {0, 10, 0, 1000, 0, -10};
  m->territoryMinKm2 = 41.44;
  m->labels.assign(40 * 40, 0);
  for (int r = 0; r < 40; ++r)
    for (int c = 0; c < 40; ++c) {
      if (r >= 2 && r < 18 && c >= 2 && c < 18) m->labels[std::size_t(r * 40 + c)] = 1;
      if (r >= 25 && r < 35 && c >= 25 && c < 35) m->labels[std::size_t(r * 40 + c)] = 2;
    }
  m->patches = {{50.0, 1.2, 1, 256, false}, {9.0, 0.2, 0, 100, true}};
  return m;
}

// The layer drawn on white, one raster pixel = 10 image pixels (the map's x 0..400, y 600..1000).
QImage renderOnWhite(const gui::PatchMapLayer& layer) {
  QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  QPainter painter(&image);
  const std::atomic<bool> cancelled{false};
  gui::RenderContext ctx{painter, {200, 800, 1.0, 400, 400}, 1.0, cancelled};
  layer.createRenderer()->render(ctx);
  return image;
}

// `c` (non-premultiplied, with alpha) over white.
QRgb overWhite(const QColor& c) {
  const auto mix = [&](int v) { return qRound(v * c.alphaF() + 255 * (1 - c.alphaF())); };
  return qRgb(mix(c.red()), mix(c.green()), mix(c.blue()));
}

bool near(QRgb a, QRgb b) {
  return std::abs(qRed(a) - qRed(b)) <= 2 && std::abs(qGreen(a) - qGreen(b)) <= 2 && std::abs(qBlue(a) - qBlue(b)) <= 2;
}

}  // namespace

class TestPatchLayer : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

 private slots:
  void drawsViableFilledAndSmallHatched() {
    gui::PatchMapLayer layer;
    layer.setPatches(twoPatches());
    QCOMPARE(layer.extent().minX, 0.0);
    QCOMPARE(layer.extent().maxX, 400.0);
    QCOMPARE(layer.extent().minY, 600.0);
    QCOMPARE(layer.extent().maxY, 1000.0);
    const QImage image = renderOnWhite(layer);
    // For a person to look at: HP_SCREENSHOT_DIR=DIR keeps the picture.
    if (const QString shots = qEnvironmentVariable("HP_SCREENSHOT_DIR"); !shots.isEmpty()) QVERIFY(image.save(QDir(shots).filePath(QStringLiteral("patch_layer.png"))));
    const gui::PatchMapLayer::Style s = gui::PatchMapLayer::style();

    // Inside the viable patch (pixel 10, 10 → image 105, 105): its fill over white.
    QVERIFY2(near(image.pixel(105, 105), overWhite(s.viableFill)), qPrintable(QColor(image.pixel(105, 105)).name()));
    // Its edge at image x = 20 (pixel column 2) is drawn in the viable outline colour.
    QVERIFY(near(image.pixel(19, 100), s.viableOutline.rgb()) || near(image.pixel(20, 100), s.viableOutline.rgb()));
    // Away from both patches: untouched.
    QCOMPARE(image.pixel(220, 50), qRgb(255, 255, 255));

    // Inside the too-small patch (image 251..349): no viable fill anywhere; the light fill between
    // hatch lines and hatch lines in their colour.
    int hatch = 0, light = 0, other = 0;
    for (int y = 255; y < 345; ++y)
      for (int x = 255; x < 345; ++x) {
        const QRgb p = image.pixel(x, y);
        if (near(p, s.smallHatch.rgb())) ++hatch;
        else if (near(p, overWhite(s.smallFill))) ++light;
        else ++other;
      }
    QVERIFY2(hatch > 500 && light > 4000 && other == 0, qPrintable(QStringLiteral("%1 %2 %3").arg(hatch).arg(light).arg(other)));
    // Its outline (pixel column 25 → image x = 250) in the too-small colour.
    QVERIFY(near(image.pixel(249, 300), s.smallOutline.rgb()) || near(image.pixel(250, 300), s.smallOutline.rgb()));
  }

  void identifiesPatches() {
    gui::PatchMapLayer layer;
    layer.setPatches(twoPatches());
    const auto viable = layer.identify(105, 895, 0);  // pixel (10, 10)
    QCOMPARE(viable.size(), std::size_t(1));
    QCOMPARE(viable[0].title, QStringLiteral("Patch 1"));
    const auto small = layer.identify(305, 695, 0);  // pixel (30, 30)
    QCOMPARE(small.size(), std::size_t(1));
    QVERIFY(small[0].attributes.back().second.startsWith(QStringLiteral("no")));
    QVERIFY(layer.identify(205, 795, 0).empty());
    QCOMPARE(gui::PatchMapLayer::legendEntries().size(), std::size_t(2));
    QVERIFY(!layer.legendIcon().isNull());
    // Cleared: nothing to draw.
    layer.setPatches(nullptr);
    QVERIFY(layer.extent().isEmpty());
    QCOMPARE(renderOnWhite(layer).pixel(105, 105), qRgb(255, 255, 255));
  }

  void liveCapacityDeliversPatches() {
    project::Project project = project::makeSampleProject(test::writeFixtureRegion(tmp_.path()));
    project.candidates = {{"west block", "#ff0000", {"1", "2", "5", "6"}, {}}};
    gui::LiveCapacity live;
    QSignalSpy figures(&live, &gui::LiveCapacity::figuresReady);
    QSignalSpy patches(&live, &gui::LiveCapacity::patchesReady);
    live.request(project, 0);
    QVERIFY(patches.wait(20000));
    QCOMPARE(figures.count(), 1);
    QCOMPARE(patches.at(0).at(0).toInt(), 0);
    const auto f = figures.at(0).at(1).value<project::CandidateFigures>();
    const auto map = patches.at(0).at(1).value<std::shared_ptr<const model::PatchMap>>();
    QVERIFY(map);
    QVERIFY(f.capacity.patches > 0);
    // The map holds the candidate's patches: same count and habitat area as its figures.
    QCOMPARE(long(map->patches.size()), f.capacity.patches);
    double areaKm2 = 0;
    for (const model::PatchSummary& s : map->patches) areaKm2 += s.areaKm2;
    QVERIFY(std::abs(areaKm2 - f.capacity.habitatKm2) < 1e-6);
    gui::PatchMapLayer layer;
    layer.setPatches(map);
    QVERIFY(!layer.extent().isEmpty());
  }
};

QTEST_MAIN(TestPatchLayer)
#include "test_patch_layer.moc"
