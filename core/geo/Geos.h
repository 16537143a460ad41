// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <geos_c.h>
#include <ogr_geometry.h>

#include <memory>
#include <string>

namespace hp {

// Owns one reentrant GEOS context. Move-only; one per thread. Every geometry made
// with it must be destroyed before it (GeomPtr's deleter holds the raw handle).
class GeosContext {
 public:
  GeosContext();
  ~GeosContext();
  GeosContext(GeosContext&& other) noexcept;
  GeosContext& operator=(GeosContext&& other) noexcept;
  GeosContext(const GeosContext&) = delete;
  GeosContext& operator=(const GeosContext&) = delete;

  GEOSContextHandle_t handle() const { return handle_; }
  // GEOS's last error message on this context (empty when none).
  const std::string& lastError() const { return *lastError_; }

 private:
  static void onError(const char* message, void* userdata);
  GEOSContextHandle_t handle_ = nullptr;
  std::unique_ptr<std::string> lastError_;  // stable address for the callback
};

struct GeomDeleter {
  GEOSContextHandle_t ctx = nullptr;
  void operator()(GEOSGeometry* g) const {
    if (g) GEOSGeom_destroy_r(ctx, g);
  }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

struct PreparedDeleter {
  GEOSContextHandle_t ctx = nullptr;
  void operator()(const GEOSPreparedGeometry* g) const {
    if (g) GEOSPreparedGeom_destroy_r(ctx, g);
  }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

// Takes ownership of a geometry GEOS returned (null stays null).
inline GeomPtr adopt(const GeosContext& ctx, GEOSGeometry* g) { return GeomPtr(g, GeomDeleter{ctx.handle()}); }
PreparedPtr prepare(const GeosContext& ctx, const GEOSGeometry* g);

// OGR <-> GEOS through GDAL's own converters.
GeomPtr toGeos(const GeosContext& ctx, const OGRGeometry& geometry);
OGRGeometryUniquePtr toOgr(const GeosContext& ctx, const GEOSGeometry* geometry);

}  // namespace hp
