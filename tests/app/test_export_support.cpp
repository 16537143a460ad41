// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_export_support.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include "project/ProjectFile.h"
#include "sample/SampleRegion.h"
#include "support/FixtureRegionLayers.h"

namespace hp::test {

QString writeExportProject(const QString& directory) {
  QDir().mkpath(directory);
  const sample::SamplePaths paths = sample::samplePaths(directory.toStdString());
  region::writeForest(paths.forest, [](int col, int row) { return (7 * col + 3 * row) % 100; });
  region::writeBasins(paths.basins);
  region::writeParcels(paths.parcels, {{"parcel_id", FieldType::Integer}, {"price_usd", FieldType::Real}},
                       [](int id, int, int) -> std::vector<FieldValue> { return {std::int64_t(id), double(1000 * id)}; });
  region::writeReserve(paths.reserve);

  const Crs utm = Crs::fromEpsg(32652);
  project::Project p;
  p.crs = utm;
  p.layers = {
      {project::LayerRole::Forest, "Forest canopy cover", paths.forest, "", true, 1.0, ""},
      {project::LayerRole::Basins, "River basins", paths.basins, "", true, 1.0, ""},
      {project::LayerRole::Parcels, "Land parcels", paths.parcels, "", true, 1.0, ""},
      {project::LayerRole::Reserve, "Existing reserve", paths.reserve, "", true, 1.0, ""},
  };
  project::Candidate north;
  north.name = kNorthRidge.toStdString();
  north.color = "#1f77b4";
  north.parcelIds = {"9", "10", "11", "12"};
  project::Candidate south;
  south.name = kSouthPlot.toStdString();
  south.color = "#d62728";
  south.parcelIds = {"1", "2"};
  p.candidates = {north, south};
  const QString path = QDir(directory).filePath(QStringLiteral("export.hplan"));
  project::saveProject(p, path.toStdString());
  return path;
}

QString titleFor(const QString& language) {
  const QString lang = language.section(QLatin1Char('+'), -1);
  if (lang == QLatin1String("ru")) return QString::fromUtf8("Резерват дальневосточного леопарда");
  if (lang == QLatin1String("zh_CN")) return QString::fromUtf8("远东豹保护区");
  if (lang == QLatin1String("ko")) return QString::fromUtf8("아무르표범 보호구역");
  return QStringLiteral("Amur leopard reserve");
}

bool havePdfToText() { return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(); }

QString pdfText(const QString& pdf) {
  QProcess p;
  p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
  if (!p.waitForFinished(30000) || p.exitCode() != 0) return {};
  QString text = QString::fromUtf8(p.readAllStandardOutput());
  static const QRegularExpression space(QStringLiteral("[\\s\\x{00A0}\\x{202F}]+"));
  text.replace(space, QStringLiteral(" "));
  // Qt's PDF writer maps a Han glyph back to its lowest code point, and CJK fonts share glyphs between
  // characters and their Kangxi radicals: "月" reads back as "⽉" (U+2F49). NFKC folds them together.
  return text.normalized(QString::NormalizationForm_KC);
}

}  // namespace hp::test
