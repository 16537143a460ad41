// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks share: wall-clock timing, the compact block of parcels a planner would pick, and the
// smooth value noise the synthetic canopy rasters are made of.
#pragma once

#include <ogr_geometry.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "geo/GdalSupport.h"
#include "project/ProjectCapacity.h"
#include "sample/SampleRegion.h"

namespace hp::bench {

using Clock = std::chrono::steady_clock;

inline double msSince(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }
inline double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// The upper median of `v` (not empty).
inline double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// The `count` parcels nearest the parcel layer's middle: a compact block, as a planner would pick.
inline project::Candidate blockOfParcels(const project::ProjectData& data, std::size_t count) {
  OGREnvelope all;
  std::vector<OGRPoint> centres(data.parcelGeometries.size());
  for (std::size_t i = 0; i < centres.size(); ++i) {
    OGREnvelope e;
    data.parcelGeometries[i]->getEnvelope(&e);
    all.Merge(e);
    centres[i] = OGRPoint((e.MinX + e.MaxX) / 2, (e.MinY + e.MaxY) / 2);
  }
  const OGRPoint mid((all.MinX + all.MaxX) / 2, (all.MinY + all.MaxY) / 2);
  std::vector<std::size_t> order(centres.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return centres[a].Distance(&mid) < centres[b].Distance(&mid); });
  project::Candidate c;
  c.name = "block";
  for (std::size_t k = 0; k < std::min(count, order.size()); ++k) c.parcelIds.push_back(data.parcelId(order[k]));
  return c;
}

// The arguments after CACHE_DIR of the benchmarks that time a block of parcels: [--parcels N] [--repeat N].
struct BlockOptions {
  std::size_t parcels = 100;
  int repeat = 7;
};

inline BlockOptions parseBlockOptions(int argc, char** argv) {
  BlockOptions o;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--parcels")) o.parcels = std::size_t(std::atoi(argv[i + 1]));
    if (!std::strcmp(argv[i], "--repeat")) o.repeat = std::max(1, std::atoi(argv[i + 1]));
  }
  return o;
}

// The sample region's files in `dir`, written there first (~4 s) unless a run has done it already.
inline sample::SamplePaths cachedSampleRegion(const std::string& dir) {
  gdal::ensureRegistered();
  const sample::SamplePaths paths = sample::samplePaths(dir);
  if (!std::filesystem::exists(paths.parcels)) {
    std::printf("writing the sample region into %s...\n", dir.c_str());
    sample::writeSampleRegion(dir);
  }
  return paths;
}

// Smooth value noise: a lattice of random values every `cell` pixels, bilinearly interpolated.
class ValueNoise {
 public:
  ValueNoise(int side, int cell, std::uint32_t seed) : cell_(cell), n_(side / cell + 2), v_(std::size_t(n_) * std::size_t(n_)) {
    std::mt19937 rng(seed);
    for (float& x : v_) x = float(rng() % 10000) / 10000.0f;
  }
  float at(int x, int y) const {
    const int cx = x / cell_, cy = y / cell_;
    const float fx = float(x % cell_) / float(cell_), fy = float(y % cell_) / float(cell_);
    auto v = [&](int i, int j) { return v_[std::size_t(j) * std::size_t(n_) + std::size_t(i)]; };
    const float top = v(cx, cy) * (1 - fx) + v(cx + 1, cy) * fx;
    const float bottom = v(cx, cy + 1) * (1 - fx) + v(cx + 1, cy + 1) * fx;
    return top * (1 - fy) + bottom * fy;
  }

 private:
  int cell_, n_;
  std::vector<float> v_;
};

}  // namespace hp::bench
