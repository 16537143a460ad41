// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>
#include <QCoreApplication>

#include "cli/CliCommand.h"
#include "cli/ProjectOption.h"
#include "project/DatabaseProject.h"
#include "project/ProjectLocation.h"

namespace hp::cli {

static QString tr(const char* text) { return QCoreApplication::translate("habitat-cli", text); }

// Publishes a .hplan to a team database, takes a copy of a database project back to a .hplan, or copies
// between two databases: the same project value wherever it lives.
int runCopyProject(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      tr("Copy a project between a .hplan file and a PostgreSQL/PostGIS database (postgresql://... or "
         "pg:service=...; name the project with project=NAME). A database project is created by the copy; "
         "an existing one is never overwritten."));
  parser.addHelpOption();
  const QCommandLineOption fromOpt("from", tr("The project to copy: a .hplan or a database location"), "P");
  const QCommandLineOption toOpt("to", tr("Where the copy goes: a .hplan or a database location"), "P");
  const QCommandLineOption embedOpt("embed", tr("Store the layers inside the copy (a .hplan that travels alone)"));
  parser.addOptions({fromOpt, toOpt, embedOpt, allowExternalOption()});
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;
  auto usage = [](const QString& message) {
    printErr(QStringLiteral("habitat-cli copy-project: ") + message);
    return int(UsageError);
  };
  if (!parser.isSet(fromOpt) || !parser.isSet(toOpt)) return usage(tr("--from P and --to P are required"));

  project::Project p = project::openProject(parser.value(fromOpt).toStdString(), externalPolicy(parser)).project;
  if (parser.isSet(embedOpt)) p.embedData = true;
  const std::string to = parser.value(toOpt).toStdString();
  if (project::isDatabaseLocation(to)) {
    project::DatabaseProject db(to);
    p = db.publish(p);
    printOut(QString::fromStdString(project::databaseLocation(db.location().conninfo, db.name())));
  } else {
    for (project::Candidate& c : p.candidates) c.revision = {};
    p.revision = {};
    project::saveProject(p, to);
    printOut(QString::fromStdString(to));
  }
  printOut(QCoreApplication::translate("habitat-cli", "%n candidate(s)", nullptr, int(p.candidates.size())));
  return Ok;
}

}  // namespace hp::cli
