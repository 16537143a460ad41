// SPDX-License-Identifier: GPL-3.0-or-later
// A throwaway PostgreSQL + PostGIS server for tests: its own cluster in a temporary folder, reachable
// only through a Unix socket in that folder, gone when the object is.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <string>

namespace hp::test {

class PgCluster {
 public:
  // What QSKIP says when the server binaries are not installed.
  static constexpr const char* kMissing = "PostgreSQL binaries not found (install postgresql-15 postgresql-15-postgis-3)";

  PgCluster();
  ~PgCluster();  // stops the server (immediate shutdown) and removes the folder
  PgCluster(const PgCluster&) = delete;
  PgCluster& operator=(const PgCluster&) = delete;

  // The folder with initdb, pg_ctl and postgres (`pg_config --bindir`, else /usr/lib/postgresql/15/bin),
  // or empty when they, or PostGIS, are not installed.
  static QString binDir();

  // initdb, start postgres on a socket in the temporary folder (fsync off: a test server), create the
  // database `hp` with PostGIS. As root (initdb refuses root) the server runs as `nobody`.
  // False with error() on failure.
  bool start();
  const QString& error() const { return error_; }

  QString socketDir() const;
  // A libpq connection string: "host=<socket dir> dbname=<database> user=<user>".
  std::string conninfo(const std::string& database = "hp", const std::string& user = "postgres") const;
  // The same as a postgresql:// URI (socket folder percent-encoded as the host).
  std::string uri(const std::string& database = "hp", const std::string& user = "postgres") const;

  // Runs SQL through psql as `user` (ON_ERROR_STOP): for test set-up such as roles. False on error,
  // with psql's words in error(). `out` receives psql's unaligned, tuples-only output.
  bool sql(const QString& statements, const QString& database = QStringLiteral("hp"),
           const QString& user = QStringLiteral("postgres"), QString* out = nullptr);

  // A crash: SIGKILL to the postmaster and every server process at once (backends mid-transaction
  // included), then a new postmaster on the same data, which runs crash recovery. False with error().
  bool killAndRestart();
  qint64 postmasterPid() const;

 private:
  bool run(const QString& program, const QStringList& args, QString* out = nullptr, int timeoutMs = 120000);
  bool startPostmaster();
  void stopPostmaster();
  QString dataDir() const;

  std::unique_ptr<QTemporaryDir> dir_;
  std::unique_ptr<QProcess> postmaster_;
  QString bin_;
  QString error_;
  unsigned serverUid_ = 0, serverGid_ = 0;
  bool dropPrivileges_ = false;
};

}  // namespace hp::test

// Starts `cluster` in a test function: skips when the binaries are missing, fails when they are there
// but the server does not start.
#define HP_START_PG_CLUSTER(cluster)                                                         \
  do {                                                                                       \
    if (::hp::test::PgCluster::binDir().isEmpty()) QSKIP(::hp::test::PgCluster::kMissing);   \
    if (!(cluster).start()) QFAIL(qPrintable(QStringLiteral("PostgreSQL test server: ") + (cluster).error())); \
  } while (false)
