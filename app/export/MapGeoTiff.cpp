// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/MapGeoTiff.h"

#include <gdal_priv.h>

#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <filesystem>

#include "export/MapLayout.h"
#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/AtomicFile.h"

namespace hp::exporting {

bool isGeoTiffPath(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  return suffix == QLatin1String("tif") || suffix == QLatin1String("tiff");
}

QSize mapFramePixels(const MapLayout& layout) {
  const QRectF frameMm = layout.mapFrameMm();
  const double pxPerMm = layout.page().dpi / 25.4;
  return QSize(std::max(1, int(std::lround(frameMm.width() * pxPerMm))),
               std::max(1, int(std::lround(frameMm.height() * pxPerMm))));
}

GeoTransform frameGeoTransform(const Extent& extent, QSize pixels) {
  GeoTransform gt;
  gt.c = {extent.minX, extent.width() / pixels.width(), 0, extent.maxY, 0, -extent.height() / pixels.height()};
  return gt;
}

void writeGeoTiff(const QImage& image, const Extent& extent, const Crs& crs, const std::string& path) {
  if (image.isNull() || extent.isEmpty())
    throw Error(ErrorCode::InvalidInput, path, "the map to write is empty");
  const QFileInfo info(QString::fromStdString(path));
  if (!info.absoluteDir().exists())
    throw Error(ErrorCode::WriteFailed, path, "the folder " + info.absolutePath().toStdString() + " does not exist");
  gdal::ensureRegistered();
  gdal::ErrorCollector errors;
  const std::string temp = temporarySibling(path);
  auto fail = [&](const std::string& what) {
    std::error_code ec;
    std::filesystem::remove(temp, ec);
    throw Error(ErrorCode::WriteFailed, path, what + (errors.failure().empty() ? "" : ": " + errors.failure()));
  };

  // Straight (not premultiplied) alpha, bytes in R, G, B, A order whatever the machine's endianness.
  const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888);
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  if (!driver) throw Error(ErrorCode::WriteFailed, path, "GDAL has no GTiff driver");
  char** options = nullptr;
  options = CSLSetNameValue(options, "COMPRESS", "DEFLATE");
  options = CSLSetNameValue(options, "TILED", "YES");
  options = CSLSetNameValue(options, "PHOTOMETRIC", "RGB");
  options = CSLSetNameValue(options, "ALPHA", "YES");  // unassociated (straight) alpha
  GDALDatasetUniquePtr ds(driver->Create(temp.c_str(), rgba.width(), rgba.height(), 4, GDT_Byte, options));
  CSLDestroy(options);
  if (!ds) fail("cannot create the GeoTIFF");

  GeoTransform gt = frameGeoTransform(extent, rgba.size());
  if (ds->SetGeoTransform(gt.c.data()) != CE_None) fail("cannot set the georeferencing");
  if (!crs.isEmpty() && ds->SetSpatialRef(crs.ogr()) != CE_None) fail("cannot set the CRS");
  int bands[4] = {1, 2, 3, 4};
  // Interleaved source: 4 bytes a pixel, one scan line every bytesPerLine.
  if (ds->RasterIO(GF_Write, 0, 0, rgba.width(), rgba.height(), const_cast<uchar*>(rgba.constBits()), rgba.width(),
                   rgba.height(), GDT_Byte, 4, bands, 4, rgba.bytesPerLine(), 1, nullptr) != CE_None)
    fail("cannot write the pixels");
  ds.reset();  // flush and close before the rename
  if (errors.hasFailure()) fail("writing failed");
  commitAtomically(temp, path);
}

void exportMapGeoTiff(const MapLayout& layout, const QString& path) {
  const QSize pixels = mapFramePixels(layout);
  writeGeoTiff(layout.renderMap(pixels), layout.mapExtent(), layout.content().crs, path.toStdString());
}

}  // namespace hp::exporting
