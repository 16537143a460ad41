// SPDX-License-Identifier: GPL-3.0-or-later
#include "Progress.h"

#include "geo/Error.h"

namespace hp {

void reportProgress(const Progress& progress, double fraction, const std::string& stage) {
  if (progress && !progress(fraction, stage)) throw Cancelled();
}

Progress phaseProgress(const Progress& progress, double from, double to) {
  if (!progress) return {};
  return [progress, from, to](double fraction, const std::string& stage) { return progress(from + (to - from) * fraction, stage); };
}

}  // namespace hp
