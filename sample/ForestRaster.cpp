// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/ForestRaster.h"

#include <gdal_priv.h>

#include "geo/Crs.h"
#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "sample/ForestCover.h"
#include "sample/GdalProgress.h"

namespace hp::sample {

void writeForestRaster(const std::string& path, const Region& region, const Grid<std::uint8_t>& canopy,
                       const Progress& progress, double from, double to) {
  gdal::ensureRegistered();
  gdal::ErrorCollector errors;
  auto fail = [&](const std::string& what) {
    throw Error(ErrorCode::WriteFailed, path, what + (errors.failure().empty() ? "" : ": " + errors.failure()));
  };
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  if (!driver) fail("GDAL has no GTiff driver");

  // One compression thread: GDAL_NUM_THREADS may be ALL_CPUS for reading, but then tiles land in the
  // file in the order their threads finish, and the same seed must give the same bytes.
  const char* options[] = {"TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "NUM_THREADS=1",
                           nullptr};
  GDALDatasetUniquePtr ds(driver->Create(path.c_str(), canopy.width, canopy.height, 1, GDT_Byte,
                                         const_cast<char**>(options)));
  if (!ds) fail("cannot create the file");
  GeoTransform gt = region.transform();
  const Crs crs = Crs::fromEpsg(kSampleEpsg);
  if (ds->SetGeoTransform(gt.c.data()) != CE_None || ds->SetSpatialRef(crs.ogr()) != CE_None)
    fail("cannot georeference the raster");
  GDALRasterBand* band = ds->GetRasterBand(1);
  band->SetNoDataValue(kSeaNodata);
  band->SetDescription("canopy cover (%)");
  band->SetUnitType("%");
  if (band->RasterIO(GF_Write, 0, 0, canopy.width, canopy.height, const_cast<std::uint8_t*>(canopy.cells.data()),
                     canopy.width, canopy.height, GDT_Byte, 0, 0, nullptr) != CE_None)
    fail("cannot write the canopy pixels");

  reportProgress(progress, from + 0.3 * (to - from), "overviews");
  GdalProgress overviewProgress(progress, from + 0.3 * (to - from), to, "overviews");
  const int levels[] = {2, 4, 8, 16, 32};
  const CPLErr built = ds->BuildOverviews("AVERAGE", 5, levels, 0, nullptr, &GdalProgress::callback,
                                          overviewProgress.arg(), nullptr);
  overviewProgress.throwIfCancelled();
  if (built != CE_None) fail("cannot build overviews");
  ds.reset();  // closes the file: the last tiles and the directory reach the disk
  if (errors.hasFailure()) fail("cannot finish the file");
}

}  // namespace hp::sample
