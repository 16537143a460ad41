// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "Progress.h"

namespace hp {

// Overviews (reduced copies GDAL reads instead of every pixel when a view is zoomed out) for rasters
// that came without them. GDAL builds them; this decides when and where, and cleans up after a failure.

// A raster with a side longer than this and no overviews is worth building them for: drawn zoomed
// out, it would otherwise be read whole.
constexpr int kOverviewsWorthFromPx = 2048;
// The smallest overview gdaladdo would make: levels halve until both sides are at most this.
constexpr int kSmallestOverviewPx = 256;

// Whether band 1 has no overviews (in the file or beside it) and either side exceeds
// kOverviewsWorthFromPx. Opens the file read-only; throws Error as gdal::openDataset.
bool lacksOverviews(const std::string& path);
// The same test on sizes already known.
bool overviewsWorthBuilding(int width, int height, int overviewCount);

// The decimation factors 2, 4, 8, ... down to the first level whose sides are both at most
// kSmallestOverviewPx (gdaladdo's default rule). Empty for rasters already that small.
std::vector<int> overviewFactors(int width, int height);

// Where GDAL keeps the overviews it builds for a raster opened read-only: `path` + ".ovr".
std::string externalOverviewPath(const std::string& path);

// "NEAREST" for rasters of classes (a colour table), "AVERAGE" for values such as canopy percent.
std::string defaultOverviewResampling(const std::string& path);

// Builds overviews of every band at overviewFactors() into the external file externalOverviewPath()
// (a GeoTIFF, DEFLATE-compressed) with GDAL's `resampling` ("AVERAGE", "NEAREST", ...); the raster
// itself is not written. Progress in [0, 1]; when it says stop, the build ends and throws
// hp::Cancelled. A cancelled or failed build removes the overview file it started (a file that
// was there before is left alone). Throws Error(WriteFailed) naming the raster with GDAL's words
// (a read-only folder, a full disk), Error as gdal::openDataset when the raster cannot be opened.
// Returns the number of overview levels the raster has afterwards.
int buildExternalOverviews(const std::string& path, const std::string& resampling = "AVERAGE",
                           const Progress& progress = {});

}  // namespace hp
