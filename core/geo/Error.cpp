// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Error.h"

namespace hp {

const char* errorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::FileNotFound: return "file not found";
    case ErrorCode::Unreadable: return "unreadable";
    case ErrorCode::UnrecognisedFormat: return "unrecognised format";
    case ErrorCode::MissingCrs: return "missing CRS";
    case ErrorCode::MissingGeotransform: return "missing geotransform";
    case ErrorCode::EmptyLayer: return "empty layer";
    case ErrorCode::NoSuchLayer: return "no such layer";
    case ErrorCode::NoSuchField: return "no such field";
    case ErrorCode::ReprojectionFailed: return "reprojection failed";
    case ErrorCode::CorruptData: return "corrupt data";
    case ErrorCode::InvalidGeometry: return "invalid geometry";
    case ErrorCode::InvalidInput: return "invalid input";
    case ErrorCode::InvalidModel: return "invalid model";
    case ErrorCode::WriteFailed: return "write failed";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::ConnectionFailed: return "cannot connect";
    case ErrorCode::ReadOnly: return "read-only";
    case ErrorCode::EditConflict: return "edit conflict";
  }
  return "error";
}

static std::string composeMessage(ErrorCode code, const std::string& file, const std::string& cause) {
  std::string message = file.empty() ? std::string() : file + ": ";
  message += errorCodeName(code);
  if (!cause.empty()) message += ": " + cause;
  return message;
}

Error::Error(ErrorCode code, std::string file, std::string cause)
    : std::runtime_error(composeMessage(code, file, cause)),
      code_(code),
      file_(std::move(file)),
      cause_(std::move(cause)) {}

}  // namespace hp
