// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gdal_priv.h>

#include <cstdint>
#include <string>
#include <vector>

#include "geo/Crs.h"
#include "geo/GeoTransform.h"

namespace hp {

// Writes a one-band Byte GeoTIFF (tiled 256², DEFLATE) row strip by row strip, beside its final name;
// commit() builds overviews and renames it into place, so readers never see half a raster. Without
// commit() (an error, a cancel) the destructor removes the partial file. Throws Error(WriteFailed).
class ByteRasterWriter {
 public:
  ByteRasterWriter(std::string outPath, int width, int height, const GeoTransform& transform, const Crs& crs,
                   std::uint8_t nodata, const std::string& description);
  ~ByteRasterWriter();
  ByteRasterWriter(const ByteRasterWriter&) = delete;
  ByteRasterWriter& operator=(const ByteRasterWriter&) = delete;

  // Colours for values 0..colors.size()-1 (ARGB), for rasters of classes such as a change map.
  void setColorTable(const std::vector<std::uint32_t>& argb);
  // Rows [row, row + rows) of the full width, rows from the top.
  void writeRows(int row, int rows, const std::uint8_t* values);
  // Builds overviews with `resampling` ("AVERAGE" for continuous values, "NEAREST" for classes), closes
  // and renames the file into place.
  void commit(const char* resampling);

 private:
  std::string outPath_;
  std::string tempPath_;
  int width_;
  int height_;
  GDALDatasetUniquePtr dataset_;
  bool committed_ = false;
};

}  // namespace hp
