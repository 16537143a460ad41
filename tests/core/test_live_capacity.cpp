// SPDX-License-Identifier: GPL-3.0-or-later
// A kept capacity session gives, candidate by candidate, exactly the figures of evaluateCandidates.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include <gdal_priv.h>

#include "capacity/CapacitySession.h"
#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/VectorWriter.h"
#include "project/ProjectCapacity.h"
#include "support/TestGeometry.h"

using namespace hp;
using namespace hp::project;

// Bit-for-bit: NaN mean canopy equals NaN.
static bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

static void compareFigures(const CandidateFigures& a, const CandidateFigures& b) {
  QCOMPARE(a.capacity.id, b.capacity.id);
  QCOMPARE(a.capacity.areaKm2, b.capacity.areaKm2);
  QCOMPARE(a.capacity.habitatKm2, b.capacity.habitatKm2);
  QVERIFY(same(a.capacity.meanCanopyPct, b.capacity.meanCanopyPct));
  QCOMPARE(a.capacity.patches, b.capacity.patches);
  QCOMPARE(a.capacity.largestPatchKm2, b.capacity.largestPatchKm2);
  QCOMPARE(a.capacity.leopards, b.capacity.leopards);
  QCOMPARE(a.capacity.leopardsFractional, b.capacity.leopardsFractional);
  QCOMPARE(a.capacity.leopardsMin, b.capacity.leopardsMin);
  QCOMPARE(a.capacity.leopardsMax, b.capacity.leopardsMax);
  QCOMPARE(a.costUsd, b.costUsd);
  QCOMPARE(a.parcels, b.parcels);
}

using test::rect;

class TestLiveCapacity : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  Project project_;

  std::string p(const char* name) { return tmp_.filePath(name).toStdString(); }

 private slots:
  void initTestCase() {
    // EPSG:6933 (equal-area), 100 m pixels, 200 x 200 px: canopy 100 % on the 10 km square
    // x 0..10 km, y 0..10 km; 0 % elsewhere. One basin covers everything.
    gdal::ensureRegistered();
    const Crs ea = Crs::fromEpsg(6933);
    {
      GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(p("forest.tif").c_str(), 200, 200, 1, GDT_Byte, nullptr));
      double gt[6] = {-5000, 100, 0, 15000, 0, -100};
      ds->SetGeoTransform(gt);
      ds->SetSpatialRef(ea.ogr());
      ds->GetRasterBand(1)->SetNoDataValue(255);
      std::vector<GByte> v(200 * 200, 0);
      for (int r = 50; r < 150; ++r)
        for (int c = 50; c < 150; ++c) v[r * 200 + c] = 100;
      QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 200, 200, v.data(), 200, 200, GDT_Byte, 0, 0, nullptr), CE_None);
    }
    VectorLayer basins;
    basins.crs = ea;
    basins.fields = {{"basin_id", FieldType::Integer}};
    basins.features.push_back({1, {std::int64_t(1)}, OGRGeometryUniquePtr(rect(-5000, -5000, 15000, 15000)->clone())});
    writeVectorLayer(p("basins.gpkg"), basins);
    // Parcels 1 and 2: the west and east halves (50 km² each), 3: a 5 km strip outside the forest.
    VectorLayer parcels;
    parcels.crs = ea;
    parcels.fields = {{"parcel_id", FieldType::Integer}, {"price_usd", FieldType::Real}};
    parcels.features.push_back({1, {std::int64_t(1), 1.0e6}, OGRGeometryUniquePtr(rect(0, 0, 5000, 10000)->clone())});
    parcels.features.push_back({2, {std::int64_t(2), 2.5e6}, OGRGeometryUniquePtr(rect(5000, 0, 10000, 10000)->clone())});
    parcels.features.push_back({3, {std::int64_t(3), 0.5e6}, OGRGeometryUniquePtr(rect(10000, 0, 15000, 10000)->clone())});
    writeVectorLayer(p("parcels.gpkg"), parcels);
    // The existing reserve: the west half again.
    VectorLayer reserve = parcels.clone();
    reserve.features.resize(1);
    writeVectorLayer(p("reserve.gpkg"), reserve);

    project_.crs = ea;
    project_.layers = {{LayerRole::Forest, "f", p("forest.tif"), "", true, 1, ""},
                       {LayerRole::Basins, "b", p("basins.gpkg"), "", true, 1, ""},
                       {LayerRole::Parcels, "p", p("parcels.gpkg"), "", true, 1, ""},
                       {LayerRole::Reserve, "r", p("reserve.gpkg"), "", true, 1, ""}};
    project_.candidates = {
        {"both halves", "#ff0000", {1, 2}, {}},
        {"west half", "#00ff00", {1}, {}},
        {"drawn square", "#0000ff", {}, {rect(0, 0, 10000, 10000)}},
        {"half and strip, unknown 99", "#000000", {2, 3, 99}, {}},
    };
  }

  void sessionEqualsEvaluateCandidates() {
    const ProjectData data = loadProjectData(project_);
    const std::vector<CandidateFigures> batch = evaluateCandidates(project_, data, true);
    capacity::CapacitySession session(data.inputs, data.model);
    // Twice: the kept raster and transforms give the same answer on reuse.
    for (int pass = 0; pass < 2; ++pass)
      for (std::size_t i = 0; i < project_.candidates.size(); ++i)
        compareFigures(evaluateCandidate(session, project_.candidates[i], data), batch[i]);
    // The reserve alone, as the batch's last row.
    const model::RegionCapacity reserve = session.evaluate(reserveRegion(data));
    QCOMPARE(reserve.leopards, batch.back().capacity.leopards);
    QCOMPARE(reserve.habitatKm2, batch.back().capacity.habitatKm2);
    QCOMPARE(reserve.areaKm2, batch.back().capacity.areaKm2);
  }

  void withReserve() {
    // East half + the reserve (west half) = the whole forest square: 100 km² habitat -> 2 leopards.
    const ProjectData data = loadProjectData(project_);
    capacity::CapacitySession session(data.inputs, data.model);
    const CandidateFigures f = evaluateCandidate(session, {"east", "#000000", {2}, {}}, data, true);
    QCOMPARE(f.capacity.leopards, 2L);
    QVERIFY(std::abs(f.capacity.habitatKm2 - 100.0) < 0.01);
    QCOMPARE(f.costUsd, 2.5e6);  // the reserve is not bought
  }

  void cancelStops() {
    const ProjectData data = loadProjectData(project_);
    capacity::CapacitySession session(data.inputs, data.model);
    const Progress stop = [](double, const std::string&) { return false; };
    QVERIFY_THROWS_EXCEPTION(Cancelled, evaluateCandidate(session, project_.candidates[0], data, false, stop));
    // Still usable afterwards.
    QCOMPARE(evaluateCandidate(session, project_.candidates[0], data).capacity.leopards, 2L);
  }
};

QTEST_GUILESS_MAIN(TestLiveCapacity)
#include "test_live_capacity.moc"
