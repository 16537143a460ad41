// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/Noise.h"

#include <algorithm>
#include <cmath>

namespace hp::sample {

namespace {

// SplitMix64's finaliser: every input bit reaches every output bit.
std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// Sixteen unit gradients, 22.5 degrees apart, written out so no libm call enters the noise.
constexpr double kGradients[16][2] = {
    {1.0, 0.0},         {0.923879532511, 0.382683432365},   {0.707106781187, 0.707106781187},
    {0.382683432365, 0.923879532511},   {0.0, 1.0},         {-0.382683432365, 0.923879532511},
    {-0.707106781187, 0.707106781187},  {-0.923879532511, 0.382683432365}, {-1.0, 0.0},
    {-0.923879532511, -0.382683432365}, {-0.707106781187, -0.707106781187},
    {-0.382683432365, -0.923879532511}, {0.0, -1.0},        {0.382683432365, -0.923879532511},
    {0.707106781187, -0.707106781187},  {0.923879532511, -0.382683432365},
};

// Perlin's improved fade 6t^5 - 15t^4 + 10t^3: zero first and second derivatives at 0 and 1.
double fade(double t) { return t * t * t * (t * (t * 6 - 15) + 10); }

}  // namespace

std::uint32_t streamFor(std::uint32_t seed, Purpose purpose) {
  return hash32(seed, static_cast<std::int64_t>(purpose), 0x5EEDu);
}

std::uint32_t hash32(std::int64_t x, std::int64_t y, std::uint32_t stream) {
  const std::uint64_t h = static_cast<std::uint64_t>(x) * 0x9E3779B97F4A7C15ULL ^
                          mix64(static_cast<std::uint64_t>(y) + 0x632BE59BD9B4E019ULL) ^
                          (std::uint64_t(stream) << 32 | stream) * 0xC2B2AE3D27D4EB4FULL;
  return static_cast<std::uint32_t>(mix64(h) >> 32);
}

double hashUnit(std::int64_t x, std::int64_t y, std::uint32_t stream) {
  return hash32(x, y, stream) * (1.0 / 4294967296.0);
}

std::uint64_t Random::next() {
  state_ += 0x9E3779B97F4A7C15ULL;
  return mix64(state_);
}

double Random::uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

double Random::uniform(double low, double high) { return low + (high - low) * uniform(); }

double gradientNoise(double x, double y, std::uint32_t stream) {
  const double fx = std::floor(x);
  const double fy = std::floor(y);
  const auto ix = static_cast<std::int64_t>(fx);
  const auto iy = static_cast<std::int64_t>(fy);
  const double dx = x - fx;
  const double dy = y - fy;
  auto corner = [&](std::int64_t cx, std::int64_t cy, double ox, double oy) {
    const double* g = kGradients[hash32(cx, cy, stream) & 15u];
    return g[0] * ox + g[1] * oy;
  };
  const double n00 = corner(ix, iy, dx, dy);
  const double n10 = corner(ix + 1, iy, dx - 1, dy);
  const double n01 = corner(ix, iy + 1, dx, dy - 1);
  const double n11 = corner(ix + 1, iy + 1, dx - 1, dy - 1);
  const double u = fade(dx);
  const double v = fade(dy);
  const double bottom = n00 + (n10 - n00) * u;
  const double top = n01 + (n11 - n01) * u;
  // With unit gradients the extremes are +-sqrt(2)/2; scale them to about +-1.
  return std::clamp((bottom + (top - bottom) * v) * 1.41421356237, -1.0, 1.0);
}

double fractalNoise(double x, double y, std::uint32_t stream, int octaves) {
  double sum = 0, norm = 0, amplitude = 1, frequency = 1;
  for (int o = 0; o < octaves; ++o) {
    // Each octave its own stream and offset, so the lattice points of octaves never line up.
    sum += amplitude * gradientNoise(x * frequency + 17.31 * o, y * frequency - 9.77 * o, stream + 101u * o);
    norm += amplitude;
    amplitude *= 0.5;
    frequency *= 2;
  }
  // A sum of independent octaves rarely reaches its bound; 0.6 of it is about the 99th percentile.
  return std::clamp(sum / (0.6 * norm), -1.0, 1.0);
}

double ridgedNoise(double x, double y, std::uint32_t stream, int octaves) {
  double sum = 0, norm = 0, amplitude = 1, frequency = 1;
  for (int o = 0; o < octaves; ++o) {
    const double crest = 1 - std::abs(gradientNoise(x * frequency + 5.19 * o, y * frequency + 3.71 * o, stream + 131u * o));
    sum += amplitude * crest * crest;
    norm += amplitude;
    amplitude *= 0.5;
    frequency *= 2;
  }
  return sum / norm;
}

double smoothstep(double edge0, double edge1, double x) {
  const double t = std::clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
  return t * t * (3 - 2 * t);
}

}  // namespace hp::sample
