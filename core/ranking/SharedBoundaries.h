// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "Progress.h"
#include "io/VectorLayer.h"
#include "ranking/BudgetSelection.h"

namespace hp::ranking {

// Boundary lengths between the polygons of a layer, as Marxan's bound.dat and the budget
// selection's BLM term need them: one edge {a, b, km} with a < b for every pair of features whose
// boundaries share a stretch of line (touching at a point does not count), and {i, i, km} for the
// part of feature i's boundary shared with no other feature. Indices are positions in
// layer.features. Shared stretches must coincide exactly (a topologically clean coverage);
// near-misses count as outside boundary. Lengths use the CRS's linear unit, converted to km.
// Throws Error(MissingCrs) without a CRS, Error(InvalidInput) for a geographic CRS,
// Error(InvalidGeometry) when GEOS fails, hp::Cancelled when progress says stop.
std::vector<SelectionEdge> sharedBoundaries(const VectorLayer& layer, const Progress& progress = {});

}  // namespace hp::ranking
