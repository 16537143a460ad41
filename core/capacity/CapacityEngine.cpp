// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/CapacityEngine.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "capacity/PixelAreaGrid.h"
#include "capacity/QualityFactors.h"
#include "capacity/RegionGeometry.h"
#include "capacity/RegionScan.h"
#include "capacity/StripPipeline.h"
#include "geo/Error.h"
#include "geo/Proj.h"

namespace hp::capacity {

std::vector<model::RegionCapacity> evaluateRegions(const CapacityInputs& inputs, const std::vector<Region>& regions,
                                                   const model::ModelConfig& config, const Progress& progress,
                                                   const EngineOptions& options) {
  model::validate(config);
  reportProgress(progress, 0.0, "opening");
  StripPipeline pipeline(inputs.forestPath, inputs.forestBand, config.qualityRasters, options.threads, options.stripRows);
  const int threads = pipeline.threads();
  const RasterInfo& info = pipeline.info();
  const RasterBandInfo& band = info.bands[std::size_t(inputs.forestBand - 1)];
  const PixelModel pixelModel(config, band.nodata);
  const int width = info.width, height = info.height;
  // Decoded while the pixel areas and the regions are prepared.
  pipeline.prefetchFirstStrip();

  // Regions: area, reprojection, basins, pixel rings; each thread with its own GEOS and PROJ objects.
  const std::vector<unsigned char> basinsWkb =
      inputs.basins ? unionOfBasinsWkb(*inputs.basins, info.crs) : std::vector<unsigned char>();
  std::vector<model::RegionCapacity> results(regions.size());
  std::vector<PreparedRegion> prepared(regions.size());
  // One areal scale (PROJ database queries) for the preparers and the pixel-area grid to clone; the
  // grid, which would otherwise lend its own, is built only once the regions are known to be scannable.
  const std::unique_ptr<ArealScale> rasterScale =
      info.crs.isGeographic() ? nullptr : std::make_unique<ArealScale>(info.crs, info.path);
  {
    std::vector<std::unique_ptr<RegionPreparer>> preparers(static_cast<std::size_t>(threads));
    pipeline.workers().run(regions.size(), [&](std::size_t i, int worker) {
      auto& preparer = preparers[std::size_t(worker)];
      if (!preparer)
        preparer = std::make_unique<RegionPreparer>(info, inputs.basins.has_value(), basinsWkb, rasterScale.get());
      prepared[i] = preparer->prepare(regions[i]);
      results[i].id = regions[i].id;
      results[i].areaKm2 = prepared[i].areaKm2;
      // Progress callbacks run on the calling thread only (worker `threads − 1`).
      if (worker == threads - 1 && i % 512 == 0) reportProgress(progress, 0.0, "preparing regions");
    });
  }

  // Only the strips and blocks the regions touch are read (one candidate reserve reads its own
  // box, not the whole raster).
  StripPipeline::Consumers consumers;
  consumers.boxes.resize(regions.size());
  bool any = false;
  for (std::size_t i = 0; i < regions.size(); ++i) {
    consumers.boxes[i] = pixelBoxOf(prepared[i].regionRings, width, height);
    if (consumers.boxes[i].isEmpty()) continue;
    any = true;
    // A raster far finer than the regions (a VRT of 10^6 x 10^6 pixels under one parcel) would take
    // hours to scan: refuse it up front. 2^32 pixels is a 65 536 px square, 65 km at 1 m.
    constexpr double kMaxScannedPixels = 4294967296.0;
    const PixelBox& b = consumers.boxes[i];
    const double pixels = double(b.rowEnd - b.rowBegin) * double(b.colEnd - b.colBegin);
    if (pixels > kMaxScannedPixels)
      throw Error(ErrorCode::InvalidInput, inputs.forestPath,
                  "region " + regions[i].id + " covers " + std::to_string(std::llround(pixels)) +
                      " pixels of the raster, more than the 4294967296 a region may scan; use a coarser raster");
  }
  if (!any) {
    reportProgress(progress, 1.0, "capacity");
    return results;
  }
  // Built once the regions are known to be scannable: a grid over 10^12 pixels is itself minutes.
  const PixelAreaGrid areas(info, rasterScale.get());
  std::vector<std::unique_ptr<RegionScan>> scans(regions.size());
  consumers.scan = [&](std::size_t i, const StripView& strip, bool last) {
    if (!scans[i]) scans[i] = std::make_unique<RegionScan>(std::move(prepared[i]), width, height, pixelModel, areas);
    scans[i]->scan(strip);
    if (last) {
      scans[i]->finish(results[i]);
      scans[i].reset();
    }
  };
  pipeline.run(consumers, progress, "capacity");
  return results;
}

}  // namespace hp::capacity
