// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/CapacitySession.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "capacity/PixelAreaGrid.h"
#include "capacity/QualityFactors.h"
#include "capacity/RegionGeometry.h"
#include "capacity/RegionScan.h"
#include "capacity/StripReader.h"

namespace hp::capacity {

CapacitySession::CapacitySession(const CapacityInputs& inputs, const model::ModelConfig& config) {
  model::validate(config);
  // One decoder: a single candidate's window is a few blocks, and the session may be driven from
  // any one thread at a time (GDAL handles tolerate that, not concurrent use).
  forest_ = std::make_unique<StripReader>(inputs.forestPath, inputs.forestBand, 1, 0);
  const RasterInfo& info = forest_->info();
  const RasterBandInfo& band = info.bands[std::size_t(inputs.forestBand - 1)];
  pixelModel_ = std::make_unique<PixelModel>(config, band.nodata);
  factors_ = std::make_unique<QualityFactors>(config.qualityRasters, info);
  areas_ = std::make_unique<PixelAreaGrid>(info);
  const std::vector<unsigned char> basinsWkb =
      inputs.basins ? unionOfBasinsWkb(*inputs.basins, info.crs) : std::vector<unsigned char>();
  preparer_ = std::make_unique<RegionPreparer>(info, inputs.basins.has_value(), basinsWkb, areas_->arealScale());
}

CapacitySession::~CapacitySession() = default;

model::RegionCapacity CapacitySession::evaluate(const Region& region, const Progress& progress,
                                               model::PatchMap* patches) {
  std::lock_guard lock(mutex_);
  reportProgress(progress, 0.0, "capacity");
  const RasterInfo& info = forest_->info();
  const int width = info.width, height = info.height;
  PreparedRegion prepared = preparer_->prepare(region);
  model::RegionCapacity result;
  result.id = region.id;
  result.areaKm2 = prepared.areaKm2;
  if (patches) {
    *patches = model::PatchMap();
    patches->territoryMinKm2 = pixelModel_->territoryMinKm2;
    patches->geoTransform = info.transform.c;
    patches->crsWkt = info.crs.wkt();
  }

  // The region's pixel box, as evaluateRegions computes it.
  double minX = INFINITY, maxX = -INFINITY, minY = INFINITY, maxY = -INFINITY;
  for (const model::PixelRing& r : prepared.regionRings)
    for (const model::PixelPoint& p : r.points) {
      minX = std::min(minX, p.col);
      maxX = std::max(maxX, p.col);
      minY = std::min(minY, p.row);
      maxY = std::max(maxY, p.row);
    }
  if (!(maxX > 0 && minX < width && maxY > 0 && minY < height)) return result;
  const int rowBegin = std::max(0, int(std::floor(minY))), rowEnd = std::min(height, int(std::ceil(maxY)));
  const int colBegin = std::max(0, int(std::floor(minX))), colEnd = std::min(width, int(std::ceil(maxX)));
  if (rowBegin >= rowEnd) return result;

  RegionScan scan(std::move(prepared), width, height, *pixelModel_, *areas_);
  std::optional<model::PatchMapBuilder> patchMap;
  if (patches) {
    patchMap.emplace(colBegin, rowBegin, colEnd - colBegin, rowEnd - rowBegin, pixelModel_->territoryMinKm2);
    scan.setPatchMap(&*patchMap);
  }
  const int firstStrip = rowBegin / forest_->stripRows(), endStrip = (rowEnd - 1) / forest_->stripRows() + 1;
  CanopyStrip canopy;
  std::vector<float> factor;
  for (int strip = firstStrip; strip < endStrip; ++strip) {
    const std::size_t pieces = forest_->begin(strip, canopy, colBegin, colEnd);
    for (std::size_t k = 0; k < pieces; ++k) forest_->readPiece(canopy, k, 0);
    if (!factors_->isEmpty()) {
      factor.resize(std::size_t(width) * std::size_t(canopy.rowEnd - canopy.rowBegin));
      factors_->read(canopy.rowBegin, canopy.rowEnd, factor.data());
    }
    StripView view;
    view.rowBegin = canopy.rowBegin;
    view.rowEnd = canopy.rowEnd;
    view.width = width;
    if (forest_->isByte()) {
      view.canopyByte = canopy.canopyByte.data();
      view.tileWidth = canopy.tileWidth;
      view.tileStride = canopy.tileStride;
    } else {
      view.canopyFloat = canopy.canopyFloat.data();
    }
    view.qualityFactor = factors_->isEmpty() ? nullptr : factor.data();
    scan.scan(view);
    reportProgress(progress, double(strip + 1 - firstStrip) / (endStrip - firstStrip), "capacity");
  }
  scan.finish(result);
  if (patchMap) {
    // The georeferencing was set before the scan (an empty window returns early with it).
    model::PatchMap built = patchMap->finish();
    built.geoTransform = patches->geoTransform;
    built.crsWkt = std::move(patches->crsWkt);
    *patches = std::move(built);
  }
  return result;
}

}  // namespace hp::capacity
