// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GdalProgress.h"

#include <algorithm>

namespace hp::gdal {

int CPL_STDCALL ProgressBridge::progressCallback(double fraction, const char*, void* data) {
  auto* bridge = static_cast<ProgressBridge*>(data);
  if (bridge->stopped_) return FALSE;
  try {
    if (bridge->progress_ && !bridge->progress_(std::clamp(fraction, 0.0, 1.0), bridge->stage_)) bridge->stopped_ = true;
  } catch (...) {
    bridge->stopped_ = true;
  }
  return bridge->stopped_ ? FALSE : TRUE;
}

}  // namespace hp::gdal
