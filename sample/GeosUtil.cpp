// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/GeosUtil.h"

#include "geo/Error.h"

namespace hp::sample {

GeomPtr adoptOrThrow(const GeosContext& ctx, GEOSGeometry* g, const std::string& operation) {
  if (!g) throw Error(ErrorCode::InvalidGeometry, {}, operation + " failed: " + ctx.lastError());
  return adopt(ctx, g);
}

GeomPtr collect(const GeosContext& ctx, std::vector<GeomPtr> parts, int type) {
  std::vector<GEOSGeometry*> raw;
  raw.reserve(parts.size());
  for (GeomPtr& p : parts) raw.push_back(p.release());
  GEOSGeometry* c = GEOSGeom_createCollection_r(ctx.handle(), type, raw.data(), unsigned(raw.size()));
  if (!c)
    for (GEOSGeometry* g : raw) GEOSGeom_destroy_r(ctx.handle(), g);  // ownership passes only on success
  return adoptOrThrow(ctx, c, "making a collection");
}

static void gatherPolygons(const GeosContext& ctx, const GEOSGeometry* g, std::vector<GeomPtr>& out) {
  const int type = GEOSGeomTypeId_r(ctx.handle(), g);
  if (type == GEOS_POLYGON) {
    if (!GEOSisEmpty_r(ctx.handle(), g)) out.push_back(adoptOrThrow(ctx, GEOSGeom_clone_r(ctx.handle(), g), "copying"));
  } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
    const int n = GEOSGetNumGeometries_r(ctx.handle(), g);
    for (int i = 0; i < n; ++i) gatherPolygons(ctx, GEOSGetGeometryN_r(ctx.handle(), g, i), out);
  }
}

GeomPtr polygonalPart(const GeosContext& ctx, const GEOSGeometry* g) {
  if (!g) return adopt(ctx, nullptr);
  std::vector<GeomPtr> polygons;
  gatherPolygons(ctx, g, polygons);
  if (polygons.empty()) return adopt(ctx, nullptr);
  if (polygons.size() == 1) return std::move(polygons.front());
  return collect(ctx, std::move(polygons), GEOS_MULTIPOLYGON);
}

GeomPtr validPolygonal(const GeosContext& ctx, GeomPtr g) {
  if (!g || GEOSisValid_r(ctx.handle(), g.get()) == 1) return g;
  GeomPtr fixed = adoptOrThrow(ctx, GEOSMakeValid_r(ctx.handle(), g.get()), "repairing a polygon");
  return polygonalPart(ctx, fixed.get());
}

double areaOf(const GeosContext& ctx, const GEOSGeometry* g) {
  double area = 0;
  if (g) GEOSArea_r(ctx.handle(), g, &area);
  return area;
}

}  // namespace hp::sample
