// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/DatabaseProject.h"

#include <libpq-fe.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "geo/GdalSupport.h"
#include "project/DatabaseSchema.h"
#include "project/ExternalReferences.h"

namespace hp::project {

namespace {

constexpr const char* kDataSchema = "habitat_data";

// ISO 8601 in UTC, to the second: what people read in "changed by bob at ...".
#define HP_UTC(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

std::string toHex(const unsigned char* bytes, std::size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string s(n * 2, '0');
  for (std::size_t i = 0; i < n; ++i) {
    s[2 * i] = digits[bytes[i] >> 4];
    s[2 * i + 1] = digits[bytes[i] & 15];
  }
  return s;
}

std::vector<unsigned char> fromHex(const std::string& hex) {
  std::vector<unsigned char> bytes(hex.size() / 2);
  auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<unsigned char>(nibble(hex[2 * i]) << 4 | nibble(hex[2 * i + 1]));
  return bytes;
}

// The drawn polygons as one MultiPolygon's WKB in hex (as the .hplan stores them), or null for none.
pg::Param drawnWkb(const Candidate& c) {
  if (c.drawn.empty()) return std::nullopt;
  OGRMultiPolygon multi;
  for (const auto& g : c.drawn) {
    const auto type = wkbFlatten(g->getGeometryType());
    if (type == wkbPolygon) multi.addGeometry(g.get());
    else if (type == wkbMultiPolygon)
      for (const OGRPolygon* p : *g->toMultiPolygon()) multi.addGeometry(p);
  }
  std::vector<unsigned char> wkb(multi.WkbSize());
  multi.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
  return toHex(wkb.data(), wkb.size());
}

std::vector<std::shared_ptr<const OGRGeometry>> parseDrawn(const std::string& hex, const std::string& where) {
  std::vector<std::shared_ptr<const OGRGeometry>> drawn;
  if (hex.empty()) return drawn;
  const std::vector<unsigned char> wkb = fromHex(hex);
  OGRGeometry* g = nullptr;
  if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &g, wkb.size()) != OGRERR_NONE || !g)
    throw Error(ErrorCode::CorruptData, where, "a candidate's drawn polygons cannot be read");
  OGRGeometryUniquePtr owned(g);
  if (wkbFlatten(g->getGeometryType()) == wkbMultiPolygon)
    for (const OGRPolygon* p : *g->toMultiPolygon()) drawn.push_back(std::shared_ptr<const OGRGeometry>(p->clone()));
  else
    drawn.push_back(std::shared_ptr<const OGRGeometry>(owned.release()));
  return drawn;
}

// A parcel list as a JSON array: the statement turns it into text[] (no array literal is composed).
std::string idsJson(const std::vector<ParcelId>& ids) {
  return nlohmann::json(ids).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<ParcelId> parseIds(const std::string& json, const std::string& where) {
  const nlohmann::json list = nlohmann::json::parse(json, nullptr, false);
  if (!list.is_array()) throw Error(ErrorCode::CorruptData, where, "a candidate's parcel list is not an array");
  std::vector<ParcelId> ids;
  ids.reserve(list.size());
  for (const nlohmann::json& id : list)
    if (id.is_string()) ids.push_back(id.get<std::string>());
  return ids;
}

constexpr const char* kIdsFromJson =
    "ARRAY(SELECT e FROM jsonb_array_elements_text($%d::jsonb) WITH ORDINALITY AS t(e, n) ORDER BY n)";

std::string idsFromJson(int param) {
  char buf[160];
  std::snprintf(buf, sizeof buf, kIdsFromJson, param);
  return buf;
}

bool sameContent(const Candidate& a, const Candidate& b) {
  return a.name == b.name && a.color == b.color && a.parcelIds == b.parcelIds && drawnWkb(a) == drawnWkb(b);
}

bool sameLayer(const LayerRef& a, const LayerRef& b) {
  return a.role == b.role && a.name == b.name && a.path == b.path && a.layerName == b.layerName && a.visible == b.visible &&
         a.opacity == b.opacity && a.styleJson == b.styleJson;
}

bool sameVersion(const ForestVersion& a, const ForestVersion& b) {
  return a.id == b.id && a.date == b.date && a.path == b.path && a.method == b.method && a.source == b.source;
}

// The project's layers and settings: what its own version guards (the view is each planner's own).
bool sameSettings(const Project& a, const Project& b) {
  return a.crs.wkt() == b.crs.wkt() && a.modelJson == b.modelJson && a.activeForestVersion == b.activeForestVersion &&
         a.embedData == b.embedData &&
         std::equal(a.layers.begin(), a.layers.end(), b.layers.begin(), b.layers.end(), sameLayer) &&
         std::equal(a.forestVersions.begin(), a.forestVersions.end(), b.forestVersions.begin(), b.forestVersions.end(),
                    sameVersion);
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

pg::Param srid(const Crs& crs) { return std::to_string(crs.epsg().value_or(0)); }

std::string inQuotes(const std::string& name) { return "'" + name + "'"; }

bool isRaster(const std::string& path, const std::string& layerName) {
  if (!layerName.empty()) return false;
  if (path.rfind("GPKG:", 0) == 0) return true;
  gdal::ErrorCollector quiet;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER));
  return ds && ds->GetRasterCount() > 0;
}

// Whether opening `path` would read this machine's files (not a server's): only those can be missing.
bool isLocalFile(const std::string& path) { return !path.empty() && !referenceKind(path); }

std::string composeConflict(const std::vector<ConflictingEdit>& edits) {
  std::string s;
  for (std::size_t i = 0; i < edits.size() && i < 3; ++i) {
    const ConflictingEdit& e = edits[i];
    if (i) s += "; ";
    s += e.candidate.empty() ? std::string("the project's layers and settings") : "candidate " + inQuotes(e.candidate);
    if (e.theirVersion == 0)
      s += " was deleted by " + e.by + " at " + e.at;
    else
      s += " was changed by " + e.by + " at " + e.at + (e.youDeleted ? " (you deleted it)" : "");
  }
  if (edits.size() > 3) s += "; and " + std::to_string(edits.size() - 3) + " more";
  return s + "; nothing was saved: reload, or keep both";
}

}  // namespace

EditConflict::EditConflict(const std::string& database, std::vector<ConflictingEdit> edits)
    : Error(ErrorCode::EditConflict, database, composeConflict(edits)), edits_(std::move(edits)) {}

DatabaseProject::DatabaseProject(const std::string& location)
    : location_(parseDatabaseLocation(location)), connection_(location_.conninfo) {}

bool DatabaseProject::hasSchema() {
  if (connection_.exec("SELECT to_regclass('habitat.schema_info') IS NOT NULL").boolean(0, 0) == false) return false;
  const pg::Result r = connection_.exec("SELECT value FROM habitat.schema_info WHERE key = 'version'");
  const int version = r.rows() ? int(r.integer(0, 0)) : 0;
  if (version < 1 || version > kSchemaVersion)
    throw Error(ErrorCode::InvalidInput, connection_.describe(),
                "its Habitat Planner tables have version " + (r.rows() ? r.text(0, 0) : std::string("?")) +
                    ", which this version of Habitat Planner cannot use");
  return true;
}

std::vector<std::string> DatabaseProject::projectNames() {
  std::vector<std::string> names;
  if (!hasSchema()) return names;
  const pg::Result r = connection_.exec("SELECT name FROM habitat.projects ORDER BY name");
  for (int i = 0; i < r.rows(); ++i) names.push_back(r.text(i, 0));
  return names;
}

std::int64_t DatabaseProject::projectId(bool required) {
  if (projectId_) return projectId_;
  const bool schema = hasSchema();
  if (location_.project.empty()) {
    const std::vector<std::string> names = schema ? projectNames() : std::vector<std::string>{};
    if (names.size() == 1) {
      location_.project = names.front();
    } else if (!required) {
      return 0;
    } else if (names.empty()) {
      throw Error(ErrorCode::FileNotFound, connection_.describe(), "the database holds no Habitat Planner project");
    } else {
      std::string list;
      for (std::size_t i = 0; i < names.size() && i < 5; ++i) list += (i ? ", " : "") + inQuotes(names[i]);
      throw Error(ErrorCode::InvalidInput, connection_.describe(),
                  "the database holds several projects (" + list + (names.size() > 5 ? ", ..." : "") +
                      "): name one with project=NAME");
    }
  }
  if (schema) {
    const pg::Result r = connection_.exec("SELECT id FROM habitat.projects WHERE name = $1", {location_.project});
    if (r.rows()) projectId_ = r.integer(0, 0);
  }
  if (!projectId_ && required)
    throw Error(ErrorCode::FileNotFound, connection_.describe(), "no project " + inQuotes(location_.project));
  return projectId_;
}

bool DatabaseProject::exists() { return projectId(false) != 0; }

void DatabaseProject::requireWritable(const char* what) {
  const pg::Result r = connection_.exec(
      "SELECT has_table_privilege('habitat.candidates', 'INSERT') AND has_table_privilege('habitat.candidates', 'UPDATE')"
      " AND has_table_privilege('habitat.candidates', 'DELETE') AND has_table_privilege('habitat.projects', 'UPDATE'),"
      " current_setting('transaction_read_only') = 'on'");
  if (!r.boolean(0, 0) || r.boolean(0, 1))
    throw Error(ErrorCode::ReadOnly, connection_.describe(),
                "role " + connection_.user() + " may read project " + inQuotes(location_.project) + " but not change it (" +
                    what + " refused; nothing was saved)");
}

void DatabaseProject::createSchema() {
  pg::Transaction tx(connection_);
  // Two first publishes at once: the second waits here, then finds the schema made.
  connection_.exec("SELECT pg_advisory_xact_lock(hashtext('habitat_planner.schema'))");
  if (hasSchema()) return;
  if (connection_.exec("SELECT to_regtype('geometry') IS NULL").boolean(0, 0))
    connection_.exec("CREATE EXTENSION IF NOT EXISTS postgis");
  for (const char* statement : schema::kVersion1) connection_.exec(statement);
  connection_.exec("INSERT INTO habitat.schema_info (key, value) VALUES ('version', $1)", {std::to_string(kSchemaVersion)});
  tx.commit();
}

LoadedProject DatabaseProject::load() {
  pg::Transaction tx(connection_, "ISOLATION LEVEL REPEATABLE READ READ ONLY");
  const std::int64_t id = projectId(true);
  const std::string where = connection_.describe() + ", project " + inQuotes(location_.project);
  const pg::Param pid = std::to_string(id);
  LoadedProject loaded;
  Project& p = loaded.project;

  const pg::Result settings = connection_.exec(
      "SELECT crs, model_json, default_view, active_forest_version, embed_data, version, updated_by, " HP_UTC("updated_at")
      ", (SELECT view FROM habitat.views v WHERE v.project_id = p.id AND v.role_name = session_user)"
      " FROM habitat.projects p WHERE id = $1",
      {pid});
  if (!settings.rows()) throw Error(ErrorCode::FileNotFound, connection_.describe(), "no project " + inQuotes(location_.project));
  if (!settings.text(0, 0).empty()) p.crs = Crs::fromUserInput(settings.text(0, 0));
  p.modelJson = settings.text(0, 1).empty() ? "{}" : settings.text(0, 1);
  p.view.extent = parseView(settings.isNull(0, 8) ? settings.text(0, 2) : settings.text(0, 8));
  p.activeForestVersion = int(settings.integer(0, 3));
  p.embedData = settings.boolean(0, 4);
  p.revision = {id, int(settings.integer(0, 5)), settings.text(0, 6), settings.text(0, 7)};

  const std::string here = "PG:" + location_.conninfo;
  const pg::Result layers = connection_.exec(
      "SELECT role, name, path, layer_name, visible, opacity, style, embedded FROM habitat.layers"
      " WHERE project_id = $1 ORDER BY position",
      {pid});
  for (int i = 0; i < layers.rows(); ++i) {
    LayerRef l;
    l.role = roleFromName(layers.text(i, 0)).value_or(LayerRole::Other);
    l.name = layers.text(i, 1);
    l.path = layers.text(i, 7) == "table" ? here : layers.text(i, 2);
    l.layerName = layers.text(i, 3);
    l.visible = layers.boolean(i, 4);
    l.opacity = layers.real(i, 5);
    l.styleJson = layers.text(i, 6);
    if (layers.text(i, 7).empty() && isLocalFile(l.path) && !gdal::pathExists(l.path)) loaded.missingFiles.push_back(l.path);
    p.layers.push_back(std::move(l));
  }

  const pg::Result versions = connection_.exec(
      "SELECT version_id, date, path, method, source FROM habitat.forest_versions WHERE project_id = $1 ORDER BY position",
      {pid});
  for (int i = 0; i < versions.rows(); ++i) {
    ForestVersion v{int(versions.integer(i, 0)), versions.text(i, 1), versions.text(i, 2), versions.text(i, 3), versions.text(i, 4)};
    if (isLocalFile(v.path) && !gdal::pathExists(v.path)) loaded.missingFiles.push_back(v.path);
    p.forestVersions.push_back(std::move(v));
  }

  const pg::Result candidates = connection_.exec(
      "SELECT id, name, color, array_to_json(parcel_ids)::text, encode(ST_AsBinary(drawn), 'hex'), version, updated_by, " HP_UTC(
          "updated_at") " FROM habitat.candidates WHERE project_id = $1 ORDER BY position, id",
      {pid});
  for (int i = 0; i < candidates.rows(); ++i) {
    Candidate c;
    c.name = candidates.text(i, 1);
    c.color = candidates.text(i, 2);
    c.parcelIds = parseIds(candidates.text(i, 3), where);
    c.drawn = parseDrawn(candidates.text(i, 4), where);
    c.revision = {candidates.integer(i, 0), int(candidates.integer(i, 5)), candidates.text(i, 6), candidates.text(i, 7)};
    p.candidates.push_back(std::move(c));
  }
  tx.commit();
  return loaded;
}

Project DatabaseProject::embedLayers(const Project& project) {
  const std::string here = "PG:" + location_.conninfo;
  Project out = project;
  std::vector<LayerRef*> toCopy;
  for (LayerRef& l : out.layers) {
    if (l.path == here) continue;
    if (l.path.rfind("PG:", 0) == 0 && l.path.find("password") != std::string::npos)
      throw Error(ErrorCode::InvalidInput, l.path.substr(0, 3) + "...",
                  "layer " + inQuotes(l.name) + " names a password: keep it in ~/.pgpass, not in a project");
    const bool inside = isEmbeddedReference(l.path, l.layerName);
    if (!inside && !project.embedData) continue;
    if (isRaster(l.path, l.layerName)) {
      // Rasters are read from files every planner reaches (a shared folder); one inside a .hplan has none.
      if (inside)
        throw Error(ErrorCode::InvalidInput, l.path,
                    "the raster layer " + inQuotes(l.name) +
                        " is stored inside the project file; a team database keeps rasters as files: save the project "
                        "without embedding data first, with the raster in a folder every planner can read");
      continue;
    }
    if (l.path.rfind("PG:", 0) == 0) continue;  // another database's table: referenced as it is
    toCopy.push_back(&l);
  }
  for (const ForestVersion& v : out.forestVersions)
    if (isEmbeddedReference(v.path, {}))
      throw Error(ErrorCode::InvalidInput, v.path,
                  "forest version " + std::to_string(v.id) +
                      " is stored inside the project file; a team database keeps rasters as files: save the project "
                      "without embedding data first");
  if (toCopy.empty()) return out;

  gdal::ensureRegistered();
  // The target is this database (a network dataset to GDAL); the sources were vetted when opened.
  gdal::ScopedNetworkAccess network(true);
  gdal::ErrorCollector errors;
  GDALDatasetUniquePtr target(GDALDataset::Open(here.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE | GDAL_OF_VERBOSE_ERROR));
  if (!target) throw Error(ErrorCode::ConnectionFailed, connection_.describe(), "GDAL cannot open it: " + errors.failure());
  for (LayerRef* l : toCopy) {
    GDALDatasetUniquePtr source = gdal::openDataset(l->path, GDAL_OF_VECTOR);
    OGRLayer* layer = l->layerName.empty() ? source->GetLayer(0) : source->GetLayerByName(l->layerName.c_str());
    if (!layer)
      throw Error(ErrorCode::NoSuchLayer, l->path,
                  "no layer " + (l->layerName.empty() ? std::string("at all") : inQuotes(l->layerName)) + " to store in the database");
    // The server names the table: nothing of the layer's own name becomes an identifier.
    const std::string table = "layer_" + connection_.exec("SELECT nextval('habitat.data_tables')").text(0, 0);
    const std::string schemaOption = std::string("SCHEMA=") + kDataSchema;
    const char* options[] = {schemaOption.c_str(), "LAUNDER=NO", "OVERWRITE=NO", nullptr};
    errors.clear();
    if (!target->CopyLayer(layer, table.c_str(), const_cast<char**>(options)) || errors.hasFailure())
      throw Error(ErrorCode::WriteFailed, connection_.describe(),
                  "cannot store layer " + inQuotes(l->name) + (errors.failure().empty() ? "" : ": " + errors.failure()));
    l->path = here;
    l->layerName = std::string(kDataSchema) + "." + table;
  }
  target.reset();  // the copies are committed before the project rows that point at them
  if (errors.hasFailure()) throw Error(ErrorCode::WriteFailed, connection_.describe(), errors.failure());
  return out;
}

namespace {

std::vector<pg::Param> settingsParams(const Project& p, std::int64_t id) {
  return {std::to_string(id), p.crs.wkt(), p.modelJson, std::to_string(p.activeForestVersion),
          std::string(p.embedData ? "true" : "false")};
}

// The layers and forest versions (the project's row is written by the caller).
void writeLayers(pg::Connection& c, const Project& p, std::int64_t id, const std::string& conninfo) {
  const pg::Param pid = std::to_string(id);
  c.exec("DELETE FROM habitat.layers WHERE project_id = $1", {pid});
  const std::string here = "PG:" + conninfo;
  for (std::size_t i = 0; i < p.layers.size(); ++i) {
    const LayerRef& l = p.layers[i];
    const bool table = l.path == here;
    c.exec("INSERT INTO habitat.layers (project_id, position, role, name, path, layer_name, visible, opacity, style, embedded)"
           " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
           {pid, std::to_string(i), std::string(roleName(l.role)), l.name, table ? std::string() : l.path, l.layerName,
            std::string(l.visible ? "true" : "false"), std::to_string(l.opacity), l.styleJson,
            std::string(table ? "table" : "")});
  }
  c.exec("DELETE FROM habitat.forest_versions WHERE project_id = $1", {pid});
  for (std::size_t i = 0; i < p.forestVersions.size(); ++i) {
    const ForestVersion& v = p.forestVersions[i];
    c.exec("INSERT INTO habitat.forest_versions (project_id, position, version_id, date, path, method, source)"
           " VALUES ($1, $2, $3, $4, $5, $6, $7)",
           {pid, std::to_string(i), std::to_string(v.id), v.date, v.path, v.method, v.source});
  }
}

void insertCandidate(pg::Connection& c, const Candidate& cand, std::int64_t projectId, const Crs& crs) {
  c.exec("INSERT INTO habitat.candidates (project_id, position, name, color, parcel_ids, drawn) VALUES ($1,"
         " (SELECT coalesce(max(position) + 1, 0) FROM habitat.candidates WHERE project_id = $1), $2, $3, " +
             idsFromJson(4) + ", ST_SetSRID(ST_GeomFromWKB(decode($5, 'hex')), $6::integer))",
         {std::to_string(projectId), cand.name, cand.color, idsJson(cand.parcelIds), drawnWkb(cand), srid(crs)});
}

void writeView(pg::Connection& c, const Project& p, std::int64_t projectId) {
  c.exec("INSERT INTO habitat.views (project_id, view) VALUES ($1, $2)"
         " ON CONFLICT (project_id, role_name) DO UPDATE SET view = EXCLUDED.view",
         {std::to_string(projectId), viewText(p.view.extent)});
}

}  // namespace

Project DatabaseProject::publish(const Project& project) {
  if (!hasSchema()) createSchema();
  if (location_.project.empty()) location_.project = "default";
  if (projectId(false))
    throw Error(ErrorCode::InvalidInput, connection_.describe(),
                "it already holds a project " + inQuotes(location_.project) + ": open it, or publish under another name");
  requireWritable("publishing");
  const std::int64_t id = connection_.exec("SELECT nextval('habitat.projects_id_seq')").integer(0, 0);
  const Project stored = embedLayers(project);
  {
    pg::Transaction tx(connection_);
    std::vector<pg::Param> params = settingsParams(stored, id);
    params.push_back(location_.project);
    params.push_back(viewText(project.view.extent));
    connection_.exec("INSERT INTO habitat.projects (id, crs, model_json, active_forest_version, embed_data, name, default_view)"
                     " VALUES ($1, $2, $3, $4, $5, $6, $7)",
                     params);
    writeLayers(connection_, stored, id, location_.conninfo);
    for (const Candidate& c : stored.candidates) insertCandidate(connection_, c, id, stored.crs);
    tx.commit();
  }
  projectId_ = id;
  return load().project;
}

Project DatabaseProject::save(const Project& edited, const Project* base) {
  const std::int64_t id = projectId(true);
  const pg::Param pid = std::to_string(id);
  // Without a base, "changed" means "differs from the database now".
  std::optional<Project> current;
  if (!base) current = load().project;
  const Project& reference = base ? *base : *current;

  std::map<std::int64_t, const Candidate*> before;
  for (const Candidate& c : reference.candidates)
    if (c.revision.id) before.emplace(c.revision.id, &c);

  std::vector<const Candidate*> inserts, updates;
  std::set<std::int64_t> kept;
  for (const Candidate& c : edited.candidates) {
    if (!c.revision.id || !kept.insert(c.revision.id).second) {  // new, or a copy that kept its original's id
      inserts.push_back(&c);
      continue;
    }
    const auto b = before.find(c.revision.id);
    if (b == before.end() || !sameContent(c, *b->second)) updates.push_back(&c);
  }
  std::vector<const Candidate*> deletes;
  if (base)
    for (const auto& [cid, c] : before)
      if (!kept.count(cid)) deletes.push_back(c);
  const bool settingsChanged = !sameSettings(edited, reference);
  const bool viewChanged = viewText(edited.view.extent) != viewText(reference.view.extent);
  if (inserts.empty() && updates.empty() && deletes.empty() && !settingsChanged && !viewChanged) return base ? load().project : *current;
  requireWritable("saving");

  // Layers that must live in the database are copied before the transaction that points at them.
  const Project stored = settingsChanged ? embedLayers(edited) : Project{};
  {
    pg::Transaction tx(connection_);
    std::vector<ConflictingEdit> conflicts;
    if (settingsChanged) {
      const pg::Result r = connection_.exec(
          "SELECT version, updated_by, " HP_UTC("updated_at") " FROM habitat.projects WHERE id = $1 FOR UPDATE", {pid});
      if (!r.rows()) throw Error(ErrorCode::FileNotFound, connection_.describe(), "no project " + inQuotes(location_.project));
      if (int(r.integer(0, 0)) != edited.revision.version)
        conflicts.push_back({{}, id, edited.revision.version, int(r.integer(0, 0)), r.text(0, 1), r.text(0, 2), false});
    }

    // Lock every row this save changes, in id order (two saves never wait on each other in a cycle),
    // and compare versions while no one else can change them.
    std::vector<std::pair<const Candidate*, bool>> touched;  // (candidate, deleted)
    for (const Candidate* c : updates) touched.emplace_back(c, false);
    for (const Candidate* c : deletes) touched.emplace_back(c, true);
    std::sort(touched.begin(), touched.end(), [](const auto& a, const auto& b) { return a.first->revision.id < b.first->revision.id; });
    std::string ids = "{";
    for (std::size_t i = 0; i < touched.size(); ++i) ids += (i ? "," : "") + std::to_string(touched[i].first->revision.id);
    ids += "}";
    struct Row {
      int version;
      std::string by, at;
      Candidate content;
    };
    std::map<std::int64_t, Row> rows;
    if (!touched.empty()) {
      const pg::Result r = connection_.exec(
          "SELECT id, version, updated_by, " HP_UTC("updated_at") ", name, color, array_to_json(parcel_ids)::text,"
          " encode(ST_AsBinary(drawn), 'hex') FROM habitat.candidates WHERE project_id = $1 AND id = ANY($2::bigint[])"
          " ORDER BY id FOR UPDATE",
          {pid, ids});
      for (int i = 0; i < r.rows(); ++i) {
        Candidate content;
        content.name = r.text(i, 4);
        content.color = r.text(i, 5);
        content.parcelIds = parseIds(r.text(i, 6), connection_.describe());
        content.drawn = parseDrawn(r.text(i, 7), connection_.describe());
        rows[r.integer(i, 0)] = {int(r.integer(i, 1)), r.text(i, 2), r.text(i, 3), std::move(content)};
      }
    }
    std::vector<const Candidate*> toUpdate, toDelete;
    for (const auto& [c, deleted] : touched) {
      const auto row = rows.find(c->revision.id);
      if (row == rows.end()) {
        if (deleted) continue;  // already gone: what we wanted
        const pg::Result log = connection_.exec(
            "SELECT changed_by, " HP_UTC("changed_at") ", version FROM habitat.change_log"
            " WHERE candidate_id = $1 AND action = 'delete' ORDER BY id DESC LIMIT 1",
            {std::to_string(c->revision.id)});
        conflicts.push_back({c->name, c->revision.id, c->revision.version, 0, log.rows() ? log.text(0, 0) : "?",
                             log.rows() ? log.text(0, 1) : "?", false});
        continue;
      }
      if (!deleted && sameContent(*c, row->second.content)) continue;  // the same edit is already there
      if (row->second.version != c->revision.version) {
        conflicts.push_back({c->name, c->revision.id, c->revision.version, row->second.version, row->second.by, row->second.at, deleted});
        continue;
      }
      (deleted ? toDelete : toUpdate).push_back(c);
    }
    if (!conflicts.empty()) throw EditConflict(connection_.describe(), std::move(conflicts));

    for (const Candidate* c : toUpdate) {
      const pg::Result r = connection_.exec(
          "UPDATE habitat.candidates SET name = $3, color = $4, parcel_ids = " + idsFromJson(5) +
              ", drawn = ST_SetSRID(ST_GeomFromWKB(decode($6, 'hex')), $7::integer) WHERE id = $1 AND version = $2",
          {std::to_string(c->revision.id), std::to_string(c->revision.version), c->name, c->color, idsJson(c->parcelIds),
           drawnWkb(*c), srid(edited.crs)});
      if (r.affected() != 1) throw Error(ErrorCode::WriteFailed, connection_.describe(), "candidate " + inQuotes(c->name) + " changed under its lock");
    }
    for (const Candidate* c : toDelete)
      connection_.exec("DELETE FROM habitat.candidates WHERE id = $1 AND version = $2",
                       {std::to_string(c->revision.id), std::to_string(c->revision.version)});
    for (const Candidate* c : inserts) insertCandidate(connection_, *c, id, edited.crs);
    if (settingsChanged) {
      connection_.exec("UPDATE habitat.projects SET crs = $2, model_json = $3, active_forest_version = $4, embed_data = $5"
                       " WHERE id = $1",
                       settingsParams(stored, id));
      writeLayers(connection_, stored, id, location_.conninfo);
    }
    if (viewChanged) writeView(connection_, edited, id);
    tx.commit();
  }
  return load().project;
}

void DatabaseProject::listen() { connection_.exec(std::string("LISTEN ") + kChannel); }

std::vector<DatabaseProject::Change> DatabaseProject::othersChanges(int timeoutMs) {
  const std::int64_t id = projectId(true);
  const int self = PQbackendPID(connection_.handle());
  std::vector<Change> changes;
  const auto notes = timeoutMs > 0 ? connection_.waitForNotifications(timeoutMs) : connection_.notifications();
  for (const pg::Connection::Notification& n : notes) {
    if (n.channel != kChannel || n.backendPid == self) continue;
    const nlohmann::json payload = nlohmann::json::parse(n.payload, nullptr, false);
    if (!payload.is_object() || !payload.value("project", nlohmann::json()).is_number_integer() ||
        payload["project"].get<std::int64_t>() != id)
      continue;
    Change c;
    if (payload.value("candidate", nlohmann::json()).is_number_integer()) c.candidateId = payload["candidate"].get<std::int64_t>();
    c.action = payload.value("action", std::string());
    c.version = payload.value("version", 0);
    c.by = payload.value("by", std::string());
    changes.push_back(std::move(c));
  }
  return changes;
}

std::vector<DatabaseProject::LogEntry> DatabaseProject::changeLog(int limit) {
  const pg::Result r = connection_.exec(
      "SELECT " HP_UTC("changed_at") ", changed_by, action, candidate_name, coalesce(candidate_id, 0), version, detail"
      " FROM habitat.change_log WHERE project_id = $1 ORDER BY id DESC LIMIT $2",
      {std::to_string(projectId(true)), std::to_string(std::max(0, limit))});
  std::vector<LogEntry> log;
  for (int i = 0; i < r.rows(); ++i)
    log.push_back({r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.integer(i, 4), int(r.integer(i, 5)), r.text(i, 6)});
  return log;
}

void DatabaseProject::remove() {
  const std::int64_t id = projectId(true);
  requireWritable("deleting the project");
  pg::Transaction tx(connection_);
  const pg::Result tables = connection_.exec(
      "SELECT layer_name FROM habitat.layers WHERE project_id = $1 AND embedded = 'table'", {std::to_string(id)});
  for (int i = 0; i < tables.rows(); ++i) connection_.exec("SELECT habitat.drop_data_table($1)", {tables.text(i, 0)});
  connection_.exec("DELETE FROM habitat.projects WHERE id = $1", {std::to_string(id)});
  tx.commit();
  projectId_ = 0;
}

Project keepBoth(const Project& edited, const Project& base, const EditConflict& conflict, const std::string& copySuffix) {
  Project out = edited;
  for (const ConflictingEdit& e : conflict.edits()) {
    if (!e.id || e.candidate.empty()) continue;
    const auto mine = std::find_if(out.candidates.begin(), out.candidates.end(),
                                   [&](const Candidate& c) { return c.revision.id == e.id; });
    const auto theirs = std::find_if(base.candidates.begin(), base.candidates.end(),
                                     [&](const Candidate& c) { return c.revision.id == e.id; });
    if (mine == out.candidates.end()) {
      // You deleted it and they changed it: it stays (the base's copy, which the save leaves alone).
      if (theirs != base.candidates.end()) out.candidates.push_back(*theirs);
      continue;
    }
    Candidate copy = *mine;
    copy.revision = {};
    copy.name += copySuffix;
    if (e.theirVersion != 0 && theirs != base.candidates.end())
      *mine = *theirs;  // unchanged from the base: not written, so theirs stays
    else
      out.candidates.erase(mine);  // they deleted it: only your copy comes back
    out.candidates.push_back(std::move(copy));
  }
  return out;
}

}  // namespace hp::project
