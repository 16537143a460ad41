// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Antimeridian.h"

#include <cmath>

namespace hp {

namespace {

bool ringJumps(const OGRLinearRing* ring) {
  for (int i = 1; ring && i < ring->getNumPoints(); ++i)
    if (std::abs(ring->getX(i) - ring->getX(i - 1)) > 180) return true;
  return false;
}

bool jumps(const OGRGeometry& g) {
  switch (wkbFlatten(g.getGeometryType())) {
    case wkbPolygon: {
      const OGRPolygon* p = g.toPolygon();
      if (ringJumps(p->getExteriorRing())) return true;
      for (int i = 0; i < p->getNumInteriorRings(); ++i)
        if (ringJumps(p->getInteriorRing(i))) return true;
      return false;
    }
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *g.toGeometryCollection())
        if (jumps(*part)) return true;
      return false;
    default: return false;
  }
}

}  // namespace

OGRGeometryUniquePtr splitAtAntimeridian(const OGRGeometry& lonLat) {
  if (!jumps(lonLat)) return nullptr;
  // GDAL's default DATELINEOFFSET (10°) only wraps geometries within 10° of the line; 180° makes its
  // test "a jump of more than 180°", the rule above. Without an SRS GDAL takes x as longitude.
  OGRGeometryUniquePtr plain(lonLat.clone());
  plain->assignSpatialReference(nullptr);
  const char* options[] = {"WRAPDATELINE=YES", "DATELINEOFFSET=180", nullptr};
  OGRGeometryUniquePtr split(OGRGeometryFactory::transformWithOptions(plain.get(), nullptr, const_cast<char**>(options)));
  return split && !split->IsEmpty() ? std::move(split) : nullptr;
}

}  // namespace hp
