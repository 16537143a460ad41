// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectLocation.h"

#include <libpq-fe.h>

#include <cctype>
#include <map>
#include <vector>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "pg/Connection.h"
#include "project/DatabaseProject.h"

namespace hp::project {

namespace {

bool startsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

bool isUri(const std::string& s) { return startsWith(s, "postgresql://") || startsWith(s, "postgres://"); }

std::string percentDecode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += char(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i] == '+' ? ' ' : s[i];
    }
  }
  return out;
}

std::string percentEncode(const std::string& s) {
  static const char* digits = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += char(c);
    } else {
      out += '%';
      out += digits[c >> 4];
      out += digits[c & 15];
    }
  }
  return out;
}

[[noreturn]] void passwordRefused() {
  throw Error(ErrorCode::InvalidInput, "database location",
              "a project location does not carry a password: put it in ~/.pgpass (or a pg_service.conf service)");
}

DatabaseLocation parseUri(const std::string& location) {
  DatabaseLocation out;
  const auto question = location.find('?');
  std::string base = location.substr(0, question);
  const auto authorityStart = base.find("//") + 2;
  const auto authorityEnd = base.find('/', authorityStart);
  const std::string authority = base.substr(authorityStart, authorityEnd == std::string::npos ? std::string::npos : authorityEnd - authorityStart);
  const auto at = authority.rfind('@');
  if (at != std::string::npos && authority.substr(0, at).find(':') != std::string::npos) passwordRefused();
  std::string kept;
  if (question != std::string::npos) {
    std::size_t start = question + 1;
    while (start <= location.size()) {
      const auto amp = location.find('&', start);
      const std::string pair = location.substr(start, amp == std::string::npos ? std::string::npos : amp - start);
      const auto eq = pair.find('=');
      const std::string key = pair.substr(0, eq);
      if (key == "project") {
        out.project = eq == std::string::npos ? std::string() : percentDecode(pair.substr(eq + 1));
      } else if (key == "password") {
        passwordRefused();
      } else if (!pair.empty()) {
        kept += (kept.empty() ? "?" : "&") + pair;
      }
      if (amp == std::string::npos) break;
      start = amp + 1;
    }
  }
  out.conninfo = base + kept;
  return out;
}

// libpq's key = value syntax: values bare (backslash escapes) or in single quotes (\' and \\ inside).
DatabaseLocation parseConninfo(const std::string& text) {
  DatabaseLocation out;
  std::vector<std::pair<std::string, std::string>> pairs;
  std::size_t i = 0;
  auto skipSpace = [&] {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  };
  auto malformed = [&](const std::string& why) -> void {
    throw Error(ErrorCode::InvalidInput, "database location", "cannot read 'pg:" + text + "': " + why);
  };
  for (skipSpace(); i < text.size(); skipSpace()) {
    std::string key;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_')) key += text[i++];
    if (key.empty()) malformed("expected a keyword such as service=, host= or dbname=");
    skipSpace();
    if (i >= text.size() || text[i] != '=') malformed("'" + key + "' has no '='");
    ++i;
    skipSpace();
    std::string value;
    if (i < text.size() && text[i] == '\'') {
      ++i;
      bool closed = false;
      while (i < text.size()) {
        if (text[i] == '\\' && i + 1 < text.size()) {
          value += text[i + 1];
          i += 2;
        } else if (text[i] == '\'') {
          ++i;
          closed = true;
          break;
        } else {
          value += text[i++];
        }
      }
      if (!closed) malformed("a quote is not closed");
    } else {
      while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        value += text[i++];
      }
    }
    if (key == "password") passwordRefused();
    if (key == "project")
      out.project = value;
    else
      pairs.emplace_back(key, value);
  }
  for (const auto& [key, value] : pairs) out.conninfo += (out.conninfo.empty() ? "" : " ") + key + "=" + pg::quoteConninfoValue(value);
  return out;
}

// Where a libpq connection string or URI points: the keys that choose the server, database and role.
std::map<std::string, std::string> serverKeys(const std::string& conninfo) {
  std::map<std::string, std::string> keys;
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
  if (error) PQfreemem(error);
  if (!options) return {{"unreadable", conninfo}};
  for (PQconninfoOption* o = options; o->keyword; ++o)
    for (const char* key : {"host", "hostaddr", "port", "dbname", "user", "service"})
      if (o->val && *o->val && std::string(o->keyword) == key) keys[key] = o->val;
  PQconninfoFree(options);
  return keys;
}

// Whether a "PG:" path reads from the database at `conninfo` itself: a vector source ("PG:" + the same
// conninfo) or a raster table in it (the same connection plus the PostGISRaster driver's own keys).
bool inDatabase(const std::string& path, const std::string& conninfo) {
  if (!startsWith(path, "PG:")) return false;
  if (path == "PG:" + conninfo) return true;
  std::string libpqPart;
  for (const char* key : {"host", "hostaddr", "port", "dbname", "user", "service"})
    if (const std::string v = gdal::connectionValue(path, key); !v.empty()) libpqPart += std::string(key) + "=" + pg::quoteConninfoValue(v) + " ";
  return !libpqPart.empty() && serverKeys(libpqPart) == serverKeys(conninfo);
}

}  // namespace

bool isDatabaseLocation(const std::string& location) {
  return isUri(location) || startsWith(location, "pg:") || startsWith(location, "PG:");
}

DatabaseLocation parseDatabaseLocation(const std::string& location) {
  if (isUri(location)) return parseUri(location);
  if (startsWith(location, "pg:") || startsWith(location, "PG:")) return parseConninfo(location.substr(3));
  throw Error(ErrorCode::InvalidInput, location, "not a database location (postgresql://... or pg:...)");
}

std::string databaseLocation(const std::string& conninfo, const std::string& name) {
  if (isUri(conninfo)) return conninfo + (conninfo.find('?') == std::string::npos ? "?" : "&") + "project=" + percentEncode(name);
  return "pg:" + conninfo + (conninfo.empty() ? "" : " ") + "project=" + pg::quoteConninfoValue(name);
}

LoadedProject openProject(DatabaseProject& db, const ExternalPolicy& allowExternalReferences) {
  LoadedProject loaded = db.load();
  std::vector<std::string> paths;
  for (const LayerRef& l : loaded.project.layers) paths.push_back(l.path);
  for (const ForestVersion& v : loaded.project.forestVersions) paths.push_back(v.path);
  for (const std::string& path : paths)
    if (!inDatabase(path, db.location().conninfo) && referenceKind(path) == ExternalReason::Network)
      loaded.externalReferences.push_back({path, ExternalReason::Network, {}});
  if (!loaded.externalReferences.empty() && !(allowExternalReferences && allowExternalReferences(loaded.externalReferences)))
    throw Error(ErrorCode::InvalidInput, db.connection().describe() + ", project '" + db.name() + "'",
                "it reaches the network: " + listExternalReferences(loaded.externalReferences) +
                    "; nothing was read from them. To open it anyway, allow external references "
                    "(habitat-cli: --allow-external; Habitat Planner asks)");
  // Its own tables are read through GDAL over the connection the user chose; everything else it names
  // has passed the check above.
  gdal::setNetworkAccess(true);
  return loaded;
}

LoadedProject openProject(const std::string& location, const ExternalPolicy& allowExternalReferences) {
  if (!isDatabaseLocation(location)) return loadProject(location, allowExternalReferences);
  DatabaseProject db(location);
  return openProject(db, allowExternalReferences);
}

Project saveProjectAt(const Project& edited, const std::string& location, const Project* base) {
  if (!isDatabaseLocation(location)) {
    saveProject(edited, location);
    Project saved = edited;
    rebindEmbeddedData(saved, location);
    return saved;
  }
  DatabaseProject db(location);
  return db.save(edited, base);
}

void requireWritableAt(const std::string& location, const char* what) {
  if (!isDatabaseLocation(location)) return;
  DatabaseProject db(location);
  db.requireWritable(what);
}

}  // namespace hp::project
