// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gdal_priv.h>

#include <string>

namespace hp::gdal {

// Registers GDAL/OGR drivers once per process (thread-safe, idempotent).
void ensureRegistered();

// While alive, GDAL's CPLError messages on this thread are collected here instead of being printed.
// Lets core report GDAL's own words in an Error and treat a CE_Failure during a read as a failure.
class ErrorCollector {
 public:
  ErrorCollector();
  ~ErrorCollector();
  ErrorCollector(const ErrorCollector&) = delete;
  ErrorCollector& operator=(const ErrorCollector&) = delete;

  bool hasFailure() const { return !failure_.empty(); }
  const std::string& failure() const { return failure_; }    // first CE_Failure/CE_Fatal message
  const std::string& warning() const { return warning_; }    // first CE_Warning message
  int lastErrorNumber() const { return errorNumber_; }
  void clear();

 private:
  static void handler(CPLErr cls, CPLErrorNum num, const char* msg);
  std::string failure_;
  std::string warning_;
  int errorNumber_ = 0;
};

// Whether a path names something that exists: plain files, /vsi paths and GPKG:<file>:<table> alike.
bool pathExists(const std::string& path);
// The file a path is in: `path` itself, or <file> of GPKG:<file>:<table>.
std::string fileOfPath(const std::string& path);

// Opens a dataset or throws hp::Error naming the path and the cause.
// flags: GDAL_OF_RASTER and/or GDAL_OF_VECTOR, optionally GDAL_OF_UPDATE.
GDALDatasetUniquePtr openDataset(const std::string& path, unsigned int flags);

}  // namespace hp::gdal
