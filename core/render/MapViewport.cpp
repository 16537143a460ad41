// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapViewport.h"

#include <cmath>
#include <numbers>

namespace hp::render {

Extent MapViewport::extent() const {
  const double halfW = widthPx * mapUnitsPerPixel / 2;
  const double halfH = heightPx * mapUnitsPerPixel / 2;
  return {centerX - halfW, centerY - halfH, centerX + halfW, centerY + halfH};
}

void MapViewport::toScreen(double mapX, double mapY, double& px, double& py) const {
  px = (mapX - centerX) / mapUnitsPerPixel + widthPx / 2.0;
  py = (centerY - mapY) / mapUnitsPerPixel + heightPx / 2.0;
}

void MapViewport::toMap(double px, double py, double& mapX, double& mapY) const {
  mapX = centerX + (px - widthPx / 2.0) * mapUnitsPerPixel;
  mapY = centerY - (py - heightPx / 2.0) * mapUnitsPerPixel;
}

MapViewport MapViewport::fitting(const Extent& e, int widthPx, int heightPx) {
  MapViewport v;
  v.widthPx = widthPx;
  v.heightPx = heightPx;
  if (e.isEmpty() || widthPx <= 0 || heightPx <= 0) return v;
  v.centerX = e.centerX();
  v.centerY = e.centerY();
  v.mapUnitsPerPixel = std::max(e.width() / widthPx, e.height() / heightPx);
  if (!(v.mapUnitsPerPixel > 0)) v.mapUnitsPerPixel = 1;  // a point or a line: any zoom shows it
  return v;
}

MapViewport MapViewport::zoomedAt(double px, double py, double factor) const {
  if (!(factor > 0)) return *this;
  double x, y;
  toMap(px, py, x, y);
  MapViewport v = *this;
  v.mapUnitsPerPixel = mapUnitsPerPixel / factor;
  // Put (x, y) back under (px, py): centre = point - offset-from-centre at the new resolution.
  v.centerX = x - (px - widthPx / 2.0) * v.mapUnitsPerPixel;
  v.centerY = y + (py - heightPx / 2.0) * v.mapUnitsPerPixel;
  return v;
}

MapViewport MapViewport::pannedByPixels(double dxPx, double dyPx) const {
  MapViewport v = *this;
  v.centerX -= dxPx * mapUnitsPerPixel;
  v.centerY += dyPx * mapUnitsPerPixel;
  return v;
}

MapViewport MapViewport::resized(int newWidthPx, int newHeightPx) const {
  MapViewport v = *this;
  v.widthPx = newWidthPx;
  v.heightPx = newHeightPx;
  return v;
}

MapViewport MapViewport::scaledPixels(double pixelRatio) const {
  MapViewport v = *this;
  v.widthPx = int(std::lround(widthPx * pixelRatio));
  v.heightPx = int(std::lround(heightPx * pixelRatio));
  v.mapUnitsPerPixel = mapUnitsPerPixel / pixelRatio;
  return v;
}

static constexpr double kMetresPerInch = 0.0254;

double scaleDenominator(double mapUnitsPerPixel, double metresPerMapUnit, double dotsPerInch) {
  return mapUnitsPerPixel * metresPerMapUnit / (kMetresPerInch / dotsPerInch);
}

double mapUnitsPerPixelForScale(double denominator, double metresPerMapUnit, double dotsPerInch) {
  return denominator * (kMetresPerInch / dotsPerInch) / metresPerMapUnit;
}

double metresPerDegree(double latitudeDeg) {
  constexpr double kEquatorialRadiusM = 6378137.0;
  return kEquatorialRadiusM * std::numbers::pi / 180.0 * std::cos(latitudeDeg * std::numbers::pi / 180.0);
}

}  // namespace hp::render
