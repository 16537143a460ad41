// SPDX-License-Identifier: GPL-3.0-or-later
// Marxan's input.dat (readMarxanProject): the fuzzer's input.dat beside a valid input/ folder (pu.dat,
// spec.dat, puvspr.dat, bound.dat of MarxanFixture.h), so that the keys naming those files are followed.
#include "FuzzSupport.h"
#include "MarxanFixture.h"
#include "geo/Error.h"
#include "marxan/MarxanFiles.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string folder = [] {
    const std::string dir = (hp::fuzz::tempDir().path() / "marxan").string();
    hp::ranking::MarxanSettings settings;
    settings.boundName = "bound.dat";
    (void)hp::ranking::writeMarxanProject(dir, hp::fuzz::marxanFixture(), settings);
    return dir;
  }();
  const std::string path = hp::fuzz::tempDir().write("marxan/input.dat", hp::fuzz::asText(data, size));
  try {
    double blm = 0;
    (void)hp::ranking::readMarxanSettings(path, &blm);
    (void)hp::ranking::readMarxanProject(path);
  } catch (const hp::Error&) {
  }
  return 0;
}
