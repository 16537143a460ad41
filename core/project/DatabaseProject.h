// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "geo/Error.h"
#include "pg/Connection.h"
#include "project/ProjectFile.h"
#include "project/ProjectLocation.h"

namespace hp::project {

// A project kept in a PostgreSQL/PostGIS database so a team edits it at once.
//
// Tables (schema `habitat`, created by the first publish, version kSchemaVersion):
//   schema_info     key/value: the schema's version
//   projects        one row per project: name (unique), CRS, model JSON, default view, version
//   layers          a project's layers: files by path, or tables of this database (embedded = 'table')
//   forest_versions the project's dated forest covers
//   candidates      one row per candidate: name, colour, parcel_ids text[], drawn geometry,
//                   version, updated_by, updated_at (set by triggers: a client cannot fake them)
//   views           each role's last map view of each project
//   change_log      who changed what and when (written by triggers, readable by every role)
// Layers embedded in the project (Project::embedData, or read from inside a .hplan) are copied into the
// schema `habitat_data` through GDAL's PostgreSQL driver; in memory they are "PG:<conninfo>" paths with
// layerName "habitat_data.<table>", which GDAL opens like any other vector dataset.
// Every committed candidate change sends NOTIFY on kChannel with a JSON payload
// {"project": id, "candidate": id, "action": "insert"|"update"|"delete", "version": n, "by": role}.
//
// Concurrency: saves are per candidate. A save writes only what changed since its base; a candidate
// someone else saved (or deleted) since is not overwritten: the whole save is refused with an
// EditConflict naming whose edit and when, and nothing of it is written. A save is one transaction:
// a crash leaves either all of it or none.
class DatabaseProject {
 public:
  static constexpr int kSchemaVersion = 1;
  static constexpr const char* kChannel = "habitat_planner";

  // Connects (Error ConnectionFailed); reads nothing yet.
  explicit DatabaseProject(const std::string& location);

  // Whether the project exists (false too when the database holds no projects at all).
  bool exists();
  // The names of the projects in the database, sorted.
  std::vector<std::string> projectNames();

  // Reads the project as one consistent snapshot. Throws Error(FileNotFound) when there is none by
  // that name. File layers that are not where the project says are listed in missingFiles.
  LoadedProject load();

  // Writes `edited` (see the class comment); `base` is the project as loaded (null: every candidate is
  // judged against the database: nothing is deleted, and a candidate whose version moved on is a
  // conflict unless it already equals the database's). Returns load() after the commit.
  // Throws EditConflict, or Error(ReadOnly) for a role without write rights.
  Project save(const Project& edited, const Project* base);

  // A new project `name()` in the database holding `project` (a .hplan's): the schema is created when
  // the database has none. Throws Error(InvalidInput) when the name is taken. Returns load().
  Project publish(const Project& project);

  // Listens for changes of this project saved by anyone (kChannel); see pg::Connection's socket() and
  // notifications() (payloads of other projects included: filter by "project").
  void listen();

  // What others saved since the last call (after listen()): this project's changes only, and not
  // this connection's own saves. Waits up to `timeoutMs` for the first one (0: only what has arrived).
  // A GUI watches connection().socket() and reloads the candidates named here.
  struct Change {
    std::int64_t candidateId = 0;  // 0: the project's layers and settings
    std::string action;            // "insert", "update", "delete"
    int version = 0;
    std::string by;
  };
  std::vector<Change> othersChanges(int timeoutMs = 0);

  // The change log, newest first: who changed what and when.
  struct LogEntry {
    std::string at;             // ISO 8601, UTC
    std::string by;
    std::string action;         // "insert", "update", "delete"
    std::string candidate;      // the candidate's name then; empty: the project's layers and settings
    std::int64_t candidateId = 0;
    int version = 0;
    std::string detail;         // e.g. "12 parcels, drawn polygons"
  };
  std::vector<LogEntry> changeLog(int limit = 100);

  // Deletes the project (its candidates, layers and change log; embedded tables are dropped).
  void remove();

  const std::string& name() const { return location_.project; }
  const DatabaseLocation& location() const { return location_; }
  pg::Connection& connection() { return connection_; }

  // Throws Error(ReadOnly) naming the role and `what` ("saving", "importing imagery") when this role
  // may not change the project: for a job that would otherwise work for minutes and then be refused.
  void requireWritable(const char* what);

 private:
  std::int64_t projectId(bool required);
  bool hasSchema();
  void createSchema();
  Project embedLayers(const Project& project);

  DatabaseLocation location_;
  pg::Connection connection_;
  std::int64_t projectId_ = 0;
};

// One edit that a save would have overwritten.
struct ConflictingEdit {
  std::string candidate;  // the candidate's name in the saved copy; empty: the project's layers and settings
  std::int64_t id = 0;
  int baseVersion = 0;    // the version the save was based on
  int theirVersion = 0;   // the version in the database; 0: they deleted it
  std::string by;         // whose edit (database role)
  std::string at;         // when (ISO 8601, UTC)
  bool youDeleted = false;  // the save deletes the candidate someone else changed
};

// A save refused because someone else saved a newer edit of what it changes. Nothing of the save was
// written; reload the candidate (take theirs) or keep both (save yours as a new candidate).
class EditConflict : public Error {
 public:
  EditConflict(const std::string& database, std::vector<ConflictingEdit> edits);
  const std::vector<ConflictingEdit>& edits() const { return edits_; }

 private:
  std::vector<ConflictingEdit> edits_;
};

// Resolves a conflict by keeping both edits: each candidate someone else changed keeps their version
// (the base's copy is put back in `edited`, so the save leaves it alone) and yours is added as a new
// candidate named name + copySuffix. A candidate you deleted that someone changed stays, with their
// change; one you changed that someone deleted comes back as new. Conflicts on the project's layers and
// settings cannot be kept twice: they stay in `edited` (reload to take theirs).
Project keepBoth(const Project& edited, const Project& base, const EditConflict& conflict, const std::string& copySuffix);

}  // namespace hp::project
