// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "Progress.h"
#include "mapkit/layers/MapLayer.h"
#include "io/RasterSource.h"
#include "render/RasterDrawing.h"

namespace hp::gui {

// A raster file on the map. Drawn from its own grid when that grid is north-up in the map CRS, else through
// a warped view into the map CRS (GDALAutoCreateWarpedVRT), one dataset per render job.
class RasterMapLayer : public MapLayer {
 public:
  // Opens `path`, reads a decimated sample of band 1 (so a file that opens but cannot be read fails now,
  // not at every redraw) and places the raster in `mapCrs` (empty: the raster's own CRS). Chooses a
  // default style: the file's colour table, RGB for three-band images, else a grey stretch over the
  // sampled range. A raster larger than kOverviewsWorthFromPx without overviews is read once into a reduced
  // copy (render::ReducedRaster) that zoomed-out views draw from, and that the sample is taken from;
  // `progress` hears that read and stops it with hp::Cancelled. Throws hp::Error naming the file.
  static std::shared_ptr<RasterMapLayer> open(const QString& path, const Crs& mapCrs, const Progress& progress = {});

  Kind kind() const override { return Kind::Raster; }
  Extent extent() const override { return extent_; }
  std::unique_ptr<LayerRenderer> createRenderer() const override;
  std::vector<IdentifyResult> identify(double mapX, double mapY, double toleranceMapUnits) const override;
  QIcon legendIcon() const override;
  QString summary() const override;

  const RasterInfo& info() const { return info_; }
  bool isWarped() const { return !warpToWkt_.empty(); }
  const render::RasterSymbology& symbology() const { return symbology_; }
  void setSymbology(const render::RasterSymbology& symbology) { symbology_ = symbology; }
  // The ramp's name as ColorRamp::named knows it; setting it replaces the symbology's ramp.
  const std::string& rampName() const { return rampName_; }
  void setRamp(const std::string& name);
  // The value range of band 1 seen when the file was opened (none when all of it is no-data).
  std::optional<double> sampledMin() const { return sampledMin_; }
  std::optional<double> sampledMax() const { return sampledMax_; }
  // Whether the file has no overviews though it is large enough to want them (then it is drawn zoomed
  // out from a reduced copy until overviewsBuilt() is called).
  bool lacksOverviews() const { return lacksOverviews_; }
  bool hasReducedCopy() const { return reduced_ != nullptr; }
  // The file has overviews now: GDAL reads them from the next render on, and the reduced copy goes.
  void overviewsBuilt();

 private:
  RasterMapLayer(const QString& path, RasterInfo info);

  RasterInfo info_;
  Crs mapCrs_;
  std::string warpToWkt_;
  Extent extent_;
  render::RasterSymbology symbology_;
  std::string rampName_ = "greys";
  std::optional<double> sampledMin_;
  std::optional<double> sampledMax_;
  bool lacksOverviews_ = false;
  std::shared_ptr<const render::ReducedRaster> reduced_;
};

}  // namespace hp::gui
