// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "geo/Geos.h"

namespace hp::sample {

// Takes a geometry GEOS returned, or throws Error(InvalidGeometry) with GEOS's message when it is null.
GeomPtr adoptOrThrow(const GeosContext& ctx, GEOSGeometry* g, const std::string& operation);

// A collection (MultiPolygon when `polygons` holds only polygons) that takes ownership of them all.
GeomPtr collect(const GeosContext& ctx, std::vector<GeomPtr> parts, int type);

// The polygons of any geometry as one Polygon or MultiPolygon (lines and points dropped); null when none.
GeomPtr polygonalPart(const GeosContext& ctx, const GEOSGeometry* g);

// The geometry itself when valid, else GEOS's MakeValid of it reduced to its polygons.
GeomPtr validPolygonal(const GeosContext& ctx, GeomPtr g);

double areaOf(const GeosContext& ctx, const GEOSGeometry* g);

}  // namespace hp::sample
