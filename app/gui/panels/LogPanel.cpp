// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/LogPanel.h"

#include <QTime>

namespace hp::gui {

LogPanel::LogPanel(QWidget* parent) : QPlainTextEdit(parent) {
  setObjectName(QStringLiteral("logPanel"));
  setReadOnly(true);
  setMaximumBlockCount(2000);
  setLineWrapMode(QPlainTextEdit::NoWrap);
}

void LogPanel::append(const QString& message, Level level) {
  QString tag;
  switch (level) {
    case Level::Info: tag = tr("INFO"); break;
    case Level::Warning: tag = tr("WARNING"); break;
    case Level::Critical: tag = tr("CRITICAL"); break;
  }
  appendPlainText(QStringLiteral("%1  %2  %3").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), tag, message));
}

}  // namespace hp::gui
