// SPDX-License-Identifier: GPL-3.0-or-later
// The project file opener (loadProject) on a .hplan in a private folder, external references refused
// as a project from someone else would be.
#include "FuzzSupport.h"
#include "geo/Error.h"
#include "project/ProjectFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  hp::fuzz::setUpGdal();
  const std::string path = hp::fuzz::tempDir().write("fuzz.hplan", hp::fuzz::asText(data, size));
  try {
    (void)hp::project::loadProject(path);
  } catch (const hp::Error&) {
  }
  hp::fuzz::tempDir().clear();
  return 0;
}
