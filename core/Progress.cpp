// SPDX-License-Identifier: GPL-3.0-or-later
#include "Progress.h"

#include "geo/Error.h"

namespace hp {

void reportProgress(const Progress& progress, double fraction, const std::string& stage) {
  if (progress && !progress(fraction, stage)) throw Cancelled();
}

}  // namespace hp
