// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/CandidateFiguresPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

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
  withReserve_ = value();
  added_ = value();
  added_->setWordWrap(true);
  corridor_ = value();
  corridor_->setWordWrap(true);
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
  // What a negotiator asks: the park with this purchase, and what the purchase adds to it.
  form->addRow(tr("With the reserve:"), withReserve_);
  form->addRow(tr("Added to the reserve:"), added_);
  form->addRow(tr("Corridor to the reserve:"), corridor_);
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
  if (f.withReserve && f.added) {
    const model::RegionCapacity& w = *f.withReserve;
    const model::ReserveAddition& a = *f.added;
    //: %1 whole leopards of the candidate and the existing reserve together; %2–%3 the range
    withReserve_->setText(tr("%1 leopards (range %2–%3)")
                              .arg(locale.toString(qlonglong(w.leopards)), locale.toString(qlonglong(w.leopardsMin)),
                                   locale.toString(qlonglong(w.leopardsMax))));
    const QString added = a.leopards >= 0 ? QStringLiteral("+") + locale.toString(qlonglong(a.leopards))
                                          : locale.toString(qlonglong(a.leopards));
    //: %1 leopards the purchase adds to the reserve (signed), %2–%3 its range, %4 new land in km²
    QString text = tr("%1 leopards (range %2 to %3), %4 km² new land")
                       .arg(added, locale.toString(qlonglong(a.leopardsMin)), locale.toString(qlonglong(a.leopardsMax)),
                            locale.toString(a.areaKm2, 'f', 1));
    if (!std::isnan(a.leopardsPerMillionUsd))
      //: %1 leopards added per million US dollars spent
      text += tr("; %1 per million USD").arg(locale.toString(a.leopardsPerMillionUsd, 'f', 2));
    added_->setText(text);
  } else {
    withReserve_->setText(tr("no reserve layer"));
    added_->setText(QStringLiteral("–"));
  }
}

void CandidateFiguresPanel::setCorridor(const corridor::CorridorLink* link, bool computed) {
  const QLocale locale;
  if (!computed) corridor_->setText(tr("not computed (Analysis ▸ Compute Corridors)"));
  else if (!link) corridor_->setText(tr("no reserve layer"));
  else if (!link->reachable) corridor_->setText(tr("unreachable"));
  else if (link->lengthKm == 0) corridor_->setText(tr("touches the reserve"));
  else
    //: %1 least cost (km through full forest), %2 path length, %3 mean corridor width, all in km
    corridor_->setText(tr("cost %1 km, length %2 km, mean width %3 km")
                           .arg(locale.toString(link->costKm, 'f', 1), locale.toString(link->lengthKm, 'f', 1),
                                locale.toString(link->widthKm, 'f', 2)));
}

void CandidateFiguresPanel::setBusy(bool busy) { busy_->setVisible(busy); }

void CandidateFiguresPanel::setError(const QString& message) {
  error_->setText(message);
  error_->setVisible(true);
  setBusy(false);
}

void CandidateFiguresPanel::clear() {
  const QString none = QStringLiteral("–");
  for (QLabel* l : {name_, area_, habitat_, patches_, leopards_, fractional_, cost_, withReserve_, added_, corridor_})
    l->setText(none);
  error_->setVisible(false);
  setBusy(false);
}

}  // namespace hp::gui
