// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>
#include <functional>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace hp::gui {

class PlanDocument;

// The project's candidate reserves: a list with colour swatches; selecting one makes it active.
// New, Duplicate, Delete and Colour… push undo commands; a double-click renames in place.
class CandidatesPanel : public QWidget {
  Q_OBJECT
 public:
  explicit CandidatesPanel(PlanDocument* doc, QWidget* parent = nullptr);

  // The colour dialog, replaceable so tests do not block. Returns an invalid colour on cancel.
  using ColorChooser = std::function<QColor(const QColor& current, QWidget* parent)>;
  void setColorChooser(ColorChooser chooser) { chooseColor_ = std::move(chooser); }

  QListWidget* list() const { return list_; }
  QToolButton* newButton() const { return new_; }
  QToolButton* duplicateButton() const { return duplicate_; }
  QToolButton* deleteButton() const { return delete_; }
  QToolButton* colorButton() const { return color_; }

 private:
  void rebuild();
  void refreshItem(int index);
  void updateButtons();
  void onItemChanged(QListWidgetItem* item);

  PlanDocument* doc_;
  QListWidget* list_;
  QToolButton* new_;
  QToolButton* duplicate_;
  QToolButton* delete_;
  QToolButton* color_;
  ColorChooser chooseColor_;
  bool updating_ = false;
};

}  // namespace hp::gui
