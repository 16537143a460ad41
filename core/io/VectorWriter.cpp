// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/VectorWriter.h"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/AtomicFile.h"

namespace hp {

std::string lowerExtension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return ext;
}

std::string vectorDriverForExtension(const std::string& path) {
  const std::string ext = lowerExtension(path);
  if (ext == ".gpkg") return "GPKG";
  if (ext == ".shp") return "ESRI Shapefile";
  if (ext == ".geojson" || ext == ".json") return "GeoJSON";
  if (ext == ".kml") {
    gdal::ensureRegistered();
    return GetGDALDriverManager()->GetDriverByName("LIBKML") ? "LIBKML" : "KML";
  }
  if (ext == ".csv") return "CSV";
  if (ext == ".fgb") return "FlatGeobuf";
  return {};
}

bool isKmlDriver(const std::string& driver) { return driver == "KML" || driver == "LIBKML"; }

std::string vectorDriverForPath(const std::string& path) {
  std::string driver = vectorDriverForExtension(path);
  if (driver.empty())
    throw Error(ErrorCode::InvalidInput, path,
                "unsupported output format '" + lowerExtension(path) + "' (use .gpkg, .shp, .geojson, .kml, .csv or .fgb)");
  return driver;
}

OGRErr createFeature(OGRLayer& layer, const Feature& f, const std::vector<int>& fieldIndexes,
                     OGRwkbGeometryType geometryType, const CoordinateTransform* transform, const std::string& style) {
  OGRFeature feature(layer.GetLayerDefn());
  for (std::size_t i = 0; i < fieldIndexes.size() && i < f.attributes.size(); ++i) {
    const int t = fieldIndexes[i];
    if (t < 0) continue;
    const FieldValue& v = f.attributes[i];
    if (auto* iv = std::get_if<std::int64_t>(&v)) feature.SetField(t, GIntBig(*iv));
    else if (auto* dv = std::get_if<double>(&v)) feature.SetField(t, *dv);
    else if (auto* sv = std::get_if<std::string>(&v)) feature.SetField(t, sv->c_str());
    else feature.SetFieldNull(t);
  }
  if (f.geometry && geometryType != wkbNone) {
    OGRGeometryUniquePtr g(f.geometry->clone());
    if (transform) transform->transform(*g);
    if (geometryType == wkbMultiPolygon && wkbFlatten(g->getGeometryType()) != wkbMultiPolygon)
      g.reset(OGRGeometryFactory::forceToMultiPolygon(g.release()));
    feature.SetGeometryDirectly(g.release());
  }
  if (!style.empty()) feature.SetStyleString(style.c_str());
  return layer.CreateFeature(&feature);
}

static OGRFieldType ogrType(FieldType t) {
  switch (t) {
    case FieldType::Integer: return OFTInteger64;
    case FieldType::Real: return OFTReal;
    case FieldType::String: return OFTString;
  }
  return OFTString;
}

void writeVectorLayer(const std::string& path, const VectorLayer& layer, const std::string& layerNameIn,
                      WriteMode mode) {
  gdal::ensureRegistered();
  const std::string driverName = vectorDriverForPath(path);
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
  if (!driver) throw Error(ErrorCode::WriteFailed, path, "GDAL has no " + driverName + " driver");
  const std::string layerName = layerNameIn.empty() ? (layer.layerName.empty() ? "layer" : layer.layerName) : layerNameIn;

  // A killed or failing write must leave the previous file whole: single-file formats are written
  // beside it and renamed over it. A shapefile is several files, which one rename cannot replace.
  const bool atomic = driverName != "ESRI Shapefile";
  const std::string target = atomic ? temporarySibling(path) : path;
  // Whatever ends the write early removes the half-written file (after `ds`, declared later, closed it).
  struct RemoveUnlessCommitted {
    const std::string& file;
    bool armed;
    ~RemoveUnlessCommitted() {
      std::error_code ec;
      if (armed) std::filesystem::remove(file, ec);
    }
  } removeTemp{target, atomic};
  gdal::ErrorCollector errors;
  GDALDatasetUniquePtr ds;
  auto fail = [&](const std::string& what) {
    if (noSpaceLeft(path)) throw Error(ErrorCode::WriteFailed, path, "no space left on the device (" + what + ")");
    throw Error(ErrorCode::WriteFailed, path, what + (errors.failure().empty() ? "" : ": " + errors.failure()));
  };

  const bool exists = gdal::pathExists(path);
  if (exists && mode == WriteMode::ReplaceLayer && driverName == "GPKG") {
    // The other layers stay: they are copied into the new file first (a GeoPackage is one file).
    std::error_code ec;
    if (!std::filesystem::copy_file(path, target, std::filesystem::copy_options::overwrite_existing, ec))
      fail("cannot copy the file to update it: " + ec.message());
    ds.reset(GDALDataset::Open(target.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!ds) fail("cannot open for update");
    for (int i = 0; i < ds->GetLayerCount(); ++i)
      if (layerName == ds->GetLayer(i)->GetName()) {
        ds->DeleteLayer(i);
        break;
      }
  } else {
    if (!atomic && exists && driver->Delete(path.c_str()) != CE_None) {
      std::error_code ec;
      std::filesystem::remove(path, ec);
    }
    ds.reset(driver->Create(target.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) fail("cannot create the file");
  }

  const Crs crs = isKmlDriver(driverName) ? Crs::wgs84() : layer.crs;
  std::unique_ptr<CoordinateTransform> toWgs84;
  if (isKmlDriver(driverName) && !layer.crs.isEmpty()) toWgs84 = std::make_unique<CoordinateTransform>(layer.crs, crs, path);

  OGRwkbGeometryType geomType = wkbUnknown;
  if (!layer.features.empty()) {
    geomType = wkbFlatten(layer.features.front().geometry->getGeometryType());
    for (const Feature& f : layer.features)
      if (wkbFlatten(f.geometry->getGeometryType()) != geomType) {
        geomType = (geomType == wkbPolygon || geomType == wkbMultiPolygon) ? wkbMultiPolygon : wkbUnknown;
        break;
      }
  }
  char** layerOptions = nullptr;
  if (driverName == "CSV") layerOptions = CSLSetNameValue(layerOptions, "GEOMETRY", "AS_WKT");
  if (driverName == "ESRI Shapefile") layerOptions = CSLSetNameValue(layerOptions, "ENCODING", "UTF-8");
  OGRLayer* out = ds->CreateLayer(layerName.c_str(), crs.isEmpty() ? nullptr : const_cast<OGRSpatialReference*>(crs.ogr()),
                                  geomType, layerOptions);
  CSLDestroy(layerOptions);
  if (!out) fail("cannot create layer '" + layerName + "'");

  // Where each field landed: a KML layer starts with its own Name and Description fields.
  std::vector<int> fieldIndexes;
  for (const FieldDef& field : layer.fields) {
    OGRFieldDefn defn(field.name.c_str(), ogrType(field.type));
    if (out->CreateField(&defn) != OGRERR_NONE) fail("cannot create field '" + field.name + "'");
    fieldIndexes.push_back(out->GetLayerDefn()->GetFieldCount() - 1);
  }

  const bool transaction = ds->StartTransaction() == OGRERR_NONE;
  for (const Feature& f : layer.features)
    if (createFeature(*out, f, fieldIndexes, geomType, toWgs84.get()) != OGRERR_NONE)
      fail("cannot write feature " + std::to_string(f.fid));
  if (transaction && ds->CommitTransaction() != OGRERR_NONE) fail("cannot commit");
  ds.reset();  // flush and close before reporting success
  if (errors.hasFailure()) fail("writing failed");
  if (atomic) commitAtomically(target, path);
  removeTemp.armed = false;
}

}  // namespace hp
