// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ErrorText.h"

#include <QCoreApplication>

namespace hp::app {

QString describeErrorCode(hp::ErrorCode code) {
  switch (code) {
    case ErrorCode::FileNotFound: return QCoreApplication::translate("ErrorText", "file not found");
    case ErrorCode::Unreadable: return QCoreApplication::translate("ErrorText", "the file cannot be read");
    case ErrorCode::UnrecognisedFormat: return QCoreApplication::translate("ErrorText", "unrecognised file format");
    case ErrorCode::MissingCrs: return QCoreApplication::translate("ErrorText", "no coordinate reference system");
    case ErrorCode::MissingGeotransform: return QCoreApplication::translate("ErrorText", "not georeferenced");
    case ErrorCode::EmptyLayer: return QCoreApplication::translate("ErrorText", "empty layer");
    case ErrorCode::NoSuchLayer: return QCoreApplication::translate("ErrorText", "no such layer");
    case ErrorCode::NoSuchField: return QCoreApplication::translate("ErrorText", "no such field");
    case ErrorCode::ReprojectionFailed: return QCoreApplication::translate("ErrorText", "reprojection failed");
    case ErrorCode::CorruptData: return QCoreApplication::translate("ErrorText", "corrupt data");
    case ErrorCode::InvalidGeometry: return QCoreApplication::translate("ErrorText", "invalid geometry");
    case ErrorCode::InvalidInput: return QCoreApplication::translate("ErrorText", "invalid input");
    case ErrorCode::InvalidModel: return QCoreApplication::translate("ErrorText", "invalid model configuration");
    case ErrorCode::WriteFailed: return QCoreApplication::translate("ErrorText", "the file cannot be written");
    case ErrorCode::Cancelled: return QCoreApplication::translate("ErrorText", "cancelled");
    case ErrorCode::ConnectionFailed: return QCoreApplication::translate("ErrorText", "cannot connect to the database");
    case ErrorCode::ReadOnly: return QCoreApplication::translate("ErrorText", "read-only");
    case ErrorCode::EditConflict: return QCoreApplication::translate("ErrorText", "someone else changed it meanwhile");
  }
  return QCoreApplication::translate("ErrorText", "error");
}

QString describeError(const hp::Error& error) {
  QString text;
  if (!error.file().empty()) text = QString::fromStdString(error.file()) + QStringLiteral(": ");
  text += describeErrorCode(error.code());
  if (!error.cause().empty()) text += QStringLiteral(": ") + QString::fromStdString(error.cause());
  return text;
}

}  // namespace hp::app
