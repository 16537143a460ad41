// SPDX-License-Identifier: GPL-3.0-or-later
// A Marxan solution file (output_best, output_rNNNNN, output_ssoln: readMarxanSolution) and the
// selection it makes of units 1..30 (MarxanFixture.h).
#include "FuzzSupport.h"
#include "MarxanFixture.h"
#include "geo/Error.h"
#include "marxan/MarxanFiles.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = hp::fuzz::tempDir().write("output_best.csv", hp::fuzz::asText(data, size));
  try {
    const hp::ranking::MarxanSolutionColumn solution = hp::ranking::readMarxanSolution(path);
    (void)hp::ranking::selectionFromMarxanSolution(hp::fuzz::marxanFixture(), solution);
  } catch (const hp::Error&) {
  }
  return 0;
}
