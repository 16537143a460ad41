// SPDX-License-Identifier: GPL-3.0-or-later
// The patch map of a region: its habitat patches labelled over its window, each with its area,
// leopards and whether it is smaller than one territory.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include <gdal_priv.h>
#include <ogr_geometry.h>

#include "capacity/CapacitySession.h"
#include "geo/GdalSupport.h"
#include "model/PatchMap.h"

using namespace hp;

class TestPatchMap : public QObject {
  Q_OBJECT

 private slots:
  void builderLabelsRunsEightConnected() {
    // Window columns 10..19, rows 5..8. Row 5: runs [10,12) and [15,17); row 6: [12,13) touches the
    // first diagonally, [16,17) the second from below; row 7: [16,19) continues the second.
    model::PatchMapBuilder b(10, 5, 10, 4, 2.0);
    const model::HabitatRun r5[] = {{10, 12, 0.5, 0.1}, {15, 17, 1.0, 0.2}};
    const model::HabitatRun r6[] = {{12, 13, 0.25, 0.05}, {16, 17, 0.25, 0.05}};
    const model::HabitatRun r7[] = {{16, 19, 1.5, 0.3}};
    b.addRow(5, r5);
    b.addRow(6, r6);
    b.addRow(7, r7);
    b.addRow(8, {});
    const model::PatchMap m = b.finish();
    QCOMPARE(m.patches.size(), std::size_t(2));
    QCOMPARE(m.labelAt(10, 5), 1);
    QCOMPARE(m.labelAt(12, 6), 1);  // diagonal neighbour of column 11, row 5
    QCOMPARE(m.labelAt(15, 5), 2);
    QCOMPARE(m.labelAt(18, 7), 2);
    QCOMPARE(m.labelAt(13, 6), 0);
    QCOMPARE(m.labelAt(9, 5), 0);  // outside the window
    QCOMPARE(m.patches[0].areaKm2, 0.75);
    QCOMPARE(m.patches[0].pixels, 3L);
    QVERIFY(m.patches[0].tooSmall);
    QCOMPARE(m.patches[1].areaKm2, 2.75);
    QCOMPARE(m.patches[1].pixels, 6L);
    QVERIFY(!m.patches[1].tooSmall);
  }

  void builderMergesAU() {
    // Two arms that meet at the bottom are one patch, numbered as its first pixel.
    model::PatchMapBuilder b(0, 0, 5, 2, 1.0);
    const model::HabitatRun r0[] = {{0, 1, 1, 0.6}, {4, 5, 1, 0.6}};
    const model::HabitatRun r1[] = {{0, 5, 5, 3.0}};
    b.addRow(0, r0);
    b.addRow(1, r1);
    const model::PatchMap m = b.finish();
    QCOMPARE(m.patches.size(), std::size_t(1));
    QCOMPARE(m.labelAt(4, 0), 1);
    QCOMPARE(m.patches[0].areaKm2, 7.0);
    QCOMPARE(m.patches[0].leopards, 4L);  // floor(4.2)
  }

  void sessionGivesTwoPatchesOneTooSmall() {
    // EPSG:6933 (equal-area), 100 m pixels (0.01 km²), 200 × 200 px. Canopy 100 % on an 80 × 80 px
    // block (64 km²) and a 30 × 30 px block (9 km²) apart; 0 % elsewhere. No basins.
    // T_min = 16 sq mi = 41.44 km²: the 64 km² patch holds floor(64 / 41.44) = 1 leopard, the 9 km²
    // one is too small for a territory.
    QTemporaryDir tmp;
    const std::string forest = tmp.filePath("forest.tif").toStdString();
    gdal::ensureRegistered();
    const Crs ea = Crs::fromEpsg(6933);
    {
      GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(forest.c_str(), 200, 200, 1, GDT_Byte, nullptr));
      double gt[6] = {0, 100, 0, 20000, 0, -100};
      ds->SetGeoTransform(gt);
      ds->SetSpatialRef(ea.ogr());
      std::vector<GByte> v(200 * 200, 0);
      for (int r = 20; r < 100; ++r)
        for (int c = 20; c < 100; ++c) v[std::size_t(r * 200 + c)] = 100;
      for (int r = 140; r < 170; ++r)
        for (int c = 140; c < 170; ++c) v[std::size_t(r * 200 + c)] = 100;
      QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 200, 200, v.data(), 200, 200, GDT_Byte, 0, 0, nullptr), CE_None);
    }
    capacity::CapacityInputs inputs;
    inputs.forestPath = forest;
    capacity::CapacitySession session(inputs, model::ModelConfig());
    // The region: x 1 km..19 km, y 1 km..19 km (pixels 10..190).
    auto ring = std::make_unique<OGRLinearRing>();
    ring->addPoint(1000, 1000);
    ring->addPoint(19000, 1000);
    ring->addPoint(19000, 19000);
    ring->addPoint(1000, 19000);
    ring->closeRings();
    auto poly = std::make_shared<OGRPolygon>();
    poly->addRingDirectly(ring.release());
    capacity::Region region{"r", ea, {poly}};

    model::PatchMap map;
    const model::RegionCapacity figures = session.evaluate(region, {}, &map);
    QCOMPARE(figures.patches, 2L);
    QCOMPARE(figures.leopards, 1L);
    QCOMPARE(map.patches.size(), std::size_t(2));
    QCOMPARE(map.colBegin, 10);
    QCOMPARE(map.rowBegin, 10);
    QCOMPARE(map.width, 180);
    QCOMPARE(map.height, 180);
    QCOMPARE(map.geoTransform[1], 100.0);
    QVERIFY(std::abs(map.territoryMinKm2 - 41.4398) < 1e-3);

    const model::PatchSummary& big = map.patches[0];
    QCOMPARE(map.labelAt(50, 50), 1);
    QVERIFY(std::abs(big.areaKm2 - 64.0) < 0.01);
    QCOMPARE(big.pixels, 6400L);
    QCOMPARE(big.leopards, 1L);
    QVERIFY(!big.tooSmall);

    const model::PatchSummary& small = map.patches[1];
    QCOMPARE(map.labelAt(150, 150), 2);
    QVERIFY(std::abs(small.areaKm2 - 9.0) < 0.01);
    QCOMPARE(small.pixels, 900L);
    QCOMPARE(small.leopards, 0L);
    QVERIFY(small.tooSmall);
    QCOMPARE(map.labelAt(120, 120), 0);

    QVERIFY(std::abs(big.areaKm2 + small.areaKm2 - figures.habitatKm2) < 1e-9);
    QVERIFY(std::abs(big.equivalents + small.equivalents - figures.leopardsFractional) < 1e-9);
    // Without a patch map the figures are the same.
    const model::RegionCapacity plain = session.evaluate(region);
    QCOMPARE(plain.habitatKm2, figures.habitatKm2);
    QCOMPARE(plain.leopards, figures.leopards);
  }
};

QTEST_GUILESS_MAIN(TestPatchMap)
#include "test_patch_map.moc"
