// SPDX-License-Identifier: GPL-3.0-or-later
// Layers and forest versions embedded in the project file: the project travels as one file, reads
// back exactly (pixels, features, capacity), stays embedded through Save As, and a layer that cannot
// be stored leaves the previous file untouched.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>

#include <algorithm>
#include <filesystem>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/VectorWriter.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectFile.h"

using namespace hp;
using namespace hp::project;
namespace fs = std::filesystem;

namespace {
OGRGeometryUniquePtr square(double x0, double y0, double side) {
  OGRLinearRing ring;
  ring.addPoint(x0, y0);
  ring.addPoint(x0 + side, y0);
  ring.addPoint(x0 + side, y0 + side);
  ring.addPoint(x0, y0 + side);
  ring.closeRings();
  auto poly = std::make_unique<OGRPolygon>();
  poly->addRing(&ring);
  return OGRGeometryUniquePtr(poly.release());
}

// 120 x 120 pixels of 100 m in EPSG:6933, canopy varying so any mix-up of pixels shows.
void writeForest(const std::string& path, int shift) {
  GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(path.c_str(), 120, 120, 1, GDT_Byte, nullptr));
  double gt[6] = {0, 100, 0, 12000, 0, -100};
  ds->SetGeoTransform(gt);
  ds->SetSpatialRef(Crs::fromEpsg(6933).ogr());
  ds->GetRasterBand(1)->SetNoDataValue(255);
  std::vector<GByte> v(120 * 120);
  for (int r = 0; r < 120; ++r)
    for (int c = 0; c < 120; ++c) v[std::size_t(r * 120 + c)] = GByte(r > 110 && c > 110 ? 255 : (5 * c + r + shift) % 101);
  QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 120, 120, v.data(), 120, 120, GDT_Byte, 0, 0, nullptr), CE_None);
}

std::vector<GByte> pixels(const std::string& path) {
  GDALDatasetUniquePtr ds = gdal::openDataset(path, GDAL_OF_RASTER);
  std::vector<GByte> v(std::size_t(ds->GetRasterXSize()) * std::size_t(ds->GetRasterYSize()));
  if (ds->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, ds->GetRasterXSize(), ds->GetRasterYSize(), v.data(),
                                     ds->GetRasterXSize(), ds->GetRasterYSize(), GDT_Byte, 0, 0, nullptr) != CE_None)
    return {};
  return v;
}

std::vector<double> figures(const Project& project) {
  std::vector<double> out;
  for (const CandidateFigures& f : evaluateCandidates(project, loadProjectData(project), true)) {
    out.push_back(f.capacity.areaKm2);
    out.push_back(f.capacity.habitatKm2);
    out.push_back(f.capacity.leopardsFractional);
    out.push_back(f.costUsd);
  }
  return out;
}
}  // namespace

class TestProjectEmbed : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  Project project_;
  std::string data_, away_;

 private slots:
  void initTestCase() {
    gdal::ensureRegistered();
    data_ = tmp_.filePath("data").toStdString();
    away_ = tmp_.filePath("away").toStdString();
    fs::create_directories(data_);
    fs::create_directories(away_);
    writeForest(data_ + "/forest.tif", 0);
    writeForest(data_ + "/forest_v1.tif", 37);
    const Crs ea = Crs::fromEpsg(6933);
    VectorLayer basins;
    basins.crs = ea;
    basins.fields = {{"basin_id", FieldType::Integer}};
    basins.features.push_back({1, {std::int64_t(1)}, square(0, 0, 12000)});
    writeVectorLayer(data_ + "/basins.gpkg", basins);
    VectorLayer parcels;
    parcels.crs = ea;
    parcels.fields = {{"parcel_id", FieldType::Integer}, {"price_usd", FieldType::Real}};
    for (int i = 0; i < 4; ++i)
      parcels.features.push_back({i + 1, {std::int64_t(i + 1), 1.0e6 * (i + 1)}, square(3000.0 * i, 3000, 3000)});
    writeVectorLayer(data_ + "/parcels.gpkg", parcels);
    VectorLayer reserve = parcels.clone();
    reserve.features.resize(1);
    writeVectorLayer(data_ + "/reserve.gpkg", reserve);

    project_.crs = ea;
    project_.layers = {{LayerRole::Forest, "Forest", data_ + "/forest.tif", "", true, 1, ""},
                       {LayerRole::Basins, "Basins", data_ + "/basins.gpkg", "", true, 1, ""},
                       {LayerRole::Parcels, "Parcels", data_ + "/parcels.gpkg", "", true, 1, ""},
                       {LayerRole::Reserve, "Reserve", data_ + "/reserve.gpkg", "", false, 0.5, ""}};
    project_.forestVersions = {{1, "2026-06-01", data_ + "/forest_v1.tif", "canopy", "test"}};
    project_.candidates = {{"middle", "#ff0000", {"2", "3"}, {}}, {"east", "#00ff00", {"4"}, {square(9000, 0, 3000)}}};
  }

  void embeddedProjectTravelsAsOneFile() {
    Project embedded = project_;
    embedded.embedData = true;
    const std::string saved = tmp_.filePath("one.hplan").toStdString();
    saveProject(embedded, saved);
    // Only the project file moves; the data it was made from is out of reach.
    const std::string moved = away_ + "/moved.hplan";
    fs::rename(saved, moved);
    fs::rename(data_, data_ + ".hidden");
    const LoadedProject loaded = loadProject(moved);
    fs::rename(data_ + ".hidden", data_);

    QVERIFY(loaded.missingFiles.empty());
    const Project& p = loaded.project;
    QVERIFY(p.embedData);
    QCOMPARE(p.layers.size(), std::size_t{4});
    for (const LayerRef& l : p.layers) QVERIFY2(isEmbeddedReference(l.path, l.layerName), l.path.c_str());
    QCOMPARE(p.layers[3].visible, false);
    QCOMPARE(p.layers[3].opacity, 0.5);
    fs::rename(data_, data_ + ".hidden");
    QVERIFY(pixels(p.layers[0].path) == pixels(data_ + ".hidden/forest.tif"));
    QVERIFY(pixels(p.forestVersions[0].path) == pixels(data_ + ".hidden/forest_v1.tif"));
    const std::vector<double> inside = figures(p);
    Project other = p;
    other.activeForestVersion = 1;
    const std::vector<double> insideV1 = figures(other);
    fs::rename(data_ + ".hidden", data_);
    QCOMPARE(inside, figures(project_));
    Project originalV1 = project_;
    originalV1.activeForestVersion = 1;
    QCOMPARE(insideV1, figures(originalV1));
    QVERIFY(inside != insideV1);  // the versions differ, so the comparison means something
  }

  // Saving a project read from inside another file keeps the data inside, even with embedding off:
  // the file it was read from may be gone next.
  void saveAsKeepsEmbeddedData() {
    Project embedded = project_;
    embedded.embedData = true;
    const std::string first = tmp_.filePath("first.hplan").toStdString();
    saveProject(embedded, first);
    Project p = loadProject(first).project;
    p.embedData = false;
    const std::string second = tmp_.filePath("second.hplan").toStdString();
    saveProject(p, second);
    rebindEmbeddedData(p, second);
    for (const LayerRef& l : p.layers) QVERIFY2(l.path.find("second.hplan") != std::string::npos, l.path.c_str());
    QVERIFY(p.forestVersions[0].path.find("second.hplan") != std::string::npos);
    fs::remove(first);
    const LoadedProject again = loadProject(second);
    QVERIFY(again.missingFiles.empty());
    QCOMPARE(figures(again.project), figures(project_));
    QCOMPARE(figures(p), figures(project_));
  }

  void referencedProjectStaysReferenced() {
    const std::string saved = tmp_.filePath("refs.hplan").toStdString();
    saveProject(project_, saved);
    const Project p = loadProject(saved).project;
    QVERIFY(!p.embedData);
    QCOMPARE(p.layers[0].path, fs::path(data_ + "/forest.tif").lexically_normal().string());
    for (const LayerRef& l : p.layers) QVERIFY(!isEmbeddedReference(l.path, l.layerName));
  }

  void unreadableLayerLeavesThePreviousFile() {
    const std::string saved = tmp_.filePath("keep.hplan").toStdString();
    saveProject(project_, saved);
    const auto before = fs::file_size(saved);
    Project broken = project_;
    broken.embedData = true;
    broken.layers[1].path = data_ + "/no-such-basins.gpkg";
    try {
      saveProject(broken, saved);
      QFAIL("saving a missing layer into the project must fail");
    } catch (const Error& e) {
      QVERIFY2(std::string(e.what()).find("no-such-basins.gpkg") != std::string::npos, e.what());
    }
    QCOMPARE(fs::file_size(saved), before);
    QCOMPARE(loadProject(saved).project.layers[1].path, fs::path(data_ + "/basins.gpkg").lexically_normal().string());
    for (const auto& entry : fs::directory_iterator(tmp_.path().toStdString()))
      QVERIFY2(entry.path().filename().string().find(".saving-") == std::string::npos, entry.path().c_str());
  }

  // Saving embedded data reports rising progress to 1; a stop at any report leaves the previous file
  // byte for byte, no temporary file beside it, and throws Cancelled (not an error for the user).
  void cancelledSaveLeavesThePreviousFile() {
    const std::string saved = tmp_.filePath("cancel.hplan").toStdString();
    saveProject(project_, saved);
    const QByteArray before = fileBytes(saved);
    QVERIFY(!before.isEmpty());
    Project embedded = project_;
    embedded.embedData = true;
    embedded.candidates[0].name = "changed";

    std::vector<double> fractions;
    const std::string other = tmp_.filePath("full.hplan").toStdString();
    saveProject(embedded, other, [&](double f, const std::string&) {
      fractions.push_back(f);
      return true;
    });
    QVERIFY2(fractions.size() >= 4, qPrintable(QString::number(fractions.size())));
    QCOMPARE(fractions.front(), 0.0);
    QCOMPARE(fractions.back(), 1.0);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));

    for (std::size_t stopAt = 0; stopAt < fractions.size(); ++stopAt) {
      std::size_t calls = 0;
      bool threw = false;
      try {
        saveProject(embedded, saved, [&](double, const std::string&) { return calls++ < stopAt; });
      } catch (const Cancelled&) {
        threw = true;
      }
      QVERIFY2(threw, qPrintable(QString("stop at report %1").arg(stopAt)));
      QVERIFY2(fileBytes(saved) == before, qPrintable(QString("stop at report %1").arg(stopAt)));
      for (const auto& entry : fs::directory_iterator(tmp_.path().toStdString()))
        QVERIFY2(entry.path().filename().string().find(".saving-") == std::string::npos, entry.path().c_str());
    }
    QCOMPARE(loadProject(saved).project.candidates[0].name, std::string("middle"));
    saveProject(embedded, saved, [](double, const std::string&) { return true; });
    QCOMPARE(loadProject(saved).project.candidates[0].name, std::string("changed"));
  }

 private:
  static QByteArray fileBytes(const std::string& path) {
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
  }
};

QTEST_GUILESS_MAIN(TestProjectEmbed)
#include "test_project_embed.moc"
