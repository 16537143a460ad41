// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/RasterOverviews.h"

#include <cpl_conv.h>
#include <gdal_priv.h>

#include <algorithm>
#include <filesystem>

#include "geo/Error.h"
#include "geo/GdalProgress.h"
#include "geo/GdalSupport.h"
#include "io/AtomicFile.h"

namespace hp {

bool overviewsWorthBuilding(int width, int height, int overviewCount) {
  return overviewCount == 0 && std::max(width, height) > kOverviewsWorthFromPx;
}

bool lacksOverviews(const std::string& path) {
  const GDALDatasetUniquePtr ds = gdal::openDataset(path, GDAL_OF_RASTER);
  if (ds->GetRasterCount() < 1) return false;
  return overviewsWorthBuilding(ds->GetRasterXSize(), ds->GetRasterYSize(), ds->GetRasterBand(1)->GetOverviewCount());
}

std::vector<int> overviewFactors(int width, int height) {
  std::vector<int> factors;
  // gdaladdo's rule: halve while a side of the last level is still above the smallest size.
  for (int f = 1; (width + f - 1) / f > kSmallestOverviewPx || (height + f - 1) / f > kSmallestOverviewPx;) {
    f *= 2;
    factors.push_back(f);
  }
  return factors;
}

std::string externalOverviewPath(const std::string& path) { return path + ".ovr"; }

std::string defaultOverviewResampling(const std::string& path) {
  const GDALDatasetUniquePtr ds = gdal::openDataset(path, GDAL_OF_RASTER);
  return ds->GetRasterCount() >= 1 && ds->GetRasterBand(1)->GetColorTable() ? "NEAREST" : "AVERAGE";
}

int buildExternalOverviews(const std::string& path, const std::string& resampling, const Progress& progress) {
  GDALDatasetUniquePtr ds = gdal::openDataset(path, GDAL_OF_RASTER);  // read-only: GDAL writes path.ovr
  const std::vector<int> factors = overviewFactors(ds->GetRasterXSize(), ds->GetRasterYSize());
  if (factors.empty()) return ds->GetRasterCount() ? ds->GetRasterBand(1)->GetOverviewCount() : 0;

  const std::string ovrPath = externalOverviewPath(path);
  std::error_code ec;
  const bool ovrExisted = std::filesystem::exists(ovrPath, ec);
  auto removeStarted = [&] {
    ds.reset();  // GDAL must let go of the overview file before it goes
    if (ovrExisted) return;
    std::error_code ignored;
    std::filesystem::remove(ovrPath, ignored);
    std::filesystem::remove(ovrPath + ".aux.xml", ignored);
  };

  gdal::ProgressBridge bridge(progress, "overviews");
  CPLErr err = CE_None;
  std::string failure;
  {
    // Thread-local settings, so a build on a worker leaves other threads' GDAL as it was.
    CPLConfigOptionSetter compress("COMPRESS_OVERVIEW", "DEFLATE", false);
    CPLConfigOptionSetter bigTiff("BIGTIFF_OVERVIEW", "IF_SAFER", false);
    gdal::ErrorCollector errors({path, ovrPath});
    err = ds->BuildOverviews(resampling.c_str(), int(factors.size()), factors.data(), 0, nullptr,
                             gdal::ProgressBridge::progressCallback, &bridge);
    if (err == CE_None && !bridge.stopped()) {
      ds.reset();  // closing flushes the overview file; its errors land in `errors`
      if (errors.hasFailure()) err = CE_Failure;
    }
    failure = errors.failure();
  }
  if (bridge.stopped()) {
    removeStarted();
    throw Cancelled();
  }
  if (err != CE_None) {
    removeStarted();
    throw Error(ErrorCode::WriteFailed, path,
                noSpaceLeft(ovrPath) ? "no space left on the device for its overviews"
                                     : "cannot build overviews" + (failure.empty() ? "" : ": " + failure));
  }
  const GDALDatasetUniquePtr reopened = gdal::openDataset(path, GDAL_OF_RASTER);
  return reopened->GetRasterBand(1)->GetOverviewCount();
}

}  // namespace hp
