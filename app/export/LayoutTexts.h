// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFont>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace hp::exporting {

// The fixed words of a printed map in the reader's language, independent of the language the program
// itself speaks: each layout language loads its own translator from the app's .qm files. A bilingual
// layout ("en+ru") says everything twice: "Legend / Легенда". Numbers are written in the reader's locale
// (the last language: Russian in "en+ru"), and fonts are the Noto family that has the reader's glyphs.
class LayoutTexts {
 public:
  // `language` is one of layoutLanguages(); anything else reads as English.
  explicit LayoutTexts(const QString& language);
  ~LayoutTexts();
  LayoutTexts(const LayoutTexts&) = delete;
  LayoutTexts& operator=(const LayoutTexts&) = delete;

  const QStringList& languages() const { return languages_; }  // {"en"}, {"ru"}, {"en", "ru"}
  bool isBilingual() const { return languages_.size() > 1; }
  const QLocale& locale() const { return locale_; }

  // Every fixed text of the layout. Bilingual texts join both with " / " (headers: one per line).
  QString defaultTitle() const;
  QString legend() const;
  QString candidateFigures() const;
  QString topParcels() const;
  QString scale() const;
  QString northLetter() const;  // one language only: "N", "С", "北", "북"
  QString kilometres() const;
  QString miles() const;
  QString crs() const;
  QString dataSources() const;
  QString date() const;
  QString region() const;       // the locator map's caption
  QString mapFrame() const;     // the legend's name for the locator's red rectangle
  QString headerCandidate() const;
  QString headerAreaKm2() const;
  QString headerAreaSqMi() const;
  QString headerCost() const;
  QString headerLeopards() const;
  QString headerRange() const;
  QString headerParcels() const;
  QString headerParcel() const;
  QString headerLeopardsAdded() const;
  QString headerWithReserve() const;
  // Corridors to the reserve (export-map --corridors): the legend's line, the table's columns and cells.
  QString corridor() const;
  QString headerCorridorCost() const;
  QString headerCorridorLength() const;
  QString headerCorridorWidth() const;
  QString corridorTouches() const;
  QString corridorUnreachable() const;
  // A layer's name as the sample and the GUI give it ("River basins"), in the layout's language when a
  // translation exists; a name the user chose stays as it is.
  QString layerName(const QString& name) const;

  // Numbers in the reader's locale.
  QString number(double value, int decimals) const;
  QString integer(long long value) const;
  QString usd(double value) const;              // "1,234,000" — whole dollars, grouped
  QString leopardRange(long lo, long hi) const;  // "3–7"
  QString longDate(const QDate& date) const;     // the locale's long date; bilingual: both
  // The robustness layer's legend: "Chosen in 7 of 7 scenarios", "Chosen in 1 to 6 of 7 scenarios".
  QString chosenInScenarios(long k, long n) const;
  QString chosenInScenariosRange(long lo, long hi, long n) const;

  // A font for `pixelSize` layout units: Noto Sans (Latin, Cyrillic, digits), then the reader's CJK
  // family, then the other, so a Cyrillic, Chinese or Korean word anywhere (a title, a candidate's name)
  // has its glyphs, and Han characters take the reader's forms.
  QFont font(int pixelSize, bool bold = false) const;
  // The family tried first for `language`: "Noto Sans", "Noto Sans CJK SC" or "Noto Sans CJK KR".
  static QString familyFor(const QString& language);

 private:
  QString say(const char* sourceText, bool stacked = false) const;  // not tr(): lupdate reads the NOOPs
  QString trIn(const char* context, const QString& sourceText) const;

  QStringList languages_;
  std::vector<std::unique_ptr<QTranslator>> translators_;  // parallel to languages_; null for "en"
  QLocale locale_;
  QStringList families_;
};

}  // namespace hp::exporting
