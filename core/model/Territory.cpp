// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Territory.h"

#include <algorithm>
#include <cmath>

namespace hp::model {

bool isValidCanopy(double canopyPct) { return std::isfinite(canopyPct) && canopyPct >= 0 && canopyPct <= 100; }

bool isHabitatCanopy(double canopyPct, const ModelConfig& config) {
  return isValidCanopy(canopyPct) && canopyPct >= config.minCanopyPct;
}

double habitatQuality(double canopyPct, const ModelConfig& config) {
  const double span = 100.0 - config.minCanopyPct;
  if (span <= 0) return canopyPct >= config.minCanopyPct ? 1.0 : 0.0;
  return std::clamp((canopyPct - config.minCanopyPct) / span, 0.0, 1.0);
}

double territoryKm2(double quality, const ModelConfig& config) {
  const double q = std::clamp(quality, 0.0, 1.0);
  const double tMin = sqMiToKm2(config.territoryMinSqMi);
  const double tMax = sqMiToKm2(config.territoryMaxSqMi);
  return tMax - (tMax - tMin) * q;
}

double leopardEquivalents(double areaKm2, double quality, const ModelConfig& config) {
  return areaKm2 / territoryKm2(quality, config);
}

long wholeLeopards(double equivalents) {
  if (!(equivalents > 0)) return 0;
  return long(std::floor(equivalents + 1e-9));
}

ByteCanopyTable makeByteCanopyTable(const ModelConfig& config, std::optional<double> nodata) {
  ByteCanopyTable table;
  for (int v = 0; v < 256; ++v) {
    const bool valid = v <= 100 && !(nodata && *nodata == double(v));
    const bool habitat = valid && isHabitatCanopy(v, config);
    table.valid[std::size_t(v)] = valid ? 1 : 0;
    table.habitat[std::size_t(v)] = habitat ? 1 : 0;
    table.perKm2[std::size_t(v)] = habitat ? 1.0 / territoryKm2(habitatQuality(v, config), config) : 0.0;
  }
  return table;
}

}  // namespace hp::model
