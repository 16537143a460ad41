// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>
#include <QCoreApplication>

#include "cli/CliCommand.h"
#include "geo/Error.h"
#include "io/RasterSource.h"
#include "io/VectorReader.h"

namespace hp::cli {

static QString extentText(const Extent& e) {
  return QStringLiteral("%1 %2 %3 %4").arg(e.minX, 0, 'f', 3).arg(e.minY, 0, 'f', 3).arg(e.maxX, 0, 'f', 3).arg(e.maxY, 0, 'f', 3);
}

int runInfo(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("habitat-cli", "Describe a raster or vector file."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("habitat-cli", "File GDAL can read"));
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;
  if (parser.positionalArguments().size() != 1) {
    printErr(parser.helpText());
    return UsageError;
  }
  const std::string path = parser.positionalArguments().front().toStdString();
  try {
    const RasterSource raster = RasterSource::open(path, Georeferencing::Optional);
    const RasterInfo& i = raster.info();
    printOut(QStringLiteral("raster\t%1\t%2x%3\t%4 band(s)").arg(QString::fromStdString(i.driver)).arg(i.width).arg(i.height).arg(i.bands.size()));
    printOut(QStringLiteral("crs\t%1").arg(QString::fromStdString(i.crs.isEmpty() ? "none" : i.crs.authId())));
    printOut(QStringLiteral("extent\t%1").arg(extentText(i.extent)));
    for (std::size_t b = 0; b < i.bands.size(); ++b)
      printOut(QStringLiteral("band %1\t%2\tnodata=%3\toverviews=%4")
                   .arg(b + 1)
                   .arg(QString::fromStdString(i.bands[b].dataType))
                   .arg(i.bands[b].nodata ? QString::number(*i.bands[b].nodata) : QStringLiteral("none"))
                   .arg(i.bands[b].overviewCount));
    return Ok;
  } catch (const Error& e) {
    if (e.code() != ErrorCode::UnrecognisedFormat) throw;
  }
  VectorReadOptions options;
  options.requireCrs = false;
  options.allowEmpty = true;
  const VectorLayer layer = readVectorLayer(path, options);
  printOut(QStringLiteral("vector\t%1\t%2 feature(s)").arg(QString::fromStdString(layer.layerName)).arg(layer.features.size()));
  printOut(QStringLiteral("crs\t%1").arg(QString::fromStdString(layer.crs.isEmpty() ? "none" : layer.crs.authId())));
  printOut(QStringLiteral("extent\t%1").arg(extentText(layer.extent())));
  for (const FieldDef& f : layer.fields) printOut(QStringLiteral("field\t%1").arg(QString::fromStdString(f.name)));
  for (const std::string& w : layer.warnings) printOut(QStringLiteral("warning\t%1").arg(QString::fromStdString(w)));
  return Ok;
}

}  // namespace hp::cli
