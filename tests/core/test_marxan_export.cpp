// SPDX-License-Identifier: GPL-3.0-or-later
// Parcels as a Marxan problem: shared boundary lengths from geometry, fields as costs and
// features, locks; and habitat-cli marxan-export feeding marxan-solve.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <ogr_geometry.h>

#include <cmath>

#include "geo/Error.h"
#include "io/VectorWriter.h"
#include "marxan/MarxanExport.h"
#include "marxan/MarxanFiles.h"
#include "ranking/SharedBoundaries.h"

using namespace hp;
using namespace hp::ranking;

static OGRGeometryUniquePtr square(double x, double y, double side) {
  OGRPolygon* polygon = new OGRPolygon();
  OGRLinearRing ring;
  ring.addPoint(x, y);
  ring.addPoint(x + side, y);
  ring.addPoint(x + side, y + side);
  ring.addPoint(x, y + side);
  ring.addPoint(x, y);
  polygon->addRing(&ring);
  return OGRGeometryUniquePtr(polygon);
}

// Parcels in UTM 52N, 1 km squares:   11 12        plus parcel 14, a 1 km square 5 km away.
//                                     13 [ ]
// Parcel 11 holds 2 ha of habitat, 12 holds 1, 13 holds 3, 14 holds 4; prices 5, 4, 6, 2.
static VectorLayer parcels() {
  VectorLayer layer;
  layer.path = "parcels.gpkg";
  layer.layerName = "parcels";
  layer.crs = Crs::fromEpsg(32652);
  layer.fields = {{"parcel_id", FieldType::Integer}, {"price_usd", FieldType::Real}, {"habitat_ha", FieldType::Real}};
  const double x0 = 700000, y0 = 4750000;
  struct Row {
    std::int64_t id;
    double x, y, price, habitat;
  } rows[] = {{11, 0, 1000, 5, 2}, {12, 1000, 1000, 4, 1}, {13, 0, 0, 6, 3}, {14, 6000, 0, 2, 4}};
  std::int64_t fid = 1;
  for (const Row& r : rows) {
    Feature f;
    f.fid = fid++;
    f.attributes = {r.id, r.price, r.habitat};
    f.geometry = square(x0 + r.x, y0 + r.y, 1000.0);
    layer.features.push_back(std::move(f));
  }
  return layer;
}

static double lengthOf(const std::vector<SelectionEdge>& edges, int a, int b) {
  double sum = 0.0;
  for (const SelectionEdge& e : edges)
    if (e.a == a && e.b == b) sum += e.lengthKm;
  return sum;
}

class TestMarxanExport : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

 private slots:
  void initTestCase() { QVERIFY(tmp_.isValid()); }

  void sharedBoundaryLengths() {
    const std::vector<SelectionEdge> edges = sharedBoundaries(parcels());
    // 11 shares its east side with 12 and its south side with 13 (1 km each); 12 and 13 touch at
    // a corner only, which is no shared boundary. Outside: 11 has 4 − 2 = 2 km, 12 and 13 have
    // 4 − 1 = 3 km, the lone 14 its whole 4 km perimeter.
    QVERIFY(std::abs(lengthOf(edges, 0, 1) - 1.0) < 1e-12);
    QVERIFY(std::abs(lengthOf(edges, 0, 2) - 1.0) < 1e-12);
    QCOMPARE(lengthOf(edges, 1, 2), 0.0);
    QVERIFY(std::abs(lengthOf(edges, 0, 0) - 2.0) < 1e-12);
    QVERIFY(std::abs(lengthOf(edges, 1, 1) - 3.0) < 1e-12);
    QVERIFY(std::abs(lengthOf(edges, 2, 2) - 3.0) < 1e-12);
    QVERIFY(std::abs(lengthOf(edges, 3, 3) - 4.0) < 1e-12);
    QCOMPARE(edges.size(), std::size_t(6));
  }

  void problemFromParcels() {
    MarxanExportOptions options;
    options.featureFields = {"habitat_ha"};
    options.targetProportion = 0.5;
    options.blm = 3.0;
    options.lockedOut = {"14"};
    const MarxanProblem p = marxanProblemFromLayer(parcels(), options).problem;
    QCOMPARE(p.units.size(), std::size_t(4));
    QCOMPARE(p.units[1].id, std::int64_t(12));
    QCOMPARE(p.units[1].cost, 4.0);
    QCOMPARE(p.units[3].status, MarxanStatus::LockedOut);
    QCOMPARE(p.features.size(), std::size_t(1));
    QCOMPARE(p.features[0].name, std::string("habitat_ha"));
    // Target: half of 2 + 1 + 3 + 4 = 10 is 5, reachable without 14 (2 + 1 + 3 = 6).
    QCOMPARE(featureTargets(p), std::vector<double>{5.0});
    QCOMPARE(p.blm, 3.0);
    QCOMPARE(p.boundaries.size(), std::size_t(6));
  }

  void errorsNameTheFieldOrFeature() {
    MarxanExportOptions options;
    options.featureFields = {"no_such_field"};
    try {
      marxanProblemFromLayer(parcels(), options);
      QFAIL("expected an error");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::NoSuchField);
      QCOMPARE(e.file(), std::string("parcels.gpkg"));
    }
    options.featureFields = {"habitat_ha"};
    VectorLayer layer = parcels();
    layer.features[2].attributes[1] = -1.0;
    try {
      marxanProblemFromLayer(layer, options);
      QFAIL("expected an error");
    } catch (const Error& e) {
      QVERIFY2(QString::fromStdString(e.cause()).startsWith("feature 3: price_usd '-1' is not a cost >= 0"), e.what());
    }
    options.lockedIn = {"99"};
    QVERIFY_THROWS_EXCEPTION(Error, marxanProblemFromLayer(parcels(), options));
    layer = parcels();
    layer.crs = Crs::wgs84();
    QVERIFY_THROWS_EXCEPTION(Error, sharedBoundaries(layer));
  }

  void exportThenSolveOnTheCommandLine() {
    const QString gpkg = tmp_.filePath("parcels.gpkg");
    writeVectorLayer(gpkg.toStdString(), parcels());
    const QString dir = tmp_.filePath("marxan");
    QProcess p;
    p.start(QStringLiteral(HP_CLI_PATH), {"marxan-export", "--parcels", gpkg, "--cost-field", "price_usd", "--feature-field", "habitat_ha",
                                           "--target-prop", "0.5", "--blm", "3", "--lock-out", "14", "--out", dir});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(p.readAllStandardOutput().startsWith("4 planning units, 1 features, 6 boundary rows"));
    QCOMPARE(readMarxanProject((dir + "/input.dat").toStdString()).problem, marxanProblemFromLayer(parcels(), [] {
               MarxanExportOptions o;
               o.featureFields = {"habitat_ha"};
               o.targetProportion = 0.5;
               o.blm = 3.0;
               o.lockedOut = {"14"};
               return o;
             }()).problem);

    // Habitat 5 of 6 without 14: {11,13} holds 5 for 11, boundary 2 + 3 + (11,12) 1 = 6 → 11 + 18 = 29;
    // {11,12,13}: cost 15, boundary 2 + 3 + 3 = 8 → 15 + 24 = 39; {12,13}: 4 only. Optimum {11,13}.
    p.start(QStringLiteral(HP_CLI_PATH), {"marxan-solve", dir + "/input.dat", "--out", dir + "/out"});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY2(p.readAllStandardOutput().startsWith("score 29  cost 11  boundary 6  units 2 of 4"), "unexpected summary");
  }
};

QTEST_GUILESS_MAIN(TestMarxanExport)
#include "test_marxan_export.moc"
