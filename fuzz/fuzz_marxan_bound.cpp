// SPDX-License-Identifier: GPL-3.0-or-later
// Marxan's bound.dat (readMarxanBoundaries) against units 1..30 (MarxanFixture.h).
#include "FuzzSupport.h"
#include "MarxanFixture.h"
#include "geo/Error.h"
#include "marxan/MarxanFiles.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = hp::fuzz::tempDir().write("bound.dat", hp::fuzz::asText(data, size));
  try {
    (void)hp::ranking::readMarxanBoundaries(path, hp::fuzz::marxanFixture());
  } catch (const hp::Error&) {
  }
  return 0;
}
