// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace hp {

// What went wrong, as a fact the front ends can turn into words for people.
enum class ErrorCode {
  FileNotFound,
  Unreadable,          // exists but cannot be read (permissions, truncated, I/O error)
  UnrecognisedFormat,  // no GDAL/OGR driver accepts it
  MissingCrs,
  MissingGeotransform,
  EmptyLayer,
  NoSuchLayer,
  NoSuchField,
  ReprojectionFailed,
  CorruptData,         // a block or feature failed to decode
  InvalidGeometry,
  InvalidInput,        // arguments or values out of their domain
  InvalidModel,        // a model configuration that cannot be used
  WriteFailed,
  Cancelled,
  ConnectionFailed,    // a database server cannot be reached, refuses the login or went away
  ReadOnly,            // the database role may read but not change (or the server is read-only)
  EditConflict,        // a save would overwrite someone else's newer edit (project/DatabaseProject.h)
};

// Stable, untranslated name of a code (used in logs, CLI messages and tests).
const char* errorCodeName(ErrorCode code);

// The one exception type core throws. It carries the file (may be empty when the
// problem is not about a file) and the cause in plain English from GDAL/GEOS/PROJ or core.
class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string file, std::string cause);

  ErrorCode code() const noexcept { return code_; }
  const std::string& file() const noexcept { return file_; }
  const std::string& cause() const noexcept { return cause_; }

 private:
  ErrorCode code_;
  std::string file_;
  std::string cause_;
};

// Thrown when a progress callback asks to stop; never an error for the user.
class Cancelled : public Error {
 public:
  Cancelled() : Error(ErrorCode::Cancelled, {}, "cancelled") {}
};

}  // namespace hp
