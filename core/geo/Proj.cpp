// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Proj.h"

#include <geodesic.h>
#include <ogr_geometry.h>

#include <cmath>
#include <vector>

#include "geo/Error.h"

namespace hp {

Ellipsoid ellipsoidOf(const Crs& crs) {
  Ellipsoid e;
  if (crs.isEmpty()) return e;
  OGRErr err = OGRERR_NONE;
  const double a = crs.ogr()->GetSemiMajor(&err);
  if (err != OGRERR_NONE || !(a > 0)) return e;
  const double invF = crs.ogr()->GetInvFlattening(&err);
  e.semiMajorM = a;
  e.flattening = (err == OGRERR_NONE && invF > 0) ? 1.0 / invF : 0.0;  // 0: a sphere
  return e;
}

Crs geographicBaseOf(const Crs& crs) {
  if (crs.isEmpty() || crs.isGeographic()) return crs;
  OGRSpatialReference* base = crs.ogr()->CloneGeogCS();
  Crs result = Crs::fromOgr(base);
  if (base) base->Release();
  return result;
}

static double ringAreaM2(const geod_geodesic& g, const OGRLinearRing& ring) {
  std::vector<double> lat, lon;
  const int n = ring.getNumPoints();
  lat.reserve(std::size_t(n));
  lon.reserve(std::size_t(n));
  for (int i = 0; i < n; ++i) {
    if (i == n - 1 && n > 1 && ring.getX(i) == ring.getX(0) && ring.getY(i) == ring.getY(0)) break;
    lon.push_back(ring.getX(i));
    lat.push_back(ring.getY(i));
  }
  if (lat.size() < 3) return 0;
  double area = 0, perimeter = 0;
  geod_polygonarea(&g, lat.data(), lon.data(), int(lat.size()), &area, &perimeter);
  return std::abs(area);
}

static double polygonAreaM2(const geod_geodesic& g, const OGRPolygon& polygon) {
  if (polygon.IsEmpty()) return 0;
  double area = ringAreaM2(g, *polygon.getExteriorRing());
  for (int i = 0; i < polygon.getNumInteriorRings(); ++i) area -= ringAreaM2(g, *polygon.getInteriorRing(i));
  return std::max(0.0, area);
}

double geodesicAreaM2(const OGRGeometry& geometry, const Ellipsoid& ellipsoid) {
  geod_geodesic g;
  geod_init(&g, ellipsoid.semiMajorM, ellipsoid.flattening);
  switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon: return polygonAreaM2(g, *geometry.toPolygon());
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
      double area = 0;
      for (const OGRGeometry* part : *geometry.toGeometryCollection()) area += geodesicAreaM2(*part, ellipsoid);
      return area;
    }
    default: return 0;  // points and lines have no area
  }
}

ArealScale::ArealScale(const Crs& projected, const std::string& file) : context_(proj_context_create()) {
  const std::string wkt = projected.wkt();
  if (context_) crs_.reset(proj_create(context_.get(), wkt.c_str()));
  if (!crs_)
    throw Error(ErrorCode::ReprojectionFailed, file,
                "PROJ cannot use the coordinate reference system " + projected.authId() + " for area factors");
}

std::optional<double> ArealScale::at(double lonDeg, double latDeg) const {
  PJ_COORD lp = proj_coord(proj_torad(lonDeg), proj_torad(latDeg), 0, 0);
  const PJ_FACTORS f = proj_factors(crs_.get(), lp);
  proj_errno_reset(crs_.get());
  if (!std::isfinite(f.areal_scale) || !(f.areal_scale > 0)) return std::nullopt;
  return f.areal_scale;
}

}  // namespace hp
