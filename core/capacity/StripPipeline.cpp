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
      workers_(threads_ - 1) {}

StripPipeline::~StripPipeline() = default;

void StripPipeline::startRead(int strip, int colBegin, int colEnd) {
  Buffer& b = buffers_[strip % 2];
  const std::size_t pieces = reader_.begin(strip, b.canopy, colBegin, colEnd);
  const bool withFactors = !factors_.isEmpty();
  if (withFactors) b.factor.resize(std::size_t(info().width) * std::size_t(b.canopy.rowEnd - b.canopy.rowBegin));
  pending_ = strip;
  pendingColBegin_ = colBegin;
  pendingColEnd_ = colEnd;
  decoders_.start(pieces + (withFactors ? 1 : 0), [this, &b, pieces](std::size_t k, int decoder) {
    if (k < pieces) reader_.readPiece(b.canopy, k, decoder);
    else factors_.read(b.canopy.rowBegin, b.canopy.rowEnd, b.factor.data());
  });
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
  if (pending_ >= 0 || double(info().width) * double(stripRows()) > 67108864.0) return;
  startRead(0, 0, info().width);
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
    if (order.empty()) {
      if (pending_ >= 0) decoders_.wait(), pending_ = -1;
      return;
    }
    const int firstStrip = rowBegin / stripRows(), endStrip = (rowEnd - 1) / stripRows() + 1;
    if (pending_ != firstStrip || pendingColBegin_ > colBegin || pendingColEnd_ < colEnd) {
      if (pending_ >= 0) decoders_.wait();
      startRead(firstStrip, colBegin, colEnd);
    }
    std::vector<std::size_t> active;
    std::size_t nextToActivate = 0;
    for (int strip = firstStrip; strip < endStrip; ++strip) {
      decoders_.wait();
      pending_ = -1;
      const Buffer& buffer = buffers_[strip % 2];
      const StripView view = viewOf(buffer);
      if (strip + 1 < endStrip) startRead(strip + 1, colBegin, colEnd);

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
      reportProgress(progress, double(strip + 1 - firstStrip) / (endStrip - firstStrip), stage);
    }
  } catch (...) {
    // A read still in flight writes into a buffer: let it finish, and forget what it found.
    if (pending_ >= 0) {
      try {
        decoders_.wait();
      } catch (...) {
      }
      pending_ = -1;
    }
    throw;
  }
}

}  // namespace hp::capacity
