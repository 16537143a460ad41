// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "project/ExternalReferences.h"
#include "project/ProjectFile.h"

namespace hp::project {

class DatabaseProject;

// Where a project lives: a .hplan file, or a team database named by a location string:
//   postgresql://[user@]host[:port]/database[?project=NAME&...]   (also postgres://)
//   pg:service=teams project=NAME      pg:host=db.park.org dbname=plans     pg:   (PG* environment only)
// libpq fills in what the location leaves out from pg_service.conf, ~/.pgpass and the PG* environment.
// `project` names the project inside the database; without it the database must hold exactly one.
// A location never carries a password (it is refused): passwords belong in ~/.pgpass or a service file.
bool isDatabaseLocation(const std::string& location);

struct DatabaseLocation {
  std::string conninfo;  // what libpq (and GDAL's "PG:" datasets) get: the location without `project`
  std::string project;   // the project's name in the database; empty: the only one there
};

// Throws Error(InvalidInput) for a location with a password or that libpq's syntax cannot hold.
DatabaseLocation parseDatabaseLocation(const std::string& location);

// The location of project `name` in the database `conninfo` is in (a postgresql:// URI or a conninfo
// string, as parseDatabaseLocation returned it).
std::string databaseLocation(const std::string& conninfo, const std::string& name);

// Opens a project wherever it lives (loadProject for files, DatabaseProject::load for databases).
// `allowExternalReferences` as for loadProject; a database project has no folder, so only its
// network references count as external (URLs, /vsicurl/..., other databases' PG: tables), not files
// anywhere nor tables of its own database. Once they pass, GDAL's network access is on
// (gdal::setNetworkAccess): the project's own tables are read over the network.
LoadedProject openProject(const std::string& location, const ExternalPolicy& allowExternalReferences = {});
// The same for a database project already connected (the GUI keeps that connection to LISTEN on it).
LoadedProject openProject(DatabaseProject& db, const ExternalPolicy& allowExternalReferences = {});

// Saves `edited` wherever `location` says. For a database `base` is the project as opened (the
// candidates' revisions say which edits it holds): only what changed since is written, and a change
// someone else saved meanwhile is refused (EditConflict) rather than overwritten. Returns the project as
// stored now (for a database: with its new revisions and others' saved changes).
Project saveProjectAt(const Project& edited, const std::string& location, const Project* base = nullptr);

// Refuses up front (Error ReadOnly, `what` in the message) what saveProjectAt would refuse at the end for
// a database role without write rights. Files: nothing to check before the save itself.
void requireWritableAt(const std::string& location, const char* what);

}  // namespace hp::project
