// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "project/DatabaseProject.h"

class QPushButton;

namespace hp::gui {

// A save was refused because someone else saved a newer edit: names each candidate, whose edit it was
// and when, and offers Reload (take theirs), Keep Both (theirs stays, ours becomes a new candidate) or
// Cancel (nothing saved; the document stays as it is, unsaved).
class EditConflictDialog : public QDialog {
  Q_OBJECT
 public:
  enum class Answer { Reload, KeepBoth, Cancel };
  explicit EditConflictDialog(const project::EditConflict& conflict, QWidget* parent = nullptr);

  Answer answer() const { return answer_; }
  QPushButton* reloadButton() const { return reload_; }
  QPushButton* keepBothButton() const { return keepBoth_; }
  QPushButton* cancelButton() const { return cancel_; }

  // One line per conflicting edit, as the dialog lists them.
  static QStringList describe(const project::EditConflict& conflict);

 private:
  Answer answer_ = Answer::Cancel;
  QPushButton* reload_;
  QPushButton* keepBoth_;
  QPushButton* cancel_;
};

}  // namespace hp::gui
