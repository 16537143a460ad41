// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Proj.h"

#include <geodesic.h>
#include <proj_experimental.h>
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

ArealScale::ArealScale(const Crs& projected, const std::string& file)
    : context_(proj_context_create()),
      ellipsoid_(ellipsoidOf(projected)),
      metresPerUnit_(projected.isEmpty() ? 1.0 : projected.ogr()->GetLinearUnits()) {
  auto fail = [&] {
    throw Error(ErrorCode::ReprojectionFailed, file,
                "PROJ cannot use the coordinate reference system " + projected.authId() + " for area factors");
  };
  PJ_CONTEXT* ctx = context_.get();
  const std::string wkt = projected.wkt();
  PjPtr crs(ctx ? proj_create(ctx, wkt.c_str()) : nullptr);
  if (!crs) fail();
  // The operation proj_factors() builds for a projected CRS (PROJ 9.1 rebuilds it on every call):
  // from longitude/latitude in radians on the CRS's own datum to the CRS.
  PjPtr base(proj_get_source_crs(ctx, crs.get()));
  if (!base) fail();
  PjPtr datum(proj_crs_get_datum(ctx, base.get()));
  PjPtr ensemble(datum ? nullptr : proj_crs_get_datum_ensemble(ctx, base.get()));
  PjPtr cs(proj_create_ellipsoidal_2D_cs(ctx, PJ_ELLPS2D_LONGITUDE_LATITUDE, "Radian", 1.0));
  PjPtr radians(proj_create_geographic_crs_from_datum(ctx, "longitude/latitude in radians",
                                                      datum ? datum.get() : ensemble.get(), cs.get()));
  if (!radians) fail();
  PjPtr operation(proj_create_crs_to_crs_from_pj(ctx, radians.get(), crs.get(), nullptr, nullptr));
  // Easting first whatever the CRS's axis order, as GDAL's geotransforms have it.
  if (operation) operation_.reset(proj_normalize_for_visualization(ctx, operation.get()));
  if (!operation_) fail();
}

ArealScale ArealScale::clone() const {
  ArealScale copy;
  copy.context_.reset(proj_context_create());
  copy.operation_.reset(proj_clone(copy.context_.get(), operation_.get()));
  copy.ellipsoid_ = ellipsoid_;
  copy.metresPerUnit_ = metresPerUnit_;
  if (!copy.operation_) throw Error(ErrorCode::ReprojectionFailed, {}, "PROJ cannot copy an area-factor operation");
  return copy;
}

bool ArealScale::toLonLat(double& x, double& y) const {
  const PJ_COORD out = proj_trans(operation_.get(), PJ_INV, proj_coord(x, y, 0, 0));
  if (!std::isfinite(out.lp.lam) || !std::isfinite(out.lp.phi)) {
    proj_errno_reset(operation_.get());
    return false;
  }
  x = proj_todeg(out.lp.lam);
  y = proj_todeg(out.lp.phi);
  return true;
}

std::optional<double> ArealScale::at(double lonDeg, double latDeg) const {
  // s = |∂(x,y)/∂(λ,φ)| / (M N cos φ): map area per unit of ellipsoid area, the quantity
  // proj_factors() reports as areal_scale, but with x, y converted to metres (proj_factors leaves
  // a non-metre CRS's derivatives in its own units, unnormalised).
  const double lam = proj_torad(lonDeg), phi = proj_torad(latDeg), h = 1e-6;
  double x[4], y[4];
  const double dl[4] = {h, -h, 0, 0}, dp[4] = {0, 0, h, -h};
  for (int i = 0; i < 4; ++i) {
    const PJ_COORD out = proj_trans(operation_.get(), PJ_FWD, proj_coord(lam + dl[i], phi + dp[i], 0, 0));
    x[i] = out.xy.x * metresPerUnit_;
    y[i] = out.xy.y * metresPerUnit_;
    if (!std::isfinite(x[i]) || !std::isfinite(y[i])) {
      proj_errno_reset(operation_.get());
      return std::nullopt;
    }
  }
  const double jacobian = std::abs((x[0] - x[1]) * (y[2] - y[3]) - (x[2] - x[3]) * (y[0] - y[1])) / (4 * h * h);
  const double e2 = ellipsoid_.flattening * (2 - ellipsoid_.flattening);
  const double w = 1 - e2 * std::sin(phi) * std::sin(phi);
  const double meridian = ellipsoid_.semiMajorM * (1 - e2) / (w * std::sqrt(w));
  const double normal = ellipsoid_.semiMajorM / std::sqrt(w);
  const double cosPhi = std::cos(phi);
  if (!(cosPhi > 1e-12)) return std::nullopt;
  const double scale = jacobian / (meridian * normal * cosPhi);
  if (!std::isfinite(scale) || !(scale > 0)) return std::nullopt;
  return scale;
}

}  // namespace hp
