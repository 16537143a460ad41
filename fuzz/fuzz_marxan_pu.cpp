// SPDX-License-Identifier: GPL-3.0-or-later
// Marxan's pu.dat (readMarxanUnits).
#include "FuzzSupport.h"
#include "MarxanFixture.h"
#include "geo/Error.h"
#include "marxan/MarxanFiles.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = hp::fuzz::tempDir().write("pu.dat", hp::fuzz::asText(data, size));
  try {
    (void)hp::ranking::readMarxanUnits(path);
  } catch (const hp::Error&) {
  }
  return 0;
}
