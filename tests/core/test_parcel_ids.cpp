// SPDX-License-Identifier: GPL-3.0-or-later
// Parcel ids are text as registers write them (25:34:010101:12, KR-12,a): their order, the lists
// people type, the checks on a layer, a project file's round trip, and Marxan's numbered units
// there and back through habitat-cli.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/DelimitedReader.h"
#include "io/ParcelIds.h"
#include "io/VectorReader.h"
#include "io/VectorWriter.h"
#include "marxan/MarxanUnitIds.h"
#include "project/ProjectFile.h"
#include "support/CliRunner.h"

using namespace hp;
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

// test_marxan_import's four 1 km squares (habitat 2, 1, 3, 4 ha; prices 5, 4, 6, 2), named by text:
// at a target of half the habitat the cheapest cover is the second and the fourth.
const std::vector<std::string> kIds = {"25:34:010101:11", "KR-12,a", "粤-13", "x\"14"};

VectorLayer textParcels() {
  VectorLayer layer;
  layer.layerName = "parcels";
  layer.crs = Crs::fromEpsg(32652);
  layer.fields = {{"parcel_id", FieldType::String}, {"price_usd", FieldType::Real}, {"habitat_ha", FieldType::Real}};
  const double xy[4][2] = {{0, 1000}, {1000, 1000}, {0, 0}, {6000, 0}};
  const double price[4] = {5, 4, 6, 2}, habitat[4] = {2, 1, 3, 4};
  for (int i = 0; i < 4; ++i)
    layer.features.push_back({i + 1, {FieldValue(kIds[std::size_t(i)]), price[i], habitat[i]}, square(700000 + xy[i][0], 4750000 + xy[i][1], 1000)});
  return layer;
}

VectorLayer layerOf(std::vector<FieldValue> ids, FieldType type) {
  VectorLayer layer;
  layer.path = "parcels.gpkg";
  layer.fields = {{"parcel_id", type}};
  std::int64_t fid = 1;
  for (FieldValue& id : ids) layer.features.push_back({fid++, {std::move(id)}, square(0, 0, 1)});
  return layer;
}

}  // namespace

class TestParcelIds : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

 private slots:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    gdal::ensureRegistered();
  }

  void naturalOrder_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("numbers as numbers") << "2" << "10";
    QTest::newRow("cadastral parts") << "25:34:9:1" << "25:34:10:1";
    QTest::newRow("letters") << "A-17" << "B-1";
    QTest::newRow("prefix first") << "A" << "A-1";
    QTest::newRow("fewer zeros first") << "7" << "007";
    QTest::newRow("digits before letters") << "12" << "A";
    QTest::newRow("big numbers") << "99999999999999999999" << "100000000000000000000";
  }
  void naturalOrder() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(parcelIdLess(a.toStdString(), b.toStdString()));
    QVERIFY(!parcelIdLess(b.toStdString(), a.toStdString()));
    QVERIFY(!parcelIdLess(a.toStdString(), a.toStdString()));
  }

  void typedLists() {
    QCOMPARE(parseParcelIdList(" 12, 25:34:010101:12 ,,A-7"), (std::vector<std::string>{"12", "25:34:010101:12", "A-7"}));
    QCOMPARE(parseParcelIdList("\"KR-12,a\", \"x\"\"14\""), (std::vector<std::string>{"KR-12,a", "x\"14"}));
    QCOMPARE(parseParcelIdList(""), std::vector<std::string>{});
    QVERIFY(!parseParcelIdList("\"unclosed"));
    QVERIFY(!parseParcelIdList("\"a\"b"));
    QCOMPARE(formatParcelIdList(kIds), std::string("25:34:010101:11, \"KR-12,a\", 粤-13, \"x\"\"14\""));
    QCOMPARE(parseParcelIdList(formatParcelIdList(kIds)), kIds);
  }

  void wholeNumbers() {
    QCOMPARE(wholeNumberId("17"), std::optional<std::int64_t>(17));
    QCOMPARE(wholeNumberId("-3"), std::optional<std::int64_t>(-3));
    for (const char* notOne : {"017", "+5", "1e3", "17.5", "", "12a", "-0"}) QVERIFY2(!wholeNumberId(notOne), notOne);
  }

  // Reals that are whole (a shapefile's integer field) read as the integer's text; spaces go.
  void idTextOfEveryType() {
    const VectorLayer layer = layerOf({std::int64_t(12), 17.0, 2.5, std::string("  A-7 ")}, FieldType::String);
    QCOMPARE(readParcelIds(layer, "parcel_id", false), (std::vector<std::string>{"12", "17", "2.5", "A-7"}));
    QCOMPARE(readParcelIds(layerOf({std::int64_t(1)}, FieldType::Integer), "plot_no", true), std::vector<std::string>{"1"});
    QVERIFY_THROWS_EXCEPTION(Error, readParcelIds(layerOf({std::int64_t(1)}, FieldType::Integer), "plot_no", false));
    try {
      readParcelIds(layerOf({std::string("A"), FieldValue{}}, FieldType::String), "parcel_id", false);
      QFAIL("a null id must be an error");
    } catch (const Error& e) {
      QCOMPARE(QString::fromStdString(e.file()), QStringLiteral("parcels.gpkg"));
      QCOMPARE(QString::fromStdString(e.cause()), QStringLiteral("feature 2: parcel_id is empty"));
    }
    try {
      readParcelIds(layerOf({std::int64_t(12), 12.0}, FieldType::Real), "parcel_id", false);
      QFAIL("12 and 12.0 are one id");
    } catch (const Error& e) {
      QCOMPARE(QString::fromStdString(e.cause()), QStringLiteral("parcel_id '12' is used twice (features 1 and 2)"));
    }
  }

  // Quoted CSV fields keep their commas and quotes (parcel_ids.csv).
  void quotedCsvFields() {
    const QString path = tmp_.filePath("q.csv");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("puid,parcel_id\n1,\"KR-12,a\"\n2, \"x\"\"14\" \n3,plain\n");
    f.close();
    ranking::DelimitedReader r(path.toStdString());
    std::vector<std::string> read;
    while (r.next()) read.emplace_back(r.text(1));
    QCOMPARE(read, (std::vector<std::string>{"KR-12,a", "x\"14", "plain"}));
  }

  // Ids with commas and quotes survive saving; plain ids stay the comma list older versions read.
  void projectFileRoundTrip() {
    project::Project p;
    p.crs = Crs::fromEpsg(32652);
    p.candidates = {{"text", "#ff0000", kIds, {}}, {"numbers", "#00ff00", {"3", "12", "25:34:7"}, {}}};
    const std::string path = tmp_.filePath("ids.hplan").toStdString();
    project::saveProject(p, path);
    const project::LoadedProject loaded = project::loadProject(path);
    QCOMPARE(loaded.project.candidates.at(0).parcelIds, kIds);
    QCOMPARE(loaded.project.candidates.at(1).parcelIds, (std::vector<std::string>{"3", "12", "25:34:7"}));

    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    OGRLayer* candidates = ds->GetLayerByName("hp_candidates");
    QVERIFY(candidates);
    std::vector<std::string> stored;
    for (auto& feature : *candidates) stored.emplace_back(feature->GetFieldAsString("parcel_ids"));
    QCOMPARE(stored.at(0), std::string("[\"25:34:010101:11\",\"KR-12,a\",\"粤-13\",\"x\\\"14\"]"));
    QCOMPARE(stored.at(1), std::string("3,12,25:34:7"));
  }

  // marxan-export numbers text ids 1..n and writes parcel_ids.csv; the solve's answer comes back
  // as the user's ids, as a candidate and as a column; a solution moved away needs --unit-ids.
  void marxanRoundTrip() {
    const QString parcels = tmp_.filePath("text_parcels.gpkg");
    writeVectorLayer(parcels.toStdString(), textParcels());
    project::Project p;
    p.crs = Crs::fromEpsg(32652);
    p.layers.push_back({project::LayerRole::Parcels, "Parcels", parcels.toStdString(), "parcels", true, 1.0, ""});
    const QString projectPath = tmp_.filePath("text.hplan");
    project::saveProject(p, projectPath.toStdString());

    auto r = runCli({"marxan-export", "--parcels", parcels, "--feature-field", "habitat_ha", "--target-prop", "0.5", "--lock-out",
                     "\"KR-12,a\"", "--out", tmp_.filePath("mx")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const ranking::MarxanUnitIds table = ranking::readMarxanUnitIds(tmp_.filePath("mx/input/parcel_ids.csv").toStdString());
    QCOMPARE(table.parcelOf.size(), std::size_t(4));
    for (std::size_t i = 0; i < 4; ++i) QCOMPARE(table.parcelOf.at(std::int64_t(i) + 1), kIds[i]);
    // KR-12,a locked out: the cheapest cover left is 11 + 14 (5 + 2).
    r = runCli({"marxan-solve", tmp_.filePath("mx/input.dat"), "--out", tmp_.filePath("mx/output"), "--time-limit", "20"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString best = tmp_.filePath("mx/output/output_best.csv");
    r = runCli({"marxan-import", "--project", projectPath, "--solution", best, "--candidate", "Marxan"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const project::LoadedProject loaded = project::loadProject(projectPath.toStdString());
    const project::Candidate* c = loaded.project.candidate("Marxan");
    QVERIFY(c);
    QCOMPARE(c->parcelIds, (std::vector<std::string>{"25:34:010101:11", "x\"14"}));

    r = runCli({"marxan-import", "--parcels", parcels, "--solution", best, "--field", "chosen", "--out", tmp_.filePath("chosen.gpkg")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const VectorLayer column = readVectorLayer(tmp_.filePath("chosen.gpkg").toStdString());
    std::vector<std::string> chosen;
    for (const Feature& f : column.features)
      if (toNumber(f.attributes[std::size_t(column.fieldIndex("chosen"))]) == 1.0) chosen.push_back(toString(f.attributes[0]));
    QCOMPARE(chosen, (std::vector<std::string>{"25:34:010101:11", "x\"14"}));

    // Away from its Marxan folder the solution's numbers mean nothing: a clear error, then --unit-ids.
    QDir().mkpath(tmp_.filePath("elsewhere"));
    const QString moved = tmp_.filePath("elsewhere/best.csv");
    QVERIFY(QFile::copy(best, moved));
    r = runCli({"marxan-import", "--project", projectPath, "--solution", moved, "--candidate", "Moved"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(moved) && r.err.contains("no parcel of the layer"), qPrintable(r.err));
    r = runCli({"marxan-import", "--project", projectPath, "--solution", moved, "--candidate", "Moved", "--unit-ids",
                tmp_.filePath("mx/input/parcel_ids.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(project::loadProject(projectPath.toStdString()).project.candidate("Moved")->parcelIds, c->parcelIds);
  }

  // Numbered parcels keep their numbers as planning units, so Marxan files stay readable by eye.
  void numberedParcelsKeepTheirNumbers() {
    QCOMPARE(ranking::marxanUnitNumbers({"11", "12", "400"}), (std::vector<std::int64_t>{11, 12, 400}));
    QCOMPARE(ranking::marxanUnitNumbers({"11", "0", "400"}), (std::vector<std::int64_t>{1, 2, 3}));
    QCOMPARE(ranking::marxanUnitNumbers({"11", "3000000000"}), (std::vector<std::int64_t>{1, 2}));
    QCOMPARE(ranking::marxanUnitNumbers({"11", "A"}), (std::vector<std::int64_t>{1, 2}));
  }
};

QTEST_GUILESS_MAIN(TestParcelIds)
#include "test_parcel_ids.moc"
