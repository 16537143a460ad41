// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/CapacitySession.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "capacity/PixelAreaGrid.h"
#include "capacity/QualityFactors.h"
#include "capacity/RegionGeometry.h"
#include "capacity/RegionScan.h"
#include "capacity/StripPipeline.h"

namespace hp::capacity {

CapacitySession::CapacitySession(const CapacityInputs& inputs, const model::ModelConfig& config) {
  model::validate(config);
  // The engine's pipeline: decoders read the candidate's next strip while this thread scans the
  // current one. Its threads live with the session, so each GDAL handle stays on one thread
  // whichever thread calls evaluate().
  pipeline_ = std::make_unique<StripPipeline>(inputs.forestPath, inputs.forestBand, config.qualityRasters, 0, 0);
  const RasterInfo& info = pipeline_->info();
  const RasterBandInfo& band = info.bands[std::size_t(inputs.forestBand - 1)];
  pixelModel_ = std::make_unique<PixelModel>(config, band.nodata);
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
  const RasterInfo& info = pipeline_->info();
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
  const PixelBox box = pixelBoxOf(prepared.regionRings, width, height);
  if (box.isEmpty()) return result;

  RegionScan scan(std::move(prepared), width, height, *pixelModel_, *areas_);
  std::optional<model::PatchMapBuilder> patchMap;
  if (patches) {
    patchMap.emplace(box.colBegin, box.rowBegin, box.colEnd - box.colBegin, box.rowEnd - box.rowBegin,
                     pixelModel_->territoryMinKm2);
    scan.setPatchMap(&*patchMap);
  }
  StripPipeline::Consumers consumers;
  consumers.boxes = {box};
  consumers.scan = [&scan](std::size_t, const StripView& strip, bool) { scan.scan(strip); };
  pipeline_->run(consumers, progress, "capacity");
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
