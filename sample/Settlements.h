// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "sample/Hydrology.h"
#include "sample/Polyline.h"

namespace hp::sample {

struct Settlement {
  Point center;  // m
  double radiusM = 0;
};

// Villages on low flat land by rivers and the coast, and the roads joining them.
struct Settlements {
  std::vector<Settlement> places;  // the largest (the district town) first
  std::vector<Polyline> roads;
};

constexpr int kMaxSettlements = 8;
constexpr double kMinSettlementSpacingM = 12000;

// Places the settlements, then routes roads between them along the cheapest ground (least-cost paths over
// the drainage grid: steep and high ground cost more, the sea cannot be crossed): a minimum spanning
// tree over the settlements plus a road north to Ussuriysk and one west to the border crossing.
Settlements placeSettlements(const Hydrology& hydrology, std::uint32_t seed);

}  // namespace hp::sample
