// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/StripReader.h"

#include <algorithm>

#include "capacity/Parallel.h"
#include "geo/Error.h"

namespace hp::capacity {

namespace {

// Rows read at once: whole blocks (each decoded once), about 256 rows, and at most ~64 MB per
// strip so memory stays bounded however wide the raster.
int stripRowsFor(const RasterBandInfo& band, int width, std::size_t bytesPerPixel) {
  const int blockRows = std::max(1, band.blockHeight);
  if (blockRows > 2048) return 256;  // one huge block (an untiled image): leave it to GDAL's cache
  const std::size_t budgetRows = std::max<std::size_t>(1, (std::size_t(64) << 20) / (std::size_t(width) * bytesPerPixel));
  int rows = blockRows * std::max(1, (256 + blockRows - 1) / blockRows);
  while (rows > blockRows && std::size_t(rows) > budgetRows) rows -= blockRows;
  return rows;
}

}  // namespace

StripReader::StripReader(const std::string& path, int band, int threads, int requestedStripRows) : band_(band) {
  sources_.push_back(std::make_unique<RasterSource>(RasterSource::open(path)));
  const RasterInfo& i = info();
  if (band < 1 || band > int(i.bands.size()))
    throw Error(ErrorCode::InvalidInput, path, "the raster has no band " + std::to_string(band));
  const RasterBandInfo& b = i.bands[std::size_t(band - 1)];
  byte_ = b.dataType == "Byte";
  byBlocks_ = byte_ && b.blockWidth > 0 && b.blockHeight > 0 && b.blockHeight <= 2048 && requestedStripRows <= 0;
  stripRows_ = std::min(i.height, requestedStripRows > 0 ? requestedStripRows : stripRowsFor(b, i.width, byte_ ? 1 : 4));
  if (byBlocks_) {
    for (int t = 1; t < std::max(1, threads); ++t) sources_.push_back(std::make_unique<RasterSource>(RasterSource::open(path)));
  }
}

StripReader::~StripReader() = default;

void StripReader::read(int index, CanopyStrip& out) {
  const RasterInfo& i = info();
  out.rowBegin = index * stripRows_;
  out.rowEnd = std::min(i.height, out.rowBegin + stripRows_);
  const int rows = out.rowEnd - out.rowBegin;
  const std::size_t n = std::size_t(i.width) * std::size_t(rows);
  if (!byte_) {
    out.canopyFloat.resize(n);
    sources_.front()->read(band_, PixelWindow{0, out.rowBegin, i.width, rows}, out.canopyFloat.data());
    return;
  }
  if (!byBlocks_) {
    out.tileWidth = i.width;
    out.tileStride = n;
    out.canopyByte.resize(n);
    sources_.front()->read(band_, PixelWindow{0, out.rowBegin, i.width, rows}, out.canopyByte.data());
    return;
  }
  const RasterBandInfo& b = i.bands[std::size_t(band_ - 1)];
  const int bw = b.blockWidth, bh = b.blockHeight;
  const int blocksAcross = (i.width + bw - 1) / bw;
  const int firstBlockRow = out.rowBegin / bh;  // strips start on block boundaries
  const int blockRows = (out.rowEnd + bh - 1) / bh - firstBlockRow;
  out.tileWidth = bw;
  out.tileStride = std::size_t(bw) * std::size_t(blockRows) * std::size_t(bh);
  out.canopyByte.resize(out.tileStride * std::size_t(blocksAcross));
  parallelFor(int(sources_.size()), std::size_t(blocksAcross) * std::size_t(blockRows), [&](std::size_t k, int worker) {
    const int bx = int(k % std::size_t(blocksAcross)), by = int(k / std::size_t(blocksAcross));
    std::uint8_t* tile = out.canopyByte.data() + std::size_t(bx) * out.tileStride;
    sources_[std::size_t(worker)]->readBlock(band_, bx, firstBlockRow + by, tile + std::size_t(by) * std::size_t(bh) * std::size_t(bw));
  });
}

}  // namespace hp::capacity
