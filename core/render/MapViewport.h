// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/Extent.h"

namespace hp::render {

// What part of the map a canvas shows: a centre in map units, a square pixel size in map units and a
// size in pixels. Screen pixels run right and down from the top-left corner of the view; map y runs up.
// A value type: zooming and panning return a new viewport.
struct MapViewport {
  double centerX = 0;
  double centerY = 0;
  double mapUnitsPerPixel = 1;
  int widthPx = 0;
  int heightPx = 0;

  bool isValid() const { return widthPx > 0 && heightPx > 0 && mapUnitsPerPixel > 0; }
  Extent extent() const;

  void toScreen(double mapX, double mapY, double& px, double& py) const;
  void toMap(double px, double py, double& mapX, double& mapY) const;

  // The smallest viewport of this pixel size that shows all of `extent`, centred on it.
  static MapViewport fitting(const Extent& extent, int widthPx, int heightPx);
  // factor > 1 zooms in. The map point under screen pixel (px, py) stays under it.
  MapViewport zoomedAt(double px, double py, double factor) const;
  // Moves the content by (dxPx, dyPx) screen pixels, as dragging the map does.
  MapViewport pannedByPixels(double dxPx, double dyPx) const;
  // Keeps the centre and the pixel size: a larger window shows more map.
  MapViewport resized(int newWidthPx, int newHeightPx) const;
  // The same map area at a different pixel density (e.g. a device pixel ratio of 2).
  MapViewport scaledPixels(double pixelRatio) const;
};

// Map-units-per-metre aware scale: 1 : denominator for a screen of `dotsPerInch`. `metresPerMapUnit` is 1
// for projected metre CRSs; for degrees pass metresPerDegree(latitude).
double scaleDenominator(double mapUnitsPerPixel, double metresPerMapUnit, double dotsPerInch);
// Inverse of scaleDenominator.
double mapUnitsPerPixelForScale(double denominator, double metresPerMapUnit, double dotsPerInch);
// Length of one degree of longitude at `latitudeDeg` on a sphere of the WGS 84 equatorial radius
// (111 319.49 m at the equator); how scale is usually quoted for geographic maps.
double metresPerDegree(double latitudeDeg);

}  // namespace hp::render
