// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/RegionGeometry.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <optional>

#include "geo/Antimeridian.h"
#include "geo/Error.h"

namespace hp::capacity {

namespace {

// Straight edges in one CRS are curves in another and on the ellipsoid. Edges are split to at most
// this length before any transformation, which keeps the area error far below 0.01 % for
// parcel-sized polygons (docs/MODEL.md).
constexpr double kDensifyMetres = 2000.0;
constexpr double kDensifyDegrees = 0.02;

// Polygons in a projected CRS up to this size take their area from the map: planar area over the
// areal scale at the centroid. The scale varies smoothly, so the error is second order:
// ~ (size² / 12) / R², about 1e-6 at 20 km; bigger ones use the geodesic area.
constexpr double kPlanarAreaMaxMetres = 20000.0;

// Planar area (CRS units²) and area centroid of the polygons in `g`; holes subtract.
void planarAreaAndCentroid(const OGRGeometry& g, double& area, double& cx, double& cy);

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

void planarAreaAndCentroid(const OGRGeometry& g, double& area, double& cx, double& cy) {
  std::vector<const OGRPolygon*> polygons;
  collectPolygons(g, polygons);
  double a2 = 0, mx = 0, my = 0;  // 2·area and 6·area·centroid, summed over rings
  auto ring = [&](const OGRLinearRing* r, double sign) {
    if (!r) return;
    double ra2 = 0, rmx = 0, rmy = 0;
    const double x0 = r->getX(0), y0 = r->getY(0);  // relative coordinates keep precision
    for (int i = 0, n = r->getNumPoints(); i + 1 < n; ++i) {
      const double xa = r->getX(i) - x0, ya = r->getY(i) - y0, xb = r->getX(i + 1) - x0, yb = r->getY(i + 1) - y0;
      const double cross = xa * yb - xb * ya;
      ra2 += cross;
      rmx += (xa + xb) * cross;
      rmy += (ya + yb) * cross;
    }
    if (ra2 < 0) ra2 = -ra2, rmx = -rmx, rmy = -rmy;
    a2 += sign * ra2;
    mx += sign * (rmx + 3 * x0 * ra2);
    my += sign * (rmy + 3 * y0 * ra2);
  };
  for (const OGRPolygon* p : polygons) {
    ring(p->getExteriorRing(), 1);
    for (int i = 0; i < p->getNumInteriorRings(); ++i) ring(p->getInteriorRing(i), -1);
  }
  area = a2 / 2;
  cx = a2 != 0 ? mx / (3 * a2) : 0;
  cy = a2 != 0 ? my / (3 * a2) : 0;
}

// Every vertex of the polygons in `g` to longitude/latitude degrees, in place.
void toLonLat(OGRGeometry& g, const ArealScale& scale, const std::string& regionId) {
  std::vector<const OGRPolygon*> polygons;
  collectPolygons(g, polygons);
  for (const OGRPolygon* p : polygons)
    for (int r = 0; r <= p->getNumInteriorRings(); ++r) {
      auto* ring = const_cast<OGRLinearRing*>(r == 0 ? p->getExteriorRing() : p->getInteriorRing(r - 1));
      for (int i = 0; ring && i < ring->getNumPoints(); ++i) {
        double x = ring->getX(i), y = ring->getY(i);
        if (!scale.toLonLat(x, y))
          throw Error(ErrorCode::ReprojectionFailed, regionId, "a vertex has no longitude/latitude (outside the projection)");
        ring->setPoint(i, x, y);
      }
    }
}

OGRGeometryUniquePtr fromGeos(const GeosContext& ctx, const GEOSGeometry* g) {
  OGRGeometryUniquePtr out = toOgr(ctx, g);
  if (!out) throw Error(ErrorCode::InvalidGeometry, {}, "a geometry cannot be converted back from GEOS");
  return out;
}

// A polygon across the antimeridian in a geographic CRS, split at ±180° (geo/Antimeridian.h) so
// densifying, transforming and pixel rings never go the long way round; others unchanged.
void splitIfAcrossAntimeridian(OGRGeometryUniquePtr& g, const Crs& crs) {
  if (!crs.isGeographic()) return;
  if (OGRGeometryUniquePtr split = splitAtAntimeridian(*g)) g = std::move(split);
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
    splitIfAcrossAntimeridian(g, basins.crs);
    if (ct) {
      g->segmentize(basins.crs.isGeographic() ? kDensifyDegrees : kDensifyMetres / basins.crs.ogr()->GetLinearUnits());
      ct->transform(*g);
      splitIfAcrossAntimeridian(g, rasterCrs);
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

RegionPreparer::RegionPreparer(const RasterInfo& raster, bool hasBasins, const std::vector<unsigned char>& basinsWkb,
                               const ArealScale* rasterScale)
    : raster_(raster), hasBasins_(hasBasins), rasterScale_(rasterScale) {
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
  const bool rasterCrs = crs.ogr() == raster_.crs.ogr() || crs.isSame(raster_.crs);
  if (!rasterCrs) t->toRaster = std::make_unique<CoordinateTransform>(crs, raster_.crs, regionId);
  t->ellipsoid = ellipsoidOf(crs);
  if (!crs.isGeographic()) {
    t->scale = rasterCrs && rasterScale_ ? std::make_unique<ArealScale>(rasterScale_->clone())
                                         : std::make_unique<ArealScale>(crs, regionId);
    t->metresPerUnit = crs.ogr()->GetLinearUnits();
  }
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
  splitIfAcrossAntimeridian(geometry, region.crs);

  // Physical area on the ellipsoid, from the region's own coordinates.
  out.areaKm2 = -1;
  if (t.scale) {
    OGREnvelope box;
    geometry->getEnvelope(&box);
    if (std::max(box.MaxX - box.MinX, box.MaxY - box.MinY) * t.metresPerUnit <= kPlanarAreaMaxMetres) {
      double planar = 0, cx = 0, cy = 0;
      planarAreaAndCentroid(*geometry, planar, cx, cy);
      std::optional<double> s;
      if (t.scale->toLonLat(cx, cy)) s = t.scale->at(cx, cy);
      if (s) out.areaKm2 = planar * t.metresPerUnit * t.metresPerUnit / *s / 1e6;
    }
  }
  if (out.areaKm2 < 0 || t.toRaster) geometry->segmentize(t.densifyStep);
  if (out.areaKm2 < 0) {
    OGRGeometryUniquePtr lonLat(geometry->clone());
    if (t.scale) toLonLat(*lonLat, *t.scale, region.id);  // a geographic CRS is longitude/latitude already
    out.areaKm2 = geodesicAreaM2(*lonLat, t.ellipsoid) / 1e6;
  }

  if (t.toRaster) {
    t.toRaster->transform(*geometry);
    splitIfAcrossAntimeridian(geometry, raster_.crs);
    // Halves split at ±180° meet again in a projected raster CRS: one polygon for the overlays.
    if (wkbFlatten(geometry->getGeometryType()) == wkbMultiPolygon && !raster_.crs.isGeographic()) {
      GeomPtr merged = adopt(geos_, GEOSUnaryUnion_r(geos_.handle(), toGeos(geos_, *geometry).get()));
      if (!merged) throw Error(ErrorCode::InvalidGeometry, region.id, "the parts cannot be merged: " + geos_.lastError());
      geometry = fromGeos(geos_, merged.get());
    }
  }

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
