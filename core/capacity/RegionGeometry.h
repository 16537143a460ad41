// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "capacity/CapacityEngine.h"
#include "geo/Geos.h"
#include "geo/Proj.h"
#include "io/RasterSource.h"
#include "model/CoverageFraction.h"

namespace hp::capacity {

// A region made ready for the raster: its physical area and its polygons in the raster's pixel space.
// The area: in a projected CRS, for regions up to 20 km across, the planar area divided by the areal
// scale at the centroid (second-order error, ~1e-6 at 20 km); otherwise the geodesic area of the polygon
// (edges densified to 2 km) on the CRS's ellipsoid.
struct PreparedRegion {
  double areaKm2 = 0;
  std::vector<model::PixelRing> regionRings;   // where canopy is averaged
  bool habitatIsRegion = true;                 // the region lies wholly inside the basins
  std::vector<model::PixelRing> habitatRings;  // region ∩ basins, when that differs
};

// The basins merged once (GEOS unary union, in the raster's CRS), handed to every preparer as WKB
// so each thread builds its own GEOS objects.
std::vector<unsigned char> unionOfBasinsWkb(const VectorLayer& basins, const Crs& rasterCrs);

// Turns Regions into PreparedRegions. Owns a GEOS context, a prepared basin union and coordinate
// transforms: use one per thread.
class RegionPreparer {
 public:
  // `basinsWkb` empty with `hasBasins` false: no basin constraint. `rasterScale`: the raster CRS's
  // areal scale (null for a geographic raster), cloned rather than rebuilt for regions in that CRS.
  RegionPreparer(const RasterInfo& raster, bool hasBasins, const std::vector<unsigned char>& basinsWkb,
                 const ArealScale* rasterScale = nullptr);
  ~RegionPreparer();
  RegionPreparer(const RegionPreparer&) = delete;
  RegionPreparer& operator=(const RegionPreparer&) = delete;

  // Throws Error(ReprojectionFailed / InvalidGeometry) naming the region.
  PreparedRegion prepare(const Region& region);

 private:
  struct CrsTransforms {
    const OGRSpatialReference* key = nullptr;  // the Crs instance they were made for
    Crs crs;
    std::unique_ptr<CoordinateTransform> toRaster;  // null when the region is in the raster's CRS
    Ellipsoid ellipsoid;
    std::unique_ptr<ArealScale> scale;  // projected CRSs only: areas, and the way to longitude/latitude
    double metresPerUnit = 1;
    double densifyStep = 0;  // in the region CRS's units
  };
  CrsTransforms& transformsFor(const Crs& crs, const std::string& regionId);
  std::vector<model::PixelRing> toPixelRings(const OGRGeometry& rasterCrsGeometry) const;

  RasterInfo raster_;
  GeoTransform toPixel_;
  GeosContext geos_;
  GeomPtr basins_;
  PreparedPtr preparedBasins_;
  bool hasBasins_ = false;
  const ArealScale* rasterScale_ = nullptr;
  std::vector<std::unique_ptr<CrsTransforms>> transforms_;
};

}  // namespace hp::capacity
