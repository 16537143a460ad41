// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ColorRamp.h"

#include <algorithm>
#include <cmath>

namespace hp::render {

ColorRamp::ColorRamp(std::vector<Stop> stops) : stops_(std::move(stops)) {
  if (stops_.empty()) stops_ = {{0.0, argb(0, 0, 0)}};
  std::stable_sort(stops_.begin(), stops_.end(), [](const Stop& a, const Stop& b) { return a.position < b.position; });
}

std::vector<std::string> ColorRamp::names() { return {"greens", "greys", "viridis", "terrain", "spectral"}; }

ColorRamp ColorRamp::named(const std::string& name) {
  // Colours from ColorBrewer (Greens, Spectral), matplotlib (viridis) and GRASS (terrain), thinned.
  if (name == "greens")
    return ColorRamp({{0.0, argb(247, 252, 245)},
                      {0.25, argb(199, 233, 192)},
                      {0.5, argb(116, 196, 118)},
                      {0.75, argb(35, 139, 69)},
                      {1.0, argb(0, 68, 27)}});
  if (name == "viridis")
    return ColorRamp({{0.0, argb(68, 1, 84)},
                      {0.25, argb(59, 82, 139)},
                      {0.5, argb(33, 145, 140)},
                      {0.75, argb(94, 201, 98)},
                      {1.0, argb(253, 231, 37)}});
  if (name == "terrain")
    return ColorRamp({{0.0, argb(0, 191, 191)},
                      {0.2, argb(0, 255, 0)},
                      {0.4, argb(255, 255, 0)},
                      {0.6, argb(255, 127, 0)},
                      {0.8, argb(191, 127, 63)},
                      {1.0, argb(200, 200, 200)}});
  if (name == "spectral")
    return ColorRamp({{0.0, argb(215, 25, 28)},
                      {0.25, argb(253, 174, 97)},
                      {0.5, argb(255, 255, 191)},
                      {0.75, argb(171, 221, 164)},
                      {1.0, argb(43, 131, 186)}});
  return ColorRamp({{0.0, argb(0, 0, 0)}, {1.0, argb(255, 255, 255)}});
}

static int lerpChannel(int a, int b, double f) { return int(std::lround(a + (b - a) * f)); }

Argb ColorRamp::at(double t) const {
  if (std::isnan(t)) return 0;
  if (t <= stops_.front().position) return stops_.front().color;
  if (t >= stops_.back().position) return stops_.back().color;
  const auto hi = std::upper_bound(stops_.begin(), stops_.end(), t,
                                   [](double v, const Stop& s) { return v < s.position; });
  const auto lo = hi - 1;
  const double span = hi->position - lo->position;
  const double f = span > 0 ? (t - lo->position) / span : 0.0;
  return argb(lerpChannel(redOf(lo->color), redOf(hi->color), f),
              lerpChannel(greenOf(lo->color), greenOf(hi->color), f),
              lerpChannel(blueOf(lo->color), blueOf(hi->color), f),
              lerpChannel(alphaOf(lo->color), alphaOf(hi->color), f));
}

std::array<Argb, 256> ColorRamp::byteTable(double minValue, double maxValue, std::optional<double> nodata) const {
  std::array<Argb, 256> table{};
  const double span = maxValue - minValue;
  for (int v = 0; v < 256; ++v) {
    if (std::isnan(span)) {
      table[std::size_t(v)] = 0;
      continue;
    }
    // A zero span (a constant raster) shows everything at the ramp's low end.
    const double t = span != 0 ? (v - minValue) / span : 0.0;
    table[std::size_t(v)] = at(t);
  }
  if (nodata && *nodata >= 0 && *nodata <= 255 && *nodata == std::floor(*nodata)) table[std::size_t(*nodata)] = 0;
  return table;
}

}  // namespace hp::render
