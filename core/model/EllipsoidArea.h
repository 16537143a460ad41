// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hp::model {

// Exact area in m² of the cell bounded by the parallels lat1, lat2 and two meridians dLon apart
// (degrees) on an ellipsoid of semi-major axis a (m) and flattening f: the area of a pixel of a
// geographic (longitude/latitude) raster. Uses the authalic function
//   q(φ) = sin φ / (1 − e² sin² φ) + atanh(e sin φ) / e,  area = |Δλ| · b²/2 · |q(φ2) − q(φ1)|.
double latLonCellAreaM2(double semiMajorM, double flattening, double lat1Deg, double lat2Deg, double dLonDeg);

}  // namespace hp::model
