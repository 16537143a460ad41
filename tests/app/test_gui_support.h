// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the GUI tests: a small region shaped like the sample, and events in map coordinates
// (QGIS's TestQgsMapToolUtils idea) so tools are driven without a person.
#pragma once

#include <QPointF>
#include <QString>

#include "project/Project.h"
#include "sample/SampleRegion.h"

#include <vector>

class QWidget;

namespace hp::gui {
class MapCanvas;
}

namespace hp::test {

// A 200 x 150 pixel, 30 m region in UTM 52N (x 680000..686000, y 4795500..4800000), the same four files as
// the sample. forest.tif: canopy = (7*col + 3*row) % 100, except the "sea" (row >= 120 and col >= 150) = 255
// (no-data); tiled, with overviews. basins.gpkg: "Barabashevka" (x < 683750, basin_id 1) and "Narva"
// (x >= 683750, basin_id 2). parcels.gpkg: 4 x 3 squares of 1500 m, parcel_id = 1 + 4*j + i for the square
// with its lower-left corner at (680000 + 1500 i, 4795500 + 1500 j). reserve.gpkg: "Kedrovaya Pad",
// x 680600..682400, y 4797000..4799400.
sample::SamplePaths writeFixtureRegion(const QString& directory);
int fixtureCanopy(int col, int row);
// A project of the fixture's four layers (UTM 52N) with one candidate, "West" = parcels 1 and 5.
project::Project fixtureProject(const sample::SamplePaths& paths);
// Every candidate's area, habitat, leopard-equivalents and cost, in order, from evaluateCandidates.
std::vector<double> candidateFigures(const project::Project& project);

// Sends press/move/release (or a wheel notch) to the canvas at a map position.
void mousePressAtMap(gui::MapCanvas* canvas, const QPointF& mapPos, Qt::MouseButton button = Qt::LeftButton);
void mouseMoveToMap(gui::MapCanvas* canvas, const QPointF& mapPos, Qt::MouseButtons buttons = Qt::NoButton);
void mouseReleaseAtMap(gui::MapCanvas* canvas, const QPointF& mapPos, Qt::MouseButton button = Qt::LeftButton);
void mouseClickAtMap(gui::MapCanvas* canvas, const QPointF& mapPos);
void mouseMoveToWidget(QWidget* widget, const QPointF& widgetPos, Qt::MouseButtons buttons = Qt::NoButton);
void mousePressAtWidget(QWidget* widget, const QPointF& widgetPos, Qt::MouseButton button = Qt::LeftButton);
void mouseReleaseAtWidget(QWidget* widget, const QPointF& widgetPos, Qt::MouseButton button = Qt::LeftButton);
void wheelAtWidget(QWidget* widget, const QPointF& widgetPos, int angleDeltaY);

// Waits until the canvas has no render pending or running and its image matches its view.
bool waitForRender(gui::MapCanvas* canvas, int timeoutMs = 20000);

}  // namespace hp::test
