// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPolygonF>
#include <ogr_geometry.h>

namespace hp::gui {

// Polygons as the map draws and the tools edit them (a flat list of closed or open rings, filled even-odd)
// and as GDAL stores them. Rings need not repeat their first point; fewer than 3 distinct points are dropped.

// Each ring that lies inside an odd number of other rings is a hole of the smallest ring containing it;
// one outer ring gives a Polygon, several a MultiPolygon; no usable ring gives null.
OGRGeometryUniquePtr geometryFromRings(const QList<QPolygonF>& rings);

// Every ring of a Polygon or MultiPolygon (outer first, then its holes), closing point dropped. Other
// geometry types give an empty list.
QList<QPolygonF> ringsFromGeometry(const OGRGeometry* geometry);

}  // namespace hp::gui
