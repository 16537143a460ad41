// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GdalSupport.h"

#include <cpl_vsi.h>
#include <ogrsf_frmts.h>

#include <mutex>

#include "geo/Error.h"

namespace hp::gdal {

void ensureRegistered() {
  static std::once_flag once;
  std::call_once(once, [] {
    GDALAllRegister();
    // Core never prints: errors are collected per call (ErrorCollector) and reported through
    // hp::Error. This also silences GDAL's worker threads (multi-threaded decoding), whose
    // failures reach the calling thread as a failed RasterIO anyway.
    if (!CPLGetConfigOption("HP_GDAL_VERBOSE", nullptr)) CPLSetErrorHandler(CPLQuietErrorHandler);
    // Read GeoTIFF blocks on both cores; the capacity engine's floor is decompression.
    if (!CPLGetConfigOption("GDAL_NUM_THREADS", nullptr)) CPLSetConfigOption("GDAL_NUM_THREADS", "ALL_CPUS");
    // GDAL's default block cache is 5 % of RAM (1.2 GB here): cap it so streaming jobs stay
    // within their memory budget whatever the raster size.
    if (!CPLGetConfigOption("GDAL_CACHEMAX", nullptr)) GDALSetCacheMax64(256LL * 1024 * 1024);
  });
}

ErrorCollector::ErrorCollector() { CPLPushErrorHandlerEx(&ErrorCollector::handler, this); }

ErrorCollector::~ErrorCollector() { CPLPopErrorHandler(); }

void ErrorCollector::clear() {
  failure_.clear();
  warning_.clear();
  errorNumber_ = 0;
}

void ErrorCollector::handler(CPLErr cls, CPLErrorNum num, const char* msg) {
  auto* self = static_cast<ErrorCollector*>(CPLGetErrorHandlerUserData());
  if (!self) return;
  const std::string text = msg ? msg : "";
  if (cls == CE_Failure || cls == CE_Fatal) {
    if (self->failure_.empty()) {
      self->failure_ = text;
      self->errorNumber_ = num;
    }
  } else if (cls == CE_Warning && self->warning_.empty()) {
    self->warning_ = text;
  }
}

std::string fileOfPath(const std::string& path) {
  // A table inside a GeoPackage (a raster stored in a project file): GPKG:<file>:<table>.
  if (path.rfind("GPKG:", 0) == 0) {
    const auto colon = path.rfind(':');
    if (colon > 5) return path.substr(5, colon - 5);
  }
  return path;
}

bool pathExists(const std::string& path) {
  VSIStatBufL st;
  return VSIStatExL(fileOfPath(path).c_str(), &st, VSI_STAT_EXISTS_FLAG) == 0;
}

GDALDatasetUniquePtr openDataset(const std::string& path, unsigned int flags) {
  ensureRegistered();
  if (path.empty()) throw Error(ErrorCode::InvalidInput, path, "no file name given");
  if (!pathExists(path)) throw Error(ErrorCode::FileNotFound, path, "no such file");
  ErrorCollector errors;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), flags | GDAL_OF_VERBOSE_ERROR));
  if (ds) return ds;
  std::string cause = errors.failure();
  if (cause.empty() || cause.find("not recognized as") != std::string::npos ||
      cause.find("not recognised as") != std::string::npos) {
    const bool wantsVector = (flags & GDAL_OF_VECTOR) && !(flags & GDAL_OF_RASTER);
    const bool wantsRaster = (flags & GDAL_OF_RASTER) && !(flags & GDAL_OF_VECTOR);
    const char* kind = wantsVector ? "vector " : wantsRaster ? "raster " : "";
    throw Error(ErrorCode::UnrecognisedFormat, path,
                std::string("not a ") + kind + "format GDAL can read" + (cause.empty() ? "" : " (" + cause + ")"));
  }
  throw Error(ErrorCode::Unreadable, path, cause);
}

}  // namespace hp::gdal
