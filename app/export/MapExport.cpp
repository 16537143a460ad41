// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/MapExport.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "Version.h"
#include "export/MapLayout.h"
#include "geo/Error.h"

namespace hp::exporting {

namespace {

[[noreturn]] void writeFailed(const QString& path, const QString& cause) {
  throw Error(ErrorCode::WriteFailed, path.toStdString(), cause.toStdString());
}

void writePdf(const MapLayout& layout, QSaveFile& file) {
  QPdfWriter writer(&file);
  writer.setPageLayout(layout.page().pageLayout());
  writer.setResolution(720);  // the layout's own unit: a tenth of a point
  writer.setCreator(QStringLiteral("Habitat Planner %1").arg(QString::fromLatin1(kVersion)));
  writer.setTitle(layout.options().title);
  QPainter painter;
  if (!painter.begin(&writer)) writeFailed(file.fileName(), QStringLiteral("cannot start a PDF"));
  layout.paint(painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())));
  painter.end();
}

void writeSvg(const MapLayout& layout, QSaveFile& file) {
  const QSizeF points = layout.page().sizePoints();
  QSvgGenerator svg;
  svg.setOutputDevice(&file);
  svg.setResolution(72);  // one SVG user unit per point, so the page measures in points
  svg.setSize(QSize(int(std::lround(points.width())), int(std::lround(points.height()))));
  svg.setViewBox(QRectF(QPointF(0, 0), points));
  svg.setTitle(layout.options().title);
  svg.setDescription(QStringLiteral("Habitat Planner %1").arg(QString::fromLatin1(kVersion)));
  QPainter painter;
  if (!painter.begin(&svg)) writeFailed(file.fileName(), QStringLiteral("cannot start an SVG"));
  layout.paint(painter, QRectF(QPointF(0, 0), points));
  painter.end();
}

void writePng(const MapLayout& layout, QSaveFile& file) {
  const QSize pixels = layout.page().sizePixels();
  QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
  if (image.isNull()) writeFailed(file.fileName(), QStringLiteral("a page of %1 x %2 pixels does not fit in memory")
                                                       .arg(pixels.width()).arg(pixels.height()));
  const int dotsPerMetre = int(std::lround(layout.page().dpi / 0.0254));
  image.setDotsPerMeterX(dotsPerMetre);
  image.setDotsPerMeterY(dotsPerMetre);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    layout.paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
  }
  if (!image.convertToFormat(QImage::Format_RGB32).save(&file, "PNG"))
    writeFailed(file.fileName(), QStringLiteral("the PNG encoder failed"));
}

}  // namespace

std::optional<MapFormat> mapFormatForPath(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("pdf")) return MapFormat::Pdf;
  if (suffix == QLatin1String("svg")) return MapFormat::Svg;
  if (suffix == QLatin1String("png")) return MapFormat::Png;
  return std::nullopt;
}

void exportMap(const MapLayout& layout, const QString& path) {
  const std::optional<MapFormat> format = mapFormatForPath(path);
  if (!format)
    throw Error(ErrorCode::InvalidInput, path.toStdString(), "a map is written as .pdf, .svg or .png");
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) writeFailed(path, file.errorString());
  switch (*format) {
    case MapFormat::Pdf: writePdf(layout, file); break;
    case MapFormat::Svg: writeSvg(layout, file); break;
    case MapFormat::Png: writePng(layout, file); break;
  }
  if (!file.commit()) writeFailed(path, file.errorString());
}

}  // namespace hp::exporting
