// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace hp::gui {

// Log Messages, as QGIS calls them: what went wrong while rendering or reading, with the time.
class LogPanel : public QPlainTextEdit {
  Q_OBJECT
 public:
  enum class Level { Info, Warning, Critical };
  explicit LogPanel(QWidget* parent = nullptr);

  void append(const QString& message, Level level = Level::Info);
};

}  // namespace hp::gui
