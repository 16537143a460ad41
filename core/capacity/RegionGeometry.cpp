// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/RegionGeometry.h"

#include <ogr_geometry.h>

#include "geo/Error.h"

namespace hp::capacity {

namespace {

// Straight edges in one CRS are curves in another and on the ellipsoid. Edges are split to at most
// this length before any transformation, which keeps the area error far below 0.01 % for
// parcel-sized polygons (docs/MODEL.md).
constexpr double kDensifyMetres = 2000.0;
constexpr double kDensifyDegrees = 0.02;

bool isPolygonal(OGRwkbGeometryType t) {
  t = wkbFlatten(t);
  return t == wkbPolygon || t == wkbMultiPolygon;
}

// Appends the polygons of `g` (a polygon, multipolygon or a collection holding some) to `out`.
void collectPolygons(const OGRGeometry& g, std::vector<const OGRPolygon*>& out) {
  switch (wkbFlatten(g.getGeometryType())) {
    case wkbPolygon: out.push_back(g.toPolygon()); break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *g.toGeometryCollection()) collectPolygons(*part, out);
      break;
    default: break;  // lines and points left by an intersection have no area
  }
}

OGRGeometryUniquePtr fromGeos(const GeosContext& ctx, const GEOSGeometry* g) {
  OGRGeometryUniquePtr out = toOgr(ctx, g);
  if (!out) throw Error(ErrorCode::InvalidGeometry, {}, "a geometry cannot be converted back from GEOS");
  return out;
}

}  // namespace

std::vector<unsigned char> unionOfBasinsWkb(const VectorLayer& basins, const Crs& rasterCrs) {
  GeosContext ctx;
  std::unique_ptr<CoordinateTransform> ct;
  if (!basins.crs.isEmpty() && !rasterCrs.isEmpty() && !basins.crs.isSame(rasterCrs))
    ct = std::make_unique<CoordinateTransform>(basins.crs, rasterCrs, basins.path);
  std::vector<GEOSGeometry*> parts;  // owned by the collection once made
  for (const Feature& f : basins.features) {
    if (!f.geometry || !isPolygonal(f.geometry->getGeometryType())) continue;
    OGRGeometryUniquePtr g(f.geometry->clone());
    if (ct) {
      g->segmentize(basins.crs.isGeographic() ? kDensifyDegrees : kDensifyMetres / basins.crs.ogr()->GetLinearUnits());
      ct->transform(*g);
    }
    parts.push_back(toGeos(ctx, *g).release());
  }
  GeomPtr collection = adopt(ctx, GEOSGeom_createCollection_r(ctx.handle(), GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                                unsigned(parts.size())));
  if (!collection) {
    for (GEOSGeometry* p : parts) GEOSGeom_destroy_r(ctx.handle(), p);
    throw Error(ErrorCode::InvalidGeometry, basins.path, "the basins cannot be collected: " + ctx.lastError());
  }
  GeomPtr merged = adopt(ctx, GEOSUnaryUnion_r(ctx.handle(), collection.get()));
  if (!merged) throw Error(ErrorCode::InvalidGeometry, basins.path, "the basins cannot be merged: " + ctx.lastError());
  std::size_t size = 0;
  unsigned char* wkb = GEOSGeomToWKB_buf_r(ctx.handle(), merged.get(), &size);
  if (!wkb) throw Error(ErrorCode::InvalidGeometry, basins.path, "the merged basins cannot be encoded");
  std::vector<unsigned char> bytes(wkb, wkb + size);
  GEOSFree_r(ctx.handle(), wkb);
  return bytes;
}

RegionPreparer::RegionPreparer(const RasterInfo& raster, bool hasBasins, const std::vector<unsigned char>& basinsWkb)
    : raster_(raster), hasBasins_(hasBasins) {
  toPixel_ = raster.transform.inverse().value_or(GeoTransform{});
  if (hasBasins_) {
    basins_ = adopt(geos_, GEOSGeomFromWKB_buf_r(geos_.handle(), basinsWkb.data(), basinsWkb.size()));
    if (!basins_) throw Error(ErrorCode::InvalidGeometry, {}, "the merged basins cannot be decoded");
    preparedBasins_ = hp::prepare(geos_, basins_.get());
  }
}

RegionPreparer::~RegionPreparer() = default;

RegionPreparer::CrsTransforms& RegionPreparer::transformsFor(const Crs& crs, const std::string& regionId) {
  for (auto& t : transforms_)
    if (t->key == crs.ogr()) return *t;
  for (auto& t : transforms_)
    if (t->crs.isSame(crs)) return *t;
  auto t = std::make_unique<CrsTransforms>();
  t->key = crs.ogr();
  t->crs = crs;
  if (!crs.isSame(raster_.crs)) t->toRaster = std::make_unique<CoordinateTransform>(crs, raster_.crs, regionId);
  t->toLonLat = std::make_unique<CoordinateTransform>(crs, geographicBaseOf(crs), regionId);
  t->ellipsoid = ellipsoidOf(crs);
  t->densifyStep = crs.isGeographic() ? kDensifyDegrees : kDensifyMetres / crs.ogr()->GetLinearUnits();
  transforms_.push_back(std::move(t));
  return *transforms_.back();
}

std::vector<model::PixelRing> RegionPreparer::toPixelRings(const OGRGeometry& g) const {
  std::vector<const OGRPolygon*> polygons;
  collectPolygons(g, polygons);
  std::vector<model::PixelRing> rings;
  auto add = [&](const OGRLinearRing* ring, bool hole) {
    if (!ring || ring->getNumPoints() < 4) return;
    model::PixelRing out;
    out.hole = hole;
    out.points.resize(std::size_t(ring->getNumPoints()));
    for (int i = 0; i < ring->getNumPoints(); ++i)
      toPixel_.pixelToGeo(ring->getX(i), ring->getY(i), out.points[std::size_t(i)].col, out.points[std::size_t(i)].row);
    rings.push_back(std::move(out));
  };
  for (const OGRPolygon* p : polygons) {
    add(p->getExteriorRing(), false);
    for (int i = 0; i < p->getNumInteriorRings(); ++i) add(p->getInteriorRing(i), true);
  }
  return rings;
}

PreparedRegion RegionPreparer::prepare(const Region& region) {
  PreparedRegion out;
  if (region.parts.empty()) return out;
  if (region.crs.isEmpty())
    throw Error(ErrorCode::MissingCrs, region.id, "the region has no coordinate reference system");
  CrsTransforms& t = transformsFor(region.crs, region.id);

  // The region as one geometry in its own CRS: parts are merged so overlaps count once.
  OGRGeometryUniquePtr geometry;
  if (region.parts.size() == 1) {
    geometry.reset(region.parts.front()->clone());
  } else {
    std::vector<GEOSGeometry*> parts;
    for (const auto& part : region.parts)
      if (part) parts.push_back(toGeos(geos_, *part).release());
    GeomPtr collection = adopt(geos_, GEOSGeom_createCollection_r(geos_.handle(), GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                                  unsigned(parts.size())));
    GeomPtr merged = collection ? adopt(geos_, GEOSUnaryUnion_r(geos_.handle(), collection.get())) : GeomPtr();
    if (!merged) throw Error(ErrorCode::InvalidGeometry, region.id, "the parts cannot be merged: " + geos_.lastError());
    geometry = fromGeos(geos_, merged.get());
  }
  if (!geometry || geometry->IsEmpty()) return out;

  // Physical area on the ellipsoid, from the region's own coordinates.
  geometry->segmentize(t.densifyStep);
  {
    OGRGeometryUniquePtr lonLat(geometry->clone());
    t.toLonLat->transform(*lonLat);
    out.areaKm2 = geodesicAreaM2(*lonLat, t.ellipsoid) / 1e6;
  }

  if (t.toRaster) t.toRaster->transform(*geometry);

  if (hasBasins_) {
    GeomPtr g = toGeos(geos_, *geometry);
    if (GEOSPreparedContains_r(geos_.handle(), preparedBasins_.get(), g.get()) != 1) {
      out.habitatIsRegion = false;
      if (GEOSPreparedIntersects_r(geos_.handle(), preparedBasins_.get(), g.get()) == 1) {
        // Clip the (possibly huge) basin union to the region's box first: the overlay then only
        // sees the basin edges near the region.
        double x0, y0, x1, y1;
        GEOSGeom_getXMin_r(geos_.handle(), g.get(), &x0);
        GEOSGeom_getYMin_r(geos_.handle(), g.get(), &y0);
        GEOSGeom_getXMax_r(geos_.handle(), g.get(), &x1);
        GEOSGeom_getYMax_r(geos_.handle(), g.get(), &y1);
        GeomPtr nearby = adopt(geos_, GEOSClipByRect_r(geos_.handle(), basins_.get(), x0, y0, x1, y1));
        GeomPtr inside = nearby ? adopt(geos_, GEOSIntersection_r(geos_.handle(), g.get(), nearby.get())) : GeomPtr();
        if (!inside)
          throw Error(ErrorCode::InvalidGeometry, region.id,
                      "the region cannot be intersected with the basins: " + geos_.lastError());
        OGRGeometryUniquePtr habitat = fromGeos(geos_, inside.get());
        out.habitatRings = toPixelRings(*habitat);
      }
    }
  }
  out.regionRings = toPixelRings(*geometry);
  return out;
}

}  // namespace hp::capacity
