// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cpl_progress.h>

#include <algorithm>
#include <string>

#include "Progress.h"
#include "geo/Error.h"

namespace hp::sample {

// Lends an hp::Progress to a GDAL function as a GDALProgressFunc covering [from, to] of the whole job.
// An exception must not cross GDAL's C frames, so a cancel is remembered here and thrown afterwards
// by throwIfCancelled().
class GdalProgress {
 public:
  GdalProgress(const Progress& progress, double from, double to, std::string stage)
      : progress_(progress), from_(from), to_(to), stage_(std::move(stage)) {}

  static int CPL_STDCALL callback(double fraction, const char*, void* self) {
    auto* p = static_cast<GdalProgress*>(self);
    if (!p->progress_) return TRUE;
    // Some GDAL algorithms restart their count for a second pass; the caller sees it only go forward.
    p->done_ = std::max(p->done_, std::clamp(fraction, 0.0, 1.0));
    try {
      if (!p->progress_(p->from_ + (p->to_ - p->from_) * p->done_, p->stage_)) p->cancelled_ = true;
    } catch (...) {
      p->cancelled_ = true;
    }
    return p->cancelled_ ? FALSE : TRUE;
  }
  void* arg() { return this; }
  bool cancelled() const { return cancelled_; }
  void throwIfCancelled() const {
    if (cancelled_) throw Cancelled();
  }

 private:
  const Progress& progress_;
  double from_;
  double to_;
  std::string stage_;
  double done_ = 0;
  bool cancelled_ = false;
};

}  // namespace hp::sample
