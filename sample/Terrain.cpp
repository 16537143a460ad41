// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/Terrain.h"

#include <algorithm>
#include <cmath>

#include "sample/Noise.h"

namespace hp::sample {

namespace {

struct Relief {
  double landness;
  double elevationM;
};

// xn, yn: position in the region, 0..1 from the west and from the south edge; xKm, yKm the same in km.
Relief reliefAt(double xn, double yn, double xKm, double yKm, std::uint32_t warp, std::uint32_t detail,
                std::uint32_t ridgeStream, std::uint32_t hillStream) {
  // The coast runs south-west to north-east across the south-east corner (Amur Bay, Peter the Great Gulf).
  // Warping the position bends it into bays and peninsulas; the detail term roughens it at a few km.
  const double wx = 0.11 * fractalNoise(xKm / 28, yKm / 28, warp, 3);
  const double wy = 0.11 * fractalNoise(xKm / 28 + 40, yKm / 28 - 40, warp + 7u, 3);
  const double diagonal = (xn + wx) - (yn + wy);  // -1 in the north-west corner, +1 in the south-east
  const double landness = 0.36 - diagonal + 0.045 * fractalNoise(xKm / 5, yKm / 5, detail, 4);
  if (landness <= 0) return {landness, 400 * landness};

  const double inland = std::clamp(landness / 0.7, 0.0, 1.0);
  const double ridges = ridgedNoise(xKm / 16, yKm / 16, ridgeStream, 5);
  const double hills = fractalNoise(xKm / 4, yKm / 4, hillStream, 4);
  // The Black Mountains along the Chinese border: the highest ground (600-900 m) in the west.
  const double border = smoothstep(0.25, 0.0, xn);
  // Ridges reach the sea at a third of their height, so lowland alternates with headlands along the coast.
  const double rise = 0.3 + 0.7 * smoothstep(0.0, 0.45, inland);
  const double elevation = 4 + 200 * inland + rise * (380 * ridges * ridges * ridges + 240 * border * ridges) +
                           60 * hills * smoothstep(0.0, 0.05, inland);
  return {landness, std::max(1.0, elevation)};
}

}  // namespace

Terrain makeTerrain(const Region& region, std::uint32_t seed) {
  Terrain t;
  t.elevationM = region.grid<float>(kTerrainCellM, 0.0f);
  t.landness = t.elevationM.like(0.0f);
  t.slope = t.elevationM.like(0.0f);
  const std::uint32_t warp = streamFor(seed, Purpose::CoastWarp);
  const std::uint32_t detail = streamFor(seed, Purpose::CoastDetail);
  const std::uint32_t ridges = streamFor(seed, Purpose::Ridges);
  const std::uint32_t hills = streamFor(seed, Purpose::Hills);
  const double widthKm = region.extent.width() / 1000, heightKm = region.extent.height() / 1000;

  Grid<float>& e = t.elevationM;
  for (int row = 0; row < e.height; ++row)
    for (int col = 0; col < e.width; ++col) {
      const double xKm = (e.centerX(col) - region.extent.minX) / 1000;
      const double yKm = (e.centerY(row) - region.extent.minY) / 1000;
      const Relief r = reliefAt(xKm / widthKm, yKm / heightKm, xKm, yKm, warp, detail, ridges, hills);
      e.at(col, row) = float(r.elevationM);
      t.landness.at(col, row) = float(r.landness);
    }

  for (int row = 0; row < e.height; ++row)
    for (int col = 0; col < e.width; ++col) {
      const int l = std::max(col - 1, 0), r = std::min(col + 1, e.width - 1);
      const int u = std::max(row - 1, 0), d = std::min(row + 1, e.height - 1);
      const double dzdx = (e.at(r, row) - e.at(l, row)) / ((r - l) * kTerrainCellM);
      const double dzdy = (e.at(col, d) - e.at(col, u)) / ((d - u) * kTerrainCellM);
      t.slope.at(col, row) = float(std::sqrt(dzdx * dzdx + dzdy * dzdy));
    }
  return t;
}

}  // namespace hp::sample
