// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <proj.h>

#include <memory>
#include <optional>

#include "geo/Crs.h"

class OGRGeometry;

namespace hp {

// Owners of PROJ's C handles; proj_destroy and proj_context_destroy appear only here.
struct ProjContextDeleter {
  void operator()(PJ_CONTEXT* c) const {
    if (c) proj_context_destroy(c);
  }
};
using ProjContextPtr = std::unique_ptr<PJ_CONTEXT, ProjContextDeleter>;
struct PjDeleter {
  void operator()(PJ* p) const {
    if (p) proj_destroy(p);
  }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

// The ellipsoid of a CRS's datum.
struct Ellipsoid {
  double semiMajorM = 6378137.0;
  double flattening = 1 / 298.257223563;
};
Ellipsoid ellipsoidOf(const Crs& crs);

// The geographic CRS a projected CRS is based on (a geographic CRS is its own).
Crs geographicBaseOf(const Crs& crs);

// Area on the ellipsoid (m²) of a polygon or multipolygon given in longitude/latitude degrees,
// edges taken as geodesics (PROJ's geodesic.h, Karney's algorithm). Holes subtract.
double geodesicAreaM2(const OGRGeometry& lonLatGeometry, const Ellipsoid& ellipsoid);

// The areal scale factor of a projected CRS at a point (what proj_factors() calls areal_scale):
// area measured in the CRS, in m², per m² on the ellipsoid. 1 for equal-area CRSs. Owns its own
// PROJ context: one per thread.
class ArealScale {
 public:
  // Throws Error(ReprojectionFailed) when PROJ cannot use the CRS; `file` names the data.
  // Costs PROJ database queries (tens of ms): make one, then clone() it for other threads.
  explicit ArealScale(const Crs& projected, const std::string& file = {});
  ArealScale(ArealScale&&) noexcept = default;
  ArealScale& operator=(ArealScale&&) = delete;  // would free the context before the operation
  // The same operation in a context of its own, without database queries.
  ArealScale clone() const;

  // At longitude/latitude (degrees) of the CRS's geographic base; nullopt outside the projection's domain.
  std::optional<double> at(double lonDeg, double latDeg) const;
  // CRS coordinates (x = easting) to longitude/latitude degrees of its geographic base, in place;
  // false outside the projection's domain.
  bool toLonLat(double& x, double& y) const;

 private:
  ArealScale() = default;

  ProjContextPtr context_;  // declared first: destroyed after the operation made with it
  PjPtr operation_;
  Ellipsoid ellipsoid_;
  double metresPerUnit_ = 1;
};

}  // namespace hp
