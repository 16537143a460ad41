// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"

namespace hp::cli {

// Progress on stderr ("import: 42%"), one line per whole-percent step when stderr is not a
// terminal, updated in place when it is. Never cancels.
hp::Progress stderrProgress();

}  // namespace hp::cli
