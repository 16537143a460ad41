// SPDX-License-Identifier: GPL-3.0-or-later
// Marxan's spec.dat (readMarxanFeatures).
#include "FuzzSupport.h"
#include "MarxanFixture.h"
#include "geo/Error.h"
#include "marxan/MarxanFiles.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = hp::fuzz::tempDir().write("spec.dat", hp::fuzz::asText(data, size));
  try {
    std::vector<std::string> warnings;
    (void)hp::ranking::readMarxanFeatures(path, &warnings);
  } catch (const hp::Error&) {
  }
  return 0;
}
