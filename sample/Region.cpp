// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/Region.h"

#include <string>

#include "geo/Error.h"

namespace hp::sample {

Region sampleRegion(double pixelSizeM) {
  // Below 10 m the canopy raster passes a gigabyte; above 300 m the rivers and roads vanish.
  if (!(pixelSizeM >= 10 && pixelSizeM <= 300))
    throw Error(ErrorCode::InvalidInput, {},
                "the sample pixel size must be between 10 and 300 m, not " + std::to_string(pixelSizeM));
  constexpr double kMinX = 650000, kMaxX = 740000, kMinY = 4725000, kMaxY = 4821000;
  Region r;
  r.pixelSizeM = pixelSizeM;
  r.width = int(std::floor((kMaxX - kMinX) / pixelSizeM + 1e-9));
  r.height = int(std::floor((kMaxY - kMinY) / pixelSizeM + 1e-9));
  r.extent.minX = kMinX;
  r.extent.maxY = kMaxY;
  r.extent.maxX = kMinX + r.width * pixelSizeM;
  r.extent.minY = kMaxY - r.height * pixelSizeM;
  return r;
}

}  // namespace hp::sample
