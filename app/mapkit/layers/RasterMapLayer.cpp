// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/RasterMapLayer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLinearGradient>
#include <QPainter>
#include <QPixmap>

#include <cmath>

#include "geo/Error.h"
#include "io/RasterOverviews.h"
#include "mapkit/render/RasterLayerRenderer.h"

namespace hp::gui {

namespace {

QString formatValue(double v) {
  if (std::isnan(v)) return QStringLiteral("NaN");
  return QString::number(v, 'g', 10);
}

}  // namespace

RasterMapLayer::RasterMapLayer(const QString& path, RasterInfo info)
    : MapLayer(QFileInfo(path).completeBaseName(), path, info.crs), info_(std::move(info)) {}

std::shared_ptr<RasterMapLayer> RasterMapLayer::open(const QString& path, const Crs& mapCrs, const Progress& progress) {
  const RasterSource source = RasterSource::open(path.toStdString());
  GDALRasterBand* band1 = source.dataset()->GetRasterBand(1);
  const bool lacks = overviewsWorthBuilding(source.info().width, source.info().height, band1->GetOverviewCount());
  // Sampling a file without overviews decodes all of it anyway: read it once into the reduced copy and
  // sample that.
  std::shared_ptr<const render::ReducedRaster> reduced;
  if (lacks) reduced = render::ReducedRaster::build(source.path(), 4096, std::size_t(64) << 20, progress);
  const render::BandSample sample =
      reduced ? render::sampleBand(RasterSource::open(reduced->path()), 1) : render::sampleBand(source, 1);
  std::shared_ptr<RasterMapLayer> layer(new RasterMapLayer(path, source.info()));
  RasterMapLayer& l = *layer;
  l.lacksOverviews_ = lacks;
  l.reduced_ = std::move(reduced);
  l.mapCrs_ = mapCrs.isEmpty() ? l.info_.crs : mapCrs;
  l.sampledMin_ = sample.minValue;
  l.sampledMax_ = sample.maxValue;

  const bool sameCrs = l.info_.crs.isSame(l.mapCrs_);
  if (!sameCrs) {
    l.warpToWkt_ = l.mapCrs_.wkt();
    CoordinateTransform toMap(l.info_.crs, l.mapCrs_, path.toStdString());
    l.extent_ = toMap.transformBounds(l.info_.extent);
  } else {
    l.extent_ = l.info_.extent;
    // Rotated and south-up grids are resampled north-up in their own CRS.
    if (!l.info_.transform.isNorthUp()) l.warpToWkt_ = l.info_.crs.wkt();
  }

  GDALDataset* ds = source.dataset();
  GDALRasterBand* first = ds->GetRasterBand(1);
  render::RasterSymbology& sym = l.symbology_;
  sym.band = 1;
  sym.minValue = sample.minValue.value_or(0);
  sym.maxValue = sample.maxValue.value_or(1);
  if (const GDALColorTable* table = first->GetColorTable()) {
    sym.mode = render::RasterSymbology::Mode::Palette;
    for (int i = 0; i < table->GetColorEntryCount(); ++i) {
      const GDALColorEntry* e = table->GetColorEntry(i);
      sym.palette.push_back(render::argb(e->c1, e->c2, e->c3, e->c4));
    }
  } else if (ds->GetRasterCount() >= 3 && (first->GetColorInterpretation() == GCI_RedBand ||
                                           (ds->GetRasterCount() <= 4 && first->GetRasterDataType() == GDT_Byte))) {
    sym.mode = render::RasterSymbology::Mode::Rgb;
    if (first->GetRasterDataType() == GDT_Byte) {
      sym.minValue = 0;
      sym.maxValue = 255;
    }
  } else {
    l.setRamp("greys");
  }
  return layer;
}

void RasterMapLayer::setRamp(const std::string& name) {
  rampName_ = name;
  symbology_.ramp = render::ColorRamp::named(name);
}

void RasterMapLayer::overviewsBuilt() {
  lacksOverviews_ = false;
  reduced_.reset();  // render jobs still drawing from it keep it until they end
}

std::unique_ptr<LayerRenderer> RasterMapLayer::createRenderer() const {
  render::RasterDrawSource source(info_.path, warpToWkt_);
  source.reduced = reduced_;
  if (reduced_) source.reducedMapUnitsPerPixel = extent_.width() / reduced_->width();
  return std::make_unique<RasterLayerRenderer>(name(), opacity(), std::move(source), symbology_);
}

std::vector<IdentifyResult> RasterMapLayer::identify(double mapX, double mapY, double) const {
  double x = mapX, y = mapY;
  if (!info_.crs.isSame(mapCrs_)) {
    CoordinateTransform toRaster(mapCrs_, info_.crs, info_.path);
    if (!toRaster.transform(x, y)) return {};
  }
  const std::optional<GeoTransform> inverse = info_.transform.inverse();
  if (!inverse) return {};
  double col, row;
  inverse->pixelToGeo(x, y, col, row);
  if (!(col >= 0 && row >= 0 && col < info_.width && row < info_.height)) return {};
  const PixelWindow pixel{int(col), int(row), 1, 1};

  const RasterSource source = RasterSource::open(info_.path);
  IdentifyResult result;
  result.layerName = name();
  result.title = QCoreApplication::translate("RasterMapLayer", "Pixel %1, %2").arg(pixel.xOff).arg(pixel.yOff);
  for (int band = 1; band <= int(info_.bands.size()); ++band) {
    double value = 0;
    source.read(band, pixel, &value);
    const RasterBandInfo& b = info_.bands[std::size_t(band - 1)];
    const QString label = b.description.empty()
                              ? QCoreApplication::translate("RasterMapLayer", "Band %1").arg(band)
                              : QString::fromStdString(b.description);
    const bool isNodata = std::isnan(value) || (b.nodata && value == *b.nodata);
    result.attributes.append({label, isNodata ? QCoreApplication::translate("RasterMapLayer", "no data")
                                              : formatValue(value)});
  }
  return {result};
}

QIcon RasterMapLayer::legendIcon() const {
  QPixmap pixmap(32, 32);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  const QRectF box(2, 6, 28, 20);
  switch (symbology_.mode) {
    case render::RasterSymbology::Mode::Ramp: {
      QLinearGradient gradient(box.topLeft(), box.topRight());
      for (const render::ColorRamp::Stop& s : symbology_.ramp.stops())
        gradient.setColorAt(s.position, QColor::fromRgba(s.color));
      painter.fillRect(box, gradient);
      break;
    }
    case render::RasterSymbology::Mode::Palette: {
      const int n = std::min<int>(4, int(symbology_.palette.size()));
      for (int i = 0; i < n; ++i)
        painter.fillRect(QRectF(box.left() + i * box.width() / n, box.top(), box.width() / n, box.height()),
                         QColor::fromRgba(symbology_.palette[std::size_t(i)]));
      break;
    }
    case render::RasterSymbology::Mode::Rgb: {
      const QColor colors[] = {QColor(200, 60, 60), QColor(60, 170, 60), QColor(60, 90, 200)};
      for (int i = 0; i < 3; ++i)
        painter.fillRect(QRectF(box.left() + i * box.width() / 3, box.top(), box.width() / 3, box.height()), colors[i]);
      break;
    }
  }
  painter.setPen(QColor(90, 90, 90));
  painter.drawRect(box);
  return QIcon(pixmap);
}

QString RasterMapLayer::summary() const {
  QString text = MapLayer::summary();
  text += QLatin1Char('\n') + QCoreApplication::translate("RasterMapLayer", "%1 x %2 pixels, %3 band(s) of %4")
                                  .arg(info_.width)
                                  .arg(info_.height)
                                  .arg(info_.bands.size())
                                  .arg(QString::fromStdString(info_.bands.front().dataType));
  if (isWarped())
    text += QLatin1Char('\n') + QCoreApplication::translate("RasterMapLayer", "Reprojected on the fly to the map CRS");
  return text;
}

}  // namespace hp::gui
