// SPDX-License-Identifier: GPL-3.0-or-later
// Marxan solutions back into the project: selected ids, a candidate, a parcel column; and the
// round trip marxan-export → marxan-solve → marxan-import through habitat-cli.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <ogr_geometry.h>

#include "geo/Error.h"
#include "io/VectorReader.h"
#include "io/VectorWriter.h"
#include "marxan/MarxanImport.h"
#include "project/ProjectFile.h"
#include "support/CliRunner.h"

using namespace hp;
using namespace hp::ranking;
using hp::test::CliResult;
using hp::test::runCli;

namespace {

OGRGeometryUniquePtr square(double x, double y, double side) {
  auto* polygon = new OGRPolygon();
  OGRLinearRing ring;
  ring.addPoint(x, y);
  ring.addPoint(x + side, y);
  ring.addPoint(x + side, y + side);
  ring.addPoint(x, y + side);
  ring.addPoint(x, y);
  polygon->addRing(&ring);
  return OGRGeometryUniquePtr(polygon);
}

// 1 km squares in UTM 52N: parcels 11, 12 side by side, 13 below 11, 14 apart. Habitat 2, 1, 3, 4 ha
// (total 10), prices 5, 4, 6, 2. With a target of half the habitat (5 ha) and no boundary
// weight the cheapest cover is 12 + 14 (5 ha for 6); 11 + 14 costs 7, 13 + 14 costs 8.
VectorLayer parcels() {
  VectorLayer layer;
  layer.path = "parcels.gpkg";
  layer.layerName = "parcels";
  layer.crs = Crs::fromEpsg(32652);
  layer.fields = {{"parcel_id", FieldType::Integer}, {"price_usd", FieldType::Real}, {"habitat_ha", FieldType::Real}};
  struct Row {
    std::int64_t id;
    double x, y, price, habitat;
  } rows[] = {{11, 0, 1000, 5, 2}, {12, 1000, 1000, 4, 1}, {13, 0, 0, 6, 3}, {14, 6000, 0, 2, 4}};
  std::int64_t fid = 1;
  for (const Row& r : rows) {
    Feature f;
    f.fid = fid++;
    f.attributes = {r.id, r.price, r.habitat};
    f.geometry = square(700000 + r.x, 4750000 + r.y, 1000.0);
    layer.features.push_back(std::move(f));
  }
  return layer;
}

MarxanSolutionColumn column(std::string name, std::vector<std::int64_t> ids, std::vector<double> values) {
  return {std::move(name), std::move(ids), std::move(values)};
}

void writeText(const QString& path, const QByteArray& text) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(text);
}

}  // namespace

class TestMarxanImport : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

 private slots:
  void initTestCase() { QVERIFY(tmp_.isValid()); }

  void selectedIdsAreUnitsAboveZero() {
    const auto s = column("SOLUTION", {14, 11, 12, 13}, {1, 0, 1, 0});
    QCOMPARE(selectedParcelIds(s, "best.csv", {}), (std::vector<std::string>{"12", "14"}));
    QCOMPARE(selectedParcelIds(s, "best.csv", {}, {"11", "12", "13", "14"}), (std::vector<std::string>{"12", "14"}));
    try {
      selectedParcelIds(s, "best.csv", {}, {"11", "12", "13"});
      QFAIL("an unknown planning unit must be an error");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidInput);
      QCOMPARE(QString::fromStdString(e.file()), QStringLiteral("best.csv"));
      QVERIFY(QString::fromStdString(e.cause()).contains("14"));
    }
  }

  void candidateFromAFile() {
    const QString best = tmp_.filePath("output_best.csv");
    writeText(best, "PUID,SOLUTION\n11,0\n12,1\n13,0\n14,1\n");
    project::Project p;
    const auto& c = addMarxanCandidate(p, "Marxan best", best.toStdString(), {"11", "12", "13", "14"});
    QCOMPARE(c.name, std::string("Marxan best"));
    QCOMPARE(c.parcelIds, (std::vector<std::string>{"12", "14"}));
    QCOMPARE(p.candidates.size(), std::size_t(1));
    QVERIFY_THROWS_EXCEPTION(Error, addMarxanCandidate(p, "Marxan best", best.toStdString()));
  }

  // output_ssoln's run counts become an integer column; parcels the file leaves out get 0.
  void selectionFrequencyColumn() {
    const VectorLayer out = withMarxanColumn(parcels(), column("number", {11, 12, 14}, {3, 0, 10}), "ssoln.csv", "marxan_ssoln");
    const int field = out.fieldIndex("marxan_ssoln");
    QVERIFY(field >= 0);
    QCOMPARE(out.fields[std::size_t(field)].type, FieldType::Integer);
    std::vector<std::int64_t> values;
    for (const Feature& f : out.features) values.push_back(std::get<std::int64_t>(f.attributes[std::size_t(field)]));
    QCOMPARE(values, (std::vector<std::int64_t>{3, 0, 0, 10}));
    QVERIFY_THROWS_EXCEPTION(Error, withMarxanColumn(parcels(), column("number", {99}, {1}), "ssoln.csv", "x"));
    QVERIFY_THROWS_EXCEPTION(Error, withMarxanColumn(parcels(), column("number", {11}, {0.5}), "ssoln.csv", "x"));
  }

  // export → solve → import: the candidate holds exactly the units the solve selected (12 and 14).
  void cliRoundTrip() {
    const QString parcelsPath = tmp_.filePath("parcels.gpkg");
    writeVectorLayer(parcelsPath.toStdString(), parcels());
    project::Project p;
    p.crs = Crs::fromEpsg(32652);
    p.layers.push_back({project::LayerRole::Parcels, "Parcels", parcelsPath.toStdString(), "parcels", true, 1.0, ""});
    const QString projectPath = tmp_.filePath("tiny.hplan");
    project::saveProject(p, projectPath.toStdString());

    CliResult r = runCli({"marxan-export", "--parcels", parcelsPath, "--feature-field", "habitat_ha", "--target-prop", "0.5",
                          "--out", tmp_.filePath("mx")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli({"marxan-solve", tmp_.filePath("mx/input.dat"), "--out", tmp_.filePath("mx/output"), "--time-limit", "20"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString best = tmp_.filePath("mx/output/output_best.csv");
    r = runCli({"marxan-import", "--project", projectPath, "--solution", best, "--candidate", "Marxan optimum"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("2 parcels"), qPrintable(r.out));

    const project::LoadedProject loaded = project::loadProject(projectPath.toStdString());
    const project::Candidate* c = loaded.project.candidate("Marxan optimum");
    QVERIFY(c);
    QCOMPARE(c->parcelIds, selectedParcelIds(readMarxanSolution(best.toStdString()), best.toStdString(), unitIdsForSolution(best.toStdString())));
    QCOMPARE(c->parcelIds, (std::vector<std::string>{"12", "14"}));

    // The same name again is a data error and leaves the project as it was.
    r = runCli({"marxan-import", "--project", projectPath, "--solution", best, "--candidate", "Marxan optimum"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(project::loadProject(projectPath.toStdString()).project.candidates.size(), std::size_t(1));

    // As a parcel column.
    const QString out = tmp_.filePath("with_solution.gpkg");
    r = runCli({"marxan-import", "--parcels", parcelsPath, "--solution", best, "--field", "marxan_best", "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const VectorLayer read = readVectorLayer(out.toStdString());
    const int field = read.fieldIndex("marxan_best");
    QVERIFY(field >= 0);
    std::vector<double> values;
    for (const Feature& f : read.features) values.push_back(toNumber(f.attributes[std::size_t(field)]).value_or(-1));
    QCOMPARE(values, (std::vector<double>{0, 1, 0, 1}));

    QCOMPARE(runCli({"marxan-import", "--solution", best}).exitCode, 2);
    QCOMPARE(runCli({"marxan-import", "--parcels", parcelsPath, "--solution", best}).exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(TestMarxanImport)
#include "test_marxan_import.moc"
