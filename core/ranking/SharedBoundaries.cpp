// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/SharedBoundaries.h"

#include <ogr_spatialref.h>

#include <algorithm>
#include <memory>

#include "geo/Error.h"
#include "geo/Geos.h"

namespace hp::ranking {

namespace {

struct TreeDeleter {
  GEOSContextHandle_t ctx = nullptr;
  void operator()(GEOSSTRtree* tree) const {
    if (tree) GEOSSTRtree_destroy_r(ctx, tree);
  }
};
using TreePtr = std::unique_ptr<GEOSSTRtree, TreeDeleter>;

GeomPtr checked(const GeosContext& ctx, GEOSGeometry* g, const std::string& file, const char* operation) {
  if (!g) throw Error(ErrorCode::InvalidGeometry, file, std::string(operation) + ": " + ctx.lastError());
  return adopt(ctx, g);
}

}  // namespace

std::vector<SelectionEdge> sharedBoundaries(const VectorLayer& layer, const Progress& progress) {
  if (layer.crs.isEmpty()) throw Error(ErrorCode::MissingCrs, layer.path, "boundary lengths need a projected CRS");
  if (layer.crs.isGeographic())
    throw Error(ErrorCode::InvalidInput, layer.path, "boundary lengths need a projected CRS, not " + layer.crs.authId());
  const double kmPerUnit = layer.crs.ogr()->GetLinearUnits() / 1000.0;

  const GeosContext ctx;
  GEOSContextHandle_t h = ctx.handle();
  const std::size_t n = layer.features.size();
  std::vector<GeomPtr> boundaries;
  boundaries.reserve(n);
  std::vector<double> perimeter(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    if (i % 1024 == 0) reportProgress(progress, 0.2 * double(i) / double(n), "shared boundaries");
    const GeomPtr polygon = toGeos(ctx, *layer.features[i].geometry);
    boundaries.push_back(checked(ctx, GEOSBoundary_r(h, polygon.get()), layer.path, "boundary"));
    GEOSLength_r(h, boundaries.back().get(), &perimeter[i]);
  }
  TreePtr tree(GEOSSTRtree_create_r(h, 10), TreeDeleter{h});
  if (!tree) throw Error(ErrorCode::InvalidGeometry, layer.path, "cannot build a spatial index: " + ctx.lastError());
  for (std::size_t i = 0; i < n; ++i)
    GEOSSTRtree_insert_r(h, tree.get(), boundaries[i].get(), reinterpret_cast<void*>(i));

  std::vector<SelectionEdge> edges;
  std::vector<double> shared(n, 0.0);
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < n; ++i) {
    if (i % 256 == 0) reportProgress(progress, 0.2 + 0.8 * double(i) / double(std::max<std::size_t>(n, 1)), "shared boundaries");
    candidates.clear();
    GEOSSTRtree_query_r(
        h, tree.get(), boundaries[i].get(),
        [](void* item, void* found) { static_cast<std::vector<std::size_t>*>(found)->push_back(reinterpret_cast<std::size_t>(item)); },
        &candidates);
    std::sort(candidates.begin(), candidates.end());  // the tree's order is not part of any contract
    for (std::size_t j : candidates) {
      if (j <= i) continue;
      const GeomPtr common = checked(ctx, GEOSIntersection_r(h, boundaries[i].get(), boundaries[j].get()), layer.path, "intersection");
      double length = 0.0;
      GEOSLength_r(h, common.get(), &length);
      if (length <= 0.0) continue;
      shared[i] += length;
      shared[j] += length;
      edges.push_back({int(i), int(j), length * kmPerUnit});
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    const double outside = perimeter[i] - shared[i];
    if (outside > 1e-9 * perimeter[i]) edges.push_back({int(i), int(i), outside * kmPerUnit});
  }
  reportProgress(progress, 1.0, "shared boundaries");
  return edges;
}

}  // namespace hp::ranking
