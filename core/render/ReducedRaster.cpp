// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ReducedRaster.h"

#include <cpl_vsi.h>
#include <gdal_utils.h>

#include <algorithm>
#include <atomic>
#include <cmath>

#include "geo/Error.h"
#include "geo/GdalProgress.h"
#include "geo/GdalSupport.h"

namespace hp::render {

namespace {

struct TranslateOptionsDeleter {
  void operator()(GDALTranslateOptions* o) const { GDALTranslateOptionsFree(o); }
};

}  // namespace

std::shared_ptr<const ReducedRaster> ReducedRaster::build(const std::string& path, int maxSidePx, std::size_t maxBytes,
                                                          const Progress& progress) {
  const GDALDatasetUniquePtr file = gdal::openDataset(path, GDAL_OF_RASTER);
  const int w = file->GetRasterXSize(), h = file->GetRasterYSize(), bands = file->GetRasterCount();
  if (bands < 1) throw Error(ErrorCode::InvalidInput, path, "the raster has no band");
  std::size_t bytesPerPixel = 0;
  for (int b = 1; b <= bands; ++b)
    bytesPerPixel += std::size_t(GDALGetDataTypeSizeBytes(file->GetRasterBand(b)->GetRasterDataType()));
  const double bySide = double(std::max(w, h)) / maxSidePx;
  const double byBytes = std::sqrt(double(w) * h * double(bytesPerPixel) / double(maxBytes));
  const double shrink = std::max({1.0, bySide, byBytes});
  const int rw = std::max(1, int(std::lround(w / shrink))), rh = std::max(1, int(std::lround(h / shrink)));

  static std::atomic<unsigned> serial{0};
  std::string memPath = "/vsimem/hp-reduced-" + std::to_string(++serial) + ".tif";
  char** args = nullptr;
  for (const std::string& a : {std::string("-of"), std::string("GTiff"), std::string("-outsize"), std::to_string(rw),
                               std::to_string(rh), std::string("-r"), std::string("nearest")})
    args = CSLAddString(args, a.c_str());
  std::unique_ptr<GDALTranslateOptions, TranslateOptionsDeleter> options(GDALTranslateOptionsNew(args, nullptr));
  CSLDestroy(args);
  gdal::ProgressBridge bridge(progress, "reduced copy");
  GDALTranslateOptionsSetProgress(options.get(), gdal::ProgressBridge::progressCallback, &bridge);
  gdal::ErrorCollector errors({path});
  GDALDatasetH copy = GDALTranslate(memPath.c_str(), GDALDataset::ToHandle(file.get()), options.get(), nullptr);
  if (copy) GDALClose(copy);  // closing writes the last rows; their errors land in `errors`
  if (bridge.stopped() || !copy || errors.hasFailure()) {
    VSIUnlink(memPath.c_str());
    if (bridge.stopped()) throw Cancelled();
    throw Error(ErrorCode::CorruptData, path,
                "the pixels cannot be read" + (errors.failure().empty() ? "" : ": " + errors.failure()));
  }
  return std::shared_ptr<const ReducedRaster>(new ReducedRaster(std::move(memPath), rw, rh, double(w) / rw));
}

ReducedRaster::~ReducedRaster() { VSIUnlink(path_.c_str()); }

}  // namespace hp::render
