// SPDX-License-Identifier: GPL-3.0-or-later
// Geometry the tests build by hand: axis-aligned rectangles whose areas are easy to compute.
#pragma once

#include <ogr_geometry.h>

#include <memory>

namespace hp::test {

// The rectangle x0..x1, y0..y1 as a polygon (counter-clockwise), shared and immutable like a
// candidate's drawn polygons.
inline std::shared_ptr<const OGRGeometry> rect(double x0, double y0, double x1, double y1) {
  auto ring = std::make_unique<OGRLinearRing>();
  ring->addPoint(x0, y0);
  ring->addPoint(x1, y0);
  ring->addPoint(x1, y1);
  ring->addPoint(x0, y1);
  ring->closeRings();
  auto poly = std::make_shared<OGRPolygon>();
  poly->addRingDirectly(ring.release());
  return poly;
}

}  // namespace hp::test
