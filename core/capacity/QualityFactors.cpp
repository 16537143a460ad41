// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/QualityFactors.h"

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_utils.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <filesystem>

#include "geo/Error.h"
#include "geo/GdalSupport.h"

namespace hp::capacity {

namespace {

bool sameGrid(const RasterInfo& a, const RasterInfo& b) {
  if (a.width != b.width || a.height != b.height || !a.crs.isSame(b.crs)) return false;
  const double tolerance = 1e-6 * std::max(std::abs(a.transform.c[1]), std::abs(a.transform.c[5]));
  for (std::size_t i = 0; i < 6; ++i)
    if (std::abs(a.transform.c[i] - b.transform.c[i]) > tolerance) return false;
  return true;
}

// A warped VRT of `source` on the forest's grid, written to /vsimem/; returns its path.
std::string warpOntoGrid(const RasterSource& source, const RasterInfo& forest) {
  const GeoTransform& gt = forest.transform;
  if (gt.hasRotation() || gt.c[5] > 0)
    throw Error(ErrorCode::InvalidInput, source.path(),
                "the quality raster is on another grid than the rotated or south-up forest raster; "
                "resample it onto the forest grid first");
  static std::atomic<int> counter{0};
  const std::string path = "/vsimem/hp_quality_" + std::to_string(counter++) + ".vrt";
  const Extent e = forest.extent;
  const std::string wkt = forest.crs.wkt();
  auto exact = [](double v) { return std::string(CPLSPrintf("%.17g", v)); };
  CPLStringList args;
  for (const std::string& a : {std::string("-of"), std::string("VRT"), std::string("-t_srs"), wkt, std::string("-te"),
                               exact(e.minX), exact(e.minY), exact(e.maxX), exact(e.maxY), std::string("-ts"),
                               std::to_string(forest.width), std::to_string(forest.height), std::string("-r"),
                               std::string("bilinear"), std::string("-ot"), std::string("Float32"),
                               std::string("-dstnodata"), std::string("nan")})
    args.AddString(a.c_str());
  gdal::ErrorCollector errors;
  GDALWarpAppOptions* options = GDALWarpAppOptionsNew(args.List(), nullptr);
  if (!options) throw Error(ErrorCode::InvalidInput, source.path(), "cannot set up resampling: " + errors.failure());
  GDALDatasetH input = GDALDataset::ToHandle(source.dataset());
  int usageError = 0;
  GDALDatasetUniquePtr warped(GDALDataset::FromHandle(GDALWarp(path.c_str(), nullptr, 1, &input, options, &usageError)));
  GDALWarpAppOptionsFree(options);
  if (!warped)
    throw Error(ErrorCode::ReprojectionFailed, source.path(),
                "the quality raster cannot be resampled onto the forest grid" +
                    (errors.failure().empty() ? "" : ": " + errors.failure()));
  return path;
}

}  // namespace

QualityFactors::QualityFactors(const std::vector<model::QualityRaster>& rasters, const RasterInfo& forest)
    : width_(forest.width) {
  for (const model::QualityRaster& r : rasters) {
    // Absolute, so the warped VRT in /vsimem/ finds its source whatever the working folder.
    std::string path = r.path;
    if (path.rfind("/vsi", 0) != 0 && gdal::pathExists(path)) path = std::filesystem::absolute(path).string();
    Source s{RasterSource::open(path), r.band, r.effect, std::nullopt, {}};
    if (r.band > int(s.raster.info().bands.size()))
      throw Error(ErrorCode::InvalidInput, r.path, "the quality raster has no band " + std::to_string(r.band));
    s.nodata = s.raster.info().bands[std::size_t(r.band - 1)].nodata;
    if (!sameGrid(s.raster.info(), forest)) {
      s.warpedPath = warpOntoGrid(s.raster, forest);
      try {
        s.raster = RasterSource::open(s.warpedPath);
      } catch (...) {
        VSIUnlink(s.warpedPath.c_str());
        throw;
      }
      s.nodata.reset();  // the warped VRT marks no data as NaN
    }
    sources_.push_back(std::move(s));
  }
}

QualityFactors::~QualityFactors() {
  for (Source& s : sources_) {
    if (s.warpedPath.empty()) continue;
    s.raster = RasterSource();  // close before unlinking
    VSIUnlink(s.warpedPath.c_str());
  }
}

void QualityFactors::read(int rowBegin, int rowEnd, float* out) {
  const std::size_t n = std::size_t(rowEnd - rowBegin) * std::size_t(width_);
  std::fill(out, out + n, 1.0f);
  values_.resize(n);
  for (Source& s : sources_) {
    s.raster.read(s.band, PixelWindow{0, rowBegin, width_, rowEnd - rowBegin}, values_.data());
    const bool hasNodata = s.nodata.has_value();
    const float nodata = hasNodata ? float(*s.nodata) : 0.0f;
    const bool prey = s.effect == model::QualityEffect::Prey;
    for (std::size_t i = 0; i < n; ++i) {
      const float v = values_[i];
      if (std::isnan(v) || (hasNodata && v == nodata)) continue;
      const float clamped = std::clamp(v, 0.0f, 1.0f);
      out[i] *= prey ? clamped : 1.0f - clamped;
    }
  }
}

}  // namespace hp::capacity
