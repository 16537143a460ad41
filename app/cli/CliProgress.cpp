// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliProgress.h"

#include <unistd.h>

#include <cstdio>
#include <memory>

namespace hp::cli {

hp::Progress stderrProgress() {
  struct State {
    int lastPercent = -1;
    std::string lastStage;
    bool terminal = ::isatty(STDERR_FILENO) == 1;
  };
  auto state = std::make_shared<State>();
  return [state](double fraction, const std::string& stage) {
    const int percent = int(fraction * 100);
    // Every 10 % in a log, every 1 % on a terminal.
    const int step = state->terminal ? 1 : 10;
    if (stage == state->lastStage && percent / step == state->lastPercent / step) return true;
    state->lastPercent = percent;
    state->lastStage = stage;
    std::fprintf(stderr, state->terminal ? "\r%s: %3d%%" : "%s: %d%%\n", stage.c_str(), percent);
    if (state->terminal && percent >= 100) std::fputc('\n', stderr);
    std::fflush(stderr);
    return true;
  };
}

}  // namespace hp::cli
