// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/VectorReader.h"

#include <ogrsf_frmts.h>

#include <algorithm>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "geo/RingCrossings.h"

namespace hp {

std::vector<std::string> listVectorLayers(const std::string& path) {
  GDALDatasetUniquePtr ds = gdal::openDataset(path, GDAL_OF_VECTOR);
  std::vector<std::string> names;
  for (int i = 0; i < ds->GetLayerCount(); ++i) names.emplace_back(ds->GetLayer(i)->GetName());
  return names;
}

static FieldType fieldTypeOf(OGRFieldType type) {
  switch (type) {
    case OFTInteger:
    case OFTInteger64: return FieldType::Integer;
    case OFTReal: return FieldType::Real;
    default: return FieldType::String;
  }
}

static FieldValue readValue(OGRFeature& f, int i, FieldType type) {
  if (!f.IsFieldSetAndNotNull(i)) return std::monostate{};
  switch (type) {
    case FieldType::Integer: return static_cast<std::int64_t>(f.GetFieldAsInteger64(i));
    case FieldType::Real: return f.GetFieldAsDouble(i);
    case FieldType::String: return std::string(f.GetFieldAsString(i));
  }
  return std::monostate{};
}

// A repair nodes and rebuilds every crossing, at a cost that grows faster than their number: 10 000 take
// GEOS under a second (docs/RELIABILITY.md, "Fuzzing"), 600 000 in 10 000 vertices about a minute. A polygon
// that tangled is not a parcel anyone meant; the user fixes it rather than waiting for a guess.
constexpr std::size_t maxRepairableCrossings = 10000;

static bool isPolygonal(const OGRGeometry& g) {
  const auto t = wkbFlatten(g.getGeometryType());
  return t == wkbPolygon || t == wkbMultiPolygon || t == wkbCurvePolygon || t == wkbMultiSurface;
}

VectorLayer readVectorLayer(const std::string& path, const VectorReadOptions& options) {
  GDALDatasetUniquePtr ds = gdal::openDataset(path, GDAL_OF_VECTOR);
  OGRLayer* layer = options.layerName.empty() ? ds->GetLayer(0) : ds->GetLayerByName(options.layerName.c_str());
  if (!layer) {
    if (options.layerName.empty()) throw Error(ErrorCode::EmptyLayer, path, "the file holds no vector layer");
    throw Error(ErrorCode::NoSuchLayer, path, "no layer named '" + options.layerName + "'");
  }

  VectorLayer out;
  out.path = path;
  out.layerName = layer->GetName();
  out.crs = Crs::fromOgr(layer->GetSpatialRef());
  if (out.crs.isEmpty() && options.requireCrs)
    throw Error(ErrorCode::MissingCrs, path, "layer '" + out.layerName + "' has no coordinate reference system");

  OGRFeatureDefn* defn = layer->GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i)
    out.fields.push_back({defn->GetFieldDefn(i)->GetNameRef(), fieldTypeOf(defn->GetFieldDefn(i)->GetType())});

  // The layer's own count when it keeps one (GeoPackage, Shapefile); otherwise progress only stays alive.
  const GIntBig expected = options.progress ? layer->GetFeatureCount(FALSE) : -1;
  const Progress& progress = options.progress;
  const bool reprojecting = !options.targetCrs.isEmpty() && !out.crs.isEmpty();
  const double readShare = reprojecting ? 0.8 : 1.0;
  reportProgress(progress, 0, "reading features");
  std::size_t seen = 0;

  gdal::ErrorCollector errors;
  layer->ResetReading();
  std::size_t nullGeometries = 0, repaired = 0, unrepairable = 0, notPolygons = 0;
  auto failIfReadFailed = [&] {
    if (errors.hasFailure())
      throw Error(ErrorCode::CorruptData, path,
                  "reading features of layer '" + out.layerName + "' failed: " + errors.failure());
  };
  while (true) {
    OGRFeatureUniquePtr f(layer->GetNextFeature());
    failIfReadFailed();
    if (!f) break;
    if (progress && ++seen % 512 == 0)
      reportProgress(progress, expected > 0 ? readShare * std::min(1.0, double(seen) / double(expected)) : 0,
                     "reading features");
    Feature feature;
    feature.fid = f->GetFID();
    feature.attributes.reserve(out.fields.size());
    for (std::size_t i = 0; i < out.fields.size(); ++i)
      feature.attributes.push_back(readValue(*f, int(i), out.fields[i].type));
    feature.geometry.reset(f->StealGeometry());
    if (!feature.geometry || feature.geometry->IsEmpty()) {
      ++nullGeometries;
      continue;
    }
    if (feature.geometry->hasCurveGeometry()) feature.geometry.reset(feature.geometry->getLinearGeometry());
    feature.geometry->closeRings();  // GeoJSON/KML in the wild leave rings open
    if (options.polygonsOnly && !isPolygonal(*feature.geometry)) {
      ++notPolygons;
      continue;
    }
    if (!feature.geometry->IsValid()) {
      if (countRingCrossings(ringsOf(*feature.geometry), maxRepairableCrossings) > maxRepairableCrossings)
        throw Error(ErrorCode::InvalidGeometry, path,
                    "feature " + std::to_string(feature.fid) + " of layer '" + out.layerName + "' crosses itself at more than " +
                        std::to_string(maxRepairableCrossings) + " points, too tangled to repair; fix or simplify it in a GIS");
      // STRUCTURE (GEOS 3.10+) keeps the area a ring encloses (a ring that runs round twice is not cut into
      // a hole as LINEWORK's even-odd rule does), drops collapsed parts, and is ten times faster on real rings.
      static const char* const structure[] = {"METHOD=STRUCTURE", nullptr};
      OGRGeometryUniquePtr fixed(feature.geometry->MakeValid(structure));
      if (!fixed || fixed->IsEmpty()) {
        ++unrepairable;
        continue;
      }
      if (options.polygonsOnly && wkbFlatten(fixed->getGeometryType()) == wkbGeometryCollection) {
        // MakeValid may leave slivers as lines: keep only the polygonal part.
        auto polys = std::make_unique<OGRMultiPolygon>();
        for (const OGRGeometry* part : *fixed->toGeometryCollection())
          if (isPolygonal(*part)) polys->addGeometry(part);
        fixed.reset(polys.release());
      }
      feature.geometry = std::move(fixed);
      ++repaired;
    }
    errors.clear();  // GEOS complaints about invalid input were handled above
    out.features.push_back(std::move(feature));
  }

  auto note = [&](std::size_t n, const std::string& what) {
    if (n) out.warnings.push_back(std::to_string(n) + " " + what);
  };
  note(nullGeometries, "feature(s) without geometry skipped");
  note(repaired, "invalid geometry(ies) repaired");
  note(unrepairable, "invalid geometry(ies) that could not be repaired skipped");
  note(notPolygons, "non-polygon feature(s) skipped");

  if (out.features.empty() && !options.allowEmpty)
    throw Error(ErrorCode::EmptyLayer, path, "layer '" + out.layerName + "' has no features with geometry");

  if (reprojecting) {
    reportProgress(progress, readShare, "reprojecting");
    reproject(out, options.targetCrs);
  }
  reportProgress(progress, 1, "reading features");
  return out;
}

void reproject(VectorLayer& layer, const Crs& target) {
  CoordinateTransform ct(layer.crs, target, layer.path);
  if (!ct.isIdentity())
    for (Feature& f : layer.features) ct.transform(*f.geometry);
  layer.crs = target;
}

}  // namespace hp
