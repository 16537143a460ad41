// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cpl_port.h>

#include <string>

#include "Progress.h"

namespace hp::gdal {

// Passes GDAL's progress callbacks (GDALTranslate, BuildOverviews, ...) on to an hp::Progress under
// `stage`: give GDAL progressCallback and `this`. A stop, or an exception from the Progress, which must
// not cross GDAL's C frames, ends GDAL's work; stopped() then tells the caller to throw hp::Cancelled.
class ProgressBridge {
 public:
  ProgressBridge(const Progress& progress, std::string stage) : progress_(progress), stage_(std::move(stage)) {}
  static int CPL_STDCALL progressCallback(double fraction, const char* message, void* bridge);
  bool stopped() const { return stopped_; }

 private:
  const Progress& progress_;
  std::string stage_;
  bool stopped_ = false;
};

}  // namespace hp::gdal
