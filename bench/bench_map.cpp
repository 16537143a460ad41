// SPDX-License-Identifier: GPL-3.0-or-later
// The map at region scale (issue #16, point 1): a 16000 x 16000 canopy raster with overviews, 200 000
// parcel polygons and 5 000 basins in one MapCanvas, rendered offscreen by the real canvas code
// (MapCanvas -> MapRenderer -> the layers' renderers). Prints the time to load each layer (on a worker,
// as the GUI does), the first frame, the p50/p95/max of a scripted walk of zooms and pans, and the
// process's peak memory. With --no-overviews-copy it also draws a copy of the raster that has no
// overviews, read whole (GDAL's own decimation) against the layer's reduced copy (point 2).
//
//   bench_map CACHE_DIR [--side N] [--parcels N] [--basins N] [--frames N] [--width W] [--height H]
//
// The first run writes CACHE_DIR/{canopy.tif(+.ovr), parcels.gpkg, basins.gpkg}; later runs reuse them.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QTimer>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "geo/GdalSupport.h"
#include "gui/map/MapCanvas.h"
#include "io/RasterOverviews.h"
#include "io/VectorLayer.h"
#include "io/VectorWriter.h"
#include "mapkit/layers/LayerLoader.h"
#include "mapkit/layers/LayerModel.h"
#include "mapkit/layers/RasterMapLayer.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "render/RasterDrawing.h"
#include "bench_support.h"

namespace {

using hp::bench::Clock;
using hp::bench::msSince;
using hp::bench::ValueNoise;

// UTM 52N, 30 m pixels: a 16000-pixel side is 480 km, the leopard range's order of size.
constexpr double kX0 = 300000, kY0 = 4900000, kPixelM = 30;

void writeCanopy(const std::string& path, int side) {
  std::printf("writing %s (%d x %d)...\n", path.c_str(), side, side);
  GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GTiff");
  char** opts = nullptr;
  for (const char* o : {"TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"})
    opts = CSLAddString(opts, o);
  GDALDatasetUniquePtr ds(drv->Create(path.c_str(), side, side, 1, GDT_Byte, opts));
  CSLDestroy(opts);
  if (!ds) std::exit(3);
  double gt[6] = {kX0, kPixelM, 0, kY0, 0, -kPixelM};
  ds->SetGeoTransform(gt);
  ds->SetSpatialRef(hp::Crs::fromEpsg(32652).ogr());
  ds->GetRasterBand(1)->SetNoDataValue(255);
  const ValueNoise massif(side, 1500, 1), hills(side, 200, 2);
  std::mt19937 rng(5);
  std::vector<GByte> strip(std::size_t(side) * 256);
  for (int y0 = 0; y0 < side; y0 += 256) {
    const int rows = std::min(256, side - y0);
    for (int r = 0; r < rows; ++r)
      for (int x = 0; x < side; ++x) {
        const int y = y0 + r;
        const float f = 0.65f * massif.at(x, y) + 0.35f * hills.at(x, y);
        const double canopy = (f - 0.35) * 260.0 + double(rng() % 9) - 4.0;
        strip[std::size_t(r) * std::size_t(side) + std::size_t(x)] = GByte(std::lround(std::clamp(canopy, 0.0, 100.0)));
      }
    if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, y0, side, rows, strip.data(), side, rows, GDT_Byte, 0, 0, nullptr) !=
        CE_None)
      std::exit(3);
  }
}

// A tiling of the box by `cols` x `rows` quadrilaterals with jittered corners, each edge bent through
// `bends` extra points, so neighbours share their edges exactly as cadastral parcels do.
class JitteredTiling {
 public:
  JitteredTiling(double x0, double y0, double x1, double y1, int cols, int rows, int bends, unsigned seed)
      : x0_(x0), y0_(y0), dx_((x1 - x0) / cols), dy_((y1 - y0) / rows), cols_(cols), rows_(rows), bends_(bends),
        seed_(seed) {}

  OGRPolygon cell(int i, int j) const {
    OGRLinearRing ring;
    // Anticlockwise: bottom edge, right, top, left; each edge from its own canonical direction.
    appendEdge(ring, corner(i, j), corner(i + 1, j), edgeKey(i, j, 0), false);
    appendEdge(ring, corner(i + 1, j), corner(i + 1, j + 1), edgeKey(i + 1, j, 1), false);
    appendEdge(ring, corner(i, j + 1), corner(i + 1, j + 1), edgeKey(i, j + 1, 0), true);
    appendEdge(ring, corner(i, j), corner(i, j + 1), edgeKey(i, j, 1), true);
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    return polygon;
  }
  int cols() const { return cols_; }
  int rows() const { return rows_; }

 private:
  double hash(std::uint64_t key) const {
    std::uint64_t z = key * 0x9E3779B97F4A7C15ull + seed_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return double((z ^ (z >> 31)) >> 11) / double(1ull << 53) - 0.5;  // [-0.5, 0.5)
  }
  std::uint64_t edgeKey(int i, int j, int vertical) const {
    return (std::uint64_t(j) * std::uint64_t(cols_ + 1) + std::uint64_t(i)) * 2 + std::uint64_t(vertical);
  }
  std::pair<double, double> corner(int i, int j) const {
    const bool inside = i > 0 && j > 0 && i < cols_ && j < rows_;
    const std::uint64_t key = std::uint64_t(j) * std::uint64_t(cols_ + 1) + std::uint64_t(i) + (1ull << 40);
    const double jx = inside ? 0.6 * hash(key) : 0, jy = inside ? 0.6 * hash(key + (1ull << 41)) : 0;
    return {x0_ + (i + jx) * dx_, y0_ + (j + jy) * dy_};
  }
  void appendEdge(OGRLinearRing& ring, std::pair<double, double> a, std::pair<double, double> b, std::uint64_t key,
                  bool reversed) const {
    std::vector<std::pair<double, double>> points{a};
    const double ex = b.first - a.first, ey = b.second - a.second;
    for (int k = 1; k <= bends_; ++k) {
      const double t = double(k) / (bends_ + 1), off = 0.08 * hash(key * 64 + std::uint64_t(k));
      points.emplace_back(a.first + t * ex - off * ey, a.second + t * ey + off * ex);
    }
    if (reversed) {
      points.push_back(b);
      std::reverse(points.begin(), points.end());
      points.pop_back();
    }
    for (const auto& p : points) ring.addPoint(p.first, p.second);
  }

  double x0_, y0_, dx_, dy_;
  int cols_, rows_, bends_;
  unsigned seed_;
};

void writeTiling(const std::string& path, const std::string& name, const JitteredTiling& tiling, const std::string& prefix) {
  std::printf("writing %s (%d polygons)...\n", path.c_str(), tiling.cols() * tiling.rows());
  hp::VectorLayer layer;
  layer.layerName = name;
  layer.crs = hp::Crs::fromEpsg(32652);
  layer.fields = {{"parcel_id", hp::FieldType::String}, {"price_usd", hp::FieldType::Real}};
  std::mt19937 rng(3);
  std::uniform_real_distribution<double> price(20000, 90000);
  for (int j = 0; j < tiling.rows(); ++j)
    for (int i = 0; i < tiling.cols(); ++i) {
      hp::Feature f;
      f.fid = std::int64_t(layer.features.size() + 1);
      char id[32];
      std::snprintf(id, sizeof id, "%s-%06lld", prefix.c_str(), static_cast<long long>(f.fid));
      f.attributes.emplace_back(std::in_place_type<std::string>, id);
      f.attributes.emplace_back(std::in_place_type<double>, std::round(price(rng)));
      f.geometry.reset(new OGRPolygon(tiling.cell(i, j)));
      layer.features.push_back(std::move(f));
    }
  hp::writeVectorLayer(path, layer);
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return std::nan("");
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, std::size_t(std::ceil(p * double(v.size())) - 1))];
}

long peakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

long currentRssMb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6) / 1024;
  return 0;
}

// Loads `path` on a worker thread as MainWindow does (openLayers), returning the layers and the seconds.
std::vector<std::shared_ptr<hp::gui::MapLayer>> loadOnWorker(const std::string& path, const hp::Crs& crs, double& seconds) {
  std::vector<std::shared_ptr<hp::gui::MapLayer>> layers;
  const auto t0 = Clock::now();
  std::thread worker([&] { layers = hp::gui::openLayers(QString::fromStdString(path), hp::gui::LayerKind::Any, crs); });
  worker.join();
  seconds = hp::bench::secondsSince(t0);
  return layers;
}

struct Frame {
  double wallMs = 0;   // from the view change to the finished image in the GUI thread
  double renderMs = 0; // the render job's own time
};

// Sets `viewport` on the canvas and waits for the finished image.
Frame renderFrame(hp::gui::MapCanvas& canvas, const hp::render::MapViewport& viewport) {
  Frame frame;
  QEventLoop loop;
  const auto conn = QObject::connect(&canvas, &hp::gui::MapCanvas::renderFinished, &loop, [&](qint64 ms, const QStringList& errors) {
    frame.renderMs = double(ms);
    for (const QString& e : errors) std::printf("  render error: %s\n", qPrintable(e));
    loop.quit();
  });
  const auto t0 = Clock::now();
  canvas.setViewport(viewport);
  canvas.refresh();  // now, not on the next turn of the loop: the bench measures the render, not the debounce
  loop.exec();
  frame.wallMs = msSince(t0);
  QObject::disconnect(conn);
  return frame;
}

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  std::string dir;
  int side = 16000, parcels = 200000, basins = 5000, frames = 80, width = 1600, height = 1000;
  bool noOverviews = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::atoi(argv[++i]) : 0; };
    if (a == "--side") side = next();
    else if (a == "--parcels") parcels = next();
    else if (a == "--basins") basins = next();
    else if (a == "--frames") frames = next();
    else if (a == "--width") width = next();
    else if (a == "--height") height = next();
    else if (a == "--no-overviews-copy") noOverviews = true;
    else dir = a;
  }
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  if (dir.empty()) {
    std::fprintf(stderr, "usage: bench_map CACHE_DIR [--side N] [--parcels N] [--basins N] [--frames N] [--width W] [--height H] "
                         "[--no-overviews-copy]\n");
    return 2;
  }
  QApplication app(argc, argv);
  try {
    hp::gdal::ensureRegistered();
    std::filesystem::create_directories(dir);
    const std::string canopy = dir + "/canopy.tif";
    const double x1 = kX0 + side * kPixelM, y1 = kY0 - side * kPixelM;
    if (!std::filesystem::exists(canopy)) writeCanopy(canopy, side);
    if (noOverviews && !std::filesystem::exists(dir + "/canopy-bare.tif")) std::filesystem::copy_file(canopy, dir + "/canopy-bare.tif");
    if (hp::lacksOverviews(canopy)) {
      std::printf("building overviews of %s...\n", canopy.c_str());
      hp::buildExternalOverviews(canopy);
    }
    const int pc = int(std::lround(std::sqrt(double(parcels)))), bc = int(std::lround(std::sqrt(double(basins))));
    const std::string parcelsPath = dir + "/parcels-" + std::to_string(pc * pc) + ".gpkg";
    const std::string basinsPath = dir + "/basins-" + std::to_string(bc * bc) + ".gpkg";
    if (!std::filesystem::exists(parcelsPath))
      writeTiling(parcelsPath, "parcels", JitteredTiling(kX0, y1, x1, kY0, pc, pc, 2, 7), "P");
    if (!std::filesystem::exists(basinsPath))
      writeTiling(basinsPath, "basins", JitteredTiling(kX0, y1, x1, kY0, bc, bc, 12, 9), "B");

    std::printf("%d x %d raster (%.0f Mpx), %d parcels, %d basins; canvas %d x %d; %u cores; GDAL %s\n", side, side,
                double(side) * side / 1e6, pc * pc, bc * bc, width, height, std::thread::hardware_concurrency(),
                GDALVersionInfo("RELEASE_NAME"));
    const hp::Crs crs = hp::Crs::fromEpsg(32652);
    double rasterS = 0, basinsS = 0, parcelsS = 0;
    const auto startOpen = Clock::now();
    auto rasterLayers = loadOnWorker(canopy, crs, rasterS);
    hp::gui::LayerModel model;
    hp::gui::MapCanvas canvas(&model);
    canvas.resize(width, height);
    model.insertLayer(rasterLayers.front());
    // What a planner sees first: the raster, drawn while the vector layers still load.
    const hp::render::MapViewport full = hp::render::MapViewport::fitting(model.fullExtent(), width, height);
    const Frame rasterFirst = renderFrame(canvas, full);
    const double rasterFirstMs = msSince(startOpen);
    auto basinLayers = loadOnWorker(basinsPath, crs, basinsS);
    auto parcelLayers = loadOnWorker(parcelsPath, crs, parcelsS);
    auto* basinLayer = dynamic_cast<hp::gui::VectorMapLayer*>(basinLayers.front().get());
    auto* parcelLayer = dynamic_cast<hp::gui::VectorMapLayer*>(parcelLayers.front().get());
    hp::gui::VectorStyle basinStyle = basinLayer->style();
    basinStyle.fill = QColor(0, 0, 0, 0);
    basinStyle.outline = QColor(30, 90, 200);
    basinStyle.outlineWidthPx = 1.5;
    basinStyle.labelField = "parcel_id";
    basinLayer->setStyle(basinStyle);
    hp::gui::VectorStyle parcelStyle = parcelLayer->style();
    parcelStyle.labelField = "parcel_id";
    parcelLayer->setStyle(parcelStyle);
    parcelLayer->setOpacity(0.8);
    model.insertLayer(basinLayers.front());
    model.insertLayer(parcelLayers.front());
    std::printf("load on a worker: raster %.3f s, basins %.3f s, parcels %.3f s; RSS now %ld MB\n", rasterS, basinsS, parcelsS,
                currentRssMb());

    const Frame first = renderFrame(canvas, full);
    std::printf("first frame, raster alone (open + render): %.0f ms from opening the project (render job %.0f ms)\n",
                rasterFirstMs, rasterFirst.renderMs);
    std::printf("first frame with every layer, whole extent: %.0f ms (render job %.0f ms)\n", first.wallMs, first.renderMs);

    // A planner's walk: zoom in step by step at places of interest (the canvas's wheel doubles the scale),
    // pan around at each level, then back out; the same walk every run.
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> where(0.2, 0.8);
    std::uniform_int_distribution<int> direction(0, 3);
    std::vector<double> wall, job, zoomWall, panWall;
    hp::render::MapViewport vp = full;
    int level = 0;
    bool zoomingIn = true;
    for (int f = 0; f < frames; ++f) {
      const bool zoom = f % 4 == 0;
      if (zoom) {
        if (zoomingIn && level == 7) zoomingIn = false;
        if (!zoomingIn && level == 0) zoomingIn = true;
        vp = vp.zoomedAt(where(rng) * width, where(rng) * height, zoomingIn ? 2.0 : 0.5);
        level += zoomingIn ? 1 : -1;
      } else {
        const int d = direction(rng);
        const double fx = d == 0 ? 0.25 : d == 1 ? -0.25 : 0, fy = d == 2 ? 0.25 : d == 3 ? -0.25 : 0;
        vp = vp.pannedByPixels(-fx * width, fy * height);
      }
      const Frame fr = renderFrame(canvas, vp);
      wall.push_back(fr.wallMs);
      job.push_back(fr.renderMs);
      (zoom ? zoomWall : panWall).push_back(fr.wallMs);
      if (fr.wallMs > 50)
        std::printf("  frame %d (%s, level %d, %.1f m/px): %.0f ms\n", f, zoom ? "zoom" : "pan", level, vp.mapUnitsPerPixel,
                    fr.wallMs);
    }
    std::printf("pan/zoom frames (%d, zoom levels 0-7): p50 %.1f ms, p95 %.1f ms, max %.1f ms (render job p95 %.1f ms); "
                "zooms p95 %.1f ms, pans p95 %.1f ms (target p95 <= 50 ms)\n",
                frames, percentile(wall, 0.5), percentile(wall, 0.95), percentile(wall, 1.0), percentile(job, 0.95),
                percentile(zoomWall, 0.95), percentile(panWall, 0.95));
    std::printf("peak RSS %ld MB (target <= 1536 MB)\n", peakRssMb());
    QImage(canvas.renderedImage()).save(QString::fromStdString(dir + "/last-frame.png"));

    if (noOverviews) {
      const std::string bare = dir + "/canopy-bare.tif";
      double bareS = 0;
      auto bareLayers = loadOnWorker(bare, crs, bareS);
      hp::gui::LayerModel bareModel;
      hp::gui::MapCanvas bareCanvas(&bareModel);
      bareCanvas.resize(width, height);
      bareModel.insertLayer(bareLayers.front());
      const Frame bareFirst = renderFrame(bareCanvas, full);
      std::vector<double> bareWall;
      hp::render::MapViewport bvp = full;
      for (int f = 0; f < 12; ++f) {
        bvp = f < 6 ? bvp.pannedByPixels(width * 0.25 * ((f % 2) ? -1 : 1), 0) : bvp;
        bareWall.push_back(renderFrame(bareCanvas, bvp).wallMs);
      }
      // The baseline: the same whole-extent view read from the file itself, as before the reduced copy
      // (GDAL decodes every tile to decimate them).
      auto* bareLayer = dynamic_cast<hp::gui::RasterMapLayer*>(bareLayers.front().get());
      const auto t0 = Clock::now();
      hp::render::drawRaster(hp::render::RasterDrawSource(bare), bareLayer->symbology(), full);
      const double wholeReadMs = msSince(t0);
      std::printf("raster without overviews: open %.3f s (includes the reduced copy), first frame %.0f ms, frames p95 %.0f ms; "
                  "the same whole view read from the file: %.0f ms (ratio %.3f)\n",
                  bareS, bareFirst.wallMs, percentile(bareWall, 0.95), wholeReadMs, bareFirst.wallMs / wholeReadMs);
    }
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_map: %s\n", e.what());
    return 1;
  }
}
