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
// strips and blocks some consumer needs are read. Memory: a ring of four strips (two for strips
// over 16 MB), so the decoders can read ahead while the workers are busy with a long strip, and
// while a pass prepares its consumers.
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

  // Starts decoding the first strips (as many as the ring holds), every column, before the
  // consumers are known: most passes start at the top, and the setup of a pass (PROJ operations,
  // the regions' preparation) then overlaps the first reads. A pass that starts lower merely
  // wastes them. Does nothing for a raster so wide that one strip is itself a long read.
  void prefetchFirstStrip();

  // One pass over the strips the consumers need. `stage` names the progress reports (one per strip);
  // throws hp::Cancelled when `progress` says stop, and what the consumers or the reads throw.
  void run(const Consumers& consumers, const Progress& progress, const std::string& stage);

 private:
  struct Buffer {
    CanopyStrip canopy;
    std::vector<float> factor;
  };
  // One decoder job reading strips [from, to) into their buffers; no job may be running.
  void startReads(int from, int to, int colBegin, int colEnd);
  // Waits for the decoder job, if any; rethrows what it threw.
  void finishReads();
  StripView viewOf(const Buffer& b) const;

  int threads_;
  StripReader reader_;
  QualityFactors factors_;
  int stripsPerJob_ = 1;  // strips one decoder job may read
  // Declared before the pools: destroyed after them, so no job still writes into them. Strip s
  // lives in buffers_[s % size].
  std::vector<Buffer> buffers_;
  // Strips [readBegin_, readEnd_) are read or being read, columns [readColBegin_, readColEnd_);
  // the job in flight (if jobPending_) reads [jobBegin_, readEnd_).
  int readBegin_ = 0, readEnd_ = 0, jobBegin_ = 0;
  int readColBegin_ = 0, readColEnd_ = 0;
  bool jobPending_ = false;
  std::vector<std::size_t> jobStarts_;  // the first piece of each strip of the job, and the total
  WorkerPool decoders_;
  WorkerPool workers_;
};

}  // namespace hp::capacity
