// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "Progress.h"

namespace hp::cli {

// Progress on stderr. When stderr is not a terminal: one line per 10 % step or new stage
// ("import: 40%"), a format scripts parse. On a terminal: one line redrawn in place (\r) as a bar,
// `rank: budget optimum [#########         ]  52%  0:12` (the command, when given, the stage,
// the share done and the time since the start), as wide as the terminal (TIOCGWINSZ; 80 columns
// when unknown), ended with a newline at 100 % or when the progress is destroyed (an error or a
// cancel leaves no half line for the next message). Never cancels.
hp::Progress stderrProgress(const std::string& command = {});

// The bar's line without \r, at most `columns` − 1 characters (code points) wide so that the
// terminal never wraps it: `label [###   ] NNN%  M:SS`. The bar keeps at least 10 cells; a label
// too long for that is cut. Elapsed time as M:SS, H:MM:SS from an hour on.
std::string progressBarLine(const std::string& label, double fraction, double elapsedSeconds, int columns);

}  // namespace hp::cli
