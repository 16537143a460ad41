// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/LayoutTexts.h"

#include <QCoreApplication>
#include <QTranslator>

#include "export/LayoutOptions.h"

namespace hp::exporting {

QStringList layoutLanguages() {
  return {QStringLiteral("en"),    QStringLiteral("ru"),       QStringLiteral("zh_CN"),  QStringLiteral("ko"),
          QStringLiteral("en+ru"), QStringLiteral("en+zh_CN"), QStringLiteral("en+ko")};
}

bool isLayoutLanguage(const QString& language) { return layoutLanguages().contains(language); }

QString LayoutTexts::familyFor(const QString& language) {
  if (language == QLatin1String("zh_CN")) return QStringLiteral("Noto Sans CJK SC");
  if (language == QLatin1String("ko")) return QStringLiteral("Noto Sans CJK KR");
  return QStringLiteral("Noto Sans");
}

LayoutTexts::LayoutTexts(const QString& language) {
  languages_ = isLayoutLanguage(language) ? language.split(QLatin1Char('+')) : QStringList{QStringLiteral("en")};
  for (const QString& lang : languages_) {
    std::unique_ptr<QTranslator> t;
    if (lang != QLatin1String("en")) {
      t = std::make_unique<QTranslator>();
      // A missing .qm leaves English: the page is still right, only in the source language.
      if (!t->load(QStringLiteral(":/i18n/habitat_%1.qm").arg(lang))) t.reset();
    }
    translators_.push_back(std::move(t));
  }
  locale_ = QLocale(languages_.constLast() == QLatin1String("en") ? QStringLiteral("en_US") : languages_.constLast());
  // Latin, Cyrillic and digits always from Noto Sans: Qt's PDF writer cannot map the CJK fonts' Latin
  // digit glyphs back to text, so "2026" would vanish from a Chinese PDF's searchable text. Han and
  // Hangul then come from the reader's CJK font first (Chinese and Korean draw some Han characters
  // differently), and the other CJK font catches words in the other script.
  families_ << QStringLiteral("Noto Sans");
  for (const QString& f : {familyFor(languages_.constLast()), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK KR")})
    if (!families_.contains(f)) families_ << f;
}

LayoutTexts::~LayoutTexts() = default;

QString LayoutTexts::trIn(const char* context, const QString& sourceText) const {
  QStringList parts;
  const QByteArray source = sourceText.toUtf8();
  for (std::size_t i = 0; i < translators_.size(); ++i) {
    QString t;
    if (translators_[i]) t = translators_[i]->translate(context, source.constData());
    if (t.isEmpty()) t = sourceText;
    if (!parts.contains(t)) parts << t;  // an untranslated word is not said twice
  }
  return parts.join(QStringLiteral(" / "));
}

QString LayoutTexts::say(const char* sourceText, bool stacked) const {
  QString s = trIn("LayoutTexts", QString::fromUtf8(sourceText));
  if (stacked) s.replace(QStringLiteral(" / "), QStringLiteral("\n"));
  return s;
}

QString LayoutTexts::defaultTitle() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Candidate reserves for the Amur leopard")); }
QString LayoutTexts::legend() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Legend")); }
QString LayoutTexts::candidateFigures() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Candidate reserves: area, cost and leopards")); }
QString LayoutTexts::topParcels() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Top-ranked parcels")); }
QString LayoutTexts::scale() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Scale")); }
QString LayoutTexts::kilometres() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "km")); }
QString LayoutTexts::miles() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "mi")); }
QString LayoutTexts::crs() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Coordinate reference system")); }
QString LayoutTexts::dataSources() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Data sources")); }
QString LayoutTexts::date() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Date")); }
QString LayoutTexts::region() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Region")); }
QString LayoutTexts::mapFrame() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Map area")); }
QString LayoutTexts::headerCandidate() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Candidate"), true); }
QString LayoutTexts::headerAreaKm2() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Area, km²"), true); }
QString LayoutTexts::headerAreaSqMi() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Area, sq mi"), true); }
QString LayoutTexts::headerCost() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Cost, USD"), true); }
QString LayoutTexts::headerLeopards() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Leopards"), true); }
QString LayoutTexts::headerRange() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Range (min–max)"), true); }
QString LayoutTexts::headerParcels() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Parcels"), true); }
QString LayoutTexts::headerParcel() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Parcel"), true); }
QString LayoutTexts::headerLeopardsAdded() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Leopards added"), true); }
QString LayoutTexts::headerWithReserve() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "With reserve"), true); }

//: The legend's line for least-cost corridors between the reserve and the candidates.
QString LayoutTexts::corridor() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Corridor")); }
//: Least accumulated cost of the corridor to the reserve, in km through full forest.
QString LayoutTexts::headerCorridorCost() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Corridor cost, km"), true); }
QString LayoutTexts::headerCorridorLength() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Corridor length, km"), true); }
//: Mean width of the corridor to the reserve.
QString LayoutTexts::headerCorridorWidth() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "Corridor width, km"), true); }
//: A table cell: the candidate touches the reserve, no corridor is needed.
QString LayoutTexts::corridorTouches() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "touches")); }
//: A table cell: no path from the reserve reaches the candidate.
QString LayoutTexts::corridorUnreachable() const { return say(QT_TRANSLATE_NOOP("LayoutTexts", "unreachable")); }

QString LayoutTexts::northLetter() const {
  // The reader's letter only: a north arrow carries one.
  const QString lang = languages_.constLast();
  const auto& t = translators_.back();
  //: The letter on a map's north arrow.
  const char* source = QT_TRANSLATE_NOOP("LayoutTexts", "N");
  const QString s = t && lang != QLatin1String("en") ? t->translate("LayoutTexts", source) : QString();
  return s.isEmpty() ? QString::fromLatin1(source) : s;
}

QString LayoutTexts::layerName(const QString& name) const {
  // The names the sample project and the role styles give layers (sample/SampleProject.cpp,
  // mapkit/layers/SampleStyle.cpp); any other name is the user's and is printed as written.
  static const char* const known[] = {
      QT_TRANSLATE_NOOP("LayoutTexts", "Forest canopy cover"), QT_TRANSLATE_NOOP("LayoutTexts", "Forest canopy (%)"),
      QT_TRANSLATE_NOOP("LayoutTexts", "River basins"),        QT_TRANSLATE_NOOP("LayoutTexts", "Land parcels"),
      QT_TRANSLATE_NOOP("LayoutTexts", "Parcels"),             QT_TRANSLATE_NOOP("LayoutTexts", "Existing reserve"),
      QT_TRANSLATE_NOOP("LayoutTexts", "Reserve"),
  };
  for (const char* k : known)
    if (name == QLatin1String(k)) return say(k);
  return name;
}

QString LayoutTexts::number(double value, int decimals) const { return locale_.toString(value, 'f', decimals); }
QString LayoutTexts::integer(long long value) const { return locale_.toString(value); }
QString LayoutTexts::usd(double value) const { return locale_.toString(qlonglong(std::llround(value))); }
QString LayoutTexts::leopardRange(long lo, long hi) const {
  return integer(lo) + QStringLiteral("–") + integer(hi);
}

QString LayoutTexts::chosenInScenarios(long k, long n) const {
  return say(QT_TRANSLATE_NOOP("LayoutTexts", "Chosen in %1 of %2 scenarios")).arg(integer(k), integer(n));
}

QString LayoutTexts::chosenInScenariosRange(long lo, long hi, long n) const {
  return say(QT_TRANSLATE_NOOP("LayoutTexts", "Chosen in %1 to %2 of %3 scenarios")).arg(integer(lo), integer(hi), integer(n));
}

QString LayoutTexts::longDate(const QDate& date) const {
  QStringList parts;
  for (const QString& lang : languages_) {
    const QLocale l(lang == QLatin1String("en") ? QStringLiteral("en_GB") : lang);
    const QString s = l.toString(date, QLocale::LongFormat);
    if (!parts.contains(s)) parts << s;
  }
  return parts.join(QStringLiteral(" / "));
}

QFont LayoutTexts::font(int pixelSize, bool bold) const {
  QFont f;
  f.setFamilies(families_);
  f.setPixelSize(std::max(1, pixelSize));
  f.setBold(bold);
  f.setStyleStrategy(QFont::PreferOutline);
  f.setHintingPreference(QFont::PreferNoHinting);  // the same shapes on paper, screen and PNG
  return f;
}

}  // namespace hp::exporting
