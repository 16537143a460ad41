// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectFile.h"

#include <ogrsf_frmts.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/AtomicFile.h"

namespace fs = std::filesystem;

namespace hp::project {

namespace {

constexpr const char* kSettings = "hp_project";
constexpr const char* kLayers = "hp_layers";
constexpr const char* kVersions = "hp_forest_versions";
constexpr const char* kCandidates = "hp_candidates";

[[noreturn]] void writeFailed(const std::string& path, const std::string& what, const gdal::ErrorCollector& errors) {
  throw Error(ErrorCode::WriteFailed, path, what + (errors.failure().empty() ? "" : ": " + errors.failure()));
}

OGRLayer* createTable(GDALDataset& ds, const char* name, const std::vector<std::pair<const char*, OGRFieldType>>& fields,
                      const std::string& path, const gdal::ErrorCollector& errors,
                      OGRwkbGeometryType geomType = wkbNone, const OGRSpatialReference* srs = nullptr) {
  OGRLayer* layer = ds.CreateLayer(name, const_cast<OGRSpatialReference*>(srs), geomType, nullptr);
  if (!layer) writeFailed(path, std::string("cannot create table ") + name, errors);
  for (const auto& [field, type] : fields) {
    OGRFieldDefn defn(field, type);
    if (layer->CreateField(&defn) != OGRERR_NONE) writeFailed(path, std::string("cannot create field ") + field, errors);
  }
  return layer;
}

std::string joinIds(const std::vector<std::int64_t>& ids) {
  std::string s;
  for (std::size_t i = 0; i < ids.size(); ++i) s += (i ? "," : "") + std::to_string(ids[i]);
  return s;
}

std::vector<std::int64_t> splitIds(const std::string& text, const std::string& path) {
  std::vector<std::int64_t> ids;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (item.empty()) continue;
    try {
      ids.push_back(std::stoll(item));
    } catch (const std::exception&) {
      throw Error(ErrorCode::CorruptData, path, "candidate parcel list holds '" + item + "', not a parcel id");
    }
  }
  return ids;
}

std::string viewText(const Extent& e) {
  if (e.isEmpty()) return {};
  std::ostringstream s;
  s.precision(17);
  s << e.minX << ' ' << e.minY << ' ' << e.maxX << ' ' << e.maxY;
  return s.str();
}

Extent parseView(const std::string& text) {
  Extent e;
  std::istringstream s(text);
  double a, b, c, d;
  if (s >> a >> b >> c >> d) {
    e.include(a, b);
    e.include(c, d);
  }
  return e;
}

}  // namespace

std::string relativeToProject(const std::string& path, const std::string& projectFile) {
  if (path.empty() || path.rfind("/vsi", 0) == 0) return path;
  const fs::path base = fs::absolute(fs::path(projectFile)).parent_path();
  std::error_code ec;
  const fs::path rel = fs::proximate(fs::absolute(path), base, ec);
  if (ec || rel.empty()) return path;
  return rel.generic_string();
}

std::string resolveFromProject(const std::string& stored, const std::string& projectFile) {
  if (stored.empty() || stored.rfind("/vsi", 0) == 0) return stored;
  const fs::path p(stored);
  if (p.is_absolute()) return stored;
  return (fs::absolute(fs::path(projectFile)).parent_path() / p).lexically_normal().string();
}

void saveProject(const Project& project, const std::string& path) {
  gdal::ensureRegistered();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver) throw Error(ErrorCode::WriteFailed, path, "GDAL has no GeoPackage driver");
  const std::string temp = temporarySibling(path);
  gdal::ErrorCollector errors;
  {
    GDALDatasetUniquePtr ds(driver->Create(temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) writeFailed(path, "cannot create the project file", errors);
    ds->StartTransaction();

    OGRLayer* settings = createTable(*ds, kSettings, {{"key", OFTString}, {"value", OFTString}}, path, errors);
    const std::map<std::string, std::string> values = {
        {"format_version", std::to_string(Project::kFormatVersion)},
        {"crs", project.crs.wkt()},
        {"model", project.modelJson},
        {"view", viewText(project.view.extent)},
        {"active_forest_version", std::to_string(project.activeForestVersion)},
    };
    for (const auto& [key, value] : values) {
      OGRFeature f(settings->GetLayerDefn());
      f.SetField("key", key.c_str());
      f.SetField("value", value.c_str());
      if (settings->CreateFeature(&f) != OGRERR_NONE) writeFailed(path, "cannot write setting " + key, errors);
    }

    OGRLayer* layers = createTable(*ds, kLayers,
                                   {{"position", OFTInteger}, {"role", OFTString}, {"name", OFTString}, {"path", OFTString},
                                    {"layer_name", OFTString}, {"visible", OFTInteger}, {"opacity", OFTReal}, {"style", OFTString}},
                                   path, errors);
    for (std::size_t i = 0; i < project.layers.size(); ++i) {
      const LayerRef& l = project.layers[i];
      OGRFeature f(layers->GetLayerDefn());
      f.SetField("position", int(i));
      f.SetField("role", roleName(l.role));
      f.SetField("name", l.name.c_str());
      f.SetField("path", relativeToProject(l.path, path).c_str());
      f.SetField("layer_name", l.layerName.c_str());
      f.SetField("visible", l.visible ? 1 : 0);
      f.SetField("opacity", l.opacity);
      f.SetField("style", l.styleJson.c_str());
      if (layers->CreateFeature(&f) != OGRERR_NONE) writeFailed(path, "cannot write layer " + l.name, errors);
    }

    OGRLayer* versions = createTable(*ds, kVersions,
                                     {{"version_id", OFTInteger}, {"date", OFTString}, {"path", OFTString},
                                      {"method", OFTString}, {"source", OFTString}},
                                     path, errors);
    for (const ForestVersion& v : project.forestVersions) {
      OGRFeature f(versions->GetLayerDefn());
      f.SetField("version_id", v.id);
      f.SetField("date", v.date.c_str());
      f.SetField("path", relativeToProject(v.path, path).c_str());
      f.SetField("method", v.method.c_str());
      f.SetField("source", v.source.c_str());
      if (versions->CreateFeature(&f) != OGRERR_NONE) writeFailed(path, "cannot write forest version", errors);
    }

    OGRLayer* candidates = createTable(*ds, kCandidates,
                                       {{"position", OFTInteger}, {"name", OFTString}, {"color", OFTString}, {"parcel_ids", OFTString}},
                                       path, errors, wkbMultiPolygon, project.crs.ogr());
    for (std::size_t i = 0; i < project.candidates.size(); ++i) {
      const Candidate& c = project.candidates[i];
      OGRFeature f(candidates->GetLayerDefn());
      f.SetField("position", int(i));
      f.SetField("name", c.name.c_str());
      f.SetField("color", c.color.c_str());
      f.SetField("parcel_ids", joinIds(c.parcelIds).c_str());
      if (!c.drawn.empty()) {
        auto multi = std::make_unique<OGRMultiPolygon>();
        for (const auto& g : c.drawn) {
          const auto type = wkbFlatten(g->getGeometryType());
          if (type == wkbPolygon) multi->addGeometry(g.get());
          else if (type == wkbMultiPolygon)
            for (const OGRPolygon* p : *g->toMultiPolygon()) multi->addGeometry(p);
        }
        f.SetGeometryDirectly(multi.release());
      }
      if (candidates->CreateFeature(&f) != OGRERR_NONE) writeFailed(path, "cannot write candidate " + c.name, errors);
    }
    if (ds->CommitTransaction() != OGRERR_NONE) writeFailed(path, "cannot commit", errors);
    ds.reset();  // close: the SQLite file must be complete before it replaces the old one
  }
  if (errors.hasFailure()) {
    std::error_code ec;
    fs::remove(temp, ec);
    writeFailed(path, "writing the project failed", errors);
  }
  commitAtomically(temp, path);
}

LoadedProject loadProject(const std::string& path) {
  GDALDatasetUniquePtr ds = gdal::openDataset(path, GDAL_OF_VECTOR);
  auto table = [&](const char* name) {
    OGRLayer* layer = ds->GetLayerByName(name);
    if (!layer) throw Error(ErrorCode::CorruptData, path, std::string("not a Habitat Planner project (no table ") + name + ")");
    layer->ResetReading();
    return layer;
  };
  gdal::ErrorCollector errors;
  LoadedProject loaded;
  Project& project = loaded.project;

  std::map<std::string, std::string> settings;
  for (auto& f : *table(kSettings)) settings[f->GetFieldAsString("key")] = f->GetFieldAsString("value");
  const int version = std::atoi(settings["format_version"].c_str());
  if (version < 1 || version > Project::kFormatVersion)
    throw Error(ErrorCode::InvalidInput, path,
                "project format version " + settings["format_version"] + " is not supported by this version of Habitat Planner");
  if (!settings["crs"].empty()) project.crs = Crs::fromUserInput(settings["crs"]);
  project.modelJson = settings["model"].empty() ? "{}" : settings["model"];
  project.view.extent = parseView(settings["view"]);
  project.activeForestVersion = std::atoi(settings["active_forest_version"].c_str());

  auto checkExists = [&](const std::string& file) {
    if (!file.empty() && !gdal::pathExists(file)) loaded.missingFiles.push_back(file);
  };

  std::map<int, LayerRef> ordered;
  for (auto& f : *table(kLayers)) {
    LayerRef l;
    l.role = roleFromName(f->GetFieldAsString("role")).value_or(LayerRole::Other);
    l.name = f->GetFieldAsString("name");
    l.path = resolveFromProject(f->GetFieldAsString("path"), path);
    l.layerName = f->GetFieldAsString("layer_name");
    l.visible = f->GetFieldAsInteger("visible") != 0;
    l.opacity = f->GetFieldAsDouble("opacity");
    l.styleJson = f->GetFieldAsString("style");
    checkExists(l.path);
    ordered.emplace(f->GetFieldAsInteger("position"), std::move(l));
  }
  for (auto& [pos, l] : ordered) project.layers.push_back(std::move(l));

  for (auto& f : *table(kVersions)) {
    ForestVersion v;
    v.id = f->GetFieldAsInteger("version_id");
    v.date = f->GetFieldAsString("date");
    v.path = resolveFromProject(f->GetFieldAsString("path"), path);
    v.method = f->GetFieldAsString("method");
    v.source = f->GetFieldAsString("source");
    checkExists(v.path);
    project.forestVersions.push_back(std::move(v));
  }

  std::map<int, Candidate> candidates;
  for (auto& f : *table(kCandidates)) {
    Candidate c;
    c.name = f->GetFieldAsString("name");
    c.color = f->GetFieldAsString("color");
    c.parcelIds = splitIds(f->GetFieldAsString("parcel_ids"), path);
    if (const OGRGeometry* g = f->GetGeometryRef()) {
      if (wkbFlatten(g->getGeometryType()) == wkbMultiPolygon)
        for (const OGRPolygon* p : *g->toMultiPolygon()) c.drawn.push_back(std::shared_ptr<const OGRGeometry>(p->clone()));
      else
        c.drawn.push_back(std::shared_ptr<const OGRGeometry>(g->clone()));
    }
    candidates.emplace(f->GetFieldAsInteger("position"), std::move(c));
  }
  for (auto& [pos, c] : candidates) project.candidates.push_back(std::move(c));

  if (errors.hasFailure()) throw Error(ErrorCode::CorruptData, path, errors.failure());
  return loaded;
}

}  // namespace hp::project
