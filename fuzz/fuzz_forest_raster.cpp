// SPDX-License-Identifier: GPL-3.0-or-later
// The forest raster as capacity reads it: opened (RasterSource, georeferencing required), then the
// first strips read through StripReader, block by block for Byte rasters, RasterIO for others.
#include <algorithm>

#include "FuzzSupport.h"
#include "capacity/StripReader.h"
#include "geo/Error.h"
#include "io/RasterSource.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  hp::fuzz::setUpGdal();
  const hp::fuzz::MemFile file("/vsimem/fuzz_forest.tif", data, size);
  try {
    const hp::RasterSource raster = hp::RasterSource::open(file.path());
    const hp::RasterInfo& info = raster.info();
    // A corner window, bounded so that a file claiming a vast grid costs no more than a small one.
    const hp::PixelWindow corner{0, 0, std::min(info.width, 64), std::min(info.height, 64)};
    if (!corner.isEmpty()) (void)raster.read<float>(1, corner);

    hp::capacity::StripReader reader(file.path(), 1, 1, 0);  // 0: strip height as capacity picks it
    hp::capacity::CanopyStrip strip;
    const std::size_t pieces = reader.begin(0, strip, 0, std::min(info.width, 512));
    for (std::size_t piece = 0; piece < std::min<std::size_t>(pieces, 4); ++piece) reader.readPiece(strip, piece, 0);
  } catch (const hp::Error&) {
    // Refused with a reason: what a bad file should get.
  }
  return 0;
}
