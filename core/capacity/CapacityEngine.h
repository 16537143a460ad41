// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "Progress.h"
#include "geo/Crs.h"
#include "io/VectorLayer.h"
#include "model/ModelConfig.h"
#include "model/RegionCapacity.h"

class OGRGeometry;

namespace hp::capacity {

// A region to evaluate: the union of its parts (one parcel; several parcels; a drawn candidate
// reserve, optionally with the existing reserve). Parts are shared, so many regions can reuse one
// parcel geometry without copies.
struct Region {
  std::string id;
  Crs crs;
  std::vector<std::shared_ptr<const OGRGeometry>> parts;
};

struct CapacityInputs {
  std::string forestPath;  // canopy cover 0..100 %; nodata and values above 100 are not data
  int forestBand = 1;
  // River basins: habitat exists only inside them. nullopt: no basin constraint (every pixel counts
  // as inside a basin). Any CRS; reprojected to the raster's.
  std::optional<VectorLayer> basins;
};

struct EngineOptions {
  int threads = 0;    // worker threads; 0: one per core
  int stripRows = 0;  // rows read at once; 0: a multiple of the raster's block height near 256
};

// Capacity of every region under `config`, one result per region in the same order.
// Streams the forest raster strip by strip (memory bounded by a few strips plus per-region state,
// whatever the raster size), a reader thread reading the next strip while worker threads process
// the current one. Results do not depend on the number of threads. The quality rasters named in
// `config` must have paths the process can open (capacity/ModelFile.h resolves relative ones).
// Throws hp::Error naming the file at fault, hp::Cancelled when `progress` says stop.
std::vector<model::RegionCapacity> evaluateRegions(const CapacityInputs& inputs, const std::vector<Region>& regions,
                                                   const model::ModelConfig& config, const Progress& progress = {},
                                                   const EngineOptions& options = {});

}  // namespace hp::capacity
