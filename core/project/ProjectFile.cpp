// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectFile.h"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/AtomicFile.h"
#include "io/ParcelIds.h"
#include "project/ExternalReferences.h"

namespace fs = std::filesystem;

namespace hp::project {

namespace {

constexpr const char* kSettings = "hp_project";
constexpr const char* kLayers = "hp_layers";
constexpr const char* kVersions = "hp_forest_versions";
constexpr const char* kCandidates = "hp_candidates";

[[noreturn]] void writeFailed(const std::string& path, const std::string& what, const gdal::ErrorCollector& errors) {
  if (noSpaceLeft(path)) throw Error(ErrorCode::WriteFailed, path, "no space left on the device (" + what + ")");
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

// A candidate's parcels as one text field. Ids without commas, quotes or surrounding spaces stay the
// plain comma list earlier versions wrote (and read); any other list is a JSON array of strings.
std::string joinIds(const std::vector<ParcelId>& ids) {
  const bool plain = std::all_of(ids.begin(), ids.end(), [](const ParcelId& id) {
    return !id.empty() && id.find_first_of(",\"\\") == std::string::npos && id.front() != '[' && id.front() != ' ' &&
           id.back() != ' ';
  });
  // Bytes that are not UTF-8 (a shapefile without its .cpg) cannot be JSON text: replaced, not thrown.
  if (!plain) return nlohmann::json(ids).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string s;
  for (std::size_t i = 0; i < ids.size(); ++i) s += (i ? "," : "") + ids[i];
  return s;
}

std::vector<ParcelId> splitIds(const std::string& text, const std::string& path) {
  std::vector<ParcelId> ids;
  if (!text.empty() && text.front() == '[') {
    const nlohmann::json list = nlohmann::json::parse(text, nullptr, false);
    if (!list.is_array()) throw Error(ErrorCode::CorruptData, path, "a candidate's parcel list is not a JSON array");
    for (const nlohmann::json& id : list) {
      if (!id.is_string() || id.get_ref<const std::string&>().empty())
        throw Error(ErrorCode::CorruptData, path, "a candidate's parcel list holds an entry that is not a parcel id");
      ids.push_back(id.get<std::string>());
    }
    return ids;
  }
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    const ParcelId id = parcelIdText(item);
    if (!id.empty()) ids.push_back(id);
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

constexpr const char* kDataPrefix = "hp_data_";

// What one embedded layer or forest version is, where it is read from and the table it is stored in.
struct EmbeddedCopy {
  std::string sourcePath;
  std::string sourceLayer;
  bool raster = false;
  std::string table;
};

bool isRasterSource(const std::string& path, const std::string& layerName) {
  if (!layerName.empty()) return false;
  if (path.rfind("GPKG:", 0) == 0) return true;
  gdal::ErrorCollector quiet;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER));
  return ds && ds->GetRasterCount() > 0;
}

std::string rasterTableReference(const std::string& projectFile, const std::string& table) {
  return "GPKG:" + fs::absolute(fs::path(projectFile)).lexically_normal().string() + ":" + table;
}

void copyVector(const EmbeddedCopy& c, GDALDataset& target, const std::string& path) {
  GDALDatasetUniquePtr source = gdal::openDataset(c.sourcePath, GDAL_OF_VECTOR);
  OGRLayer* layer = c.sourceLayer.empty() ? source->GetLayer(0) : source->GetLayerByName(c.sourceLayer.c_str());
  if (!layer)
    throw Error(ErrorCode::InvalidInput, c.sourcePath,
                "no layer " + (c.sourceLayer.empty() ? std::string("at all") : "'" + c.sourceLayer + "'") +
                    " to store in the project " + path);
  gdal::ErrorCollector errors;
  if (!target.CopyLayer(layer, c.table.c_str()) || errors.hasFailure())
    writeFailed(path, "cannot store " + c.sourcePath + " in the project", errors);
}

// GDAL's progress callback over hp::Progress; remembers a "stop" so it is told from a failed write.
struct GdalProgress {
  const Progress* progress;
  bool stopped = false;
  static int CPL_STDCALL call(double fraction, const char*, void* self) {
    auto* p = static_cast<GdalProgress*>(self);
    if (!p->stopped && *p->progress && !(*p->progress)(fraction, "storing raster")) p->stopped = true;
    return p->stopped ? FALSE : TRUE;
  }
};

void copyRaster(const EmbeddedCopy& c, const std::string& file, const std::string& path, const Progress& progress) {
  GDALDatasetUniquePtr source = gdal::openDataset(c.sourcePath, GDAL_OF_RASTER);
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  const std::string table = "RASTER_TABLE=" + c.table;
  // PNG tiles: lossless, so the model reads exactly the canopy it read from the original file.
  const char* options[] = {"APPEND_SUBDATASET=YES", table.c_str(), "TILE_FORMAT=PNG", nullptr};
  gdal::ErrorCollector errors;
  GdalProgress bridge{&progress};
  GDALDatasetUniquePtr copy(driver->CreateCopy(file.c_str(), source.get(), FALSE, const_cast<char**>(options),
                                               progress ? &GdalProgress::call : nullptr, &bridge));
  if (bridge.stopped) throw Cancelled();
  if (!copy || errors.hasFailure()) writeFailed(path, "cannot store " + c.sourcePath + " in the project", errors);
}

// How long a copy takes, in units of the project's own tables: a vector layer about one, a raster
// one per quarter million pixels (PNG tiling is most of a save's time).
double copyWeight(const EmbeddedCopy& c) {
  if (!c.raster) return 1;
  gdal::ErrorCollector quiet;
  GDALDatasetUniquePtr ds(GDALDataset::Open(c.sourcePath.c_str(), GDAL_OF_RASTER));
  return ds ? std::max(1.0, double(ds->GetRasterXSize()) * double(ds->GetRasterYSize()) / 250000.0) : 1.0;
}

const EmbeddedCopy* copyOf(const std::vector<EmbeddedCopy>& copies, const std::string& path, const std::string& layer) {
  for (const EmbeddedCopy& c : copies)
    if (c.sourcePath == path && c.sourceLayer == layer) return &c;
  return nullptr;
}

// URLs GDAL opens itself (http://, ftp://): kept as written, neither relative nor resolved.
bool isUrl(const std::string& path) { return path.find("://") != std::string::npos; }

LoadedProject readProject(const std::string& path);

// The project's CRS as its file stores it (WKT): never a file or URL the text might name instead.
Crs storedCrs(const std::string& definition, const std::string& path) {
  gdal::ErrorCollector errors;
  OGRSpatialReference srs;
  const char* const options[] = {"ALLOW_NETWORK_ACCESS=NO", "ALLOW_FILE_ACCESS=NO", nullptr};
  if (srs.SetFromUserInput(definition.c_str(), options) != OGRERR_NONE)
    throw Error(ErrorCode::CorruptData, path, "the project's coordinate reference system cannot be read");
  return Crs::fromOgr(&srs);
}

std::vector<EmbeddedCopy> embeddedCopies(const Project& project) {
  std::vector<EmbeddedCopy> copies;
  for (std::size_t i = 0; i < project.layers.size(); ++i) {
    const LayerRef& l = project.layers[i];
    if (!project.embedData && !isEmbeddedReference(l.path, l.layerName)) continue;
    copies.push_back({l.path, l.layerName, isRasterSource(l.path, l.layerName), kDataPrefix + ("layer_" + std::to_string(i))});
  }
  for (const ForestVersion& v : project.forestVersions) {
    if (!project.embedData && !isEmbeddedReference(v.path, {})) continue;
    if (copyOf(copies, v.path, {})) continue;  // the same raster as a layer: stored once
    copies.push_back({v.path, {}, true, kDataPrefix + ("forest_v" + std::to_string(v.id))});
  }
  return copies;
}

}  // namespace

bool isEmbeddedReference(const std::string& path, const std::string& layerName) {
  if (layerName.rfind(kDataPrefix, 0) == 0) return true;
  const auto colon = path.rfind(':');
  return path.rfind("GPKG:", 0) == 0 && colon != std::string::npos && path.compare(colon + 1, 8, kDataPrefix) == 0;
}

void rebindEmbeddedData(Project& project, const std::string& path) {
  // Nothing embedded (the usual project): no need to read the saved file back.
  const bool anyEmbedded =
      project.embedData ||
      std::any_of(project.layers.begin(), project.layers.end(),
                  [](const LayerRef& l) { return isEmbeddedReference(l.path, l.layerName); }) ||
      std::any_of(project.forestVersions.begin(), project.forestVersions.end(),
                  [](const ForestVersion& v) { return isEmbeddedReference(v.path, {}); });
  if (!anyEmbedded) return;
  const Project saved = readProject(path).project;  // our own file, just written: nothing to ask
  for (std::size_t i = 0; i < project.layers.size() && i < saved.layers.size(); ++i)
    if (isEmbeddedReference(saved.layers[i].path, saved.layers[i].layerName)) {
      project.layers[i].path = saved.layers[i].path;
      project.layers[i].layerName = saved.layers[i].layerName;
    }
  for (std::size_t i = 0; i < project.forestVersions.size() && i < saved.forestVersions.size(); ++i)
    if (isEmbeddedReference(saved.forestVersions[i].path, {})) project.forestVersions[i].path = saved.forestVersions[i].path;
}

std::string relativeToProject(const std::string& path, const std::string& projectFile) {
  if (path.empty() || path.rfind("/vsi", 0) == 0 || isUrl(path) || path.rfind("PG:", 0) == 0) return path;
  const fs::path base = fs::absolute(fs::path(projectFile)).parent_path();
  std::error_code ec;
  const fs::path rel = fs::proximate(fs::absolute(path), base, ec);
  if (ec || rel.empty()) return path;
  return rel.generic_string();
}

std::string resolveFromProject(const std::string& stored, const std::string& projectFile) {
  if (stored.empty() || stored.rfind("/vsi", 0) == 0 || isUrl(stored) || stored.rfind("PG:", 0) == 0) return stored;
  const fs::path p(stored);
  if (p.is_absolute()) return stored;
  return (fs::absolute(fs::path(projectFile)).parent_path() / p).lexically_normal().string();
}

void saveProject(const Project& project, const std::string& path, const Progress& progress) {
  gdal::ensureRegistered();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver) throw Error(ErrorCode::WriteFailed, path, "GDAL has no GeoPackage driver");
  reportProgress(progress, 0, "saving project");
  const std::string temp = temporarySibling(path);
  const std::vector<EmbeddedCopy> copies = embeddedCopies(project);
  // Progress: the tables are one unit of the whole, each embedded copy its copyWeight.
  std::vector<double> weights;
  double total = 1;
  for (const EmbeddedCopy& c : copies) total += weights.emplace_back(copyWeight(c));
  double done = 1;
  gdal::ErrorCollector errors;
  // Whatever ends the save early (a failure, a cancel) leaves no half-written file beside the project.
  auto removeTemp = [&temp] {
    std::error_code ec;
    fs::remove(temp, ec);
  };
  try {
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
        {"embed_data", project.embedData ? "1" : "0"},
    };
    for (const auto& [key, value] : values) {
      OGRFeature f(settings->GetLayerDefn());
      f.SetField("key", key.c_str());
      f.SetField("value", value.c_str());
      if (settings->CreateFeature(&f) != OGRERR_NONE) writeFailed(path, "cannot write setting " + key, errors);
    }

    OGRLayer* layers = createTable(*ds, kLayers,
                                   {{"position", OFTInteger}, {"role", OFTString}, {"name", OFTString}, {"path", OFTString},
                                    {"layer_name", OFTString}, {"visible", OFTInteger}, {"opacity", OFTReal}, {"style", OFTString},
                                    {"embedded", OFTString}},
                                   path, errors);
    for (std::size_t i = 0; i < project.layers.size(); ++i) {
      const LayerRef& l = project.layers[i];
      const EmbeddedCopy* copy = copyOf(copies, l.path, l.layerName);
      OGRFeature f(layers->GetLayerDefn());
      f.SetField("position", int(i));
      f.SetField("role", roleName(l.role));
      f.SetField("name", l.name.c_str());
      f.SetField("path", copy ? "" : relativeToProject(l.path, path).c_str());
      f.SetField("layer_name", copy ? copy->table.c_str() : l.layerName.c_str());
      f.SetField("embedded", copy ? (copy->raster ? "raster" : "vector") : "");
      f.SetField("visible", l.visible ? 1 : 0);
      f.SetField("opacity", l.opacity);
      f.SetField("style", l.styleJson.c_str());
      if (layers->CreateFeature(&f) != OGRERR_NONE) writeFailed(path, "cannot write layer " + l.name, errors);
    }

    OGRLayer* versions = createTable(*ds, kVersions,
                                     {{"version_id", OFTInteger}, {"date", OFTString}, {"path", OFTString},
                                      {"method", OFTString}, {"source", OFTString}, {"embedded_table", OFTString}},
                                     path, errors);
    for (const ForestVersion& v : project.forestVersions) {
      const EmbeddedCopy* copy = copyOf(copies, v.path, {});
      OGRFeature f(versions->GetLayerDefn());
      f.SetField("version_id", v.id);
      f.SetField("date", v.date.c_str());
      f.SetField("path", copy ? "" : relativeToProject(v.path, path).c_str());
      f.SetField("embedded_table", copy ? copy->table.c_str() : "");
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
    reportProgress(progress, done / total, "saving project");
    for (std::size_t i = 0; i < copies.size(); ++i)
      if (!copies[i].raster) {
        copyVector(copies[i], *ds, path);
        done += weights[i];
        reportProgress(progress, done / total, "storing layers");
      }
    ds.reset();  // close: the SQLite file must be complete before it replaces the old one
    // Raster tables go in through GDAL's GPKG raster writer, which opens the file itself.
    for (std::size_t i = 0; i < copies.size(); ++i)
      if (copies[i].raster && !errors.hasFailure()) {
        copyRaster(copies[i], temp, path, phaseProgress(progress, done / total, (done + weights[i]) / total));
        done += weights[i];
      }
    if (errors.hasFailure()) writeFailed(path, "writing the project failed", errors);
    // The last moment to stop: after this the new file replaces the old one.
    reportProgress(progress, 1, "saving project");
  } catch (...) {
    removeTemp();
    throw;
  }
  commitAtomically(temp, path);
}

namespace {

// The project as its file says, without looking at the files it names.
LoadedProject readProject(const std::string& path) {
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
  if (!settings["crs"].empty()) project.crs = storedCrs(settings["crs"], path);
  project.modelJson = settings["model"].empty() ? "{}" : settings["model"];
  project.view.extent = parseView(settings["view"]);
  project.activeForestVersion = std::atoi(settings["active_forest_version"].c_str());
  project.embedData = settings["embed_data"] == "1";
  // Files written before embedding existed have no such columns: every reference is then a file.
  auto text = [](OGRFeature& f, const char* field) {
    return f.GetFieldIndex(field) >= 0 ? std::string(f.GetFieldAsString(field)) : std::string();
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
    const std::string embedded = text(*f, "embedded");
    if (embedded == "raster") {
      l.path = rasterTableReference(path, l.layerName);
      l.layerName.clear();
    } else if (embedded == "vector") {
      l.path = fs::absolute(fs::path(path)).lexically_normal().string();
    }
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
    if (const std::string table = text(*f, "embedded_table"); !table.empty())
      v.path = rasterTableReference(path, table);
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

}  // namespace

LoadedProject loadProject(const std::string& path, const ExternalPolicy& allowExternalReferences) {
  // Reading the project file itself reaches nothing else either (its CRS, a crafted table).
  gdal::ScopedNetworkAccess network(false);
  LoadedProject loaded = readProject(path);
  loaded.externalReferences = externalReferences(loaded.project, path);
  const bool allowed = !loaded.externalReferences.empty() && allowExternalReferences &&
                       allowExternalReferences(loaded.externalReferences);
  if (!loaded.externalReferences.empty() && !allowed)
    throw Error(ErrorCode::InvalidInput, path,
                "the project names files outside its folder or on the network: " +
                    listExternalReferences(loaded.externalReferences) +
                    "; nothing was read from them. To open it anyway, allow external references "
                    "(habitat-cli: --allow-external; Habitat Planner asks)");
  // Without permission nothing in the project may reach the network later either (a layer file
  // pointing outward): it stays off until the next project is opened.
  network.keep(allowed);

  auto checkExists = [&](const std::string& file, const std::string& layerName) {
    if (file.empty() || isEmbeddedReference(file, layerName) || (isUrl(file) && file.rfind("/vsi", 0) != 0)) return;
    if (!gdal::pathExists(file)) loaded.missingFiles.push_back(file);
  };
  for (const LayerRef& l : loaded.project.layers) checkExists(l.path, l.layerName);
  for (const ForestVersion& v : loaded.project.forestVersions) checkExists(v.path, {});
  return loaded;
}

}  // namespace hp::project
