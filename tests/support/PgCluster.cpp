// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/PgCluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace hp::test {

namespace {

bool hasServerBinaries(const QString& dir) {
  for (const char* tool : {"initdb", "postgres", "psql", "pg_isready"})
    if (!QFileInfo(dir + QLatin1Char('/') + QLatin1String(tool)).isExecutable()) return false;
  return true;
}

QString findBinDir() {
  QProcess config;
  config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
  if (config.waitForFinished(10000) && config.exitCode() == 0) {
    const QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
    if (hasServerBinaries(dir)) return dir;
  }
  const QString debian = QStringLiteral("/usr/lib/postgresql/15/bin");
  return hasServerBinaries(debian) ? debian : QString();
}

// The server's own share folder (extensions live there), from the server's pg_config.
bool hasPostgis(const QString& bin) {
  QProcess config;
  config.start(bin + QStringLiteral("/pg_config"), {QStringLiteral("--sharedir")});
  QString share = QStringLiteral("/usr/share/postgresql/15");
  if (config.waitForFinished(10000) && config.exitCode() == 0)
    share = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
  return QFileInfo::exists(share + QStringLiteral("/extension/postgis.control"));
}

// Whether `uid` can walk down to `path`: every folder above it searchable by others.
bool reachableByOthers(const QString& path) {
  QDir dir(QFileInfo(path).absoluteFilePath());
  do {
    struct stat st {};
    if (::stat(QFile::encodeName(dir.absolutePath()).constData(), &st) != 0 || !(st.st_mode & S_IXOTH)) return false;
  } while (dir.cdUp());
  return true;
}

std::vector<pid_t> childrenOf(pid_t pid) {
  std::vector<pid_t> children;
  QFile file(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
  if (file.open(QIODevice::ReadOnly))
    for (const QByteArray& word : file.readAll().split(' '))
      if (const int child = word.trimmed().toInt(); child > 0) children.push_back(child);
  return children;
}

}  // namespace

PgCluster::PgCluster() = default;

PgCluster::~PgCluster() { stopPostmaster(); }

QString PgCluster::binDir() {
  static const QString dir = [] {
    const QString found = findBinDir();
    return !found.isEmpty() && hasPostgis(found) ? found : QString();
  }();
  return dir;
}

QString PgCluster::dataDir() const { return dir_->path() + QStringLiteral("/data"); }

QString PgCluster::socketDir() const { return dir_ ? dir_->path() : QString(); }

std::string PgCluster::conninfo(const std::string& database, const std::string& user) const {
  return "host=" + socketDir().toStdString() + " dbname=" + database + " user=" + user;
}

std::string PgCluster::uri(const std::string& database, const std::string& user) const {
  const QByteArray host = QUrl::toPercentEncoding(socketDir());
  return "postgresql://" + user + "@" + host.toStdString() + "/" + database;
}

qint64 PgCluster::postmasterPid() const { return postmaster_ ? postmaster_->processId() : 0; }

bool PgCluster::run(const QString& program, const QStringList& args, QString* out, int timeoutMs) {
  QProcess p;
  if (dropPrivileges_) {
    const uid_t uid = serverUid_;
    const gid_t gid = serverGid_;
    p.setChildProcessModifier([uid, gid] {
      if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0) ::_exit(126);
    });
  }
  p.setWorkingDirectory(dir_->path());
  p.start(bin_ + QLatin1Char('/') + program, args);
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished(5000);
    error_ = program + QStringLiteral(" did not finish");
    return false;
  }
  const QString stdOut = QString::fromLocal8Bit(p.readAllStandardOutput());
  if (out) *out = stdOut.trimmed();
  if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
    error_ = program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAllStandardError()).trimmed() +
             (p.exitCode() == 126 ? QStringLiteral(" (cannot switch to the server's user)") : QString());
    return false;
  }
  return true;
}

bool PgCluster::start() {
  bin_ = binDir();
  if (bin_.isEmpty()) {
    error_ = QString::fromLatin1(kMissing);
    return false;
  }
  // initdb refuses to run as root, and so does postgres: as root, the server is `nobody`'s, in a folder
  // nobody owns (and can reach: the temporary folder may sit under root's home).
  dropPrivileges_ = ::getuid() == 0;
  QString base = QDir::tempPath();
  if (dropPrivileges_) {
    const passwd* user = ::getpwnam("nobody");
    if (!user) {
      error_ = QStringLiteral("running as root and there is no user 'nobody' to run the server as");
      return false;
    }
    serverUid_ = user->pw_uid;
    serverGid_ = user->pw_gid;
    if (!reachableByOthers(base)) base = QStringLiteral("/tmp");
  }
  // A Unix socket path is at most 107 bytes.
  if (base.size() > 60) base = QStringLiteral("/tmp");
  dir_ = std::make_unique<QTemporaryDir>(base + QStringLiteral("/hp-pg-XXXXXX"));
  if (!dir_->isValid()) {
    error_ = QStringLiteral("cannot create a temporary folder in ") + base;
    return false;
  }
  if (dropPrivileges_ && ::chown(QFile::encodeName(dir_->path()).constData(), serverUid_, serverGid_) != 0) {
    error_ = QStringLiteral("cannot give ") + dir_->path() + QStringLiteral(" to the server's user");
    return false;
  }
  if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                                      QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                      QStringLiteral("--locale=C"), QStringLiteral("--no-sync")}))
    return false;
  if (!startPostmaster()) return false;
  return sql(QStringLiteral("CREATE DATABASE hp"), QStringLiteral("postgres")) &&
         sql(QStringLiteral("CREATE EXTENSION postgis"));
}

bool PgCluster::startPostmaster() {
  // postgres itself, not pg_ctl: as our child it is reaped when killed, even where PID 1 reaps nothing
  // (a left-over zombie would keep its postmaster.pid "alive" and block the restart).
  postmaster_ = std::make_unique<QProcess>();
  const bool drop = dropPrivileges_;
  const uid_t uid = serverUid_;
  const gid_t gid = serverGid_;
  postmaster_->setChildProcessModifier([drop, uid, gid] {
    if (drop && (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)) ::_exit(126);
    // A test that crashes takes its server with it (set after setuid, which clears it).
    ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
  });
  postmaster_->setStandardOutputFile(dir_->path() + QStringLiteral("/server.log"), QIODevice::Append);
  postmaster_->setStandardErrorFile(dir_->path() + QStringLiteral("/server.log"), QIODevice::Append);
  postmaster_->start(bin_ + QStringLiteral("/postgres"),
                     {QStringLiteral("-D"), dataDir(), QStringLiteral("-k"), dir_->path(), QStringLiteral("-c"),
                      QStringLiteral("listen_addresses="), QStringLiteral("-c"), QStringLiteral("fsync=off"),
                      QStringLiteral("-c"), QStringLiteral("max_connections=40")});
  if (!postmaster_->waitForStarted(10000)) {
    error_ = QStringLiteral("postgres did not start: ") + postmaster_->errorString();
    return false;
  }
  QElapsedTimer clock;
  clock.start();
  while (clock.elapsed() < 60000) {
    if (postmaster_->state() == QProcess::NotRunning) break;
    QProcess ready;
    ready.start(bin_ + QStringLiteral("/pg_isready"), {QStringLiteral("-q"), QStringLiteral("-h"), dir_->path()});
    if (ready.waitForFinished(10000) && ready.exitCode() == 0) return true;
    QThread::msleep(50);
  }
  QFile log(dir_->path() + QStringLiteral("/server.log"));
  const QString tail = log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(400)).trimmed() : QString();
  error_ = QStringLiteral("postgres did not accept connections: ") + tail;
  stopPostmaster();
  return false;
}

void PgCluster::stopPostmaster() {
  if (!postmaster_ || postmaster_->state() == QProcess::NotRunning) return;
  // Immediate shutdown (pg_ctl stop -m immediate): the postmaster stops its children and exits.
  ::kill(pid_t(postmaster_->processId()), SIGQUIT);
  if (!postmaster_->waitForFinished(20000)) {
    postmaster_->kill();
    postmaster_->waitForFinished(5000);
  }
}

bool PgCluster::sql(const QString& statements, const QString& database, const QString& user, QString* out) {
  QString text;
  const bool ok = run(QStringLiteral("psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                       QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), dir_->path(),
                       QStringLiteral("-U"), user, QStringLiteral("-d"), database, QStringLiteral("-c"), statements},
                      &text);
  if (out) *out = text;
  return ok;
}

bool PgCluster::killAndRestart() {
  if (!postmaster_ || postmaster_->state() != QProcess::Running) {
    error_ = QStringLiteral("the server is not running");
    return false;
  }
  const pid_t postmaster = pid_t(postmaster_->processId());
  const std::vector<pid_t> children = childrenOf(postmaster);
  ::kill(postmaster, SIGKILL);
  for (pid_t child : children) ::kill(child, SIGKILL);
  postmaster_->waitForFinished(10000);
  // The killed backends are not ours to reap; wait until none runs (a zombie is dead enough).
  QElapsedTimer clock;
  clock.start();
  for (pid_t child : children) {
    while (clock.elapsed() < 10000) {
      QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
      if (!stat.open(QIODevice::ReadOnly)) break;
      const QByteArray text = stat.readAll();
      const qsizetype close = text.lastIndexOf(')');
      if (close < 0 || text.mid(close + 2, 1) == "Z") break;
      QThread::msleep(10);
    }
  }
  return startPostmaster();
}

}  // namespace hp::test
