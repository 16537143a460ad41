// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/CapacityEngine.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <thread>

#include "capacity/PixelAreaGrid.h"
#include "capacity/QualityFactors.h"
#include "capacity/RegionGeometry.h"
#include "capacity/RegionScan.h"
#include "capacity/StripReader.h"
#include "capacity/WorkerPool.h"
#include "geo/Error.h"
#include "geo/Proj.h"

namespace hp::capacity {

namespace {

// The pixels a region can touch: rows [begin, end), columns [colBegin, colEnd) of the raster.
struct PixelBox {
  int begin = 0, end = 0;
  int colBegin = 0, colEnd = 0;
  bool isEmpty() const { return begin >= end; }
};

// Empty when the region misses the raster.
PixelBox boxOf(const std::vector<model::PixelRing>& rings, int width, int height) {
  double minX = INFINITY, maxX = -INFINITY, minY = INFINITY, maxY = -INFINITY;
  for (const model::PixelRing& r : rings)
    for (const model::PixelPoint& p : r.points) {
      minX = std::min(minX, p.col);
      maxX = std::max(maxX, p.col);
      minY = std::min(minY, p.row);
      maxY = std::max(maxY, p.row);
    }
  if (!(maxX > 0 && minX < width && maxY > 0 && minY < height)) return {};
  return {std::max(0, int(std::floor(minY))), std::min(height, int(std::ceil(maxY))), std::max(0, int(std::floor(minX))),
          std::min(width, int(std::ceil(maxX)))};
}

struct StripBuffer {
  CanopyStrip canopy;
  std::vector<float> factor;
};

}  // namespace

std::vector<model::RegionCapacity> evaluateRegions(const CapacityInputs& inputs, const std::vector<Region>& regions,
                                                   const model::ModelConfig& config, const Progress& progress,
                                                   const EngineOptions& options) {
  model::validate(config);
  reportProgress(progress, 0.0, "opening");
  const int threads = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
  StripReader forest(inputs.forestPath, inputs.forestBand, threads, options.stripRows);
  const RasterInfo& info = forest.info();
  const RasterBandInfo& band = info.bands[std::size_t(inputs.forestBand - 1)];
  const bool byteCanopy = forest.isByte();
  const PixelModel pixelModel(config, band.nodata);
  QualityFactors factors(config.qualityRasters, info);
  const int width = info.width, height = info.height;

  // Decoders fill one buffer while the workers use the other; both pools live for the whole call.
  // Declared after the buffers: destroyed (jobs finished) before them.
  StripBuffer buffers[2];
  WorkerPool decoders(threads);
  WorkerPool workers(threads - 1);  // and the calling thread
  int colBegin = width, colEnd = 0;  // the columns any region needs
  auto startRead = [&](int strip) {
    StripBuffer& b = buffers[strip % 2];
    const std::size_t pieces = forest.begin(strip, b.canopy, colBegin, colEnd);
    const bool withFactors = !factors.isEmpty();
    if (withFactors) b.factor.resize(std::size_t(width) * std::size_t(b.canopy.rowEnd - b.canopy.rowBegin));
    decoders.start(pieces + (withFactors ? 1 : 0), [&b, &forest, &factors, pieces](std::size_t k, int decoder) {
      if (k < pieces) forest.readPiece(b.canopy, k, decoder);
      else factors.read(b.canopy.rowBegin, b.canopy.rowEnd, b.factor.data());
    });
  };
  auto finishRead = [&] { decoders.wait(); };
  // Most calls start at the top: decode strip 0 (every column) while the pixel areas and the
  // regions are prepared; a call whose regions start lower merely wastes that one strip.
  // Not for a raster so wide that one strip is itself a long read (a VRT of 10^6 columns): its regions
  // may need only a corner, or be refused below.
  const bool eagerFirstStrip = double(width) * double(forest.stripRows()) <= 67108864.0;
  colBegin = 0;
  colEnd = width;
  if (eagerFirstStrip) startRead(0);

  // Regions: area, reprojection, basins, pixel rings; each thread with its own GEOS and PROJ objects.
  const std::vector<unsigned char> basinsWkb =
      inputs.basins ? unionOfBasinsWkb(*inputs.basins, info.crs) : std::vector<unsigned char>();
  std::vector<model::RegionCapacity> results(regions.size());
  std::vector<PreparedRegion> prepared(regions.size());
  {
    // One areal scale (PROJ database queries) for the preparers to clone; the pixel-area grid, which
    // would otherwise lend its own, is built only once the regions are known to be scannable.
    const std::unique_ptr<ArealScale> rasterScale =
        info.crs.isGeographic() ? nullptr : std::make_unique<ArealScale>(info.crs, info.path);
    std::vector<std::unique_ptr<RegionPreparer>> preparers(static_cast<std::size_t>(threads));
    workers.run(regions.size(), [&](std::size_t i, int worker) {
      auto& preparer = preparers[std::size_t(worker)];
      if (!preparer)
        preparer = std::make_unique<RegionPreparer>(info, inputs.basins.has_value(), basinsWkb, rasterScale.get());
      prepared[i] = preparer->prepare(regions[i]);
      results[i].id = regions[i].id;
      results[i].areaKm2 = prepared[i].areaKm2;
      // Progress callbacks run on the calling thread only (worker `threads − 1`).
      if (worker == threads - 1 && i % 512 == 0) reportProgress(progress, 0.0, "preparing regions");
    });
  }

  // Regions in the order the raster reaches them; only the strips and blocks they touch are read
  // (one candidate reserve reads its own box, not the whole raster).
  std::vector<std::size_t> order;
  std::vector<PixelBox> boxes(regions.size());
  int rowBegin = height, rowEnd = 0;
  colBegin = width;
  colEnd = 0;
  for (std::size_t i = 0; i < regions.size(); ++i) {
    boxes[i] = boxOf(prepared[i].regionRings, width, height);
    if (boxes[i].isEmpty()) continue;
    order.push_back(i);
    rowBegin = std::min(rowBegin, boxes[i].begin);
    rowEnd = std::max(rowEnd, boxes[i].end);
    colBegin = std::min(colBegin, boxes[i].colBegin);
    colEnd = std::max(colEnd, boxes[i].colEnd);
  }
  // A raster far finer than the regions (a VRT of 10^6 x 10^6 pixels under one parcel) would take hours
  // to scan: refuse it up front. 2^32 pixels is a 65 536 px square, 65 km at 1 m.
  constexpr double kMaxScannedPixels = 4294967296.0;
  for (std::size_t i : order) {
    const double pixels = double(boxes[i].end - boxes[i].begin) * double(boxes[i].colEnd - boxes[i].colBegin);
    if (pixels > kMaxScannedPixels)
      throw Error(ErrorCode::InvalidInput, inputs.forestPath,
                  "region " + regions[i].id + " covers " + std::to_string(std::llround(pixels)) +
                      " pixels of the raster, more than the 4294967296 a region may scan; use a coarser raster");
  }
  // Built once the regions are known to be scannable: a grid over 10^12 pixels is itself minutes.
  const PixelAreaGrid areas(info);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return boxes[a].begin < boxes[b].begin; });
  if (order.empty()) {
    reportProgress(progress, 1.0, "capacity");
    return results;
  }
  const int firstStrip = rowBegin / forest.stripRows(), endStrip = (rowEnd - 1) / forest.stripRows() + 1;

  std::vector<std::unique_ptr<RegionScan>> scans(regions.size());
  std::vector<std::size_t> active;
  std::size_t nextToActivate = 0;
  if (firstStrip != 0 || !eagerFirstStrip) {
    finishRead();
    startRead(firstStrip);
  }
  for (int strip = firstStrip; strip < endStrip; ++strip) {
    finishRead();
    const StripBuffer& buffer = buffers[strip % 2];
    const CanopyStrip& current = buffer.canopy;
    if (strip + 1 < endStrip) startRead(strip + 1);

    while (nextToActivate < order.size() && boxes[order[nextToActivate]].begin < current.rowEnd)
      active.push_back(order[nextToActivate++]);
    // West to east: neighbours share tiles while they are in cache.
    std::sort(active.begin(), active.end(), [&](std::size_t a, std::size_t b) {
      return boxes[a].colBegin != boxes[b].colBegin ? boxes[a].colBegin < boxes[b].colBegin : a < b;
    });

    StripView view;
    view.rowBegin = current.rowBegin;
    view.rowEnd = current.rowEnd;
    view.width = width;
    if (byteCanopy) {
      view.canopyByte = current.canopyByte.data();
      view.tileWidth = current.tileWidth;
      view.tileStride = current.tileStride;
    } else {
      view.canopyFloat = current.canopyFloat.data();
    }
    view.qualityFactor = factors.isEmpty() ? nullptr : buffer.factor.data();
    workers.run(active.size(), [&](std::size_t j, int) {
      const std::size_t i = active[j];
      if (!scans[i]) scans[i] = std::make_unique<RegionScan>(std::move(prepared[i]), width, height, pixelModel, areas);
      scans[i]->scan(view);
      if (boxes[i].end <= current.rowEnd) {
        scans[i]->finish(results[i]);
        scans[i].reset();
      }
    });
    std::erase_if(active, [&](std::size_t i) { return boxes[i].end <= current.rowEnd; });
    reportProgress(progress, double(strip + 1 - firstStrip) / (endStrip - firstStrip), "capacity");
  }
  finishRead();
  return results;
}

}  // namespace hp::capacity
