// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>

#include "model/ModelConfig.h"

namespace hp::model {

// 1 international square mile = 1609.344 m squared = 2.589988110336 km².
inline constexpr double kKm2PerSqMi = 2.589988110336;

inline double sqMiToKm2(double sqMi) { return sqMi * kKm2PerSqMi; }

// A canopy value is valid when it is a percentage: finite and within 0..100.
bool isValidCanopy(double canopyPct);
// Valid and at least min_canopy_pct. (Whether the pixel lies in a river basin is the engine's concern.)
bool isHabitatCanopy(double canopyPct, const ModelConfig& config);
// q = clamp((canopy − min) / (100 − min), 0, 1); with min = 100 every habitat pixel has q = 1.
double habitatQuality(double canopyPct, const ModelConfig& config);
// T(q) = T_max − (T_max − T_min)·q in km², q clamped to 0..1.
double territoryKm2(double quality, const ModelConfig& config);
// Leopard-equivalents of `areaKm2` of habitat of quality q: areaKm2 / T(q).
double leopardEquivalents(double areaKm2, double quality, const ModelConfig& config);
// Whole leopards a patch supports: floor(equivalents), forgiving floating error of 1e-9 so that a sum
// meant to be 2 but computed as 1.9999999999 still counts 2.
long wholeLeopards(double equivalents);

// The model evaluated for each value of a Byte canopy raster, so the engine's inner loop is a lookup.
struct ByteCanopyTable {
  std::array<std::uint8_t, 256> valid{};         // 1 when the value is a canopy percentage (0..100, not nodata)
  std::array<std::uint8_t, 256> habitat{};       // 1 when valid and ≥ min_canopy_pct
  std::array<double, 256> perKm2{};              // 1 / T(q) in leopard-equivalents per km² (0 if not habitat)
};
ByteCanopyTable makeByteCanopyTable(const ModelConfig& config, std::optional<double> nodata);

}  // namespace hp::model
