// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Crs.h"

#include <ogr_geometry.h>

#include <utility>

#include "geo/Error.h"
#include "geo/GdalSupport.h"

namespace hp {

static std::shared_ptr<OGRSpatialReference> makeSrs() {
  auto srs = std::make_shared<OGRSpatialReference>();
  srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

Crs Crs::fromUserInput(const std::string& definition) {
  gdal::ensureRegistered();
  gdal::ErrorCollector errors;
  auto srs = makeSrs();
  if (definition.empty() || srs->SetFromUserInput(definition.c_str()) != OGRERR_NONE)
    throw Error(ErrorCode::InvalidInput, {},
                "not a coordinate reference system: '" + definition.substr(0, 80) + "'" +
                    (errors.failure().empty() ? "" : " (" + errors.failure() + ")"));
  return Crs(std::move(srs));
}

Crs Crs::fromEpsg(int code) {
  gdal::ErrorCollector errors;
  auto srs = makeSrs();
  if (srs->importFromEPSG(code) != OGRERR_NONE)
    throw Error(ErrorCode::InvalidInput, {}, "unknown EPSG code " + std::to_string(code));
  return Crs(std::move(srs));
}

Crs Crs::fromOgr(const OGRSpatialReference* srs) {
  if (!srs) return Crs();
  auto copy = std::make_shared<OGRSpatialReference>(*srs);
  copy->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return Crs(std::move(copy));
}

Crs Crs::wgs84() { return fromEpsg(4326); }

bool Crs::isGeographic() const { return srs_ && srs_->IsGeographic(); }

bool Crs::isSame(const Crs& other) const {
  if (isEmpty() || other.isEmpty()) return isEmpty() == other.isEmpty();
  const char* options[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", "CRITERION=EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS", nullptr};
  return srs_->IsSame(other.srs_.get(), options);
}

std::string Crs::wkt() const {
  if (!srs_) return {};
  char* text = nullptr;
  const char* options[] = {"FORMAT=WKT2_2019", nullptr};
  srs_->exportToWkt(&text, options);
  std::string result = text ? text : "";
  CPLFree(text);
  return result;
}

std::string Crs::name() const {
  if (!srs_) return {};
  const char* n = srs_->GetName();
  return n ? n : "";
}

std::optional<int> Crs::epsg() const {
  if (!srs_) return std::nullopt;
  for (const char* key : {static_cast<const char*>(nullptr), "PROJCS", "GEOGCS"}) {
    const char* auth = srs_->GetAuthorityName(key);
    const char* code = srs_->GetAuthorityCode(key);
    if (auth && code && std::string(auth) == "EPSG") {
      // Only the root node's code identifies the whole CRS.
      if (key == nullptr || (key == std::string("PROJCS") && srs_->IsProjected()) ||
          (key == std::string("GEOGCS") && srs_->IsGeographic()))
        return std::atoi(code);
    }
  }
  return std::nullopt;
}

std::string Crs::authId() const {
  if (auto code = epsg()) return "EPSG:" + std::to_string(*code);
  return name();
}

CoordinateTransform::CoordinateTransform(const Crs& source, const Crs& target, const std::string& file)
    : file_(file) {
  if (source.isEmpty() || target.isEmpty())
    throw Error(ErrorCode::MissingCrs, file, "cannot reproject data without a coordinate reference system");
  if (source.isSame(target)) return;
  gdal::ErrorCollector errors;
  ct_ = OGRCreateCoordinateTransformation(source.ogr(), target.ogr());
  if (!ct_)
    throw Error(ErrorCode::ReprojectionFailed, file,
                "no transformation from " + source.authId() + " to " + target.authId() +
                    (errors.failure().empty() ? "" : " (" + errors.failure() + ")"));
}

CoordinateTransform::~CoordinateTransform() {
  if (ct_) OGRCoordinateTransformation::DestroyCT(ct_);
}

CoordinateTransform::CoordinateTransform(CoordinateTransform&& other) noexcept
    : ct_(std::exchange(other.ct_, nullptr)), file_(std::move(other.file_)) {}

CoordinateTransform& CoordinateTransform::operator=(CoordinateTransform&& other) noexcept {
  if (this != &other) {
    if (ct_) OGRCoordinateTransformation::DestroyCT(ct_);
    ct_ = std::exchange(other.ct_, nullptr);
    file_ = std::move(other.file_);
  }
  return *this;
}

bool CoordinateTransform::transform(std::vector<double>& x, std::vector<double>& y) const {
  if (!ct_ || x.empty()) return true;
  return ct_->Transform(x.size(), x.data(), y.data()) == TRUE;
}

bool CoordinateTransform::transform(double& x, double& y) const {
  if (!ct_) return true;
  return ct_->Transform(1, &x, &y) == TRUE;
}

Extent CoordinateTransform::transformBounds(const Extent& e) const {
  if (!ct_ || e.isEmpty()) return e;
  Extent out;
  if (!ct_->TransformBounds(e.minX, e.minY, e.maxX, e.maxY, &out.minX, &out.minY, &out.maxX, &out.maxY, 21))
    throw Error(ErrorCode::ReprojectionFailed, file_, "the extent cannot be transformed");
  return out;
}

void CoordinateTransform::transform(OGRGeometry& geometry) const {
  if (!ct_) return;
  gdal::ErrorCollector errors;
  if (geometry.transform(ct_) != OGRERR_NONE)
    throw Error(ErrorCode::ReprojectionFailed, file_,
                "a geometry cannot be transformed" + (errors.failure().empty() ? "" : " (" + errors.failure() + ")"));
}

}  // namespace hp
