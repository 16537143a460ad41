// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "Progress.h"
#include "capacity/QualityFactors.h"
#include "capacity/RegionScan.h"
#include "capacity/StripReader.h"
#include "capacity/WorkerPool.h"

namespace hp::capacity {

// The pixels one consumer of the strips needs: rows [rowBegin, rowEnd), columns [colBegin, colEnd).
struct PixelBox {
  int rowBegin = 0, rowEnd = 0;
  int colBegin = 0, colEnd = 0;
  bool isEmpty() const { return rowBegin >= rowEnd || colBegin >= colEnd; }
};

// The pixels of a width × height raster that rings in pixel coordinates can touch (what a region
// scans); empty when they miss the raster.
PixelBox pixelBoxOf(const std::vector<model::PixelRing>& rings, int width, int height);

// The streaming pass the capacity engine, the ranking's atom builder and the live session share:
// the forest raster (and the quality factors) strip by strip, decoders reading strip k + 1 while
// workers hand strip k to the consumers whose rows it holds. Each consumer is handed its strips in
// row order, by one thread at a time, so results do not depend on the number of threads. Only the
// strips and blocks some consumer needs are read. Memory: two strips.
class StripPipeline {
 public:
  // What a pass hands the strips to.
  struct Consumers {
    // The box of every consumer; empty boxes get nothing.
    std::vector<PixelBox> boxes;
    // On a worker: the rows of `strip` consumer i needs; `last` on its last strip.
    std::function<void(std::size_t i, const StripView& strip, bool last)> scan;
    // On the calling thread, once every consumer holding rows of `strip` has scanned it: those
    // consumers, west to east (null: nothing to do).
    std::function<void(const StripView& strip, std::span<const std::size_t> active)> afterStrip;
  };

  // `threads`: decoders and workers (the calling thread is one of the workers); 0: one per core.
  // `stripRows` 0: a multiple of the block height near 256 (StripReader). Throws hp::Error as
  // StripReader and QualityFactors.
  StripPipeline(const std::string& forestPath, int forestBand, const std::vector<model::QualityRaster>& qualityRasters,
                int threads, int stripRows);
  ~StripPipeline();  // waits for a read in flight
  StripPipeline(const StripPipeline&) = delete;
  StripPipeline& operator=(const StripPipeline&) = delete;

  const RasterInfo& info() const { return reader_.info(); }
  bool isByte() const { return reader_.isByte(); }
  int stripRows() const { return reader_.stripRows(); }
  int threads() const { return threads_; }
  // Idle outside run(): for preparing consumers in parallel, as worker 0 .. threads() − 1 (the
  // calling thread is the last).
  WorkerPool& workers() { return workers_; }

  // Starts decoding strip 0, every column, before the consumers are known: most passes start at
  // the top, and their preparation then overlaps the first read. A pass that starts lower merely
  // wastes that strip. Does nothing for a raster so wide that one strip is itself a long read.
  void prefetchFirstStrip();

  // One pass over the strips the consumers need. `stage` names the progress reports (one per strip);
  // throws hp::Cancelled when `progress` says stop, and what the consumers or the reads throw.
  void run(const Consumers& consumers, const Progress& progress, const std::string& stage);

 private:
  struct Buffer {
    CanopyStrip canopy;
    std::vector<float> factor;
  };
  void startRead(int strip, int colBegin, int colEnd);
  StripView viewOf(const Buffer& b) const;

  int threads_;
  StripReader reader_;
  QualityFactors factors_;
  // Declared before the pools: destroyed after them, so no job still writes into them.
  Buffer buffers_[2];
  int pending_ = -1;  // the strip being read into buffers_[pending_ % 2], −1: none
  int pendingColBegin_ = 0, pendingColEnd_ = 0;
  WorkerPool decoders_;
  WorkerPool workers_;
};

}  // namespace hp::capacity
