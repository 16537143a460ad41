// SPDX-License-Identifier: GPL-3.0-or-later
// Project files (.hplan): round trip, relative paths that survive moving the folder, atomic saves.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

#include "geo/Error.h"
#include "project/ProjectFile.h"

using namespace hp;
using namespace hp::project;

static std::shared_ptr<const OGRGeometry> polygon(const char* wkt) {
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
  return std::shared_ptr<const OGRGeometry>(g);
}

static Project sampleProject(const QString& dir) {
  Project p;
  p.crs = Crs::fromEpsg(32652);
  p.layers.push_back({LayerRole::Forest, "Forest cover", (dir + "/data/forest.tif").toStdString(), "", true, 0.8, R"({"ramp":"greens"})"});
  p.layers.push_back({LayerRole::Parcels, "Parcels", (dir + "/data/parcels.gpkg").toStdString(), "parcels", false, 1.0, ""});
  Candidate a;
  a.name = "Борисовское плато";
  a.color = "#1f77b4";
  a.parcelIds = {"12", "7", "300"};
  a.drawn.push_back(polygon("POLYGON((700000 4750000,705000 4750000,705000 4755000,700000 4750000))"));
  p.candidates.push_back(a);
  Candidate b;
  b.name = "Empty";
  p.candidates.push_back(b);
  p.forestVersions.push_back({1, "2024-07-01", (dir + "/data/forest_2024.tif").toStdString(), "ndvi", "S2 tile 52TGN"});
  p.activeForestVersion = 1;
  p.modelJson = R"({"min_canopy_pct": 55})";
  p.view.extent.include(690000, 4740000);
  p.view.extent.include(710000.5, 4760000.25);
  return p;
}

class TestProjectFile : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

 private slots:
  void roundTrip() {
    const QString dir = tmp_.filePath("proj");
    QDir().mkpath(dir + "/data");
    for (const char* f : {"/data/forest.tif", "/data/parcels.gpkg", "/data/forest_2024.tif"}) {
      QFile file(dir + f);
      QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const std::string path = (dir + "/plan.hplan").toStdString();
    saveProject(sampleProject(dir), path);

    const LoadedProject loaded = loadProject(path);
    const Project& p = loaded.project;
    QVERIFY(loaded.missingFiles.empty());
    QCOMPARE(p.crs.epsg().value_or(0), 32652);
    QCOMPARE(p.layers.size(), std::size_t(2));
    QCOMPARE(p.layers[0].path, (dir + "/data/forest.tif").toStdString());
    QCOMPARE(p.layers[0].opacity, 0.8);
    QCOMPARE(p.layers[0].styleJson, std::string(R"({"ramp":"greens"})"));
    QCOMPARE(p.layers[1].visible, false);
    QCOMPARE(p.layers[1].layerName, std::string("parcels"));
    QCOMPARE(p.candidates.size(), std::size_t(2));
    QCOMPARE(p.candidates[0].name, std::string("Борисовское плато"));
    QCOMPARE(p.candidates[0].parcelIds, (std::vector<std::string>{"12", "7", "300"}));
    QCOMPARE(p.candidates[0].drawn.size(), std::size_t(1));
    // Triangle with legs of 5 km: 12.5 km² = 12.5e6 m².
    QCOMPARE(p.candidates[0].drawn[0]->toPolygon()->get_Area(), 12.5e6);
    QVERIFY(p.candidates[1].parcelIds.empty() && p.candidates[1].drawn.empty());
    QCOMPARE(p.forestVersions.size(), std::size_t(1));
    QCOMPARE(p.forestVersions[0].method, std::string("ndvi"));
    QCOMPARE(p.activeForestVersion, 1);
    QCOMPARE(p.modelJson, std::string(R"({"min_canopy_pct": 55})"));
    QCOMPARE(p.view.extent.maxX, 710000.5);
    QCOMPARE(p.view.extent.maxY, 4760000.25);
  }

  void movedFolderKeepsRelativePaths() {
    const QString dir = tmp_.filePath("a");
    QDir().mkpath(dir + "/data");
    QFile(dir + "/data/forest.tif").open(QIODevice::WriteOnly);
    saveProject(sampleProject(dir), (dir + "/plan.hplan").toStdString());
    const QString moved = tmp_.filePath("b");
    QVERIFY(QDir().rename(dir, moved));
    const LoadedProject loaded = loadProject((moved + "/plan.hplan").toStdString());
    QCOMPARE(loaded.project.layers[0].path, (moved + "/data/forest.tif").toStdString());
    // parcels.gpkg and forest_2024.tif never existed: reported, not fatal.
    QCOMPARE(loaded.missingFiles.size(), std::size_t(2));
  }

  void saveReplacesAtomically() {
    const QString dir = tmp_.filePath("c");
    QDir().mkpath(dir);
    const std::string path = (dir + "/plan.hplan").toStdString();
    Project p = sampleProject(dir);
    saveProject(p, path);
    p.candidates.pop_back();
    saveProject(p, path);
    QCOMPARE(loadProject(path).project.candidates.size(), std::size_t(1));
    // No temporary siblings left behind.
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 1);
  }

  void notAProject() {
    const QString path = tmp_.filePath("junk.hplan");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("garbage");
    f.close();
    QVERIFY_THROWS_EXCEPTION(Error, loadProject(path.toStdString()));
    QVERIFY_THROWS_EXCEPTION(Error, loadProject(tmp_.filePath("none.hplan").toStdString()));
  }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "test_project_file.moc"
