// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliProgress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>

namespace hp::cli {

namespace {

using Clock = std::chrono::steady_clock;

int terminalColumns() {
  winsize size{};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return int(size.ws_col);
  return 80;
}

// Code points, which is what a terminal shows of the ASCII stage names and of UTF-8 scenario names
// (wide CJK characters are the exception; the bar then ends a little early, never wraps worse).
std::size_t codePoints(const std::string& s) {
  return std::size_t(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The first `n` code points of s.
std::string firstCodePoints(const std::string& s, std::size_t n) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && seen++ == n) return s.substr(0, i);
  return s;
}

std::string clockText(double seconds) {
  const long total = std::lround(std::max(0.0, seconds));
  char text[32];
  if (total >= 3600) std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  else std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
  return text;
}

}  // namespace

std::string progressBarLine(const std::string& label, double fraction, double elapsedSeconds, int columns) {
  const double done = std::clamp(std::isfinite(fraction) ? fraction : 0.0, 0.0, 1.0);
  const int percent = int(done * 100);
  char tail[48];
  std::snprintf(tail, sizeof tail, "] %3d%%  %s", percent, clockText(elapsedSeconds).c_str());
  constexpr std::size_t kMinBar = 10;
  const std::size_t width = std::size_t(std::max(columns, 2) - 1);  // the last column would wrap on some terminals
  const std::size_t fixed = 2 + std::char_traits<char>::length(tail);  // " [" and the tail
  std::string shown = label;
  if (codePoints(shown) + fixed + kMinBar > width) shown = firstCodePoints(shown, width > fixed + kMinBar ? width - fixed - kMinBar : 0);
  const std::size_t bar = std::max(kMinBar, width > codePoints(shown) + fixed ? width - codePoints(shown) - fixed : 0);
  const auto filled = std::size_t(std::floor(done * double(bar) + 1e-9));
  return shown + " [" + std::string(filled, '#') + std::string(bar - filled, ' ') + tail;
}

hp::Progress stderrProgress(const std::string& command) {
  struct State {
    int lastPercent = -1;
    long lastSecond = -1;
    std::string lastStage;
    bool terminal = ::isatty(STDERR_FILENO) == 1;
    bool lineOpen = false;  // a bar is drawn and not yet ended by a newline
    Clock::time_point start = Clock::now();
    ~State() {
      if (lineOpen) {
        std::fputc('\n', stderr);
        std::fflush(stderr);
      }
    }
  };
  auto state = std::make_shared<State>();
  return [state, command](double fraction, const std::string& stage) {
    const int percent = int(fraction * 100);
    if (!state->terminal) {
      // Every 10 % in a log: the format scripts depend on.
      if (stage == state->lastStage && percent / 10 == state->lastPercent / 10) return true;
      state->lastPercent = percent;
      state->lastStage = stage;
      std::fprintf(stderr, "%s: %d%%\n", stage.c_str(), percent);
      std::fflush(stderr);
      return true;
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - state->start).count();
    const long second = long(elapsed);
    if (stage == state->lastStage && percent == state->lastPercent && second == state->lastSecond) return true;
    state->lastPercent = percent;
    state->lastStage = stage;
    state->lastSecond = second;
    const std::string label = command.empty() ? stage : command + ": " + stage;
    const int columns = terminalColumns();
    std::string line = progressBarLine(label, fraction, elapsed, columns);
    // Blank out what a longer earlier line left behind.
    const std::size_t width = std::size_t(std::max(columns, 2) - 1);
    if (codePoints(line) < width) line.append(width - codePoints(line), ' ');
    std::fprintf(stderr, "\r%s", line.c_str());
    state->lineOpen = true;
    if (percent >= 100) {
      std::fputc('\n', stderr);
      state->lineOpen = false;
    }
    std::fflush(stderr);
    return true;
  };
}

}  // namespace hp::cli
