// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

class OGRGeometry;

namespace hp {

// How tangled a polygon's rings are: the number of pairs of edges that meet other than at the vertex two
// consecutive edges of a ring share (crossings, touches, collinear overlaps; between rings and between
// the parts of a multipolygon too). Counting stops at `limit` + 1, so the cost is bounded by the sweep
// (edges sorted by x, each tested against the edges open at its x) and not by how tangled the input
// is; a repair (GEOS MakeValid) is not: it nodes and rebuilds every crossing.
struct RingPoint {
  double x = 0, y = 0;
};
using Ring = std::vector<RingPoint>;  // closed or open: the closing edge is implied

std::size_t countRingCrossings(const std::vector<Ring>& rings, std::size_t limit);

// The rings of every polygon in a (multi)polygon or collection; other geometries have none.
std::vector<Ring> ringsOf(const OGRGeometry& geometry);

}  // namespace hp
