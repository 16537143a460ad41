// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

namespace hp::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) { setWindowTitle(tr("Habitat Planner")); }

}  // namespace hp::gui
