// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QRectF>

#include "geo/Crs.h"
#include "geo/Extent.h"

class QPainter;

namespace hp::exporting {

// Latitude and longitude lines over a map frame whose CRS may be projected (lines are reprojected
// through PROJ, so they bend as they should), labelled outside the frame where they leave it: meridians
// above and below, parallels left and right (turned along the edge). Returns false, drawing nothing,
// when the CRS is unknown or cannot be reprojected to WGS 84.
bool paintGraticule(QPainter& painter, const QRectF& frame, const Extent& extent, const Crs& crs, const QFont& labelFont);

// The direction of true north at the centre of `extent`, in degrees clockwise from the page's up
// (0 for a geographic CRS; the meridian convergence for UTM). 0 when it cannot be computed.
double trueNorthDegrees(const Extent& extent, const Crs& crs);

}  // namespace hp::exporting
