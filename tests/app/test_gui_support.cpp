// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_gui_support.h"

#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QTest>
#include <QWheelEvent>

#include <gdal_priv.h>

#include "geo/GdalSupport.h"
#include "gui/map/MapCanvas.h"
#include "io/VectorWriter.h"
#include "project/ProjectCapacity.h"

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
  char** options = CSLSetNameValue(nullptr, "TILED", "YES");
  options = CSLSetNameValue(options, "BLOCKXSIZE", "64");
  options = CSLSetNameValue(options, "BLOCKYSIZE", "64");
  GDALDatasetUniquePtr ds(driver->Create(path.c_str(), kCols, kRows, 1, GDT_Byte, options));
  CSLDestroy(options);
  double gt[6] = {kX0, kPixelM, 0, kY0, 0, -kPixelM};
  ds->SetGeoTransform(gt);
  OGRSpatialReference srs;
  srs.importFromEPSG(32652);
  ds->SetSpatialRef(&srs);
  std::vector<GByte> values(std::size_t(kCols) * kRows);
  for (int r = 0; r < kRows; ++r)
    for (int c = 0; c < kCols; ++c) values[std::size_t(r) * kCols + std::size_t(c)] = GByte(fixtureCanopy(c, r));
  GDALRasterBand* band = ds->GetRasterBand(1);
  band->SetNoDataValue(255);
  if (band->RasterIO(GF_Write, 0, 0, kCols, kRows, values.data(), kCols, kRows, GDT_Byte, 0, 0, nullptr) != CE_None)
    qFatal("cannot write the fixture raster");
  int levels[] = {2, 4};
  ds->BuildOverviews("NEAREST", 2, levels, 0, nullptr, nullptr, nullptr);
}

}  // namespace

int fixtureCanopy(int col, int row) { return row >= 120 && col >= 150 ? 255 : (7 * col + 3 * row) % 100; }

sample::SamplePaths writeFixtureRegion(const QString& directory) {
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
  parcels.fields = {{"parcel_id", FieldType::Integer},
                    {"owner", FieldType::String},
                    {"price_usd", FieldType::Real},
                    {"status", FieldType::String}};
  for (int j = 0; j < 3; ++j)
    for (int i = 0; i < 4; ++i) {
      const int id = 1 + 4 * j + i;
      const double x = 680000 + 1500.0 * i, y = 4795500 + 1500.0 * j;
      parcels.features.push_back(feature(id,
                                         {std::int64_t(id), std::string(i % 2 ? "Primorsky Krai" : "Private"),
                                          double(1000 * id), std::string(j == 0 ? "for sale" : "available")},
                                         box(x, y, x + 1500, y + 1500)));
    }
  writeVectorLayer(paths.parcels, parcels);

  VectorLayer reserve;
  reserve.layerName = "reserve";
  reserve.crs = utm;
  reserve.fields = {{"name", FieldType::String}};
  reserve.features.push_back(feature(1, {std::string("Kedrovaya Pad")}, box(680600, 4797000, 682400, 4799400)));
  writeVectorLayer(paths.reserve, reserve);
  return paths;
}

void mouseMoveToWidget(QWidget* widget, const QPointF& pos, Qt::MouseButtons buttons) {
  QMouseEvent e(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, buttons, Qt::NoModifier);
  QApplication::sendEvent(widget, &e);
}

void mousePressAtWidget(QWidget* widget, const QPointF& pos, Qt::MouseButton button) {
  QMouseEvent e(QEvent::MouseButtonPress, pos, widget->mapToGlobal(pos), button, button, Qt::NoModifier);
  QApplication::sendEvent(widget, &e);
}

void mouseReleaseAtWidget(QWidget* widget, const QPointF& pos, Qt::MouseButton button) {
  QMouseEvent e(QEvent::MouseButtonRelease, pos, widget->mapToGlobal(pos), button, Qt::NoButton, Qt::NoModifier);
  QApplication::sendEvent(widget, &e);
}

void wheelAtWidget(QWidget* widget, const QPointF& pos, int angleDeltaY) {
  QWheelEvent e(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, angleDeltaY), Qt::NoButton, Qt::NoModifier,
                Qt::NoScrollPhase, false);
  QApplication::sendEvent(widget, &e);
}

void mousePressAtMap(gui::MapCanvas* canvas, const QPointF& mapPos, Qt::MouseButton button) {
  mousePressAtWidget(canvas, canvas->toWidget(mapPos), button);
}

void mouseMoveToMap(gui::MapCanvas* canvas, const QPointF& mapPos, Qt::MouseButtons buttons) {
  mouseMoveToWidget(canvas, canvas->toWidget(mapPos), buttons);
}

void mouseReleaseAtMap(gui::MapCanvas* canvas, const QPointF& mapPos, Qt::MouseButton button) {
  mouseReleaseAtWidget(canvas, canvas->toWidget(mapPos), button);
}

void mouseClickAtMap(gui::MapCanvas* canvas, const QPointF& mapPos) {
  mousePressAtMap(canvas, mapPos);
  mouseReleaseAtMap(canvas, mapPos);
}

bool waitForRender(gui::MapCanvas* canvas, int timeoutMs) {
  return QTest::qWaitFor(
      [canvas] {
        const auto& a = canvas->viewport();
        const auto& b = canvas->renderedViewport();
        return !canvas->isRendering() && !canvas->renderedImage().isNull() && a.centerX == b.centerX &&
               a.centerY == b.centerY && a.mapUnitsPerPixel == b.mapUnitsPerPixel && a.widthPx == b.widthPx &&
               a.heightPx == b.heightPx;
      },
      timeoutMs);
}

project::Project fixtureProject(const sample::SamplePaths& p) {
  project::Project project;
  project.crs = Crs::fromEpsg(32652);
  project.layers = {{project::LayerRole::Forest, "Forest", p.forest, "", true, 1.0, ""},
                    {project::LayerRole::Basins, "Basins", p.basins, "", true, 1.0, ""},
                    {project::LayerRole::Parcels, "Parcels", p.parcels, "", true, 1.0, ""},
                    {project::LayerRole::Reserve, "Reserve", p.reserve, "", true, 1.0, ""}};
  project::Candidate west;
  west.name = "West";
  west.parcelIds = {1, 5};
  project.candidates = {west};
  return project;
}

std::vector<double> candidateFigures(const project::Project& project) {
  const auto data = project::loadProjectData(project);
  std::vector<double> out;
  for (const auto& f : project::evaluateCandidates(project, data)) {
    out.push_back(f.capacity.areaKm2);
    out.push_back(f.capacity.habitatKm2);
    out.push_back(f.capacity.leopardsFractional);
    out.push_back(f.costUsd);
  }
  return out;
}

}  // namespace hp::test
