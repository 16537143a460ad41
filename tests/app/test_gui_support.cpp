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
#include "support/FixtureRegionLayers.h"

namespace hp::test {

namespace {

void writeForest(const std::string& path) {
  char** options = CSLSetNameValue(nullptr, "TILED", "YES");
  options = CSLSetNameValue(options, "BLOCKXSIZE", "64");
  options = CSLSetNameValue(options, "BLOCKYSIZE", "64");
  GDALDatasetUniquePtr ds = region::writeForest(path, fixtureCanopy, options);
  CSLDestroy(options);
  int levels[] = {2, 4};
  ds->BuildOverviews("NEAREST", 2, levels, 0, nullptr, nullptr, nullptr);
}

}  // namespace

int fixtureCanopy(int col, int row) { return row >= 120 && col >= 150 ? 255 : (7 * col + 3 * row) % 100; }

sample::SamplePaths writeFixtureRegion(const QString& directory) {
  QDir().mkpath(directory);
  const sample::SamplePaths paths = sample::samplePaths(directory.toStdString());
  writeForest(paths.forest);
  region::writeBasins(paths.basins);
  region::writeParcels(paths.parcels,
                       {{"parcel_id", FieldType::Integer},
                        {"owner", FieldType::String},
                        {"price_usd", FieldType::Real},
                        {"status", FieldType::String}},
                       [](int id, int i, int j) -> std::vector<FieldValue> {
                         return {std::int64_t(id), std::string(i % 2 ? "Primorsky Krai" : "Private"), double(1000 * id),
                                 std::string(j == 0 ? "for sale" : "available")};
                       });
  region::writeReserve(paths.reserve);
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
  west.parcelIds = {"1", "5"};
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
