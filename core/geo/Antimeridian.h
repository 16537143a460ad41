// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_geometry.h>

namespace hp {

// A polygon in longitude/latitude whose ring jumps by more than 180° in longitude between two
// consecutive vertices crosses the antimeridian: edges are the short way round, never 359° long.
// Returns it split at ±180° into parts inside [-180, 180] (GDAL's WRAPDATELINE, the rule above),
// or null when it does not cross, so callers keep the original untouched.
OGRGeometryUniquePtr splitAtAntimeridian(const OGRGeometry& lonLat);

}  // namespace hp
