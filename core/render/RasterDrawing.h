// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "Progress.h"
#include "render/ColorRamp.h"
#include "render/RasterReadPlan.h"
#include "render/ReducedRaster.h"

namespace hp {
class RasterSource;
}

namespace hp::render {

// How raster values become colours.
struct RasterSymbology {
  enum class Mode {
    Ramp,     // one band through `ramp` from minValue (ramp 0) to maxValue (ramp 1)
    Palette,  // one band through `palette` (the file's colour table): value v -> palette[v]
    Rgb,      // three bands as red, green, blue, each stretched from minValue to maxValue
  };
  Mode mode = Mode::Ramp;
  int band = 1;
  std::array<int, 3> rgbBands{1, 2, 3};
  ColorRamp ramp = ColorRamp::named("greys");
  double minValue = 0;
  double maxValue = 255;
  std::vector<Argb> palette;
};

// The file to draw and how it sits on the map. Paths, not handles, so a worker thread can open its own.
struct RasterDrawSource {
  RasterDrawSource() = default;
  RasterDrawSource(std::string path, std::string warpToWkt = {}) : path(std::move(path)), warpToWkt(std::move(warpToWkt)) {}

  std::string path;
  // When set, the raster is drawn through a warped view (GDALAutoCreateWarpedVRT) into this CRS: for a
  // CRS other than the map's, and for rotated or south-up grids. Empty: the file's own north-up grid.
  std::string warpToWkt;
  // For a raster without overviews: its reduced copy, drawn instead of the file whenever the view is at
  // least as coarse as the copy (mapUnitsPerPixel >= reducedMapUnitsPerPixel, in map units).
  std::shared_ptr<const ReducedRaster> reduced;
  double reducedMapUnitsPerPixel = 0;
};

// What the view shows of a raster: `pixels` (plan.bufferWidth x plan.bufferHeight, rows from the top)
// go into the rectangle plan.dst* of the viewport. No-data pixels and the outside of a warped grid
// are transparent (alpha 0).
struct RasterDrawing {
  RasterReadPlan plan;
  std::vector<Argb> pixels;
};

// Opens `source` (its own dataset: call from any thread) and reads only the part `viewport` shows, at
// about one value per screen pixel so GDAL picks the matching overview level; nearest-neighbour
// sampling. Nothing when the raster is outside the view. Progress is reported per strip of rows;
// throws hp::Cancelled when it says stop, hp::Error naming the file when a block cannot be read.
std::optional<RasterDrawing> drawRaster(const RasterDrawSource& source, const RasterSymbology& symbology,
                                        const MapViewport& viewport, const Progress& progress = {});

// A cheap look at a whole band: reads it decimated to at most maxSidePx x maxSidePx (from overviews when
// there are some), so a file that opens but cannot be read fails now, and gives the value range for a
// default stretch. Throws Error(CorruptData) naming the file.
struct BandSample {
  std::optional<double> minValue;  // none when every sampled value is no-data
  std::optional<double> maxValue;
  std::size_t validCount = 0;
};
BandSample sampleBand(const RasterSource& raster, int band, int maxSidePx = 256);

}  // namespace hp::render
