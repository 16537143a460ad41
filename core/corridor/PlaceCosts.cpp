// SPDX-License-Identifier: GPL-3.0-or-later
#include "corridor/PlaceCosts.h"

#include <gdal_alg.h>
#include <gdal_priv.h>

#include <algorithm>
#include <limits>
#include <optional>

#include "geo/Error.h"
#include "geo/GdalSupport.h"

namespace hp::corridor {

namespace {

// Cell → 1-based place index of the place whose polygon holds the cell's centre, 0 for none.
std::vector<std::int32_t> ownerOfCentres(const CorridorGrid& grid, const std::vector<OGRGeometryH>& handles,
                                         const std::vector<double>& burn) {
  std::vector<std::int32_t> owner(grid.cells.size(), 0);
  if (handles.empty()) return owner;
  gdal::ensureRegistered();
  GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
  GDALDatasetUniquePtr ds(mem->Create("", grid.cells.width, grid.cells.height, 1, GDT_Int32, nullptr));
  double gt[6];
  for (int i = 0; i < 6; ++i) gt[i] = grid.transform.c[std::size_t(i)];
  ds->SetGeoTransform(gt);
  ds->SetSpatialRef(grid.crs.ogr());
  gdal::ErrorCollector errors;
  int band = 1;
  if (GDALRasterizeGeometries(GDALDataset::ToHandle(ds.get()), 1, &band, int(handles.size()), const_cast<OGRGeometryH*>(handles.data()),
                              nullptr, nullptr, burn.data(), nullptr, nullptr, nullptr) != CE_None)
    throw Error(ErrorCode::InvalidGeometry, {}, "the parcels cannot be rasterized onto the corridor grid: " + errors.failure());
  if (ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, grid.cells.width, grid.cells.height, owner.data(), grid.cells.width,
                                     grid.cells.height, GDT_Int32, 0, 0, nullptr) != CE_None)
    throw Error(ErrorCode::Unreadable, {}, "the rasterized parcels cannot be read back");
  return owner;
}

}  // namespace

std::vector<double> leastCostOfPlaces(const CorridorGrid& grid, const CostSurface& surface,
                                      const std::vector<std::vector<std::shared_ptr<const OGRGeometry>>>& places, const Crs& crs) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  std::vector<double> cost(places.size(), kInf);
  std::optional<CoordinateTransform> toGrid;
  if (!crs.isEmpty() && !crs.isSame(grid.crs)) toGrid.emplace(crs, grid.crs);
  std::vector<OGRGeometryUniquePtr> inGrid;
  std::vector<OGRGeometryH> handles;
  std::vector<double> burn;
  std::vector<std::uint8_t> hasParts(places.size(), 0);
  for (std::size_t i = 0; i < places.size(); ++i)
    for (const auto& part : places[i]) {
      if (!part || part->IsEmpty()) continue;
      OGRGeometryUniquePtr copy(part->clone());
      if (toGrid) toGrid->transform(*copy);
      handles.push_back(OGRGeometry::ToHandle(copy.get()));
      inGrid.push_back(std::move(copy));
      burn.push_back(double(i + 1));
      hasParts[i] = 1;
    }
  const std::vector<std::int32_t> owner = ownerOfCentres(grid, handles, burn);
  std::vector<std::uint8_t> covered(places.size(), 0);
  for (std::size_t c = 0; c < owner.size(); ++c) {
    if (owner[c] <= 0) continue;
    const std::size_t i = std::size_t(owner[c] - 1);
    covered[i] = 1;
    cost[i] = std::min(cost[i], surface.cost[c]);
  }
  for (std::size_t i = 0; i < places.size(); ++i) {
    if (!hasParts[i]) {
      cost[i] = 0;
    } else if (!covered[i]) {
      // Smaller than a cell, or off the grid: the cells it touches, if any.
      for (const std::int32_t c : cellsTouched(grid, places[i], crs)) cost[i] = std::min(cost[i], surface.cost[std::size_t(c)]);
    }
  }
  return cost;
}

}  // namespace hp::corridor
