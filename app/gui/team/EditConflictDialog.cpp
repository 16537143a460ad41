// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/team/EditConflictDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace hp::gui {

namespace {

// The database's UTC time in the user's local time, so "when" reads as on their clock.
QString localTime(const std::string& isoUtc) {
  QDateTime at = QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODate);
  if (!at.isValid()) return QString::fromStdString(isoUtc);
  return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

}  // namespace

QStringList EditConflictDialog::describe(const project::EditConflict& conflict) {
  QStringList lines;
  for (const project::ConflictingEdit& e : conflict.edits()) {
    const QString by = QString::fromStdString(e.by);
    const QString at = localTime(e.at);
    const QString name = QString::fromStdString(e.candidate);
    if (e.candidate.empty())
      lines << tr("The project's layers and settings were changed by %1 at %2.").arg(by, at);
    else if (e.youDeleted)
      lines << tr("“%1”, which you deleted, was changed by %2 at %3.").arg(name, by, at);
    else if (e.theirVersion == 0)
      lines << tr("“%1” was deleted by %2 at %3.").arg(name, by, at);
    else
      lines << tr("“%1” was changed by %2 at %3.").arg(name, by, at);
  }
  return lines;
}

EditConflictDialog::EditConflictDialog(const project::EditConflict& conflict, QWidget* parent)
    : QDialog(parent), reload_(new QPushButton(tr("&Reload"), this)),
      keepBoth_(new QPushButton(tr("&Keep Both"), this)), cancel_(new QPushButton(tr("Cancel"), this)) {
  setObjectName(QStringLiteral("editConflictDialog"));
  setWindowTitle(tr("Someone Else Saved First"));

  auto* icon = new QLabel(this);
  icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
  auto* text = new QLabel(tr("Your save would overwrite edits someone else saved after you opened the project. "
                             "Nothing was saved."),
                          this);
  text->setWordWrap(true);
  auto* list = new QListWidget(this);
  list->setObjectName(QStringLiteral("conflictList"));
  list->addItems(describe(conflict));
  list->setMaximumHeight(list->sizeHintForRow(0) * std::min(6, list->count() + 1) + 8);
  auto* help = new QLabel(tr("<b>Reload</b> takes their edits and drops yours. <b>Keep Both</b> keeps theirs and "
                             "saves yours beside them as new candidates named “… (mine)”. <b>Cancel</b> saves "
                             "nothing and leaves your edits unsaved."),
                          this);
  help->setWordWrap(true);

  auto* buttons = new QDialogButtonBox(this);
  buttons->addButton(keepBoth_, QDialogButtonBox::AcceptRole);
  buttons->addButton(reload_, QDialogButtonBox::DestructiveRole);
  buttons->addButton(cancel_, QDialogButtonBox::RejectRole);
  keepBoth_->setDefault(true);
  connect(keepBoth_, &QPushButton::clicked, this, [this] { answer_ = Answer::KeepBoth; accept(); });
  connect(reload_, &QPushButton::clicked, this, [this] { answer_ = Answer::Reload; accept(); });
  connect(cancel_, &QPushButton::clicked, this, [this] { answer_ = Answer::Cancel; reject(); });

  auto* top = new QHBoxLayout;
  top->addWidget(icon, 0, Qt::AlignTop);
  top->addWidget(text, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(list);
  layout->addWidget(help);
  layout->addWidget(buttons);
  resize(sizeHint().expandedTo(QSize(460, 0)));
}

}  // namespace hp::gui
