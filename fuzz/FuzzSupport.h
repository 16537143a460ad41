// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every fuzz target shares: GDAL set up once without network or chatter, and the fuzzer's bytes
// put where a reader can open them (a real file when the code needs a path on disk, /vsimem/ else).

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

#include "geo/GdalSupport.h"

namespace hp::fuzz {

// Once per process: no network file systems or HTTP (an input naming /vsicurl/ must not reach out),
// no messages on stderr (the readers collect GDAL's errors themselves), no PAM sidecars written.
inline void setUpGdal() {
  static const bool once = [] {
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".invalid-fuzz");
    CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
    CPLSetConfigOption("GDAL_PAM_ENABLED", "NO");
    CPLSetConfigOption("CPL_DEBUG", "OFF");
    CPLSetConfigOption("GDAL_CACHEMAX", "64");  // MB: the block cache within -rss_limit_mb
    CPLSetConfigOption("GDAL_NUM_THREADS", "1");  // one decoder: the fuzzer runs two at a time on a shared machine
    hp::gdal::ensureRegistered();
    hp::gdal::setNetworkAccess(false);
    CPLSetErrorHandler(CPLQuietErrorHandler);
    return true;
  }();
  (void)once;
}

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The bytes as a /vsimem/ file for the lifetime of the object.
class MemFile {
 public:
  MemFile(std::string path, const std::uint8_t* data, std::size_t size) : path_(std::move(path)) {
    VSILFILE* f = VSIFileFromMemBuffer(path_.c_str(), const_cast<GByte*>(data), vsi_l_offset(size), FALSE);
    VSIFCloseL(f);
  }
  ~MemFile() { VSIUnlink(path_.c_str()); }
  MemFile(const MemFile&) = delete;
  MemFile& operator=(const MemFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A private folder under $TMPDIR, one per process (parallel fuzzers do not share files), emptied at exit.
class TempDir {
 public:
  TempDir() {
    const std::filesystem::path base = std::filesystem::temp_directory_path();
    path_ = base / ("hp-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }
  // Writes `bytes` to `name` inside the folder (folders created) and returns its path.
  std::string write(const std::string& name, std::string_view bytes) const {
    const std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary | std::ios::trunc).write(bytes.data(), std::streamsize(bytes.size()));
    return p.string();
  }
  // Removes everything inside, keeping the folder (what one input left must not change the next run).
  void clear() const {
    std::error_code ignored;
    for (const auto& entry : std::filesystem::directory_iterator(path_, ignored))
      std::filesystem::remove_all(entry.path(), ignored);
  }

 private:
  std::filesystem::path path_;
};

inline const TempDir& tempDir() {
  static const TempDir dir;
  return dir;
}

}  // namespace hp::fuzz
