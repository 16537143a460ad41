// SPDX-License-Identifier: GPL-3.0-or-later
// The model configuration (core/model/ModelConfig.h) and its file (core/capacity/ModelFile.h):
// defaults, round trip, and a clear error for every kind of bad file.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "capacity/ModelFile.h"
#include "geo/Error.h"
#include "model/ModelConfig.h"

using namespace hp;
using namespace hp::model;

class TestModelConfig : public QObject {
  Q_OBJECT

  QTemporaryDir tmp_;

 private slots:
  void defaults() {
    const ModelConfig c = parseModelConfig("{}");
    QCOMPARE(c.minCanopyPct, 60.0);
    QCOMPARE(c.territoryMinSqMi, 16.0);
    QCOMPARE(c.territoryMaxSqMi, 120.0);
    QVERIFY(c.qualityRasters.empty());
  }

  void partialFileKeepsOtherDefaults() {
    const ModelConfig c = parseModelConfig(R"({"min_canopy_pct": 50, "territory_max_sqmi": 100.5})");
    QCOMPARE(c.minCanopyPct, 50.0);
    QCOMPARE(c.territoryMinSqMi, 16.0);
    QCOMPARE(c.territoryMaxSqMi, 100.5);
  }

  void qualityRasters() {
    const ModelConfig c = parseModelConfig(
        R"({"quality_rasters": [{"path": "prey.tif"}, {"path": "/d/towns.tif", "band": 2, "effect": "disturbance"}]})");
    QCOMPARE(c.qualityRasters.size(), std::size_t(2));
    QCOMPARE(c.qualityRasters[0].path, std::string("prey.tif"));
    QCOMPARE(c.qualityRasters[0].band, 1);
    QVERIFY(c.qualityRasters[0].effect == QualityEffect::Prey);
    QCOMPARE(c.qualityRasters[1].band, 2);
    QVERIFY(c.qualityRasters[1].effect == QualityEffect::Disturbance);
  }

  void roundTrip() {
    ModelConfig c;
    c.minCanopyPct = 55;
    c.territoryMinSqMi = 20;
    c.territoryMaxSqMi = 90;
    c.qualityRasters.push_back({"a.tif", 3, QualityEffect::Disturbance});
    QVERIFY(modelConfigFromJson(toJson(c)) == c);
    QVERIFY(parseModelConfig(toJson(ModelConfig{}).dump()) == ModelConfig{});
  }

  void errors_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << R"({"min_canopy": 60})" << "unknown key 'min_canopy'";
    QTest::newRow("wrong type") << R"({"min_canopy_pct": "60"})" << "'min_canopy_pct' must be a number";
    QTest::newRow("null") << R"({"territory_min_sqmi": null})" << "'territory_min_sqmi' must be a number";
    QTest::newRow("canopy below 0") << R"({"min_canopy_pct": -1})" << "'min_canopy_pct' must lie in 0..100";
    QTest::newRow("canopy above 100") << R"({"min_canopy_pct": 100.5})" << "'min_canopy_pct' must lie in 0..100";
    QTest::newRow("T_min zero") << R"({"territory_min_sqmi": 0})" << "'territory_min_sqmi' must be above 0";
    QTest::newRow("T_min above T_max") << R"({"territory_min_sqmi": 130})" << "must not exceed 'territory_max_sqmi'";
    QTest::newRow("T_max negative") << R"({"territory_max_sqmi": -5})" << "'territory_max_sqmi' must be above 0";
    QTest::newRow("not an object") << R"([1, 2])" << "must be a JSON object";
    QTest::newRow("syntax") << R"({"min_canopy_pct": 60,})" << "not valid JSON";
    QTest::newRow("rasters not array") << R"({"quality_rasters": {}})" << "'quality_rasters' must be an array";
    QTest::newRow("raster without path") << R"({"quality_rasters": [{"band": 1}]})" << "'quality_rasters[0].path' is missing";
    QTest::newRow("raster unknown key") << R"({"quality_rasters": [{"path": "a", "weight": 2}]})"
                                        << "unknown key 'quality_rasters[0].weight'";
    QTest::newRow("raster bad effect") << R"({"quality_rasters": [{"path": "a", "effect": "boost"}]})"
                                       << "'quality_rasters[0].effect' must be \"prey\" or \"disturbance\"";
    QTest::newRow("raster band 0") << R"({"quality_rasters": [{"path": "a", "band": 0}]})" << "'quality_rasters[0].band' must be 1 or more";
    QTest::newRow("raster band 1.5") << R"({"quality_rasters": [{"path": "a", "band": 1.5}]})" << "'quality_rasters[0].band' must be a whole number";
  }
  void errors() {
    QFETCH(QString, json);
    QFETCH(QString, mentions);
    try {
      parseModelConfig(json.toStdString(), "model.json");
      QFAIL("no error");
    } catch (const Error& e) {
      QCOMPARE(int(e.code()), int(ErrorCode::InvalidModel));
      QCOMPARE(QString::fromStdString(e.file()), QStringLiteral("model.json"));
      QVERIFY2(QString::fromStdString(e.cause()).contains(mentions), e.what());
    }
  }

  void fileResolvesRelativeRasterPaths() {
    QVERIFY(tmp_.isValid());
    const QString path = tmp_.filePath("m.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"min_canopy_pct": 65, "quality_rasters": [{"path": "layers/prey.tif"}, {"path": "/abs/d.tif"}]})");
    f.close();
    const ModelConfig c = capacity::readModelFile(path.toStdString());
    QCOMPARE(c.minCanopyPct, 65.0);
    QCOMPARE(QString::fromStdString(c.qualityRasters[0].path), tmp_.filePath("layers/prey.tif"));
    QCOMPARE(c.qualityRasters[1].path, std::string("/abs/d.tif"));

    const QString saved = tmp_.filePath("saved.json");
    capacity::writeModelFile(saved.toStdString(), c);
    QVERIFY(capacity::readModelFile(saved.toStdString()) == c);
  }

  void missingFile() {
    try {
      capacity::readModelFile(tmp_.filePath("none.json").toStdString());
      QFAIL("no error");
    } catch (const Error& e) {
      QCOMPARE(int(e.code()), int(ErrorCode::FileNotFound));
      QVERIFY(QString::fromStdString(e.file()).endsWith("none.json"));
    }
  }
};

QTEST_APPLESS_MAIN(TestModelConfig)
#include "test_model_config.moc"
