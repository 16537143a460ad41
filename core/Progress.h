// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>

namespace hp {

// Reports progress as a fraction in [0,1] with a short stage name; returns false to cancel.
// Long-running core functions call it now and then and throw hp::Cancelled when it says stop.
using Progress = std::function<bool(double fraction, const std::string& stage)>;

// Calls `progress` if set; throws hp::Cancelled when it asks to stop.
void reportProgress(const Progress& progress, double fraction, const std::string& stage);

// `progress` seen by one phase of a longer job: the phase's fractions map onto [from, to] of the whole.
Progress phaseProgress(const Progress& progress, double from, double to);

}  // namespace hp
