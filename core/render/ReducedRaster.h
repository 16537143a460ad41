// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>

#include "Progress.h"

namespace hp::render {

// A small copy of a raster that has no overviews, in GDAL's memory file system (/vsimem/), so that a
// zoomed-out view of a 16000 x 16000 canopy reads a few megabytes instead of decoding every tile.
// GDALTranslate makes it (nearest neighbour, every band, the file's CRS, geotransform, no-data and
// colour table), decoding the file once; render jobs on any thread open it by path() like any file.
// The memory file goes with the last owner.
class ReducedRaster {
 public:
  // Copies `path` at most `maxSidePx` on its longer side and at most `maxBytes` in all. Throws
  // hp::Error(CorruptData) naming the file when its pixels cannot be read, hp::Cancelled on a stop.
  static std::shared_ptr<const ReducedRaster> build(const std::string& path, int maxSidePx = 4096,
                                                    std::size_t maxBytes = std::size_t(64) << 20,
                                                    const Progress& progress = {});
  ~ReducedRaster();
  ReducedRaster(const ReducedRaster&) = delete;
  ReducedRaster& operator=(const ReducedRaster&) = delete;

  const std::string& path() const { return path_; }
  int width() const { return width_; }
  int height() const { return height_; }
  // How many of the file's pixels one pixel of the copy stands for, along x.
  double reduction() const { return reduction_; }

 private:
  ReducedRaster(std::string path, int width, int height, double reduction)
      : path_(std::move(path)), width_(width), height_(height), reduction_(reduction) {}
  std::string path_;
  int width_, height_;
  double reduction_;
};

}  // namespace hp::render
