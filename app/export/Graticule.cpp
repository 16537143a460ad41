// SPDX-License-Identifier: GPL-3.0-or-later
#include "Graticule.h"

#include <array>
#include <cmath>

namespace hp::exporting {

std::vector<double> graticuleValues(double lo, double hi, double step) {
  std::vector<double> values;
  if (!(step > 0.0) || !(hi >= lo)) return values;
  // Work in whole multiples of the step so 0.1-degree steps do not drift.
  const double first = std::ceil(lo / step - 1e-9);
  const double last = std::floor(hi / step + 1e-9);
  for (double k = first; k <= last; k += 1.0) values.push_back(k * step);
  return values;
}

double niceGraticuleStep(double lo, double hi, int targetLines) {
  static constexpr std::array<double, 11> kSteps = {10.0,        5.0,        2.0,        1.0,
                                                    30.0 / 60.0, 20.0 / 60.0, 15.0 / 60.0, 10.0 / 60.0,
                                                    5.0 / 60.0,  2.0 / 60.0, 1.0 / 60.0};
  const double span = hi - lo;
  if (!(span > 0.0)) return kSteps.back();
  const int target = targetLines < 2 ? 2 : targetLines;
  // The coarsest step that still gives at least the target number of lines; the finest otherwise.
  for (const double step : kSteps) {
    if (graticuleValues(lo, hi, step).size() >= static_cast<size_t>(target)) return step;
  }
  return kSteps.back();
}

std::string graticuleLabel(double degrees, bool isLatitude) {
  const char* hemisphere = isLatitude ? (degrees < 0 ? "S" : "N") : (degrees < 0 ? "W" : "E");
  const long totalMinutes = std::lround(std::fabs(degrees) * 60.0);
  const long whole = totalMinutes / 60;
  const long minutes = totalMinutes % 60;
  std::string label = std::to_string(whole) + "\u00B0";
  if (minutes != 0) label += (minutes < 10 ? "0" : "") + std::to_string(minutes) + "\u2032";
  if (totalMinutes != 0) label += hemisphere;
  return label;
}

}  // namespace hp::exporting
