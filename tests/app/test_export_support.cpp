// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_export_support.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gdal_priv.h>

#include "geo/GdalSupport.h"
#include "io/VectorWriter.h"
#include "project/ProjectFile.h"
#include "sample/SampleRegion.h"

namespace hp::test {

namespace {

constexpr double kX0 = 680000, kY0 = 4800000, kPixelM = 30;
constexpr int kCols = 200, kRows = 150;

OGRGeometryUniquePtr box(double x0, double y0, double x1, double y1) {
  auto ring = std::make_unique<OGRLinearRing>();
  ring->addPoint(x0, y0);
  ring->addPoint(x1, y0);
  ring->addPoint(x1, y1);
  ring->addPoint(x0, y1);
  ring->addPoint(x0, y0);
  auto polygon = std::make_unique<OGRPolygon>();
  polygon->addRingDirectly(ring.release());
  return OGRGeometryUniquePtr(polygon.release());
}

Feature feature(std::int64_t fid, std::vector<FieldValue> values, OGRGeometryUniquePtr geometry) {
  Feature f;
  f.fid = fid;
  f.attributes = std::move(values);
  f.geometry = std::move(geometry);
  return f;
}

void writeForest(const std::string& path) {
  gdal::ensureRegistered();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  GDALDatasetUniquePtr ds(driver->Create(path.c_str(), kCols, kRows, 1, GDT_Byte, nullptr));
  double gt[6] = {kX0, kPixelM, 0, kY0, 0, -kPixelM};
  ds->SetGeoTransform(gt);
  OGRSpatialReference srs;
  srs.importFromEPSG(32652);
  ds->SetSpatialRef(&srs);
  std::vector<GByte> values(std::size_t(kCols) * kRows);
  for (int r = 0; r < kRows; ++r)
    for (int c = 0; c < kCols; ++c) values[std::size_t(r) * kCols + std::size_t(c)] = GByte((7 * c + 3 * r) % 100);
  GDALRasterBand* band = ds->GetRasterBand(1);
  band->SetNoDataValue(255);
  if (band->RasterIO(GF_Write, 0, 0, kCols, kRows, values.data(), kCols, kRows, GDT_Byte, 0, 0, nullptr) != CE_None)
    qFatal("cannot write the fixture raster");
}

}  // namespace

QString writeExportProject(const QString& directory) {
  QDir().mkpath(directory);
  const sample::SamplePaths paths = sample::samplePaths(directory.toStdString());
  writeForest(paths.forest);
  const Crs utm = Crs::fromEpsg(32652);

  VectorLayer basins;
  basins.layerName = "basins";
  basins.crs = utm;
  basins.fields = {{"basin_id", FieldType::Integer}, {"name", FieldType::String}};
  basins.features.push_back(feature(1, {std::int64_t(1), std::string("Barabashevka")}, box(680000, 4795500, 683750, 4800000)));
  basins.features.push_back(feature(2, {std::int64_t(2), std::string("Narva")}, box(683750, 4795500, 686000, 4800000)));
  writeVectorLayer(paths.basins, basins);

  VectorLayer parcels;
  parcels.layerName = "parcels";
  parcels.crs = utm;
  parcels.fields = {{"parcel_id", FieldType::Integer}, {"price_usd", FieldType::Real}};
  for (int j = 0; j < 3; ++j)
    for (int i = 0; i < 4; ++i) {
      const int id = 1 + 4 * j + i;
      const double x = 680000 + 1500.0 * i, y = 4795500 + 1500.0 * j;
      parcels.features.push_back(feature(id, {std::int64_t(id), double(1000 * id)}, box(x, y, x + 1500, y + 1500)));
    }
  writeVectorLayer(paths.parcels, parcels);

  VectorLayer reserve;
  reserve.layerName = "reserve";
  reserve.crs = utm;
  reserve.fields = {{"name", FieldType::String}};
  reserve.features.push_back(feature(1, {std::string("Kedrovaya Pad")}, box(680600, 4797000, 682400, 4799400)));
  writeVectorLayer(paths.reserve, reserve);

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
  north.parcelIds = {9, 10, 11, 12};
  project::Candidate south;
  south.name = kSouthPlot.toStdString();
  south.color = "#d62728";
  south.parcelIds = {1, 2};
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
