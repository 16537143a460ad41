// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli export-map --robustness: the ranking across scenarios drawn as a layer, its legend
// "Chosen in k of N scenarios" on the page with N as rank --scenarios counts it; nothing of it
// without the flag; the flags' usage errors.
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "support/CliRunner.h"
#include "test_export_support.h"

using namespace hp;

class TestExportRobustness : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    project_ = test::writeExportProject(dir_.path());
  }

  void legendSaysHowManyScenarios() {
    if (!test::havePdfToText()) QSKIP("pdftotext (poppler-utils) is not installed");
    // The 12 parcels cost 1000 × parcel_id, 78,000 USD in all: a third of it.
    const QString budget = QStringLiteral("26000");
    const test::CliResult rank = test::runCli({QStringLiteral("rank"), QStringLiteral("--project"), project_, QStringLiteral("--budget"), budget,
                                               QStringLiteral("--scenarios"), QStringLiteral("default"), QStringLiteral("--time-limit"),
                                               QStringLiteral("5"), QStringLiteral("--out"), dir_.filePath(QStringLiteral("order.csv"))});
    QVERIFY2(rank.exitCode == 0, qPrintable(rank.err));
    static const QRegularExpression runs(QStringLiteral("^(\\d+) scenarios: "), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = runs.match(rank.out);
    QVERIFY2(m.hasMatch(), qPrintable(rank.out));
    const QString n = m.captured(1);
    QCOMPARE(n, QStringLiteral("7"));  // the default model: base, T16, T40, T80, T120, canopy50, canopy70

    const QString pdf = dir_.filePath(QStringLiteral("robust.pdf"));
    const test::CliResult r = test::runCli({QStringLiteral("export-map"), QStringLiteral("--project"), project_, QStringLiteral("--out"), pdf,
                                            QStringLiteral("--dpi"), QStringLiteral("72"), QStringLiteral("--robustness"), QStringLiteral("default"),
                                            QStringLiteral("--budget"), budget, QStringLiteral("--time-limit"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = test::pdfText(pdf);
    for (const QString& want : {QStringLiteral("Chosen in 7 of 7 scenarios"), QStringLiteral("Chosen in 1 to 6 of 7 scenarios"),
                                QStringLiteral("Chosen in 0 of 7 scenarios"), test::kNorthRidge, QStringLiteral("River basins")})
      QVERIFY2(text.contains(want), qPrintable(QStringLiteral("'%1' is not in the PDF: %2").arg(want, text)));
    const QString png = dir_.filePath(QStringLiteral("robust.png"));
    QCOMPARE(test::runCli({QStringLiteral("export-map"), QStringLiteral("--project"), project_, QStringLiteral("--out"), png, QStringLiteral("--dpi"),
                           QStringLiteral("100"), QStringLiteral("--robustness"), QStringLiteral("default"), QStringLiteral("--budget"), budget,
                           QStringLiteral("--time-limit"), QStringLiteral("5")})
                 .exitCode,
             0);
    if (const QString shots = qEnvironmentVariable("HP_SCREENSHOT_DIR"); !shots.isEmpty()) {
      QFile::remove(QDir(shots).filePath(QStringLiteral("robustness_export.png")));
      QVERIFY(QFile::copy(png, QDir(shots).filePath(QStringLiteral("robustness_export.png"))));
    }

    // Without the flag the page has none of it.
    const QString plainPdf = dir_.filePath(QStringLiteral("plain.pdf"));
    QCOMPARE(test::runCli({QStringLiteral("export-map"), QStringLiteral("--project"), project_, QStringLiteral("--out"), plainPdf,
                           QStringLiteral("--dpi"), QStringLiteral("72")})
                 .exitCode,
             0);
    QVERIFY(!test::pdfText(plainPdf).contains(QStringLiteral("scenarios")));
  }

  void scenariosFileSetsN() {
    if (!test::havePdfToText()) QSKIP("pdftotext (poppler-utils) is not installed");
    const QString json = dir_.filePath(QStringLiteral("two.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"([{"name": "small", "territory_min_sqmi": 16, "territory_max_sqmi": 16}, {"name": "large", "territory_min_sqmi": 120, "territory_max_sqmi": 120}])");
    f.close();
    const QString pdf = dir_.filePath(QStringLiteral("two.pdf"));
    const test::CliResult r = test::runCli({QStringLiteral("export-map"), QStringLiteral("--project"), project_, QStringLiteral("--out"), pdf,
                                            QStringLiteral("--dpi"), QStringLiteral("72"), QStringLiteral("--robustness"), json,
                                            QStringLiteral("--budget"), QStringLiteral("26000"), QStringLiteral("--time-limit"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = test::pdfText(pdf);
    // Two scenarios: one row per count, no ramp.
    for (const QString& want : {QStringLiteral("Chosen in 2 of 2 scenarios"), QStringLiteral("Chosen in 1 of 2 scenarios"),
                                QStringLiteral("Chosen in 0 of 2 scenarios")})
      QVERIFY2(text.contains(want), qPrintable(QStringLiteral("'%1' is not in the PDF: %2").arg(want, text)));
    QVERIFY(!text.contains(QStringLiteral(" to ")));
  }

  void usageErrors_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("no budget") << QStringList{QStringLiteral("--robustness"), QStringLiteral("default")} << QStringLiteral("--robustness needs --budget");
    QTest::newRow("bad budget") << QStringList{QStringLiteral("--robustness"), QStringLiteral("default"), QStringLiteral("--budget"), QStringLiteral("-5")}
                                << QStringLiteral("--robustness needs --budget");
    QTest::newRow("budget alone") << QStringList{QStringLiteral("--budget"), QStringLiteral("100")} << QStringLiteral("need --robustness");
    QTest::newRow("empty") << QStringList{QStringLiteral("--robustness="), QStringLiteral("--budget"), QStringLiteral("100")}
                           << QStringLiteral("--robustness takes 'default' or a JSON file");
  }
  void usageErrors() {
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const test::CliResult r =
        test::runCli(QStringList{QStringLiteral("export-map"), QStringLiteral("--project"), project_, QStringLiteral("--out"), dir_.filePath(QStringLiteral("x.pdf"))} + extra);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
  }

 private:
  QTemporaryDir dir_;
  QString project_;
};

QTEST_MAIN(TestExportRobustness)
#include "test_export_robustness.moc"
