// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "io/RasterSource.h"

namespace hp::capacity {

// Rows [rowBegin, rowEnd) of the canopy raster, every column. Byte rasters in `canopyByte` as
// tiles `tileWidth` columns wide, each `tileStride` bytes: the file's own blocks side by side (a
// strip read through RasterIO is one tile); any other type row-major in `canopyFloat`.
struct CanopyStrip {
  int rowBegin = 0;
  int rowEnd = 0;
  int tileWidth = 0;
  std::size_t tileStride = 0;
  std::vector<std::uint8_t> canopyByte;
  std::vector<float> canopyFloat;
};

// Reads the canopy band strip by strip. A Byte raster is read block by block with ReadBlock on
// several threads, each with its own dataset handle, straight into the strip: no block cache, no
// copy, one decode per block, every core decoding (GDAL's own multi-threaded RasterIO is slower than
// one thread on 256 × 256 tiles here). Other types go through RasterSource::read. Strips hold whole
// rows of blocks.
class StripReader {
 public:
  // Throws hp::Error as RasterSource::open.
  StripReader(const std::string& path, int band, int threads, int requestedStripRows);
  ~StripReader();

  const RasterInfo& info() const { return sources_.front()->info(); }
  bool isByte() const { return byte_; }
  int stripRows() const { return stripRows_; }
  int stripCount() const { return (info().height + stripRows_ - 1) / stripRows_; }
  // Reads strip `index` into `out`; throws Error(CorruptData) naming the file and the block.
  void read(int index, CanopyStrip& out);

 private:
  std::vector<std::unique_ptr<RasterSource>> sources_;  // one per decoding thread
  int band_;
  bool byte_;
  bool byBlocks_;
  int stripRows_;
};

}  // namespace hp::capacity
