// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagery/ForestImport.h"

#include <gdal_utils.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/ByteRasterWriter.h"
#include "io/RasterSource.h"

namespace hp::imagery {

namespace {

constexpr float kWarpNodata = -1.0e30f;
constexpr int kStripRows = 256;

struct OptionsList {
  char** list = nullptr;
  ~OptionsList() { CSLDestroy(list); }
  void add(const std::string& s) { list = CSLAddString(list, s.c_str()); }
};

struct TranslateOptionsDeleter {
  void operator()(GDALTranslateOptions* o) const { GDALTranslateOptionsFree(o); }
};
struct WarpOptionsDeleter {
  void operator()(GDALWarpAppOptions* o) const { GDALWarpAppOptionsFree(o); }
};

std::string g17(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

// The bands this method reads, 1-based, in the order compute() expects them.
std::vector<int> bandsFor(const ImportRequest& r) {
  if (r.method == ImportMethod::Ndvi) return {r.redBand, r.nirBand};
  return {r.band};
}

// A VRT of just the bands we need from one input (masks and nodata kept).
GDALDatasetUniquePtr selectBands(const RasterSource& source, const std::vector<int>& bands) {
  OptionsList args;
  args.add("-of");
  args.add("VRT");
  for (int b : bands) {
    args.add("-b");
    args.add(std::to_string(b));
  }
  std::unique_ptr<GDALTranslateOptions, TranslateOptionsDeleter> options(GDALTranslateOptionsNew(args.list, nullptr));
  gdal::ErrorCollector errors;
  GDALDatasetUniquePtr vrt(GDALDataset::FromHandle(GDALTranslate("", source.dataset(), options.get(), nullptr)));
  if (!vrt) throw Error(ErrorCode::Unreadable, source.path(), "cannot select bands: " + errors.failure());
  return vrt;
}

}  // namespace

const char* methodName(ImportMethod method) {
  switch (method) {
    case ImportMethod::Canopy: return "canopy";
    case ImportMethod::Ndvi: return "ndvi";
    case ImportMethod::Classes: return "classes";
    case ImportMethod::Loss: return "loss";
  }
  return "canopy";
}

ImportSummary importForestCover(const ImportRequest& request, const std::string& currentForest,
                                const std::string& outPath, const Progress& progress) {
  if (request.files.empty()) throw Error(ErrorCode::InvalidInput, {}, "no input file given");
  if (request.method == ImportMethod::Ndvi) {
    if (request.redBand < 1 || request.nirBand < 1)
      throw Error(ErrorCode::InvalidInput, request.files.front(), "NDVI needs the red and near-infrared band numbers");
    validate(request.ndviRule);
  }
  if (request.method == ImportMethod::Classes && request.classes.empty())
    throw Error(ErrorCode::InvalidInput, request.files.front(), "the class method needs a class -> canopy table");
  if (request.method == ImportMethod::Loss && request.lossFromYear <= 0)
    throw Error(ErrorCode::InvalidInput, request.files.front(), "the loss method needs the year from which loss applies");

  const RasterSource forest = RasterSource::open(currentForest);
  const RasterInfo& grid = forest.info();
  if (grid.transform.hasRotation())
    throw Error(ErrorCode::InvalidInput, currentForest, "the forest grid is rotated; imports need a north-up grid");
  const std::optional<double> forestNodata = grid.bands[0].nodata;

  // Open and check every input first: a bad file fails before any work is done.
  const std::vector<int> bands = bandsFor(request);
  std::vector<RasterSource> sources;
  std::vector<GDALDatasetUniquePtr> selected;
  for (const std::string& file : request.files) {
    sources.push_back(RasterSource::open(file));
    const int count = int(sources.back().info().bands.size());
    for (int b : bands)
      if (b < 1 || b > count)
        throw Error(ErrorCode::InvalidInput, file, "has " + std::to_string(count) + " band(s), no band " + std::to_string(b));
    // An input that misses the forest grid would silently change nothing: say so instead.
    const CoordinateTransform toGrid(sources.back().info().crs, grid.crs, file);
    if (!toGrid.transformBounds(sources.back().info().extent).intersects(grid.extent))
      throw Error(ErrorCode::InvalidInput, file, "does not overlap the forest grid (" + grid.path + ")");
    selected.push_back(selectBands(sources.back(), bands));
  }

  // One warped view of all inputs on the forest grid; GDAL mosaics them and honours nodata/masks.
  const bool categorical = request.method == ImportMethod::Classes || request.method == ImportMethod::Loss;
  OptionsList args;
  // No -multi or warper NUM_THREADS: nested with GDAL_NUM_THREADS decoding they deadlock in GDAL 3.6.
  for (const char* a : {"-of", "VRT", "-ot", "Float32", "-wm", "256"}) args.add(a);
  args.add("-r");
  args.add(categorical ? "mode" : "average");
  args.add("-t_srs");
  args.add(grid.crs.wkt());
  args.add("-te");
  for (double v : {grid.extent.minX, grid.extent.minY, grid.extent.maxX, grid.extent.maxY}) args.add(g17(v));
  args.add("-ts");
  args.add(std::to_string(grid.width));
  args.add(std::to_string(grid.height));
  args.add("-dstnodata");
  args.add(g17(kWarpNodata));
  std::unique_ptr<GDALWarpAppOptions, WarpOptionsDeleter> warpOptions(GDALWarpAppOptionsNew(args.list, nullptr));
  std::vector<GDALDatasetH> handles;
  for (auto& s : selected) handles.push_back(GDALDataset::ToHandle(s.get()));
  gdal::ErrorCollector warpErrors;
  GDALDatasetUniquePtr warped(GDALDataset::FromHandle(
      GDALWarp("", nullptr, int(handles.size()), handles.data(), warpOptions.get(), nullptr)));
  if (!warped)
    throw Error(ErrorCode::ReprojectionFailed, request.files.front(),
                "cannot reproject onto the forest grid: " + warpErrors.failure());

  // The new raster, written beside its final name.
  ByteRasterWriter out(outPath, grid.width, grid.height, grid.transform, grid.crs, 255, "canopy cover (%)");

  ImportSummary summary;
  summary.pixels = static_cast<long long>(grid.width) * grid.height;
  double sumBefore = 0, sumAfter = 0;
  long long validBefore = 0, validAfter = 0;
  const std::size_t stripCapacity = std::size_t(grid.width) * kStripRows;
  std::vector<float> current(stripCapacity);
  std::vector<std::vector<float>> values(bands.size(), std::vector<float>(stripCapacity));
  std::vector<std::uint8_t> result(stripCapacity);

  for (int row = 0; row < grid.height; row += kStripRows) {
    reportProgress(progress, double(row) / grid.height, "import");
    const PixelWindow window{0, row, grid.width, std::min(kStripRows, grid.height - row)};
    const std::size_t n = std::size_t(window.width) * window.height;
    forest.read(1, window, current.data());
    for (std::size_t b = 0; b < bands.size(); ++b) {
      gdal::ErrorCollector readErrors;
      if (warped->GetRasterBand(int(b) + 1)->RasterIO(GF_Read, 0, row, window.width, window.height, values[b].data(),
                                                     window.width, window.height, GDT_Float32, 0, 0, nullptr) != CE_None ||
          readErrors.hasFailure())
        throw Error(ErrorCode::CorruptData, request.files.front(),
                    "reading the input failed near row " + std::to_string(row) + ": " + readErrors.failure());
    }
    for (std::size_t i = 0; i < n; ++i) {
      const float cur = current[i];
      const bool curValid = !(forestNodata && cur == float(*forestNodata)) && cur >= 0 && cur <= 100 && !std::isnan(cur);
      const float v = values[0][i];
      bool have = v != kWarpNodata && !std::isnan(v);
      double canopy = 0;
      if (have) {
        switch (request.method) {
          case ImportMethod::Canopy:
            have = v >= 0 && v <= 100;
            canopy = v;
            break;
          case ImportMethod::Ndvi: {
            const float nir = values[1][i];
            have = nir != kWarpNodata && !std::isnan(nir);
            const double index = have ? ndvi(v, nir) : std::nan("");
            have = have && !std::isnan(index);
            canopy = have ? ndviToCanopyPct(index, request.ndviRule) : 0;
            break;
          }
          case ImportMethod::Classes: {
            const auto it = request.classes.find(std::lround(v));
            have = it != request.classes.end();
            canopy = have ? it->second : 0;
            break;
          }
          case ImportMethod::Loss: {
            const int year = lossYear(v);
            canopy = (year >= request.lossFromYear) ? 0.0 : cur;
            break;
          }
        }
      }
      // The forest grid's nodata (the sea, outside the study area) stays: imports do not create land.
      have = have && curValid;
      if (curValid) {
        sumBefore += cur;
        ++validBefore;
      }
      std::uint8_t outValue;
      if (have) {
        ++summary.covered;
        outValue = std::uint8_t(std::lround(std::clamp(canopy, 0.0, 100.0)));
      } else {
        outValue = curValid ? std::uint8_t(std::lround(cur)) : std::uint8_t(255);
      }
      result[i] = outValue;
      if (outValue != 255) {
        sumAfter += outValue;
        ++validAfter;
        if (curValid && outValue <= cur - 10) ++summary.lost;
        if (curValid && outValue >= cur + 10) ++summary.gained;
      }
    }
    out.writeRows(row, window.height, result.data());
  }
  summary.meanCanopyBefore = validBefore ? sumBefore / double(validBefore) : 0;
  summary.meanCanopyAfter = validAfter ? sumAfter / double(validAfter) : 0;

  reportProgress(progress, 0.97, "overviews");
  out.commit("AVERAGE");
  if (progress) progress(1.0, "done");  // the file is in place: too late to cancel
  return summary;
}

}  // namespace hp::imagery
