// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/StripPipeline.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace hp::capacity {

namespace {

int threadsFor(int requested) { return requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency())); }

}  // namespace

PixelBox pixelBoxOf(const std::vector<model::PixelRing>& rings, int width, int height) {
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

StripPipeline::StripPipeline(const std::string& forestPath, int forestBand,
                             const std::vector<model::QualityRaster>& qualityRasters, int threads, int stripRows)
    : threads_(threadsFor(threads)),
      reader_(forestPath, forestBand, threads_, stripRows),
      factors_(qualityRasters, reader_.info()),
      decoders_(threads_),
      workers_(threads_ - 1) {
  const double stripBytes = double(info().width) * double(reader_.stripRows()) *
                            ((reader_.isByte() ? 1.0 : 4.0) + (factors_.isEmpty() ? 0.0 : 4.0));
  buffers_.resize(stripBytes <= 16777216.0 ? 4 : 2);
  // Several strips in one job are read at once by several decoders: only with a handle each, and
  // without quality rasters (QualityFactors reads one strip at a time).
  stripsPerJob_ = factors_.isEmpty() && reader_.readsByBlocks() ? int(buffers_.size()) : 1;
}

StripPipeline::~StripPipeline() = default;

void StripPipeline::startReads(int from, int to, int colBegin, int colEnd) {
  const bool withFactors = !factors_.isEmpty();
  jobStarts_.clear();
  std::size_t total = 0;
  for (int strip = from; strip < to; ++strip) {
    Buffer& b = buffers_[std::size_t(strip) % buffers_.size()];
    const std::size_t pieces = reader_.begin(strip, b.canopy, colBegin, colEnd);
    if (withFactors) b.factor.resize(std::size_t(info().width) * std::size_t(b.canopy.rowEnd - b.canopy.rowBegin));
    jobStarts_.push_back(total);
    total += pieces + (withFactors ? 1 : 0);
  }
  jobStarts_.push_back(total);
  jobBegin_ = from;
  readEnd_ = to;
  readColBegin_ = colBegin;
  readColEnd_ = colEnd;
  jobPending_ = true;
  decoders_.start(total, [this, from, withFactors](std::size_t k, int decoder) {
    const std::size_t j = std::size_t(std::upper_bound(jobStarts_.begin(), jobStarts_.end(), k) - jobStarts_.begin()) - 1;
    Buffer& b = buffers_[std::size_t(from + int(j)) % buffers_.size()];
    const std::size_t piece = k - jobStarts_[j], pieces = jobStarts_[j + 1] - jobStarts_[j] - (withFactors ? 1 : 0);
    if (piece < pieces) reader_.readPiece(b.canopy, piece, decoder);
    else factors_.read(b.canopy.rowBegin, b.canopy.rowEnd, b.factor.data());
  });
}

void StripPipeline::finishReads() {
  if (!jobPending_) return;
  jobPending_ = false;
  decoders_.wait();
}

StripView StripPipeline::viewOf(const Buffer& b) const {
  StripView view;
  view.rowBegin = b.canopy.rowBegin;
  view.rowEnd = b.canopy.rowEnd;
  view.width = info().width;
  if (reader_.isByte()) {
    view.canopyByte = b.canopy.canopyByte.data();
    view.tileWidth = b.canopy.tileWidth;
    view.tileStride = b.canopy.tileStride;
  } else {
    view.canopyFloat = b.canopy.canopyFloat.data();
  }
  view.qualityFactor = factors_.isEmpty() ? nullptr : b.factor.data();
  return view;
}

void StripPipeline::prefetchFirstStrip() {
  // Not for a raster so wide that one strip is itself a long read (a VRT of 10^6 columns): its
  // consumers may need only a corner.
  if (jobPending_ || readEnd_ > readBegin_ || double(info().width) * double(stripRows()) > 67108864.0) return;
  const int strips = (info().height + stripRows() - 1) / stripRows();
  readBegin_ = 0;
  startReads(0, std::min(strips, stripsPerJob_), 0, info().width);
}

void StripPipeline::run(const Consumers& consumers, const Progress& progress, const std::string& stage) {
  const std::vector<PixelBox>& boxes = consumers.boxes;
  // Consumers in the order the raster reaches them.
  std::vector<std::size_t> order;
  int rowBegin = info().height, rowEnd = 0, colBegin = info().width, colEnd = 0;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    if (boxes[i].isEmpty()) continue;
    order.push_back(i);
    rowBegin = std::min(rowBegin, boxes[i].rowBegin);
    rowEnd = std::max(rowEnd, boxes[i].rowEnd);
    colBegin = std::min(colBegin, boxes[i].colBegin);
    colEnd = std::max(colEnd, boxes[i].colEnd);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return boxes[a].rowBegin < boxes[b].rowBegin; });
  try {
    const int firstStrip = order.empty() ? 0 : rowBegin / stripRows();
    const int endStrip = order.empty() ? 0 : (rowEnd - 1) / stripRows() + 1;
    // Strips read ahead (prefetchFirstStrip) serve only a pass that starts with them.
    if (order.empty() || readBegin_ != firstStrip || readEnd_ <= readBegin_ || readColBegin_ > colBegin || readColEnd_ < colEnd) {
      finishReads();
      readBegin_ = readEnd_ = firstStrip;
    }
    const int ring = int(buffers_.size());
    std::vector<std::size_t> active;
    std::size_t nextToActivate = 0;
    for (int strip = firstStrip; strip < endStrip; ++strip) {
      if (strip >= readEnd_) {
        finishReads();
        startReads(strip, strip + 1, colBegin, colEnd);
      }
      if (jobPending_ && (strip >= jobBegin_ || decoders_.isDone())) finishReads();
      // Read ahead into the buffers no strip still to be processed holds.
      const int limit = std::min(endStrip, strip + ring);
      if (!jobPending_ && readEnd_ < limit) startReads(readEnd_, std::min(limit, readEnd_ + stripsPerJob_), colBegin, colEnd);
      const StripView view = viewOf(buffers_[std::size_t(strip) % buffers_.size()]);

      while (nextToActivate < order.size() && boxes[order[nextToActivate]].rowBegin < view.rowEnd)
        active.push_back(order[nextToActivate++]);
      // West to east: neighbours share tiles while they are in cache.
      std::sort(active.begin(), active.end(), [&](std::size_t a, std::size_t b) {
        return boxes[a].colBegin != boxes[b].colBegin ? boxes[a].colBegin < boxes[b].colBegin : a < b;
      });
      workers_.run(active.size(), [&](std::size_t j, int) {
        const std::size_t i = active[j];
        consumers.scan(i, view, boxes[i].rowEnd <= view.rowEnd);
      });
      if (consumers.afterStrip) consumers.afterStrip(view, active);
      std::erase_if(active, [&](std::size_t i) { return boxes[i].rowEnd <= view.rowEnd; });
      readBegin_ = strip + 1;
      reportProgress(progress, double(strip + 1 - firstStrip) / (endStrip - firstStrip), stage);
    }
    finishReads();
    readBegin_ = readEnd_ = 0;
  } catch (...) {
    // A read still in flight writes into a buffer: let it finish, and forget what it found.
    try {
      finishReads();
    } catch (...) {
    }
    readBegin_ = readEnd_ = 0;
    throw;
  }
}

}  // namespace hp::capacity
