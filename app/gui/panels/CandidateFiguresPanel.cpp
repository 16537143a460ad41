// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/CandidateFiguresPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace hp::gui {

namespace {
constexpr double kSqMiPerKm2 = 1.0 / 2.589988110336;
}

CandidateFiguresPanel::CandidateFiguresPanel(QWidget* parent) : QWidget(parent) {
  auto* outer = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  auto value = [this] {
    auto* l = new QLabel(this);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
  };
  name_ = value();
  area_ = value();
  habitat_ = value();
  patches_ = value();
  leopards_ = value();
  fractional_ = value();
  cost_ = value();
  QFont bold = name_->font();
  bold.setBold(true);
  name_->setFont(bold);
  form->addRow(tr("Candidate:"), name_);
  form->addRow(tr("Area:"), area_);
  form->addRow(tr("Habitat:"), habitat_);
  form->addRow(tr("Habitat patches:"), patches_);
  form->addRow(tr("Leopards:"), leopards_);
  form->addRow(tr("Leopard-equivalents:"), fractional_);
  form->addRow(tr("Cost:"), cost_);
  outer->addLayout(form);
  busy_ = new QProgressBar(this);
  busy_->setRange(0, 0);  // indeterminate
  busy_->setTextVisible(false);
  busy_->setMaximumHeight(8);
  busy_->setVisible(false);
  outer->addWidget(busy_);
  error_ = new QLabel(this);
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b00020"));
  error_->setVisible(false);
  outer->addWidget(error_);
  outer->addStretch(1);
  clear();
}

void CandidateFiguresPanel::setCandidateName(const QString& name) { name_->setText(name); }

void CandidateFiguresPanel::setFigures(const project::CandidateFigures& f) {
  const QLocale locale;
  const model::RegionCapacity& c = f.capacity;
  error_->setVisible(false);
  area_->setText(tr("%1 km² (%2 sq mi)").arg(locale.toString(c.areaKm2, 'f', 1), locale.toString(c.areaKm2 * kSqMiPerKm2, 'f', 1)));
  habitat_->setText(tr("%1 km²").arg(locale.toString(c.habitatKm2, 'f', 1)));
  patches_->setText(locale.toString(qlonglong(c.patches)));
  //: %1 whole leopards; %2–%3 the range from 120 sq mi to 16 sq mi territories
  leopards_->setText(tr("%1 (range %2–%3)")
                         .arg(locale.toString(qlonglong(c.leopards)), locale.toString(qlonglong(c.leopardsMin)),
                              locale.toString(qlonglong(c.leopardsMax))));
  fractional_->setText(locale.toString(c.leopardsFractional, 'f', 2));
  //: %1 the cost in US dollars, %2 the number of parcels bought
  cost_->setText(tr("%1 USD (%n parcel(s))", nullptr, int(f.parcels)).arg(locale.toString(f.costUsd, 'f', 0)));
}

void CandidateFiguresPanel::setBusy(bool busy) { busy_->setVisible(busy); }

void CandidateFiguresPanel::setError(const QString& message) {
  error_->setText(message);
  error_->setVisible(true);
  setBusy(false);
}

void CandidateFiguresPanel::clear() {
  const QString none = QStringLiteral("–");
  for (QLabel* l : {name_, area_, habitat_, patches_, leopards_, fractional_, cost_}) l->setText(none);
  error_->setVisible(false);
  setBusy(false);
}

}  // namespace hp::gui
