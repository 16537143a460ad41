// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/ForestCover.h"

#include <algorithm>
#include <cmath>

#include "sample/LandMask.h"
#include "sample/Noise.h"
#include "sample/Polyline.h"

namespace hp::sample {

namespace {

// What a pixel is besides its land cover; a higher value wins where they overlap.
enum Feature : std::uint8_t { None = 0, RiverCorridor = 1, Outskirts = 2, Road = 3, Village = 4 };

// Villages: a ragged disc of built-up land inside a ring of gardens and pasture 1.7 times as wide.
void burnSettlement(Grid<std::uint8_t>& features, const Settlement& s, std::uint32_t stream) {
  const double reach = 1.7 * 1.3 * s.radiusM;
  const int c0 = features.colOf(s.center.x - reach), c1 = features.colOf(s.center.x + reach);
  const int r0 = features.rowOf(s.center.y + reach), r1 = features.rowOf(s.center.y - reach);
  for (int row = r0; row <= r1; ++row)
    for (int col = c0; col <= c1; ++col) {
      const double x = features.centerX(col), y = features.centerY(row);
      const double d = std::hypot(x - s.center.x, y - s.center.y);
      const double ragged = s.radiusM * (1 + 0.3 * fractalNoise(x / 700, y / 700, stream, 3));
      std::uint8_t& f = features.at(col, row);
      if (d < ragged) f = std::max<std::uint8_t>(f, Village);
      else if (d < 1.7 * ragged) f = std::max<std::uint8_t>(f, Outskirts);
    }
}

// Smooth noise fields of the land cover on the relief grid, interpolated per pixel later.
struct CoverNoise {
  Grid<float> landUse;      // shifts the line between fields and forest
  Grid<float> stands;       // forest stand density
  Grid<float> disturbance;  // old burns and logging
};

CoverNoise coverNoise(const Grid<float>& like, std::uint32_t seed) {
  CoverNoise n{like.like(0.0f), like.like(0.0f), like.like(0.0f)};
  const std::uint32_t use = streamFor(seed, Purpose::LandUse), stands = streamFor(seed, Purpose::Stands),
                      disturbance = streamFor(seed, Purpose::Disturbance);
  for (int row = 0; row < like.height; ++row)
    for (int col = 0; col < like.width; ++col) {
      const double xKm = (like.centerX(col) - like.originX) / 1000, yKm = (like.originY - like.centerY(row)) / 1000;
      n.landUse.at(col, row) = float(fractalNoise(xKm / 6, yKm / 6, use, 4));
      n.stands.at(col, row) = float(fractalNoise(xKm / 2.5, yKm / 2.5, stands, 3));
      n.disturbance.at(col, row) = float(fractalNoise(xKm / 9, yKm / 9, disturbance, 4));
    }
  return n;
}

// A patchwork of fields about 450 x 280 m, turned 20 degrees like the old collective-farm grid.
double fieldCover(double x, double y, std::uint32_t stream) {
  constexpr double kCos = 0.9397, kSin = 0.3420;
  const double u = x * kCos + y * kSin, v = -x * kSin + y * kCos;
  const auto i = static_cast<std::int64_t>(std::floor(u / 450)), j = static_cast<std::int64_t>(std::floor(v / 280));
  const double h = hashUnit(i, j, stream), k = hashUnit(i, j, stream + 1u);
  if (h < 0.08) return 35 + 25 * k;  // woodlot
  if (h < 0.30) return 12 + 18 * k;  // fallow going to scrub
  return 12 * k;                     // crops, hay, pasture
}

// Valley floors: a band along each river that grows from 0.2 km to 2 km wide as the river does (river width
// 45-260 m), on the relief grid; 1 inside, fading to 0 at the band's edge once interpolated.
Grid<float> valleyFloors(const Grid<float>& like, const std::vector<Polyline>& rivers) {
  Grid<std::uint8_t> mask = like.like<std::uint8_t>(0);
  for (const Polyline& river : rivers) {
    Polyline floor = river;
    for (double& w : floor.widthsM) w = 200 + 8.4 * (w - 45);
    burnPolyline(mask, floor, 1);
  }
  Grid<float> valley = like.like(0.0f);
  for (std::size_t i = 0; i < mask.cells.size(); ++i) valley.cells[i] = mask.cells[i];
  return valley;
}

}  // namespace

Grid<std::uint8_t> makeForestCover(const Region& region, const Terrain& terrain, const Hydrology& hydrology,
                                   const Settlements& settlements, std::uint32_t seed, const Progress& progress,
                                   double from, double to) {
  const Grid<std::uint8_t> land = makeLandMask(region, terrain);
  Grid<std::uint8_t> canopy = region.grid<std::uint8_t>(region.pixelSizeM, kSeaNodata);
  Grid<std::uint8_t> features = canopy.like<std::uint8_t>(None);
  for (const Polyline& river : hydrology.rivers) burnPolyline(features, river, RiverCorridor);
  const std::uint32_t villageStream = streamFor(seed, Purpose::Settlements) + 7u;
  for (const Settlement& s : settlements.places) burnSettlement(features, s, villageStream);
  for (const Polyline& road : settlements.roads) burnPolyline(features, road, Road);
  reportProgress(progress, from + 0.1 * (to - from), "forest cover");

  const CoverNoise noise = coverNoise(terrain.elevationM, seed);
  const Grid<float> valleys = valleyFloors(terrain.elevationM, hydrology.rivers);
  const std::uint32_t fields = streamFor(seed, Purpose::Fields), jitter = streamFor(seed, Purpose::PixelJitter);
  const Grid<float>& relief = terrain.elevationM;
  std::vector<AxisWeight> columns(canopy.width);
  for (int col = 0; col < canopy.width; ++col)
    columns[col] = axisWeight((canopy.centerX(col) - relief.originX) / relief.cellSizeM, relief.width);

  for (int row = 0; row < canopy.height; ++row) {
    if (row % 64 == 0)
      reportProgress(progress, from + (to - from) * (0.1 + 0.9 * row / canopy.height), "forest cover");
    const double y = canopy.centerY(row);
    const AxisWeight ay = axisWeight((relief.originY - y) / relief.cellSizeM, relief.height);
    for (int col = 0; col < canopy.width; ++col) {
      const AxisWeight& ax = columns[col];
      if (!land.at(col, row)) continue;  // sea stays nodata
      const double x = canopy.centerX(col);
      const double elevation = bilinear(relief, ax, ay);
      const double slope = bilinear(terrain.slope, ax, ay);
      const double pixelNoise = hashUnit(col, row, jitter) - 0.5;

      // Low flat land is farmed; the noise moves the line so fields reach up some valleys and not others.
      const double lowFlat = (1 - smoothstep(25, 150, elevation)) * (1 - smoothstep(0.015, 0.08, slope));
      const double valley = bilinear(valleys, ax, ay) * (1 - smoothstep(150, 300, elevation));
      const double openness = std::max(lowFlat, 0.75 * valley) + 0.35 * bilinear(noise.landUse, ax, ay);
      // Forest thickens with height (Korean pine and fir above oak); burns thin it most on low slopes.
      double forest = 50 + 36 * smoothstep(50, 450, elevation) + 12 * bilinear(noise.stands, ax, ay);
      forest -= 40 * smoothstep(-0.1, 0.45, bilinear(noise.disturbance, ax, ay)) * (1 - 0.6 * smoothstep(150, 450, elevation));

      double cover;
      if (openness > 0.58) cover = fieldCover(x, y, fields);
      else if (openness > 0.45) cover = 25 + 200 * (0.58 - openness) + 8 * bilinear(noise.stands, ax, ay);  // scrub edge
      else cover = forest;
      cover += 8 * pixelNoise;

      switch (features.at(col, row)) {
        case RiverCorridor: cover = openness > 0.45 ? 8 + 20 * (pixelNoise + 0.5) : 0.55 * cover; break;
        case Outskirts: cover = std::min(cover, 10 + 20 * (pixelNoise + 0.5)); break;
        case Road: cover = 4 + 8 * pixelNoise; break;
        case Village: cover = 3 + 6 * pixelNoise; break;
        default: break;
      }
      canopy.at(col, row) = std::uint8_t(std::lround(std::clamp(cover, 0.0, 100.0)));
    }
  }
  return canopy;
}

Grid<float> blockMeanCanopy(const Grid<std::uint8_t>& canopy, int factor) {
  Grid<float> mean((canopy.width + factor - 1) / factor, (canopy.height + factor - 1) / factor, canopy.originX,
                   canopy.originY, canopy.cellSizeM * factor, -1.0f);
  std::vector<double> sum(mean.cells.size(), 0.0);
  std::vector<int> count(mean.cells.size(), 0);
  for (int row = 0; row < canopy.height; ++row)
    for (int col = 0; col < canopy.width; ++col) {
      const std::uint8_t v = canopy.at(col, row);
      if (v == kSeaNodata) continue;
      const std::size_t i = mean.index(col / factor, row / factor);
      sum[i] += v;
      ++count[i];
    }
  for (std::size_t i = 0; i < sum.size(); ++i)
    if (count[i]) mean.cells[i] = float(sum[i] / count[i]);
  return mean;
}

}  // namespace hp::sample
