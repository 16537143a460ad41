// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <charconv>
#include <string>

namespace hp {

// `value` with `digits` decimals and a decimal point whatever the process locale: Qt applications run
// under the user's locale, where printf would write "1,5" into a CSV file.
inline std::string fixedDecimal(double value, int digits) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, digits);
  return std::string(buffer, result.ptr);
}

}  // namespace hp
