// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Error.h"

#include <algorithm>

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

// A libpq connection string may carry `password=…` (GDAL's "PG:<conninfo>" paths): what an error says
// is shown and logged, so the value never reaches it.
static std::string withoutPassword(std::string text) {
  for (std::size_t at = text.find("password"); at != std::string::npos; at = text.find("password", at + 1)) {
    std::size_t i = at + 8;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || text[i] != '=') continue;
    ++i;
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t end = i;
    if (end < text.size() && text[end] == '\'') {
      for (++end; end < text.size() && text[end] != '\''; ++end)
        if (text[end] == '\\') ++end;
      end = std::min(text.size(), end + 1);
    } else {
      while (end < text.size() && text[end] != ' ') end += text[end] == '\\' ? 2 : 1;
      end = std::min(text.size(), end);
    }
    text.replace(i, end - i, "***");
  }
  return text;
}

static std::string composeMessage(ErrorCode code, const std::string& file, const std::string& cause) {
  std::string message = file.empty() ? std::string() : file + ": ";
  message += errorCodeName(code);
  if (!cause.empty()) message += ": " + cause;
  return message;
}

Error::Error(ErrorCode code, std::string file, std::string cause)
    : std::runtime_error(composeMessage(code, withoutPassword(file), withoutPassword(cause))),
      code_(code),
      file_(withoutPassword(std::move(file))),
      cause_(withoutPassword(std::move(cause))) {}

}  // namespace hp
