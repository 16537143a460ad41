// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/CapacityEngine.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <functional>
#include <thread>
#include <utility>

#include "capacity/PixelAreaGrid.h"
#include "capacity/QualityFactors.h"
#include "capacity/RegionGeometry.h"
#include "capacity/RegionScan.h"
#include "geo/Error.h"
#include "io/RasterSource.h"

namespace hp::capacity {

namespace {

// Calls fn(index, worker) for every index in [0, n) on `threads` threads (the caller's included),
// each pulling the next index. The first exception stops the others and is rethrown here.
void parallelFor(int threads, std::size_t n, const std::function<void(std::size_t, int)>& fn) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::vector<std::exception_ptr> errors(std::size_t(std::max(1, threads)));
  auto work = [&](int worker) {
    try {
      for (std::size_t i = next++; i < n && !failed; i = next++) fn(i, worker);
    } catch (...) {
      errors[std::size_t(worker)] = std::current_exception();
      failed = true;
    }
  };
  std::vector<std::thread> pool;
  const int extra = int(std::min<std::size_t>(std::size_t(std::max(1, threads)), std::max<std::size_t>(n, 1))) - 1;
  for (int w = 1; w <= extra; ++w) pool.emplace_back(work, w);
  work(0);
  for (std::thread& t : pool) t.join();
  for (const std::exception_ptr& e : errors)
    if (e) std::rethrow_exception(e);
}

// Rows read at once: whole blocks (so each block is decoded once), about 256 rows, and no more
// than ~64 MB per strip buffer so memory stays bounded for very wide rasters.
int stripRowsFor(const RasterBandInfo& band, int width, int requested, std::size_t bytesPerPixel) {
  if (requested > 0) return requested;
  const int blockRows = std::max(1, band.blockHeight);
  if (blockRows > 2048) return 256;  // one huge block (an untiled image): rely on GDAL's cache
  const std::size_t budgetRows = std::max<std::size_t>(1, (64u << 20) / (std::size_t(width) * bytesPerPixel));
  int rows = blockRows * std::max(1, (256 + blockRows - 1) / blockRows);
  while (rows > blockRows && std::size_t(rows) > budgetRows) rows -= blockRows;
  return rows;
}

struct RowRange {
  int begin = 0, end = 0;
  bool isEmpty() const { return begin >= end; }
};

// Raster rows the region can touch ([begin, end)); empty when it misses the raster.
RowRange rowsOf(const std::vector<model::PixelRing>& rings, int width, int height) {
  double minX = INFINITY, maxX = -INFINITY, minY = INFINITY, maxY = -INFINITY;
  for (const model::PixelRing& r : rings)
    for (const model::PixelPoint& p : r.points) {
      minX = std::min(minX, p.col);
      maxX = std::max(maxX, p.col);
      minY = std::min(minY, p.row);
      maxY = std::max(maxY, p.row);
    }
  if (!(maxX > 0 && minX < width && maxY > 0 && minY < height)) return {};
  return {std::max(0, int(std::floor(minY))), std::min(height, int(std::ceil(maxY)))};
}

struct StripBuffer {
  int rowBegin = 0, rowEnd = 0;
  std::vector<std::uint8_t> canopyByte;
  std::vector<float> canopyFloat;
  std::vector<float> factor;
};

// Joins a thread on every way out, exceptions included.
struct JoinOnExit {
  std::thread& thread;
  ~JoinOnExit() {
    if (thread.joinable()) thread.join();
  }
};

}  // namespace

std::vector<model::RegionCapacity> evaluateRegions(const CapacityInputs& inputs, const std::vector<Region>& regions,
                                                   const model::ModelConfig& config, const Progress& progress,
                                                   const EngineOptions& options) {
  model::validate(config);
  reportProgress(progress, 0.0, "opening");
  RasterSource forest = RasterSource::open(inputs.forestPath);
  const RasterInfo& info = forest.info();
  if (inputs.forestBand < 1 || inputs.forestBand > int(info.bands.size()))
    throw Error(ErrorCode::InvalidInput, inputs.forestPath, "the raster has no band " + std::to_string(inputs.forestBand));
  const RasterBandInfo& band = info.bands[std::size_t(inputs.forestBand - 1)];
  const bool byteCanopy = band.dataType == "Byte";
  const PixelModel pixelModel(config, band.nodata);
  const PixelAreaGrid areas(info);
  QualityFactors factors(config.qualityRasters, info);
  const int threads = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
  const int width = info.width, height = info.height;

  const std::size_t bytesPerPixel = (byteCanopy ? 1 : 4) + (factors.isEmpty() ? 0 : 4);
  const int stripRows = std::min(height, stripRowsFor(band, width, options.stripRows, bytesPerPixel));
  const int stripCount = (height + stripRows - 1) / stripRows;
  const bool dropBlocks = options.stripRows <= 0 && band.blockHeight > 0 && stripRows % band.blockHeight == 0;

  // The reader fills one buffer while the workers use the other.
  StripBuffer buffers[2];
  std::thread reader;
  std::exception_ptr readerError;
  JoinOnExit joinReader{reader};
  auto startRead = [&](int strip) {
    reader = std::thread([&, strip] {
      try {
        StripBuffer& b = buffers[strip % 2];
        b.rowBegin = strip * stripRows;
        b.rowEnd = std::min(height, b.rowBegin + stripRows);
        const PixelWindow window{0, b.rowBegin, width, b.rowEnd - b.rowBegin};
        const std::size_t n = std::size_t(window.width) * std::size_t(window.height);
        if (byteCanopy) {
          b.canopyByte.resize(n);
          forest.read(inputs.forestBand, window, b.canopyByte.data());
        } else {
          b.canopyFloat.resize(n);
          forest.read(inputs.forestBand, window, b.canopyFloat.data());
        }
        // The strip is never read again: keep GDAL's block cache from growing with the raster.
        if (dropBlocks) forest.dataset()->GetRasterBand(inputs.forestBand)->FlushCache(false);
        if (!factors.isEmpty()) {
          b.factor.resize(n);
          factors.read(b.rowBegin, b.rowEnd, b.factor.data());
        }
      } catch (...) {
        readerError = std::current_exception();
      }
    });
  };
  auto finishRead = [&] {
    if (reader.joinable()) reader.join();
    if (readerError) std::rethrow_exception(std::exchange(readerError, nullptr));
  };
  startRead(0);  // decoding the first strip overlaps preparing the regions

  // Regions: area, reprojection, basins, pixel rings; each thread with its own GEOS and PROJ objects.
  const std::vector<unsigned char> basinsWkb =
      inputs.basins ? unionOfBasinsWkb(*inputs.basins, info.crs) : std::vector<unsigned char>();
  std::vector<model::RegionCapacity> results(regions.size());
  std::vector<PreparedRegion> prepared(regions.size());
  {
    std::vector<std::unique_ptr<RegionPreparer>> preparers(static_cast<std::size_t>(threads));
    parallelFor(threads, regions.size(), [&](std::size_t i, int worker) {
      auto& preparer = preparers[std::size_t(worker)];
      if (!preparer) preparer = std::make_unique<RegionPreparer>(info, inputs.basins.has_value(), basinsWkb);
      prepared[i] = preparer->prepare(regions[i]);
      results[i].id = regions[i].id;
      results[i].areaKm2 = prepared[i].areaKm2;
      if (worker == 0 && i % 512 == 0) reportProgress(progress, 0.0, "preparing regions");
    });
  }

  // Regions in the order the raster reaches them.
  std::vector<std::size_t> order;
  std::vector<RowRange> rows(regions.size());
  for (std::size_t i = 0; i < regions.size(); ++i) {
    rows[i] = rowsOf(prepared[i].regionRings, width, height);
    if (!rows[i].isEmpty()) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rows[a].begin < rows[b].begin; });

  std::vector<std::unique_ptr<RegionScan>> scans(regions.size());
  std::vector<std::size_t> active;
  std::size_t nextToActivate = 0;
  for (int strip = 0; strip < stripCount; ++strip) {
    finishRead();
    const StripBuffer& current = buffers[strip % 2];
    if (strip + 1 < stripCount) startRead(strip + 1);

    while (nextToActivate < order.size() && rows[order[nextToActivate]].begin < current.rowEnd)
      active.push_back(order[nextToActivate++]);
    // Biggest first, so the threads finish together.
    std::sort(active.begin(), active.end(), [&](std::size_t a, std::size_t b) {
      const int wa = rows[a].end - rows[a].begin, wb = rows[b].end - rows[b].begin;
      return wa != wb ? wa > wb : a < b;
    });

    const StripView view{current.rowBegin,
                         current.rowEnd,
                         width,
                         byteCanopy ? current.canopyByte.data() : nullptr,
                         byteCanopy ? nullptr : current.canopyFloat.data(),
                         factors.isEmpty() ? nullptr : current.factor.data()};
    parallelFor(threads, active.size(), [&](std::size_t j, int) {
      const std::size_t i = active[j];
      if (!scans[i]) scans[i] = std::make_unique<RegionScan>(std::move(prepared[i]), width, height, pixelModel, areas);
      scans[i]->scan(view);
      if (rows[i].end <= current.rowEnd) {
        scans[i]->finish(results[i]);
        scans[i].reset();
      }
    });
    std::erase_if(active, [&](std::size_t i) { return rows[i].end <= current.rowEnd; });
    reportProgress(progress, double(strip + 1) / stripCount, "capacity");
  }
  finishRead();
  return results;
}

}  // namespace hp::capacity
