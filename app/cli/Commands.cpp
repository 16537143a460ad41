// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtGlobal>

#include "cli/CliCommand.h"

namespace hp::cli {

int runInfo(const QStringList& arguments);
int runSample(const QStringList& arguments);

std::span<const CliCommand> commands() {
  static const CliCommand all[] = {
      {"info", QT_TRANSLATE_NOOP("habitat-cli", "Describe a raster or vector file: format, CRS, extent, bands or fields"), &runInfo},
      {"sample", QT_TRANSLATE_NOOP("habitat-cli", "Write the bundled sample region (south-west Primorsky Krai) to a folder"), &runSample},
  };
  return all;
}

}  // namespace hp::cli
