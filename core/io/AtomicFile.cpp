// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/AtomicFile.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "geo/Error.h"

namespace hp {

std::string temporarySibling(const std::string& finalPath) {
  static std::atomic<unsigned> counter{0};
  const std::filesystem::path p(finalPath);
  // Keep the extension last: GDAL picks drivers by it.
  return (p.parent_path() / ("." + p.stem().string() + ".saving-" + std::to_string(::getpid()) + "-" +
                             std::to_string(counter++) + p.extension().string()))
      .string();
}

static bool syncPath(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

void commitAtomically(const std::string& tempPath, const std::string& finalPath) {
  std::error_code ec;
  if (!syncPath(tempPath, O_RDONLY)) {
    std::filesystem::remove(tempPath, ec);
    throw Error(ErrorCode::WriteFailed, finalPath, "cannot flush the new file: " + std::string(std::strerror(errno)));
  }
  if (std::rename(tempPath.c_str(), finalPath.c_str()) != 0) {
    const std::string cause = std::strerror(errno);
    std::filesystem::remove(tempPath, ec);
    throw Error(ErrorCode::WriteFailed, finalPath, "cannot replace the file: " + cause);
  }
  std::string dir = std::filesystem::path(finalPath).parent_path().string();
  if (dir.empty()) dir = ".";
  syncPath(dir, O_RDONLY | O_DIRECTORY);  // best effort: the rename itself is already atomic
}

}  // namespace hp
