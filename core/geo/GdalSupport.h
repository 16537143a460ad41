// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gdal_priv.h>

#include <string>
#include <string_view>
#include <vector>

namespace hp::gdal {

// Registers GDAL/OGR drivers once per process (thread-safe, idempotent).
void ensureRegistered();

// While alive, GDAL's CPLError messages on this thread are collected here instead of being printed.
// Lets core report GDAL's own words in an Error and treat a CE_Failure during a read as a failure.
// The messages kept have what GDAL quotes dropped (see withoutQuotedContent): a file that is not what
// it claims to be (a text file renamed .tif, a JSON file with secrets) never has its bytes shown.
class ErrorCollector {
 public:
  // `mayQuote`: texts GDAL may quote and that are kept (the path being opened, its file name).
  explicit ErrorCollector(std::vector<std::string> mayQuote = {});
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
  std::vector<std::string> mayQuote_;
  std::string failure_;
  std::string warning_;
  int errorNumber_ = 0;
};

// `message` on one line without what it quotes: spans in `…', '…', "…" or <…> become "…" unless they
// are one of `mayQuote`, and what follows words GDAL puts before echoed bytes ("unexpected token",
// "starting with", "last read:") is cut. GDAL and its parsers quote the file's own bytes there.
std::string withoutQuotedContent(std::string_view message, const std::vector<std::string>& mayQuote = {});

// Network access through GDAL, process-wide: its network file systems (/vsicurl/, /vsis3/, /vsigs/,
// /vsiaz/, /vsiadls/, /vsioss/, /vsiswift/, /vsiwebhdfs/, their _streaming forms, and any chain
// through them such as /vsizip//vsicurl/) and CPLHTTPFetch (http:// URLs opened by drivers, CRS
// URLs, WFS/WMTS/OAPIF, SQL geocoding). Allowed when the process starts. While refused, these fail
// with a CPLError naming the path and no connection is made. project::loadProject refuses it while
// a project is read and keeps it refused when the project was opened without permission for
// external references, so no layer file (a VRT in the folder pointing at a URL) can reach out.
void setNetworkAccess(bool allowed);
bool networkAccessAllowed();

// Refuses (or allows) network access for its lifetime, then restores what was set before, unless
// keep() was called: then what keep() says stays.
class ScopedNetworkAccess {
 public:
  explicit ScopedNetworkAccess(bool allowed);
  ~ScopedNetworkAccess();
  ScopedNetworkAccess(const ScopedNetworkAccess&) = delete;
  ScopedNetworkAccess& operator=(const ScopedNetworkAccess&) = delete;
  void keep(bool allowed);

 private:
  bool previous_;
  bool kept_ = false;
};

// Whether GDAL would reach the network for `path`: a network file system anywhere in it (chains
// included) or a URL (scheme://). Text only: touches nothing.
bool isNetworkPath(std::string_view path);

// Whether a path names something that exists: plain files, /vsi paths and GPKG:<file>:<table> alike
// (a PostgreSQL "PG:<conninfo>" dataset counts as there: only opening it can tell).
bool pathExists(const std::string& path);
// The file a path is in: `path` itself, or <file> of GPKG:<file>:<table>.
std::string fileOfPath(const std::string& path);

// The value of `key` in a GDAL "PG:<conninfo>" path (table, column, mode, dbname, ...); empty when absent.
std::string connectionValue(const std::string& path, const std::string& key);

// Opens a dataset or throws hp::Error naming the path and the cause.
// flags: GDAL_OF_RASTER and/or GDAL_OF_VECTOR, optionally GDAL_OF_UPDATE.
GDALDatasetUniquePtr openDataset(const std::string& path, unsigned int flags);

}  // namespace hp::gdal
