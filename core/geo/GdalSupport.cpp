// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GdalSupport.h"

#include <cpl_http.h>
#include <cpl_vsi.h>
#include <cpl_vsi_virtual.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <map>
#include <mutex>

#include "geo/Error.h"

namespace hp::gdal {

namespace {

// GDAL's network file systems (GDAL 3.6; /vsihdfs/ when built with libhdfs).
constexpr std::array<std::string_view, 15> kNetworkFileSystems = {
    "/vsicurl",     "/vsicurl_streaming", "/vsis3",  "/vsis3_streaming",  "/vsigs",  "/vsigs_streaming",
    "/vsiaz",       "/vsiaz_streaming",   "/vsiadls", "/vsioss",          "/vsioss_streaming",
    "/vsiswift",    "/vsiswift_streaming", "/vsiwebhdfs", "/vsihdfs"};

std::atomic<bool> gNetworkAllowed{true};

void refuse(const char* path) {
  errno = EACCES;
  CPLError(CE_Failure, CPLE_AppDefined, "network access is off: not reading %s", path ? path : "");
}

// Stands in front of one of GDAL's network file systems: passes every call on while network access
// is allowed, refuses those that would reach a server while it is not. Owns the handler it guards
// (GDAL's file manager deletes the gate at exit).
class NetworkGate final : public VSIFilesystemHandler {
 public:
  explicit NetworkGate(VSIFilesystemHandler* inner) : inner_(inner) {}
  ~NetworkGate() override { delete inner_; }
  NetworkGate(const NetworkGate&) = delete;
  NetworkGate& operator=(const NetworkGate&) = delete;

  VSIVirtualHandle* Open(const char* path, const char* access, bool setError, CSLConstList options) override {
    if (!gNetworkAllowed) return refuse(path), nullptr;
    return inner_->Open(path, access, setError, options);
  }
  int Stat(const char* path, VSIStatBufL* st, int flags) override {
    if (!gNetworkAllowed) return refuse(path), -1;
    return inner_->Stat(path, st, flags);
  }
  int Unlink(const char* path) override { return gNetworkAllowed ? inner_->Unlink(path) : (refuse(path), -1); }
  int* UnlinkBatch(CSLConstList files) override { return gNetworkAllowed ? inner_->UnlinkBatch(files) : nullptr; }
  int Mkdir(const char* path, long mode) override { return gNetworkAllowed ? inner_->Mkdir(path, mode) : (refuse(path), -1); }
  int Rmdir(const char* path) override { return gNetworkAllowed ? inner_->Rmdir(path) : (refuse(path), -1); }
  int RmdirRecursive(const char* path) override {
    return gNetworkAllowed ? inner_->RmdirRecursive(path) : (refuse(path), -1);
  }
  char** ReadDir(const char* path) override { return gNetworkAllowed ? inner_->ReadDir(path) : (refuse(path), nullptr); }
  char** ReadDirEx(const char* path, int maxFiles) override {
    return gNetworkAllowed ? inner_->ReadDirEx(path, maxFiles) : (refuse(path), nullptr);
  }
  char** SiblingFiles(const char* path) override { return gNetworkAllowed ? inner_->SiblingFiles(path) : nullptr; }
  int Rename(const char* from, const char* to) override {
    return gNetworkAllowed ? inner_->Rename(from, to) : (refuse(from), -1);
  }
  int IsCaseSensitive(const char* path) override { return inner_->IsCaseSensitive(path); }
  GIntBig GetDiskFreeSpace(const char* path) override { return gNetworkAllowed ? inner_->GetDiskFreeSpace(path) : -1; }
  int SupportsSparseFiles(const char* path) override { return inner_->SupportsSparseFiles(path); }
  int HasOptimizedReadMultiRange(const char* path) override { return inner_->HasOptimizedReadMultiRange(path); }
  const char* GetActualURL(const char* path) override { return inner_->GetActualURL(path); }
  const char* GetOptions() override { return inner_->GetOptions(); }
  char* GetSignedURL(const char* path, CSLConstList options) override {
    return gNetworkAllowed ? inner_->GetSignedURL(path, options) : nullptr;
  }
  bool Sync(const char* source, const char* target, const char* const* options, GDALProgressFunc progress,
            void* progressData, char*** outputs) override {
    if (!gNetworkAllowed) return refuse(source), false;
    return inner_->Sync(source, target, options, progress, progressData, outputs);
  }
  VSIDIR* OpenDir(const char* path, int depth, const char* const* options) override {
    return gNetworkAllowed ? inner_->OpenDir(path, depth, options) : (refuse(path), nullptr);
  }
  char** GetFileMetadata(const char* path, const char* domain, CSLConstList options) override {
    return gNetworkAllowed ? inner_->GetFileMetadata(path, domain, options) : (refuse(path), nullptr);
  }
  bool SetFileMetadata(const char* path, CSLConstList metadata, const char* domain, CSLConstList options) override {
    return gNetworkAllowed ? inner_->SetFileMetadata(path, metadata, domain, options) : (refuse(path), false);
  }
  bool AbortPendingUploads(const char* path) override { return gNetworkAllowed ? inner_->AbortPendingUploads(path) : false; }
  std::string GetStreamingFilename(const std::string& path) const override { return inner_->GetStreamingFilename(path); }
  bool IsLocal(const char* path) override { return inner_->IsLocal(path); }
  bool SupportsSequentialWrite(const char* path, bool allowLocalTemp) override {
    return inner_->SupportsSequentialWrite(path, allowLocalTemp);
  }
  bool SupportsRandomWrite(const char* path, bool allowLocalTemp) override {
    return inner_->SupportsRandomWrite(path, allowLocalTemp);
  }
  bool SupportsRead(const char* path) override { return inner_->SupportsRead(path); }

 private:
  VSIFilesystemHandler* inner_;
};

// Everything that goes through CPLHTTPFetch (drivers opening http:// URLs, CRS URLs, web services).
// Returning null hands the request to GDAL's own implementation.
CPLHTTPResult* gateHttpFetch(const char* url, CSLConstList, GDALProgressFunc, void*, CPLHTTPFetchWriteFunc, void*, void*) {
  if (gNetworkAllowed) return nullptr;
  refuse(url);
  auto* result = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
  result->nStatus = 1;  // a curl error: the request was not made
  result->pszErrBuf = CPLStrdup("network access is off");
  return result;
}

void installNetworkGates() {
  std::map<VSIFilesystemHandler*, NetworkGate*> gates;  // one gate per handler, whatever its prefixes
  for (std::string_view name : kNetworkFileSystems) {
    const std::string prefix = std::string(name) + "/";
    VSIFilesystemHandler* handler = VSIFileManager::GetHandler(prefix.c_str());
    // Not built into this GDAL: the path falls through to the local file system, which has no network.
    if (!handler || handler == VSIFileManager::GetHandler("")) continue;
    auto [it, fresh] = gates.try_emplace(handler, nullptr);
    if (fresh) it->second = new NetworkGate(handler);
    VSIFileManager::InstallHandler(prefix, it->second);
  }
  CPLHTTPSetFetchCallback(&gateHttpFetch, nullptr);
}

}  // namespace

void setNetworkAccess(bool allowed) {
  ensureRegistered();
  gNetworkAllowed = allowed;
}

bool networkAccessAllowed() { return gNetworkAllowed; }

ScopedNetworkAccess::ScopedNetworkAccess(bool allowed) : previous_(networkAccessAllowed()) { setNetworkAccess(allowed); }

ScopedNetworkAccess::~ScopedNetworkAccess() {
  if (!kept_) setNetworkAccess(previous_);
}

void ScopedNetworkAccess::keep(bool allowed) {
  kept_ = true;
  setNetworkAccess(allowed);
}

bool isNetworkPath(std::string_view path) {
  if (path.find("://") != std::string_view::npos) return true;
  for (std::string_view name : kNetworkFileSystems)
    for (auto at = path.find(name); at != std::string_view::npos; at = path.find(name, at + 1)) {
      const auto end = at + name.size();
      if (end == path.size() || path[end] == '/' || path[end] == '?') return true;
    }
  return false;
}

std::string withoutQuotedContent(std::string_view message, const std::vector<std::string>& mayQuote) {
  std::string text(message);
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  // Words after which parsers echo the bytes they choked on.
  static constexpr std::array<std::string_view, 7> kEchoes = {"unexpected token", "unexpected character", "starting with",
                                                              "last read:", "near '", "got '", "unknown token"};
  std::string lower = text;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  std::size_t cut = text.size();
  for (std::string_view echo : kEchoes)
    if (const auto at = lower.find(echo); at != std::string::npos) cut = std::min(cut, at + echo.size());
  if (cut < text.size()) text = text.substr(0, cut) + " …";

  auto isWordChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    char closer = 0;
    if (c == '`' || c == '"') closer = c == '`' ? '\'' : '"';
    else if (c == '\'' && (i == 0 || !isWordChar(text[i - 1]))) closer = '\'';  // not the one in "can't"
    else if (c == '<' && i + 1 < text.size() && (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '/' ||
                                                 text[i + 1] == '!' || text[i + 1] == '?'))
      closer = '>';
    if (!closer) {
      out += c;
      continue;
    }
    std::size_t end = i + 1;
    while (end < text.size() && !(text[end] == closer && (closer != '\'' || end + 1 == text.size() || !isWordChar(text[end + 1]))))
      ++end;
    const std::string inner = text.substr(i + 1, end - i - 1);
    if (end < text.size() && std::find(mayQuote.begin(), mayQuote.end(), inner) != mayQuote.end())
      out += text.substr(i, end - i + 1);
    else
      out += closer == '>' ? "<…>" : "'…'";
    i = end;  // an unterminated quote runs to the end: all of it is dropped
  }
  // One line of reasonable length, cut on a UTF-8 boundary.
  constexpr std::size_t kMaxBytes = 400;
  if (out.size() > kMaxBytes) {
    std::size_t n = kMaxBytes;
    while (n > 0 && (static_cast<unsigned char>(out[n]) & 0xC0) == 0x80) --n;
    out = out.substr(0, n) + "…";
  }
  return out;
}

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
    installNetworkGates();
  });
}

ErrorCollector::ErrorCollector(std::vector<std::string> mayQuote) : mayQuote_(std::move(mayQuote)) {
  CPLPushErrorHandlerEx(&ErrorCollector::handler, this);
}

ErrorCollector::~ErrorCollector() { CPLPopErrorHandler(); }

void ErrorCollector::clear() {
  failure_.clear();
  warning_.clear();
  errorNumber_ = 0;
}

void ErrorCollector::handler(CPLErr cls, CPLErrorNum num, const char* msg) {
  auto* self = static_cast<ErrorCollector*>(CPLGetErrorHandlerUserData());
  if (!self) return;
  const std::string text = withoutQuotedContent(msg ? msg : "", self->mayQuote_);
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
  ensureRegistered();  // the network gates stand before the first stat
  // A database (GDAL's "PG:<conninfo>") is no file: whether it is there, opening it tells.
  if (path.rfind("PG:", 0) == 0) return true;
  VSIStatBufL st;
  return VSIStatExL(fileOfPath(path).c_str(), &st, VSI_STAT_EXISTS_FLAG) == 0;
}

std::string connectionValue(const std::string& path, const std::string& key) {
  if (path.size() < 3 || std::tolower(static_cast<unsigned char>(path[0])) != 'p' ||
      std::tolower(static_cast<unsigned char>(path[1])) != 'g' || path[2] != ':')
    return {};
  // libpq's key=value syntax, as GDAL's PostgreSQL drivers split it: bare values or 'quoted'.
  for (std::size_t i = 3; i < path.size();) {
    while (i < path.size() && path[i] == ' ') ++i;
    std::size_t eq = path.find('=', i);
    if (eq == std::string::npos) break;
    std::string name = path.substr(i, eq - i);
    while (!name.empty() && name.back() == ' ') name.pop_back();
    i = eq + 1;
    while (i < path.size() && path[i] == ' ') ++i;
    std::string value;
    if (i < path.size() && path[i] == '\'') {
      for (++i; i < path.size() && path[i] != '\''; ++i) value += path[i] == '\\' && i + 1 < path.size() ? path[++i] : path[i];
      ++i;
    } else {
      for (; i < path.size() && path[i] != ' '; ++i) value += path[i];
    }
    if (name == key) return value;
  }
  return {};
}

GDALDatasetUniquePtr openDataset(const std::string& path, unsigned int flags) {
  ensureRegistered();
  if (path.empty()) throw Error(ErrorCode::InvalidInput, path, "no file name given");
  if (!networkAccessAllowed() && isNetworkPath(path))
    throw Error(ErrorCode::Unreadable, path, "not read: network access is off for this project");
  if (!pathExists(path)) throw Error(ErrorCode::FileNotFound, path, "no such file");
  ErrorCollector errors({path, CPLGetFilename(path.c_str())});
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), flags | GDAL_OF_VERBOSE_ERROR));
  if (ds) return ds;
  std::string cause = errors.failure();
  // The PostGISRaster driver's words for a missing table are its SQL and the server's echo of it.
  const std::string table = (flags & GDAL_OF_RASTER) ? connectionValue(path, "table") : std::string();
  if (!table.empty() && cause.find("does not exist") != std::string::npos) {
    const auto valueOr = [&path](const char* key, const char* fallback) {
      const std::string v = connectionValue(path, key);
      return v.empty() ? std::string(fallback) : v;
    };
    throw Error(ErrorCode::NoSuchLayer, path,
                "the database has no raster table '" + table + "' (column '" + valueOr("column", "rast") + "', schema '" +
                    valueOr("schema", "public") + "')");
  }
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
