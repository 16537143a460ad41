// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/StripReader.h"

#include "capacity/ByteKernel.h"

#include <algorithm>

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

StripReader::StripReader(const std::string& path, int band, int decoders, int requestedStripRows)
    : path_(path), band_(band) {
  sources_.push_back(std::make_unique<RasterSource>(RasterSource::open(path)));
  const RasterInfo& i = info();
  if (band < 1 || band > int(i.bands.size()))
    throw Error(ErrorCode::InvalidInput, path, "the raster has no band " + std::to_string(band));
  const RasterBandInfo& b = i.bands[std::size_t(band - 1)];
  byte_ = b.dataType == "Byte";
  byBlocks_ = byte_ && b.blockWidth > 0 && b.blockHeight > 0 && b.blockHeight <= 2048 && requestedStripRows <= 0;
  stripRows_ = std::min(i.height, requestedStripRows > 0 ? requestedStripRows : stripRowsFor(b, i.width, byte_ ? 1 : 4));
  if (byBlocks_) {
    sources_.resize(std::size_t(std::max(1, decoders)));  // the others open on their decoder's first block
  }
}

StripReader::~StripReader() = default;

std::size_t StripReader::begin(int index, CanopyStrip& out, int colBegin, int colEnd) const {
  const RasterInfo& i = info();
  out.rowBegin = index * stripRows_;
  out.rowEnd = std::min(i.height, out.rowBegin + stripRows_);
  const std::size_t n = std::size_t(i.width) * std::size_t(out.rowEnd - out.rowBegin);
  if (!byte_) {
    out.canopyFloat.resize(n);
    return 1;
  }
  if (!byBlocks_) {
    out.tileWidth = i.width;
    out.tileStride = n;
    out.firstTile = 0;
    out.tiles = 1;
    out.canopyByte.resize(n + kReadPadding);  // the vector loops read in groups of 16
    return 1;
  }
  const RasterBandInfo& b = i.bands[std::size_t(band_ - 1)];
  const int blocksAcross = (i.width + b.blockWidth - 1) / b.blockWidth;
  const int blockRows = (out.rowEnd + b.blockHeight - 1) / b.blockHeight - out.rowBegin / b.blockHeight;
  out.tileWidth = b.blockWidth;
  out.tileStride = std::size_t(b.blockWidth) * std::size_t(blockRows) * std::size_t(b.blockHeight);
  out.firstTile = std::clamp(colBegin / b.blockWidth, 0, blocksAcross - 1);
  out.tiles = std::clamp((std::max(colEnd, colBegin + 1) - 1) / b.blockWidth, out.firstTile, blocksAcross - 1) - out.firstTile + 1;
  out.canopyByte.resize(out.tileStride * std::size_t(blocksAcross) + kReadPadding);
  return std::size_t(out.tiles) * std::size_t(blockRows);
}

void StripReader::readPiece(CanopyStrip& out, std::size_t piece, int decoder) const {
  const RasterInfo& i = info();
  // Decoder d is always the same thread, so slot d is only ever touched by it: opened there, in
  // parallel with the other decoders, rather than one after another up front.
  std::unique_ptr<RasterSource>& slot = sources_[std::size_t(decoder) % sources_.size()];
  if (!slot) slot = std::make_unique<RasterSource>(RasterSource::open(path_));
  const RasterSource& source = *slot;
  const PixelWindow strip{0, out.rowBegin, i.width, out.rowEnd - out.rowBegin};
  if (!byte_) return source.read(band_, strip, out.canopyFloat.data());
  if (!byBlocks_) return source.read(band_, strip, out.canopyByte.data());
  const RasterBandInfo& b = i.bands[std::size_t(band_ - 1)];
  const int bw = b.blockWidth, bh = b.blockHeight;
  const std::size_t tiles = std::size_t(out.tiles);
  const int bx = out.firstTile + int(piece % tiles), by = int(piece / tiles);  // by: block row within the strip
  std::uint8_t* tile = out.canopyByte.data() + std::size_t(bx) * out.tileStride;
  source.readBlock(band_, bx, out.rowBegin / bh + by, tile + std::size_t(by) * std::size_t(bh) * std::size_t(bw));
}

}  // namespace hp::capacity
