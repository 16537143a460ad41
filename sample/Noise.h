// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace hp::sample {

// Hashes and smooth noise of our own. std:: distributions may change between standard library
// versions; these are plain integer and double arithmetic, so one seed gives one region everywhere.

// What a random number is for. Each use draws from its own stream, so changing how one feature
// is generated does not reshuffle the others.
enum class Purpose : std::uint32_t {
  CoastWarp = 1,
  CoastDetail,
  Ridges,
  Hills,
  LandUse,
  Stands,
  Disturbance,
  Fields,
  PixelJitter,
  BasinWarp,
  RiverJitter,
  RoadJitter,
  Settlements,
  ParcelSeeds,
  ParcelAttributes,
  Reserve,
};

// The stream for one purpose under one user seed.
std::uint32_t streamFor(std::uint32_t seed, Purpose purpose);

// Mixes a lattice point and a stream into 32 well-spread bits.
std::uint32_t hash32(std::int64_t x, std::int64_t y, std::uint32_t stream);
// The same as a number in [0, 1).
double hashUnit(std::int64_t x, std::int64_t y, std::uint32_t stream);

// A sequential generator (SplitMix64) for draws that have no natural lattice point.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  double uniform();                       // [0, 1)
  double uniform(double low, double high);  // [low, high)

 private:
  std::uint64_t state_;
};

// 2-D gradient (Perlin) noise, lattice spacing 1, about [-1, 1]; exactly 0 on lattice points.
double gradientNoise(double x, double y, std::uint32_t stream);

// Sum of `octaves` gradient noises of halving wavelength and amplitude, scaled back to about [-1, 1].
double fractalNoise(double x, double y, std::uint32_t stream, int octaves);

// Ridged fractal noise in [0, 1]: sharp crests near 1 along winding lines, broad lows between.
double ridgedNoise(double x, double y, std::uint32_t stream, int octaves);

// 0 below edge0, 1 above edge1, smooth between (edge0 > edge1 reverses it).
double smoothstep(double edge0, double edge1, double x);

}  // namespace hp::sample
