// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/RasterSource.h"

#include "geo/Error.h"
#include "geo/GdalSupport.h"

namespace hp {

void requireOnEarth(const Crs& crs, const Extent& extent, const std::string& path) {
  // A CRS that PROJ cannot relate to WGS 84 (another planet, a broken definition) cannot share a map.
  try {
    CoordinateTransform toWgs84(crs, Crs::wgs84(), path);
    double x = extent.centerX(), y = extent.centerY();
    if (!toWgs84.transform(x, y)) throw Error(ErrorCode::ReprojectionFailed, path, {});
  } catch (const Error&) {
    throw Error(ErrorCode::ReprojectionFailed, path,
                "the coordinate reference system '" + crs.name() + "' cannot be related to WGS 84 (latitude/longitude)");
  }
}

RasterSource RasterSource::open(const std::string& path, Georeferencing georef) {
  RasterSource source;
  source.dataset_ = gdal::openDataset(path, GDAL_OF_RASTER);
  GDALDataset& ds = *source.dataset_;
  RasterInfo& info = source.info_;
  info.path = path;
  info.driver = ds.GetDriver() ? ds.GetDriver()->GetDescription() : "";
  info.width = ds.GetRasterXSize();
  info.height = ds.GetRasterYSize();
  if (ds.GetRasterCount() == 0 || info.width <= 0 || info.height <= 0)
    throw Error(ErrorCode::EmptyLayer, path, "the file holds no raster bands");

  gdal::ErrorCollector errors;
  const bool hasTransform = ds.GetGeoTransform(info.transform.c.data()) == CE_None;
  info.crs = Crs::fromOgr(ds.GetSpatialRef());
  if (georef == Georeferencing::Required) {
    if (!hasTransform)
      throw Error(ErrorCode::MissingGeotransform, path,
                  "the raster has no geotransform, so it cannot be placed on the map");
    if (info.crs.isEmpty())
      throw Error(ErrorCode::MissingCrs, path,
                  "the raster has no coordinate reference system" +
                      (errors.failure().empty() ? std::string() : " (" + errors.failure() + ")"));
    if (!info.transform.inverse())
      throw Error(ErrorCode::MissingGeotransform, path, "the geotransform is degenerate");
  }
  info.extent = info.transform.extentOf(info.width, info.height);
  if (georef == Georeferencing::Required) requireOnEarth(info.crs, info.extent, path);

  for (int b = 1; b <= ds.GetRasterCount(); ++b) {
    GDALRasterBand* band = ds.GetRasterBand(b);
    RasterBandInfo bi;
    bi.dataType = GDALGetDataTypeName(band->GetRasterDataType());
    int hasNodata = 0;
    const double nodata = band->GetNoDataValue(&hasNodata);
    if (hasNodata) bi.nodata = nodata;
    bi.description = band->GetDescription();
    bi.hasColorTable = band->GetColorTable() != nullptr;
    bi.overviewCount = band->GetOverviewCount();
    band->GetBlockSize(&bi.blockWidth, &bi.blockHeight);
    info.bands.push_back(std::move(bi));
  }
  return source;
}

void RasterSource::read(int band, const PixelWindow& w, std::uint8_t* out) const { readAs(band, w, GDT_Byte, out); }
void RasterSource::read(int band, const PixelWindow& w, float* out) const { readAs(band, w, GDT_Float32, out); }
void RasterSource::read(int band, const PixelWindow& w, double* out) const { readAs(band, w, GDT_Float64, out); }

void RasterSource::readAs(int band, const PixelWindow& w, GDALDataType type, void* out) const {
  if (band < 1 || band > int(info_.bands.size()))
    throw Error(ErrorCode::InvalidInput, info_.path, "no band " + std::to_string(band));
  if (w.isEmpty()) return;
  if (w.xOff < 0 || w.yOff < 0 || w.xOff + w.width > info_.width || w.yOff + w.height > info_.height)
    throw Error(ErrorCode::InvalidInput, info_.path, "window outside the raster");
  gdal::ErrorCollector errors;
  const CPLErr err = dataset_->GetRasterBand(band)->RasterIO(GF_Read, w.xOff, w.yOff, w.width, w.height, out,
                                                             w.width, w.height, type, 0, 0, nullptr);
  if (err != CE_None || errors.hasFailure())
    throw Error(ErrorCode::CorruptData, info_.path,
                "pixels " + std::to_string(w.xOff) + "," + std::to_string(w.yOff) + " (" +
                    std::to_string(w.width) + "x" + std::to_string(w.height) + ") of band " + std::to_string(band) +
                    " cannot be read" + (errors.failure().empty() ? "" : ": " + errors.failure()));
}

void RasterSource::readBlock(int band, int blockX, int blockY, void* out) const {
  if (band < 1 || band > int(info_.bands.size()))
    throw Error(ErrorCode::InvalidInput, info_.path, "no band " + std::to_string(band));
  gdal::ErrorCollector errors;
  const CPLErr err = dataset_->GetRasterBand(band)->ReadBlock(blockX, blockY, out);
  if (err != CE_None || errors.hasFailure())
    throw Error(ErrorCode::CorruptData, info_.path,
                "block " + std::to_string(blockX) + "," + std::to_string(blockY) + " of band " + std::to_string(band) +
                    " cannot be read" + (errors.failure().empty() ? "" : ": " + errors.failure()));
}

}  // namespace hp
