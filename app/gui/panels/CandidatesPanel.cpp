// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/CandidatesPanel.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/PlanDocument.h"

namespace hp::gui {

namespace {
QIcon swatch(const QColor& color) {
  QPixmap pixmap(16, 16);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setPen(color.darker(150));
  painter.setBrush(color);
  painter.drawRect(1, 1, 13, 13);
  return QIcon(pixmap);
}

QToolButton* button(const QString& text, const QString& tip, QWidget* parent) {
  auto* b = new QToolButton(parent);
  b->setText(text);
  b->setToolTip(tip);
  b->setToolButtonStyle(Qt::ToolButtonTextOnly);
  return b;
}

// Colours for new candidates, the usual categorical palette, taken in turn.
QColor nextColor(int count) {
  static const char* const palette[] = {"#d62728", "#1f77b4", "#2ca02c", "#ff7f0e",
                                        "#9467bd", "#8c564b", "#e377c2", "#17becf"};
  return QColor(palette[count % 8]);
}
}  // namespace

CandidatesPanel::CandidatesPanel(PlanDocument* doc, QWidget* parent)
    : QWidget(parent), doc_(doc), list_(new QListWidget(this)),
      new_(button(tr("New"), tr("New empty candidate reserve"), this)),
      duplicate_(button(tr("Duplicate"), tr("Copy the selected candidate"), this)),
      delete_(button(tr("Delete"), tr("Delete the selected candidate"), this)),
      color_(button(tr("Colour…"), tr("Change the selected candidate's colour"), this)),
      chooseColor_([](const QColor& current, QWidget* p) {
        return QColorDialog::getColor(current, p, tr("Candidate colour"));
      }) {
  setObjectName(QStringLiteral("candidatesPanel"));
  list_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
  auto* buttons = new QHBoxLayout;
  for (auto* b : {new_, duplicate_, delete_, color_}) buttons->addWidget(b);
  buttons->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addLayout(buttons);
  layout->addWidget(list_);

  connect(new_, &QToolButton::clicked, this, [this] {
    edits::addCandidate(doc_, tr("Candidate"), nextColor(doc_->candidateCount()));
  });
  connect(duplicate_, &QToolButton::clicked, this,
          [this] { edits::duplicateCandidate(doc_, doc_->activeCandidate()); });
  connect(delete_, &QToolButton::clicked, this,
          [this] { edits::deleteCandidate(doc_, doc_->activeCandidate()); });
  connect(color_, &QToolButton::clicked, this, [this] {
    const auto* c = doc_->active();
    if (c == nullptr) return;
    const QColor chosen = chooseColor_(QColor(QString::fromStdString(c->color)), this);
    if (chosen.isValid()) edits::recolourCandidate(doc_, doc_->activeCandidate(), chosen);
  });
  connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
    if (!updating_) doc_->setActiveCandidate(row);
  });
  connect(list_, &QListWidget::itemChanged, this, &CandidatesPanel::onItemChanged);

  connect(doc_, &PlanDocument::projectReplaced, this, &CandidatesPanel::rebuild);
  connect(doc_, &PlanDocument::candidateAdded, this, &CandidatesPanel::rebuild);
  connect(doc_, &PlanDocument::candidateRemoved, this, &CandidatesPanel::rebuild);
  connect(doc_, &PlanDocument::candidateChanged, this, &CandidatesPanel::refreshItem);
  connect(doc_, &PlanDocument::activeChanged, this, [this](int index) {
    updating_ = true;
    list_->setCurrentRow(index);
    updating_ = false;
    updateButtons();
  });
  rebuild();
}

void CandidatesPanel::rebuild() {
  updating_ = true;
  {
    const QSignalBlocker blocker(list_);
    list_->clear();
    for (int i = 0; i < doc_->candidateCount(); ++i) {
      auto* item = new QListWidgetItem(list_);
      item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
  }
  for (int i = 0; i < doc_->candidateCount(); ++i) refreshItem(i);
  list_->setCurrentRow(doc_->activeCandidate());
  updating_ = false;
  updateButtons();
}

void CandidatesPanel::refreshItem(int index) {
  auto* item = list_->item(index);
  if (item == nullptr) return;
  const auto& c = doc_->candidate(index);
  const QSignalBlocker blocker(list_);
  item->setText(QString::fromStdString(c.name));
  item->setIcon(swatch(QColor(QString::fromStdString(c.color))));
  item->setToolTip(tr("%n parcel(s), %1 drawn polygon(s)", nullptr, static_cast<int>(c.parcelIds.size()))
                       .arg(c.drawn.size()));
}

void CandidatesPanel::updateButtons() {
  const bool any = doc_->active() != nullptr;
  duplicate_->setEnabled(any);
  delete_->setEnabled(any);
  color_->setEnabled(any);
}

void CandidatesPanel::onItemChanged(QListWidgetItem* item) {
  const int row = list_->row(item);
  if (!edits::renameCandidate(doc_, row, item->text())) refreshItem(row);  // empty or unchanged
}

}  // namespace hp::gui
