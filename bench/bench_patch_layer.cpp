// SPDX-License-Identifier: GPL-3.0-or-later
// What showing a candidate's habitat patches costs: PatchMapLayer::setPatches on the GUI thread,
// then on the render thread the first render (which prepares the drawing once) and later renders,
// against the worker's own work for the same update (the session's evaluation with the patch map)
// in the same run. The candidate is the 100-parcel block of bench_live_capacity.
//
//   bench_patch_layer CACHE_DIR [--parcels N] [--repeat N]
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <ogr_geometry.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <vector>

#include "capacity/CapacitySession.h"
#include "geo/GdalSupport.h"
#include "mapkit/layers/PatchMapLayer.h"
#include "mapkit/render/LayerRenderer.h"
#include "project/ProjectCapacity.h"
#include "sample/SampleProject.h"
#include "sample/SampleRegion.h"
#include "bench_support.h"

namespace {

using hp::bench::blockOfParcels;
using hp::bench::Clock;
using hp::bench::median;
using hp::bench::msSince;

double renderMs(const hp::gui::PatchMapLayer& layer, const hp::render::MapViewport& viewport) {
  QImage image(viewport.widthPx, viewport.heightPx, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  const Clock::time_point t0 = Clock::now();
  QPainter painter(&image);
  const std::atomic<bool> cancelled{false};
  hp::gui::RenderContext ctx{painter, viewport, 1.0, cancelled};
  layer.createRenderer()->render(ctx);
  painter.end();
  return msSince(t0);
}

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_patch_layer CACHE_DIR [--parcels N] [--repeat N]\n");
    return 2;
  }
  const std::string dir = argv[1];
  const auto [parcels, repeat] = hp::bench::parseBlockOptions(argc, argv);
  const hp::sample::SamplePaths paths = hp::bench::cachedSampleRegion(dir);
  const hp::project::Project project = hp::project::makeSampleProject(paths);
  const hp::project::ProjectData data = hp::project::loadProjectData(project);
  const hp::project::Candidate candidate = blockOfParcels(data, parcels);
  hp::capacity::CapacitySession session(data.inputs, data.model);

  std::vector<double> workerMs, prepareMs, firstMs, wholeMs, closeMs;
  std::shared_ptr<hp::model::PatchMap> patches;
  for (int r = 0; r < repeat; ++r) {
    patches = std::make_shared<hp::model::PatchMap>();
    Clock::time_point t0 = Clock::now();
    (void)hp::project::evaluateCandidate(session, candidate, data, false, {}, patches.get());
    workerMs.push_back(msSince(t0));
    hp::gui::PatchMapLayer layer;
    t0 = Clock::now();
    layer.setPatches(patches);
    prepareMs.push_back(msSince(t0));
    // The whole candidate in a 1600 x 1000 view, then a close view (one raster pixel = 8 screen pixels).
    const hp::render::MapViewport whole = hp::render::MapViewport::fitting(layer.extent(), 1600, 1000);
    firstMs.push_back(renderMs(layer, whole));
    wholeMs.push_back(renderMs(layer, whole));
    hp::render::MapViewport close = whole;
    close.mapUnitsPerPixel = std::abs(patches->geoTransform[1]) / 8;
    closeMs.push_back(renderMs(layer, close));
  }
  long small = 0;
  for (const hp::model::PatchSummary& p : patches->patches) small += p.tooSmall ? 1 : 0;
  std::printf("candidate: %zu parcels; patch map %d x %d px, %zu patches (%ld too small for a territory)\n",
              candidate.parcelIds.size(), patches->width, patches->height, patches->patches.size(), small);
  const double w = median(workerMs), p = median(prepareMs), f = median(firstMs), a = median(wholeMs), c = median(closeMs);
  std::printf("worker: evaluate with patch map (median):         %7.1f ms   (baseline)\n", w);
  std::printf("GUI thread: PatchMapLayer::setPatches (median):    %7.2f ms   / worker = %.2f\n", p, p / w);
  std::printf("render: first, whole candidate 1600x1000 (median):%7.1f ms   / worker = %.2f (prepares the drawing)\n", f, f / w);
  std::printf("render: again, whole candidate (median):          %7.1f ms   / worker = %.2f\n", a, a / w);
  std::printf("render: close view, 8 px per pixel (median):      %7.1f ms   / worker = %.2f (hatching, outlines)\n", c, c / w);
  std::printf("request to patches on screen: %.1f ms (target <= 200 ms)\n", w + p + f);
  return 0;
}
