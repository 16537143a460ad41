// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/LayerLoader.h"

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "mapkit/layers/RasterMapLayer.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "io/VectorReader.h"

namespace hp::gui {

static bool holdsRaster(const std::string& path) {
  // Opening for both kinds tells which one the file is; GDAL still names the file in its error.
  const GDALDatasetUniquePtr ds = gdal::openDataset(path, GDAL_OF_RASTER | GDAL_OF_VECTOR);
  return ds->GetRasterCount() > 0;
}

// GDAL reads inside archives through its virtual file systems; a person picks the archive itself.
static QString gdalPath(const QString& path) {
  if (path.startsWith(QLatin1String("/vsi"))) return path;
  if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) return QStringLiteral("/vsizip/") + path;
  if (path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive) && !path.endsWith(QLatin1String(".tar.gz")))
    return QStringLiteral("/vsigzip/") + path;
  return path;
}

std::vector<std::shared_ptr<MapLayer>> openLayers(const QString& userPath, LayerKind kind, const Crs& mapCrs,
                                                  const Progress& progress) {
  const QString path = gdalPath(userPath);
  const std::string file = path.toStdString();
  if (kind == LayerKind::Any) kind = holdsRaster(file) ? LayerKind::Raster : LayerKind::Vector;

  std::vector<std::shared_ptr<MapLayer>> layers;
  if (kind == LayerKind::Raster) {
    reportProgress(progress, 0, "opening raster");
    layers.push_back(RasterMapLayer::open(path, mapCrs, progress));
    reportProgress(progress, 1, "opening raster");
    return layers;
  }
  const std::vector<std::string> names = listVectorLayers(file);
  if (names.empty()) throw Error(ErrorCode::EmptyLayer, file, "the file holds no vector layer");
  Crs crs = mapCrs;
  const double share = 1.0 / double(names.size());
  for (const std::string& name : names) {
    const double from = share * double(layers.size());
    layers.push_back(VectorMapLayer::open(path, names.size() == 1 ? QString() : QString::fromStdString(name), crs,
                                          phaseProgress(progress, from, from + share)));
    if (crs.isEmpty()) crs = layers.back()->sourceCrs();
  }
  return layers;
}

}  // namespace hp::gui
