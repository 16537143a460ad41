// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_spatialref.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/Extent.h"

class OGRGeometry;

namespace hp {

// An immutable coordinate reference system, cheap to copy. Axis order is always
// x = easting/longitude, y = northing/latitude (GIS order), whatever the authority says.
class Crs {
 public:
  Crs() = default;  // unknown CRS

  // "EPSG:32652", WKT, PROJJSON or a PROJ string; throws Error(InvalidInput) when PROJ cannot parse it.
  static Crs fromUserInput(const std::string& definition);
  static Crs fromEpsg(int code);
  // Copies; an empty Crs when srs is null.
  static Crs fromOgr(const OGRSpatialReference* srs);
  static Crs wgs84();

  bool isEmpty() const { return !srs_; }
  bool isGeographic() const;
  bool isSame(const Crs& other) const;
  std::string wkt() const;               // WKT2_2019; empty when unknown
  std::string name() const;              // e.g. "WGS 84 / UTM zone 52N"
  std::optional<int> epsg() const;       // when the CRS is identified by an EPSG code
  std::string authId() const;            // "EPSG:32652", else the name
  const OGRSpatialReference* ogr() const { return srs_.get(); }

 private:
  explicit Crs(std::shared_ptr<const OGRSpatialReference> srs) : srs_(std::move(srs)) {}
  std::shared_ptr<const OGRSpatialReference> srs_;
};

// Transforms coordinates between two CRSs through PROJ (via OGR). Not thread-safe: one per thread.
class CoordinateTransform {
 public:
  // Throws Error(ReprojectionFailed) when no operation exists; `file` names the data for the message.
  CoordinateTransform(const Crs& source, const Crs& target, const std::string& file = {});
  ~CoordinateTransform();
  CoordinateTransform(CoordinateTransform&&) noexcept;
  CoordinateTransform& operator=(CoordinateTransform&&) noexcept;
  CoordinateTransform(const CoordinateTransform&) = delete;
  CoordinateTransform& operator=(const CoordinateTransform&) = delete;

  bool isIdentity() const { return !ct_; }
  // In place; returns false when any point failed.
  bool transform(std::vector<double>& x, std::vector<double>& y) const;
  bool transform(double& x, double& y) const;
  // Densified bounds of `e` in the target CRS; throws Error(ReprojectionFailed).
  Extent transformBounds(const Extent& e) const;
  // In place; throws Error(ReprojectionFailed).
  void transform(OGRGeometry& geometry) const;

 private:
  OGRCoordinateTransformation* ct_ = nullptr;  // null for identity
  std::string file_;
};

}  // namespace hp
