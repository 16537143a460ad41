// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Geos.h"

#include <cstdarg>
#include <utility>

#include "geo/Error.h"

namespace hp {

GeosContext::GeosContext() : handle_(GEOS_init_r()), lastError_(std::make_unique<std::string>()) {
  GEOSContext_setErrorMessageHandler_r(handle_, &GeosContext::onError, lastError_.get());
  GEOSContext_setNoticeMessageHandler_r(handle_, nullptr, nullptr);
}

GeosContext::~GeosContext() {
  if (handle_) GEOS_finish_r(handle_);
}

GeosContext::GeosContext(GeosContext&& other) noexcept
    : handle_(std::exchange(other.handle_, nullptr)), lastError_(std::move(other.lastError_)) {}

GeosContext& GeosContext::operator=(GeosContext&& other) noexcept {
  if (this != &other) {
    if (handle_) GEOS_finish_r(handle_);
    handle_ = std::exchange(other.handle_, nullptr);
    lastError_ = std::move(other.lastError_);
  }
  return *this;
}

void GeosContext::onError(const char* message, void* userdata) {
  if (userdata && message) *static_cast<std::string*>(userdata) = message;
}

PreparedPtr prepare(const GeosContext& ctx, const GEOSGeometry* g) {
  return PreparedPtr(GEOSPrepare_r(ctx.handle(), g), PreparedDeleter{ctx.handle()});
}

GeomPtr toGeos(const GeosContext& ctx, const OGRGeometry& geometry) {
  GeomPtr g = adopt(ctx, geometry.exportToGEOS(ctx.handle()));
  if (!g) throw Error(ErrorCode::InvalidGeometry, {}, "geometry cannot be converted for GEOS: " + ctx.lastError());
  return g;
}

OGRGeometryUniquePtr toOgr(const GeosContext& ctx, const GEOSGeometry* geometry) {
  if (!geometry) return nullptr;
  return OGRGeometryUniquePtr(OGRGeometryFactory::createFromGEOS(ctx.handle(), const_cast<GEOSGeometry*>(geometry)));
}

}  // namespace hp
