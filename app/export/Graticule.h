// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace hp::exporting {

// Degree values of graticule lines between lo and hi (inclusive) at `step` degrees.
std::vector<double> graticuleValues(double lo, double hi, double step);

// A round step in degrees (10°, 5°, 2°, 1°, 30′, 20′, 15′, 10′, 5′, 2′, 1′) so that the span
// lo..hi holds about `targetLines` lines, never fewer than two when the span allows.
double niceGraticuleStep(double lo, double hi, int targetLines = 4);

// A label like "43°30′N" or "131°E"; minutes only when the value is not a whole degree.
// isLatitude picks N/S versus E/W; 0 has no hemisphere letter. UTF-8.
std::string graticuleLabel(double degrees, bool isLatitude);

}  // namespace hp::exporting
