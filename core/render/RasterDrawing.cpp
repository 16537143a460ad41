// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RasterDrawing.h"

#include <gdalwarper.h>

#include <algorithm>
#include <cmath>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/RasterSource.h"

namespace hp::render {

namespace {

// Rows read per RasterIO call: small enough that a cancel is noticed within a few milliseconds.
constexpr int kStripRows = 64;

struct BandReading {
  GDALRasterBand* band = nullptr;
  std::optional<double> nodata;
  bool useMask = false;  // an alpha band or a mask file rather than a no-data value
  std::vector<double> values;
  std::vector<std::uint8_t> bytes;
  std::vector<std::uint8_t> mask;
};

// GDAL's warped view of `file` in `wkt`; a no-data value or an alpha band marks the outside of the source.
GDALDatasetUniquePtr warpedView(GDALDataset& file, const std::string& path, const std::string& wkt) {
  GDALWarpOptions* options = GDALCreateWarpOptions();
  int hasNodata = 0;
  file.GetRasterBand(1)->GetNoDataValue(&hasNodata);
  const bool hasAlpha = file.GetRasterBand(file.GetRasterCount())->GetColorInterpretation() == GCI_AlphaBand;
  if (!hasNodata && !hasAlpha) {
    options->nBandCount = file.GetRasterCount();
    options->panSrcBands = static_cast<int*>(CPLMalloc(sizeof(int) * std::size_t(options->nBandCount)));
    options->panDstBands = static_cast<int*>(CPLMalloc(sizeof(int) * std::size_t(options->nBandCount)));
    for (int b = 0; b < options->nBandCount; ++b) options->panSrcBands[b] = options->panDstBands[b] = b + 1;
    options->nDstAlphaBand = options->nBandCount + 1;
  }
  gdal::ErrorCollector errors;
  GDALDatasetH view = GDALAutoCreateWarpedVRT(GDALDataset::ToHandle(&file), nullptr, wkt.c_str(),
                                              GRA_NearestNeighbour, 0.125, options);
  GDALDestroyWarpOptions(options);
  if (!view)
    throw Error(ErrorCode::ReprojectionFailed, path,
                "cannot warp the raster onto the map" + (errors.hasFailure() ? ": " + errors.failure() : ""));
  return GDALDatasetUniquePtr(GDALDataset::FromHandle(view));
}

Argb stretchedGrey(double v, double minValue, double span) {
  const int c = std::clamp(int(std::lround((v - minValue) / span * 255.0)), 0, 255);
  return Argb(c);
}

}  // namespace

std::optional<RasterDrawing> drawRaster(const RasterDrawSource& source, const RasterSymbology& sym,
                                        const MapViewport& viewport, const Progress& progress) {
  const bool useReduced = source.reduced && viewport.mapUnitsPerPixel >= source.reducedMapUnitsPerPixel;
  GDALDatasetUniquePtr file = gdal::openDataset(useReduced ? source.reduced->path() : source.path, GDAL_OF_RASTER);
  GDALDatasetUniquePtr warped;  // declared after `file`, so it closes before the dataset it reads
  GDALDataset* ds = file.get();
  if (!source.warpToWkt.empty()) {
    warped = warpedView(*file, source.path, source.warpToWkt);
    ds = warped.get();
  }
  GeoTransform gt;
  if (ds->GetGeoTransform(gt.c.data()) != CE_None)
    throw Error(ErrorCode::MissingGeotransform, source.path, "the raster has no geotransform");
  const std::optional<RasterReadPlan> plan = planRasterRead(gt, ds->GetRasterXSize(), ds->GetRasterYSize(), viewport);
  if (!plan) return std::nullopt;

  std::vector<int> bandNumbers;
  if (sym.mode == RasterSymbology::Mode::Rgb)
    bandNumbers.assign(sym.rgbBands.begin(), sym.rgbBands.end());
  else
    bandNumbers.push_back(sym.band);
  std::vector<BandReading> bands;
  for (int n : bandNumbers) {
    if (n < 1 || n > ds->GetRasterCount())
      throw Error(ErrorCode::InvalidInput, source.path, "the raster has no band " + std::to_string(n));
    BandReading r;
    r.band = ds->GetRasterBand(n);
    int hasNodata = 0;
    const double nodata = r.band->GetNoDataValue(&hasNodata);
    if (hasNodata) r.nodata = nodata;
    const int flags = r.band->GetMaskFlags();
    r.useMask = !(flags & GMF_ALL_VALID) && !(flags & GMF_NODATA);
    bands.push_back(std::move(r));
  }
  // The Byte fast path: a table lookup per pixel instead of arithmetic.
  const bool byteRamp = sym.mode == RasterSymbology::Mode::Ramp &&
                        bands.front().band->GetRasterDataType() == GDT_Byte;
  const std::array<Argb, 256> table =
      byteRamp ? sym.ramp.byteTable(sym.minValue, sym.maxValue, bands.front().nodata) : std::array<Argb, 256>{};
  const double span = sym.maxValue != sym.minValue ? sym.maxValue - sym.minValue : 1.0;

  const RasterReadPlan& p = *plan;
  RasterDrawing out;
  out.plan = p;
  const std::size_t width = std::size_t(p.bufferWidth);
  out.pixels.assign(width * std::size_t(p.bufferHeight), 0);
  const double srcRowsPerBufferRow = p.srcHeight / p.bufferHeight;

  gdal::ErrorCollector errors;
  for (int row0 = 0; row0 < p.bufferHeight; row0 += kStripRows) {
    reportProgress(progress, double(row0) / p.bufferHeight, "raster");
    const int rows = std::min(kStripRows, p.bufferHeight - row0);
    const double y0 = p.srcY + row0 * srcRowsPerBufferRow;
    const double y1 = p.srcY + (row0 + rows) * srcRowsPerBufferRow;
    const int yOff = std::clamp(int(std::floor(y0)), 0, ds->GetRasterYSize() - 1);
    const int ySize = std::max(1, std::min(ds->GetRasterYSize(), int(std::ceil(y1))) - yOff);

    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = GRIORA_NearestNeighbour;
    extra.bFloatingPointWindowValidity = TRUE;
    extra.dfXOff = p.srcX;
    extra.dfYOff = y0;
    extra.dfXSize = p.srcWidth;
    extra.dfYSize = y1 - y0;
    const std::size_t count = width * std::size_t(rows);
    auto readInto = [&](GDALRasterBand* band, GDALDataType type, void* buffer) {
      const CPLErr err = band->RasterIO(GF_Read, p.srcXOff, yOff, p.srcXSize, ySize, buffer, p.bufferWidth, rows,
                                        type, 0, 0, &extra);
      if (err != CE_None || errors.hasFailure())
        throw Error(ErrorCode::CorruptData, source.path,
                    "rows " + std::to_string(yOff) + " to " + std::to_string(yOff + ySize) + " cannot be read" +
                        (errors.failure().empty() ? "" : ": " + errors.failure()));
    };
    for (BandReading& b : bands) {
      if (byteRamp) {
        b.bytes.resize(count);
        readInto(b.band, GDT_Byte, b.bytes.data());
      } else {
        b.values.resize(count);
        readInto(b.band, GDT_Float64, b.values.data());
      }
      if (b.useMask) {
        b.mask.resize(count);
        readInto(b.band->GetMaskBand(), GDT_Byte, b.mask.data());
      }
    }

    Argb* dst = out.pixels.data() + std::size_t(row0) * width;
    const BandReading& first = bands.front();
    auto isNodata = [](const BandReading& b, std::size_t i) {
      const double v = b.values[i];
      return std::isnan(v) || (b.nodata && v == *b.nodata);
    };
    for (std::size_t i = 0; i < count; ++i) {
      Argb c = 0;
      switch (sym.mode) {
        case RasterSymbology::Mode::Ramp:
          if (byteRamp)
            c = table[first.bytes[i]];
          else if (!isNodata(first, i))
            c = sym.ramp.at((first.values[i] - sym.minValue) / span);
          break;
        case RasterSymbology::Mode::Palette:
          if (!isNodata(first, i)) {
            const double v = first.values[i];
            if (v >= 0 && v < double(sym.palette.size())) c = sym.palette[std::size_t(v)];
          }
          break;
        case RasterSymbology::Mode::Rgb:
          if (!isNodata(bands[0], i) && !isNodata(bands[1], i) && !isNodata(bands[2], i))
            c = 0xff000000u | (stretchedGrey(bands[0].values[i], sym.minValue, span) << 16) |
                (stretchedGrey(bands[1].values[i], sym.minValue, span) << 8) |
                stretchedGrey(bands[2].values[i], sym.minValue, span);
          break;
      }
      for (const BandReading& b : bands)
        if (b.useMask && b.mask[i] == 0) c = 0;
      dst[i] = c;
    }
  }
  reportProgress(progress, 1.0, "raster");
  return out;
}

BandSample sampleBand(const RasterSource& raster, int band, int maxSidePx) {
  GDALDataset* ds = raster.dataset();
  if (band < 1 || band > ds->GetRasterCount())
    throw Error(ErrorCode::InvalidInput, raster.path(), "the raster has no band " + std::to_string(band));
  GDALRasterBand* b = ds->GetRasterBand(band);
  const int w = ds->GetRasterXSize(), h = ds->GetRasterYSize();
  const double shrink = std::max(1.0, double(std::max(w, h)) / maxSidePx);
  const int bw = std::max(1, int(w / shrink)), bh = std::max(1, int(h / shrink));
  std::vector<double> values(std::size_t(bw) * std::size_t(bh));
  gdal::ErrorCollector errors;
  GDALRasterIOExtraArg extra;
  INIT_RASTERIO_EXTRA_ARG(extra);
  extra.eResampleAlg = GRIORA_NearestNeighbour;
  const CPLErr err = b->RasterIO(GF_Read, 0, 0, w, h, values.data(), bw, bh, GDT_Float64, 0, 0, &extra);
  if (err != CE_None || errors.hasFailure())
    throw Error(ErrorCode::CorruptData, raster.path(),
                "the pixels cannot be read" + (errors.failure().empty() ? "" : ": " + errors.failure()));
  int hasNodata = 0;
  const double nodata = b->GetNoDataValue(&hasNodata);
  BandSample s;
  for (double v : values) {
    if (std::isnan(v) || (hasNodata && v == nodata)) continue;
    s.minValue = s.minValue ? std::min(*s.minValue, v) : v;
    s.maxValue = s.maxValue ? std::max(*s.maxValue, v) : v;
    ++s.validCount;
  }
  return s;
}

}  // namespace hp::render
