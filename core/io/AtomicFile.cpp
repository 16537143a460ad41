// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/AtomicFile.h"

#include <cstdio>
#include <fstream>

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
  // Hidden, unique, and with the extension last: GDAL picks drivers by it.
  std::string name = ".";
  name += p.stem().string();
  name += ".saving-";
  name += std::to_string(::getpid());
  name += '-';
  name += std::to_string(counter++);
  name += p.extension().string();
  return (p.parent_path() / name).string();
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
    const std::string cause = std::strerror(errno);
    std::filesystem::remove(tempPath, ec);
    throw Error(ErrorCode::WriteFailed, finalPath, "cannot flush the new file: " + cause);
  }
  if (std::rename(tempPath.c_str(), finalPath.c_str()) != 0) {
    const std::string cause = std::strerror(errno);
    std::filesystem::remove(tempPath, ec);
    throw Error(ErrorCode::WriteFailed, finalPath, "cannot replace the file: " + cause);
  }
  std::filesystem::path dir = std::filesystem::path(finalPath).parent_path();
  if (dir.empty()) dir = std::filesystem::current_path();
  syncPath(dir.string(), O_RDONLY | O_DIRECTORY);  // best effort: the rename itself is already atomic
}

bool noSpaceLeft(const std::string& path) {
  std::filesystem::path dir = std::filesystem::absolute(std::filesystem::path(path)).parent_path();
  std::error_code ec;
  while (!dir.empty() && !std::filesystem::exists(dir, ec) && dir != dir.root_path()) dir = dir.parent_path();
  const std::filesystem::space_info space = std::filesystem::space(dir, ec);
  // Less than a page or two is full for any file we write: the last write needed more than that.
  constexpr std::uintmax_t kFullBelowBytes = 64 * 1024;
  return !ec && space.available < kFullBelowBytes;
}

void writeTextAtomically(const std::string& path, const std::string& text) {
  const std::string temp = temporarySibling(path);
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      std::remove(temp.c_str());
      throw Error(ErrorCode::WriteFailed, path, noSpaceLeft(path) ? "no space left on the device" : "the file cannot be written");
    }
  }
  commitAtomically(temp, path);
}

}  // namespace hp
