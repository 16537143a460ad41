// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/SampleRegion.h"

#include <filesystem>
#include <system_error>

#include "geo/Error.h"
#include "geo/Geos.h"
#include "io/VectorWriter.h"
#include "sample/Basins.h"
#include "sample/ForestCover.h"
#include "sample/ForestRaster.h"
#include "sample/Hydrology.h"
#include "sample/Parcels.h"
#include "sample/Region.h"
#include "sample/Reserve.h"
#include "sample/Settlements.h"
#include "sample/Terrain.h"

namespace hp::sample {

namespace {

// The four files under hidden names while they are written; renamed into place together at the end, and
// deleted when the run fails or is cancelled, so a folder never holds a half-written sample that looks whole.
class PartialFiles {
 public:
  explicit PartialFiles(const std::string& directory)
      : paths_{directory + "/.forest.partial.tif", directory + "/.basins.partial.gpkg",
               directory + "/.parcels.partial.gpkg", directory + "/.reserve.partial.gpkg"} {
    removeAll();
  }
  ~PartialFiles() {
    if (!committed_) removeAll();
  }
  PartialFiles(const PartialFiles&) = delete;
  PartialFiles& operator=(const PartialFiles&) = delete;

  const SamplePaths& paths() const { return paths_; }

  void commitTo(const SamplePaths& final) {
    for (const auto& [from, to] : {std::pair{paths_.forest, final.forest}, std::pair{paths_.basins, final.basins},
                                   std::pair{paths_.parcels, final.parcels}, std::pair{paths_.reserve, final.reserve}}) {
      std::error_code ec;
      std::filesystem::rename(from, to, ec);
      if (ec) throw Error(ErrorCode::WriteFailed, to, "cannot move the finished file into place: " + ec.message());
    }
    committed_ = true;
  }

 private:
  void removeAll() const {
    std::error_code ec;
    for (const std::string& p : {paths_.forest, paths_.basins, paths_.parcels, paths_.reserve})
      for (const char* suffix : {"", "-journal", "-wal", "-shm"}) std::filesystem::remove(p + suffix, ec);
  }

  SamplePaths paths_;
  bool committed_ = false;
};

}  // namespace

SamplePaths samplePaths(const std::string& directory) {
  return {directory + "/forest.tif", directory + "/basins.gpkg", directory + "/parcels.gpkg", directory + "/reserve.gpkg"};
}

SamplePaths writeSampleRegion(const std::string& directory, const SampleOptions& options, const Progress& progress) {
  const Region region = sampleRegion(options.pixelSizeM);
  if (directory.empty()) throw Error(ErrorCode::InvalidInput, directory, "no output folder given");
  std::error_code ec;
  std::filesystem::create_directories(directory, ec);
  if (ec) throw Error(ErrorCode::WriteFailed, directory, "cannot create the folder: " + ec.message());
  PartialFiles partial(directory);
  const std::uint32_t seed = options.seed;

  reportProgress(progress, 0.0, "terrain");
  const Terrain terrain = makeTerrain(region, seed);
  reportProgress(progress, 0.08, "rivers");
  const Hydrology hydrology = analyseHydrology(terrain, seed);
  reportProgress(progress, 0.12, "settlements and roads");
  const Settlements settlements = placeSettlements(hydrology, seed);
  const Grid<std::uint8_t> canopy = makeForestCover(region, terrain, hydrology, settlements, seed, progress, 0.14, 0.32);
  writeForestRaster(partial.paths().forest, region, canopy, progress, 0.32, 0.50);

  const GeosContext geos;  // outlives every geometry below
  const std::vector<Basin> basins = makeBasins(region, canopy, hydrology, seed, geos, progress, 0.50, 0.68);
  const GeomPtr land = unionOfBasins(basins, geos);
  // 300 m blocks: the drainage grid's cells, whatever the pixel size.
  const Grid<float> blockCanopy = blockMeanCanopy(canopy, std::max(1, int(std::lround(kHydroCellM / region.pixelSizeM))));
  std::vector<Parcel> parcels =
      makeParcels(region, canopy, blockCanopy, settlements, land.get(), seed, geos, progress, 0.70, 0.88);
  reportProgress(progress, 0.88, "reserve");
  const GeomPtr reserve = makeReserve(parcels, region, blockCanopy, seed, geos);

  reportProgress(progress, 0.90, "writing");
  writeVectorLayer(partial.paths().basins, basinsLayer(basins, geos));
  writeVectorLayer(partial.paths().parcels, parcelsLayer(parcels, seed, geos));
  writeVectorLayer(partial.paths().reserve, reserveLayer(reserve.get(), geos));
  reportProgress(progress, 0.99, "writing");

  const SamplePaths paths = samplePaths(directory);
  partial.commitTo(paths);
  reportProgress(progress, 1.0, "done");
  return paths;
}

}  // namespace hp::sample
