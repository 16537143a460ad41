// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The problem the Marxan fuzz targets read against (ids in puvspr.dat, bound.dat and solutions are
// checked against it): planning units 1..30 and feature 1, as `habitat-cli marxan-export` writes for
// 30 parcels of the sample region with one feature field (scripts/fuzz.sh's seeds).

#include "marxan/MarxanProblem.h"

namespace hp::fuzz {

inline const ranking::MarxanProblem& marxanFixture() {
  static const ranking::MarxanProblem problem = [] {
    ranking::MarxanProblem p;
    for (std::int64_t id = 1; id <= 30; ++id) p.units.push_back({id, 1000.0 * double(id), ranking::MarxanStatus::Available});
    p.features.push_back({1, "area_ha", 0.0, 0.3, 1.0});
    // Amounts and boundaries refer to units and features by index.
    for (int unit = 0; unit < 30; ++unit) p.amounts.push_back({0, unit, double(unit + 1)});
    for (int unit = 0; unit + 1 < 30; ++unit) p.boundaries.push_back({unit, unit + 1, 1.5});
    return p;
  }();
  return problem;
}

}  // namespace hp::fuzz
