// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "Progress.h"
#include "imagery/CanopyRules.h"

namespace hp::imagery {

enum class ImportMethod {
  Canopy,   // the input already is canopy cover % (global tree-cover products)
  Ndvi,     // red and near-infrared bands -> NDVI -> canopy by NdviRule
  Classes,  // land-cover classes -> canopy by a class table
  Loss,     // year-of-loss raster: pixels lost from lossFromYear on become 0 % canopy
};
const char* methodName(ImportMethod method);  // "canopy", "ndvi", "classes", "loss"

struct ImportRequest {
  std::vector<std::string> files;  // one or several tiles, any GDAL raster, any CRS and resolution
  ImportMethod method = ImportMethod::Canopy;
  int band = 1;                    // canopy, classes, loss
  int redBand = 0;                 // ndvi, 1-based
  int nirBand = 0;                 // ndvi, 1-based
  NdviRule ndviRule;
  ClassTable classes;
  int lossFromYear = 0;
};

struct ImportSummary {
  long long pixels = 0;        // pixels of the forest grid
  long long covered = 0;       // pixels the input gave a value for (not nodata, masked or outside)
  long long lost = 0;          // pixels whose canopy fell by 10 points or more
  long long gained = 0;        // pixels whose canopy rose by 10 points or more
  double meanCanopyBefore = 0; // over valid pixels, %
  double meanCanopyAfter = 0;
};

// Reprojects and resamples the inputs onto the grid of `currentForest` with GDAL's warper (average
// for continuous values, mode for classes and loss years), honouring nodata and mask bands, turns
// them into canopy cover % by `request.method`, and writes a new forest raster to `outPath`
// (Byte, 0..100 %, nodata 255, tiled, DEFLATE, overviews). Where the input has no value (clouds,
// gaps, outside its footprint) the current cover is kept; the grid's own nodata (the sea) stays nodata.
// An input that does not overlap the grid is an Error(InvalidInput). Streams strip by strip in bounded memory.
// The output appears only when complete (written beside it and renamed); a cancel or an error leaves
// no file. Throws hp::Error naming the file at fault, hp::Cancelled.
ImportSummary importForestCover(const ImportRequest& request, const std::string& currentForest,
                                const std::string& outPath, const Progress& progress = {});

}  // namespace hp::imagery
