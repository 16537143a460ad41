// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace hp::gui {

// How picked parcels combine with the current selection (QGIS's selection modifiers).
enum class SelectionOp { Replace, Add, Remove, Toggle };

// Click: plain = Replace, Shift = Toggle, Ctrl = Remove. Rectangle and lasso: Shift = Add, Ctrl = Remove.
inline SelectionOp selectionOpFor(Qt::KeyboardModifiers modifiers, bool area) {
  if (modifiers & Qt::ControlModifier) return SelectionOp::Remove;
  if (modifiers & Qt::ShiftModifier) return area ? SelectionOp::Add : SelectionOp::Toggle;
  return SelectionOp::Replace;
}

}  // namespace hp::gui
