// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace hp::pg {

// One statement parameter: text, or SQL NULL.
using Param = std::optional<std::string>;

// The rows of one statement, owned (PQclear in the destructor). Values are libpq's text format.
class Result {
 public:
  explicit Result(pg_result* result) : result_(result) {}
  int rows() const;
  bool isNull(int row, int column) const;
  std::string text(int row, int column) const;  // "" for NULL
  long long integer(int row, int column) const;
  double real(int row, int column) const;
  bool boolean(int row, int column) const;  // 't'
  long long affected() const;               // rows changed by an INSERT/UPDATE/DELETE

 private:
  struct Clear {
    void operator()(pg_result* r) const;
  };
  std::unique_ptr<pg_result, Clear> result_;
};

// A libpq connection (RAII over PGconn). Every statement with values goes through exec(sql, params)
// (PQexecParams): values are never spliced into SQL text, so names and ids may hold anything.
// Errors are hp::Error naming the database (describe()); SQLSTATE classes map to codes:
// insufficient privilege and read-only transactions to ErrorCode::ReadOnly, a lost connection to
// ErrorCode::ConnectionFailed. Not thread-safe: one connection per thread.
class Connection {
 public:
  // `conninfo`: a libpq connection string or postgresql:// URI. libpq supplies the rest from
  // pg_service.conf, ~/.pgpass and the PG* environment. Throws Error(ConnectionFailed).
  explicit Connection(const std::string& conninfo);
  ~Connection();
  Connection(Connection&&) noexcept;
  Connection& operator=(Connection&&) noexcept;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  Result exec(const std::string& sql, const std::vector<Param>& params = {});

  // "database hp on /tmp/x as planner": what errors name (never a password).
  std::string describe() const;
  std::string database() const;
  std::string user() const;
  std::string host() const;
  const std::string& conninfo() const { return conninfo_; }

  // LISTEN/NOTIFY: the socket to watch (for a QSocketNotifier or poll) and the notifications received.
  int socket() const;
  struct Notification {
    std::string channel;
    std::string payload;
    int backendPid = 0;
  };
  // Reads what the server sent and returns the notifications that arrived; never blocks.
  std::vector<Notification> notifications();
  // Blocks up to `timeoutMs` for a notification; empty when none came.
  std::vector<Notification> waitForNotifications(int timeoutMs);

  pg_conn* handle() const { return conn_; }

 private:
  [[noreturn]] void fail(const std::string& what, pg_result* result) const;
  pg_conn* conn_ = nullptr;
  std::string conninfo_;
};

// BEGIN on construction; ROLLBACK on destruction unless commit() ran (an exception rolls back).
class Transaction {
 public:
  // `mode`: what follows BEGIN, e.g. "ISOLATION LEVEL REPEATABLE READ READ ONLY" (a constant, never input).
  explicit Transaction(Connection& connection, const char* mode = "");
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Connection& connection_;
  bool open_ = true;
};

// libpq's single-quoted form of a connection-string value ('it\'s'), for composing conninfo.
std::string quoteConninfoValue(const std::string& value);

}  // namespace hp::pg
