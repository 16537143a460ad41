// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg/Connection.h"

#include <libpq-fe.h>
#include <poll.h>

#include <cstdlib>
#include <cstring>

#include "geo/Error.h"

namespace hp::pg {

namespace {

// libpq's messages end with a newline and may carry a LINE/HINT tail: errors are one line.
std::string firstLine(const char* message) {
  std::string s = message ? message : "";
  if (s.rfind("ERROR:  ", 0) == 0) s.erase(0, 8);
  if (s.rfind("FATAL:  ", 0) == 0) s.erase(0, 8);
  const auto nl = s.find('\n');
  if (nl != std::string::npos) s.erase(nl);
  return s;
}

ErrorCode codeOf(const char* sqlstate, bool connectionBad) {
  if (connectionBad) return ErrorCode::ConnectionFailed;
  const std::string state = sqlstate ? sqlstate : "";
  if (state == "42501" || state == "25006") return ErrorCode::ReadOnly;  // insufficient privilege, read-only transaction
  if (state.rfind("08", 0) == 0 || state.rfind("57P", 0) == 0) return ErrorCode::ConnectionFailed;
  if (state.rfind("22", 0) == 0 || state.rfind("23", 0) == 0) return ErrorCode::InvalidInput;
  return ErrorCode::WriteFailed;
}

std::string describeConn(PGconn* conn) {
  const char* db = PQdb(conn);
  const char* host = PQhost(conn);
  const char* user = PQuser(conn);
  std::string s = std::string("database ") + (db && *db ? db : "?");
  if (host && *host) s += std::string(" on ") + host;
  if (user && *user) s += std::string(" as ") + user;
  return s;
}

}  // namespace

void Result::Clear::operator()(pg_result* r) const { PQclear(r); }

int Result::rows() const { return PQntuples(result_.get()); }
bool Result::isNull(int row, int column) const { return PQgetisnull(result_.get(), row, column) != 0; }
std::string Result::text(int row, int column) const {
  return isNull(row, column) ? std::string() : std::string(PQgetvalue(result_.get(), row, column), PQgetlength(result_.get(), row, column));
}
long long Result::integer(int row, int column) const { return std::strtoll(PQgetvalue(result_.get(), row, column), nullptr, 10); }
double Result::real(int row, int column) const { return std::strtod(PQgetvalue(result_.get(), row, column), nullptr); }
bool Result::boolean(int row, int column) const { return PQgetvalue(result_.get(), row, column)[0] == 't'; }
long long Result::affected() const { return std::strtoll(PQcmdTuples(result_.get()), nullptr, 10); }

Connection::Connection(const std::string& conninfo) : conninfo_(conninfo) {
  conn_ = PQconnectdb(conninfo.c_str());
  if (!conn_) throw Error(ErrorCode::ConnectionFailed, "database", "out of memory");
  if (PQstatus(conn_) != CONNECTION_OK) {
    // The message names host and socket; the conninfo itself is not repeated (it may hold a password).
    const std::string message = firstLine(PQerrorMessage(conn_));
    const std::string db = PQdb(conn_) ? PQdb(conn_) : "";
    PQfinish(conn_);
    conn_ = nullptr;
    throw Error(ErrorCode::ConnectionFailed, "database " + (db.empty() ? std::string("?") : db), message);
  }
  // Notices (NOTICE: relation exists, skipping) are not ours to print: core never prints.
  PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
}

Connection::~Connection() {
  if (conn_) PQfinish(conn_);
}

Connection::Connection(Connection&& other) noexcept : conn_(other.conn_), conninfo_(std::move(other.conninfo_)) {
  other.conn_ = nullptr;
}

Connection& Connection::operator=(Connection&& other) noexcept {
  if (this != &other) {
    if (conn_) PQfinish(conn_);
    conn_ = other.conn_;
    conninfo_ = std::move(other.conninfo_);
    other.conn_ = nullptr;
  }
  return *this;
}

std::string Connection::describe() const { return describeConn(conn_); }
std::string Connection::database() const { return PQdb(conn_) ? PQdb(conn_) : ""; }
std::string Connection::user() const { return PQuser(conn_) ? PQuser(conn_) : ""; }
std::string Connection::host() const { return PQhost(conn_) ? PQhost(conn_) : ""; }
int Connection::socket() const { return PQsocket(conn_); }

void Connection::fail(const std::string& what, pg_result* result) const {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string message = firstLine(result ? PQresultErrorMessage(result) : PQerrorMessage(conn_));
  const ErrorCode code = codeOf(state, PQstatus(conn_) != CONNECTION_OK);
  if (result) PQclear(result);
  throw Error(code, describe(), what.empty() ? message : what + ": " + message);
}

Result Connection::exec(const std::string& sql, const std::vector<Param>& params) {
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const Param& p : params) values.push_back(p ? p->c_str() : nullptr);
  PGresult* r = PQexecParams(conn_, sql.c_str(), int(values.size()), nullptr, values.empty() ? nullptr : values.data(),
                             nullptr, nullptr, 0);
  const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail({}, r);
  return Result(r);
}

std::vector<Connection::Notification> Connection::notifications() {
  std::vector<Notification> out;
  if (!PQconsumeInput(conn_)) fail("reading notifications", nullptr);
  while (PGnotify* n = PQnotifies(conn_)) {
    out.push_back({n->relname ? n->relname : "", n->extra ? n->extra : "", n->be_pid});
    PQfreemem(n);
  }
  return out;
}

std::vector<Connection::Notification> Connection::waitForNotifications(int timeoutMs) {
  std::vector<Notification> out = notifications();
  if (!out.empty()) return out;
  pollfd fd{PQsocket(conn_), POLLIN, 0};
  if (::poll(&fd, 1, timeoutMs) > 0) out = notifications();
  return out;
}

Transaction::Transaction(Connection& connection, const char* mode) : connection_(connection) {
  connection_.exec(std::string("BEGIN ") + mode);
}

Transaction::~Transaction() {
  if (!open_) return;
  try {
    connection_.exec("ROLLBACK");
  } catch (...) {
    // The connection is gone: the server rolled back on its own.
  }
}

void Transaction::commit() {
  open_ = false;
  connection_.exec("COMMIT");
}

std::string quoteConninfoValue(const std::string& value) {
  std::string s = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') s += '\\';
    s += c;
  }
  return s + "'";
}

}  // namespace hp::pg
