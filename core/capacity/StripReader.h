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
  int firstTile = 0;  // tiles [firstTile, firstTile + tiles) hold data; the others are not read
  int tiles = 0;
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
  // `decoders` threads may read pieces of a strip at once (each with its own dataset handle).
  // Throws hp::Error as RasterSource::open.
  StripReader(const std::string& path, int band, int decoders, int requestedStripRows);
  ~StripReader();

  const RasterInfo& info() const { return sources_.front()->info(); }
  bool isByte() const { return byte_; }
  int stripRows() const { return stripRows_; }
  // True when each decoder has a dataset handle of its own (Byte rasters read block by block);
  // otherwise a strip is one piece and all decoders share one handle: one piece at a time.
  bool readsByBlocks() const { return byBlocks_; }
  // Lays out `out` for strip `index` and returns how many pieces (blocks) it is read in. Only the
  // blocks holding columns [colBegin, colEnd) are read when the file is read block by block.
  std::size_t begin(int index, CanopyStrip& out, int colBegin, int colEnd) const;
  // Reads piece `piece` of the strip laid out in `out`, with decoder `decoder`'s dataset handle.
  // Distinct pieces may be read at once by distinct decoders; decoder d must always be the same
  // thread (WorkerPool's workers are). Throws Error(CorruptData) naming the
  // file and the block.
  void readPiece(CanopyStrip& out, std::size_t piece, int decoder) const;

 private:
  std::string path_;
  mutable std::vector<std::unique_ptr<RasterSource>> sources_;  // one per decoding thread, opened by it
  int band_;
  bool byte_;
  bool byBlocks_;
  int stripRows_;
};

}  // namespace hp::capacity
