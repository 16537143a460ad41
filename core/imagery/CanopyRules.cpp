// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagery/CanopyRules.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include "geo/Error.h"

namespace hp::imagery {

void validate(const NdviRule& rule) {
  if (rule.breakpoints.empty()) throw Error(ErrorCode::InvalidInput, {}, "the NDVI rule needs at least one breakpoint");
  double previous = -std::numeric_limits<double>::infinity();
  for (const auto& [v, canopy] : rule.breakpoints) {
    if (!(v >= -1 && v <= 1) || !(v > previous))
      throw Error(ErrorCode::InvalidInput, {}, "NDVI breakpoints must ascend within -1..1");
    if (!(canopy >= 0 && canopy <= 100))
      throw Error(ErrorCode::InvalidInput, {}, "canopy at an NDVI breakpoint must be within 0..100 %");
    previous = v;
  }
}

double ndviToCanopyPct(double value, const NdviRule& rule) {
  const auto& b = rule.breakpoints;
  if (std::isnan(value)) return value;
  if (value <= b.front().first) return b.front().second;
  if (value >= b.back().first) return b.back().second;
  const auto upper = std::upper_bound(b.begin(), b.end(), value, [](double v, const auto& p) { return v < p.first; });
  const auto lower = upper - 1;
  const double t = (value - lower->first) / (upper->first - lower->first);
  return lower->second + t * (upper->second - lower->second);
}

double ndvi(double red, double nir) {
  const double sum = nir + red;
  if (sum == 0) return std::numeric_limits<double>::quiet_NaN();
  return (nir - red) / sum;
}

ClassTable parseClassTable(const std::string& text, const std::string& file) {
  ClassTable table;
  std::istringstream in(text);
  std::string line;
  int lineNo = 0;
  while (std::getline(in, line)) {
    ++lineNo;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    std::replace(line.begin(), line.end(), ';', ',');
    std::replace(line.begin(), line.end(), '\t', ',');
    const auto comma = line.find(',');
    if (comma == std::string::npos)
      throw Error(ErrorCode::InvalidInput, file, "line " + std::to_string(lineNo) + ": expected 'class,canopy'");
    const std::string a = line.substr(0, comma), b = line.substr(comma + 1);
    char* endA = nullptr;
    char* endB = nullptr;
    const long cls = std::strtol(a.c_str(), &endA, 10);
    const double canopy = std::strtod(b.c_str(), &endB);
    const bool aNumber = endA != a.c_str() && a.find_first_not_of(" 0123456789-+", 0) == std::string::npos;
    if (!aNumber || endB == b.c_str()) {
      if (table.empty() && lineNo == 1) continue;  // a header
      throw Error(ErrorCode::InvalidInput, file, "line " + std::to_string(lineNo) + ": '" + line + "' is not 'class,canopy'");
    }
    if (!(canopy >= 0 && canopy <= 100))
      throw Error(ErrorCode::InvalidInput, file, "line " + std::to_string(lineNo) + ": canopy must be within 0..100 %");
    table[cls] = canopy;
  }
  if (table.empty()) throw Error(ErrorCode::InvalidInput, file, "the class table is empty");
  return table;
}

ClassTable worldCoverTable() {
  return {{10, 80.0}, {20, 20.0}, {30, 0.0}, {40, 0.0}, {50, 0.0}, {60, 0.0},
          {70, 0.0},  {80, 0.0},  {90, 0.0}, {95, 80.0}, {100, 0.0}};
}

int lossYear(double value) {
  if (!(value > 0)) return 0;
  const int v = int(std::lround(value));
  return v < 1000 ? 2000 + v : v;
}

}  // namespace hp::imagery
