// SPDX-License-Identifier: GPL-3.0-or-later
#include "corridor/ResistanceGrid.h"

#include <gdal_alg.h>
#include <gdal_priv.h>

#include <cmath>
#include <optional>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/RasterSource.h"

namespace hp::corridor {

namespace {

// A Byte MEM raster on the grid, all zero, for GDAL to rasterize into.
GDALDatasetUniquePtr memoryGrid(const CorridorGrid& grid) {
  GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
  GDALDatasetUniquePtr ds(mem->Create("", grid.cells.width, grid.cells.height, 1, GDT_Byte, nullptr));
  double gt[6];
  for (int i = 0; i < 6; ++i) gt[i] = grid.transform.c[std::size_t(i)];
  ds->SetGeoTransform(gt);
  ds->SetSpatialRef(grid.crs.ogr());
  return ds;
}

// 1 on every cell the geometries touch, 0 elsewhere; the geometries in `crs` go to the grid's CRS.
std::vector<GByte> touchedMask(const CorridorGrid& grid, const std::vector<const OGRGeometry*>& geometries, const Crs& crs) {
  std::vector<GByte> mask(grid.cells.size(), 0);
  if (geometries.empty()) return mask;
  std::vector<OGRGeometryUniquePtr> inGrid;
  std::vector<OGRGeometryH> handles;
  std::optional<CoordinateTransform> toGrid;
  if (!crs.isEmpty() && !crs.isSame(grid.crs)) toGrid.emplace(crs, grid.crs);
  for (const OGRGeometry* g : geometries) {
    if (!g || g->IsEmpty()) continue;
    OGRGeometryUniquePtr copy(g->clone());
    if (toGrid) toGrid->transform(*copy);
    handles.push_back(OGRGeometry::ToHandle(copy.get()));
    inGrid.push_back(std::move(copy));
  }
  if (handles.empty()) return mask;
  GDALDatasetUniquePtr ds = memoryGrid(grid);
  gdal::ErrorCollector errors;
  int band = 1;
  std::vector<double> burn(handles.size(), 1.0);
  const char* options[] = {"ALL_TOUCHED=TRUE", nullptr};
  if (GDALRasterizeGeometries(GDALDataset::ToHandle(ds.get()), 1, &band, int(handles.size()), handles.data(), nullptr,
                              nullptr, burn.data(), const_cast<char**>(options), nullptr, nullptr) != CE_None)
    throw Error(ErrorCode::InvalidGeometry, {}, "a corridor layer cannot be rasterized: " + errors.failure());
  if (ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, grid.cells.width, grid.cells.height, mask.data(), grid.cells.width,
                                     grid.cells.height, GDT_Byte, 0, 0, nullptr) != CE_None)
    throw Error(ErrorCode::Unreadable, {}, "the rasterized corridor layer cannot be read back");
  return mask;
}

std::vector<const OGRGeometry*> geometriesOf(const VectorLayer& layer) {
  std::vector<const OGRGeometry*> out;
  for (const Feature& f : layer.features) out.push_back(f.geometry.get());
  return out;
}

}  // namespace

CorridorGrid buildResistanceGrid(const std::string& forestPath, const ResistanceModel& model, const VectorLayer* roads,
                                 const VectorLayer* settlements, const Progress& progress) {
  const RasterSource forest = RasterSource::open(forestPath);
  const RasterInfo& info = forest.info();
  if (info.crs.isGeographic())
    throw Error(ErrorCode::InvalidInput, forestPath,
                "corridors need a forest raster in a projected CRS (metres); reproject it first (gdalwarp -t_srs)");
  const double px = std::abs(info.transform.c[1]), py = std::abs(info.transform.c[5]);
  if (info.transform.hasRotation() || std::abs(px - py) > 1e-6 * px)
    throw Error(ErrorCode::InvalidInput, forestPath, "corridors need square, north-up forest pixels");
  const int factor = int(std::lround(model.cellSizeM / px));
  if (!(model.cellSizeM >= px * 0.999))
    throw Error(ErrorCode::InvalidInput, forestPath, "the corridor cell is smaller than a forest pixel");

  CorridorGrid grid;
  grid.crs = info.crs;
  grid.cells.width = info.width / factor;
  grid.cells.height = info.height / factor;
  grid.cells.cellKm = px * factor / 1000.0;
  if (grid.cells.width < 1 || grid.cells.height < 1)
    throw Error(ErrorCode::InvalidInput, forestPath, "the forest raster is smaller than one corridor cell");
  grid.transform = info.transform;
  grid.transform.c[1] *= factor;
  grid.transform.c[5] *= factor;

  // Average canopy per cell, straight from GDAL (no-data pixels skipped; all no-data: the no-data value).
  std::vector<float> canopy(grid.cells.size());
  GDALRasterIOExtraArg extra;
  INIT_RASTERIO_EXTRA_ARG(extra);
  extra.eResampleAlg = GRIORA_Average;
  GDALRasterBand* band = forest.dataset()->GetRasterBand(1);
  gdal::ErrorCollector errors({forestPath});
  if (band->RasterIO(GF_Read, 0, 0, grid.cells.width * factor, grid.cells.height * factor, canopy.data(), grid.cells.width,
                     grid.cells.height, GDT_Float32, 0, 0, &extra) != CE_None)
    throw Error(ErrorCode::CorruptData, forestPath, "the forest raster cannot be read: " + errors.failure());
  reportProgress(progress, 0.5, "corridors");
  const std::optional<double> nodata = info.bands.front().nodata;
  grid.cells.resistance.resize(grid.cells.size());
  for (std::size_t i = 0; i < canopy.size(); ++i) {
    const float c = canopy[i];
    const bool valid = std::isfinite(c) && c >= 0 && c <= 100 && !(nodata && double(c) == *nodata);
    grid.cells.resistance[i] = valid ? float(model.openResistance + (model.forestResistance - model.openResistance) * c / 100.0)
                                     : ResistanceCells::kImpassable;
  }
  if (settlements) {
    const std::vector<GByte> in = touchedMask(grid, geometriesOf(*settlements), settlements->crs);
    for (std::size_t i = 0; i < in.size(); ++i)
      if (in[i] && !std::isinf(grid.cells.resistance[i])) grid.cells.resistance[i] = float(model.settlementResistance);
  }
  if (roads) {
    const std::vector<GByte> on = touchedMask(grid, geometriesOf(*roads), roads->crs);
    for (std::size_t i = 0; i < on.size(); ++i)
      if (on[i]) grid.cells.resistance[i] += float(model.roadResistance);
  }
  return grid;
}

std::vector<std::int32_t> cellsTouched(const CorridorGrid& grid, const std::vector<std::shared_ptr<const OGRGeometry>>& parts,
                                       const Crs& crs) {
  std::vector<const OGRGeometry*> geometries;
  for (const auto& p : parts) geometries.push_back(p.get());
  const std::vector<GByte> mask = touchedMask(grid, geometries, crs);
  std::vector<std::int32_t> cells;
  for (std::size_t i = 0; i < mask.size(); ++i)
    if (mask[i]) cells.push_back(std::int32_t(i));
  return cells;
}

}  // namespace hp::corridor
