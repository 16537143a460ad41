// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hp::render {

// A colour as 0xAARRGGBB, not premultiplied (the layout of Qt's QRgb and of a 32-bit ARGB image).
using Argb = std::uint32_t;

constexpr Argb argb(int r, int g, int b, int a = 255) {
  return (Argb(a) << 24) | (Argb(r) << 16) | (Argb(g) << 8) | Argb(b);
}
constexpr int alphaOf(Argb c) { return int(c >> 24); }
constexpr int redOf(Argb c) { return int((c >> 16) & 0xff); }
constexpr int greenOf(Argb c) { return int((c >> 8) & 0xff); }
constexpr int blueOf(Argb c) { return int(c & 0xff); }

// A piecewise-linear colour ramp over [0, 1]: stops sorted by position, colours interpolated channel by
// channel (alpha too) between neighbours, clamped outside.
class ColorRamp {
 public:
  struct Stop {
    double position;  // 0..1
    Argb color;
  };

  ColorRamp() = default;
  explicit ColorRamp(std::vector<Stop> stops);  // sorts; needs at least one stop

  // The ramps the map offers by name: "greens" (canopy cover: pale to dark forest green), "greys",
  // "viridis", "terrain", "spectral". An unknown name gives "greys".
  static ColorRamp named(const std::string& name);
  static std::vector<std::string> names();

  const std::vector<Stop>& stops() const { return stops_; }
  Argb at(double t) const;

  // A value-to-colour table for Byte rasters: value v maps to at((v - minValue) / (maxValue - minValue));
  // `nodata` (when it is a byte value) and NaN bounds are fully transparent.
  std::array<Argb, 256> byteTable(double minValue, double maxValue, std::optional<double> nodata) const;

 private:
  std::vector<Stop> stops_{{0.0, argb(0, 0, 0)}, {1.0, argb(255, 255, 255)}};
};

}  // namespace hp::render
