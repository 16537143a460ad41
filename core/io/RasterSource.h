// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gdal_priv.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/Crs.h"
#include "geo/GeoTransform.h"

namespace hp {

// A pixel window of a raster: columns [xOff, xOff+width), rows [yOff, yOff+height).
struct PixelWindow {
  int xOff = 0;
  int yOff = 0;
  int width = 0;
  int height = 0;
  bool isEmpty() const { return width <= 0 || height <= 0; }
};

struct RasterBandInfo {
  std::string dataType;               // GDAL's name: "Byte", "Float32", ...
  std::optional<double> nodata;
  std::string description;
  bool hasColorTable = false;
  int overviewCount = 0;
  int blockWidth = 0;
  int blockHeight = 0;
};

struct RasterInfo {
  std::string path;
  std::string driver;                 // GDAL short name: "GTiff", "COG" files report "GTiff"
  int width = 0;
  int height = 0;
  Crs crs;
  GeoTransform transform;
  Extent extent;                      // in crs
  std::vector<RasterBandInfo> bands;
};

// What a caller needs of a raster before it will use it.
enum class Georeferencing { Required, Optional };

// Throws Error(ReprojectionFailed) unless points of `extent` in `crs` transform to WGS 84.
void requireOnEarth(const Crs& crs, const Extent& extent, const std::string& path);

// One open raster dataset (any format GDAL reads, /vsizip/ and friends included).
// Not thread-safe: open one per thread.
class RasterSource {
 public:
  // Throws Error: FileNotFound, UnrecognisedFormat, Unreadable, MissingCrs, MissingGeotransform.
  static RasterSource open(const std::string& path, Georeferencing georef = Georeferencing::Required);

  const RasterInfo& info() const { return info_; }
  const std::string& path() const { return info_.path; }

  // Reads a window of band `band` (1-based) converted to T. Any read error (a corrupt
  // block, a truncated file) throws Error(CorruptData) naming the file and the window:
  // GDAL's silent zeros never reach the caller.
  void read(int band, const PixelWindow& window, std::uint8_t* out) const;
  void read(int band, const PixelWindow& window, float* out) const;
  void read(int band, const PixelWindow& window, double* out) const;
  template <typename T>
  std::vector<T> read(int band, const PixelWindow& window) const {
    std::vector<T> values(std::size_t(window.width) * std::size_t(window.height));
    read(band, window, values.data());
    return values;
  }

  // Reads block (blockX, blockY) of band `band` in the band's own data type into `out`, which must
  // hold blockWidth × blockHeight values (GDAL pads edge blocks). Bypasses the block cache: one
  // decode per block, the fastest way through a tiled file. Errors as read().
  void readBlock(int band, int blockX, int blockY, void* out) const;

  GDALDataset* dataset() const { return dataset_.get(); }

 private:
  void readAs(int band, const PixelWindow& window, GDALDataType type, void* out) const;
  GDALDatasetUniquePtr dataset_;
  RasterInfo info_;
};

}  // namespace hp
