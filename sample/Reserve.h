// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "geo/Geos.h"
#include "io/VectorLayer.h"
#include "sample/Grid.h"
#include "sample/Parcels.h"
#include "sample/Region.h"

namespace hp::sample {

// The existing reserve grows parcel by parcel from the most forested ground along the western border.
constexpr double kReserveTargetKm2 = 420;
constexpr const char* kReserveName = "Land of the Leopard National Park (sample)";

// Chooses the reserve's parcels (marking them inReserve) and returns their union: forest and farmland
// parcels nearest to the centre, in a north-south ellipse, until kReserveTargetKm2 is reached.
GeomPtr makeReserve(std::vector<Parcel>& parcels, const Region& region, const Grid<float>& blockCanopy,
                    std::uint32_t seed, const GeosContext& ctx);

// Layer "reserve": name, area_km2.
VectorLayer reserveLayer(const GEOSGeometry* reserve, const GeosContext& ctx);

}  // namespace hp::sample
