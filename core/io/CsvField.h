// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace hp {

// One CSV field (RFC 4180): quoted, with quotes doubled, only when it holds a separator, a quote or
// a line break, so plain ids and numbers read as before.
inline std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace hp
