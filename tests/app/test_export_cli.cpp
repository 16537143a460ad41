// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli export-map end to end, as a script runs it: for every page language the PDF's text holds
// the title, the legend's entries and the candidates' figures as the reader's locale writes them; the PNG
// has the page's size and the map where the layout puts it; the SVG parses; bad arguments exit 2.
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include "export/LayoutContent.h"
#include "export/LayoutTexts.h"
#include "corridor/Corridors.h"
#include "export/MapLayout.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectFile.h"
#include "support/CliRunner.h"
#include "test_export_support.h"

using namespace hp;
using namespace hp::exporting;

class TestExportCli : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    project_ = test::writeExportProject(dir_.path());
    content_ = LayoutContent::fromProject(project::loadProject(project_.toStdString()).project);
  }

  void pdfText_data() {
    QTest::addColumn<QString>("language");
    for (const QString& l : layoutLanguages()) QTest::newRow(qPrintable(l)) << l;
  }
  void pdfText() {
    QFETCH(QString, language);
    if (!test::havePdfToText()) QSKIP("pdftotext (poppler-utils) is not installed");
    const QString pdf = dir_.filePath(QStringLiteral("map_%1.pdf").arg(language));
    const QString title = test::titleFor(language);
    const test::CliResult r = test::runCli({QStringLiteral("export-map"), QStringLiteral("--project"), project_,
                                            QStringLiteral("--out"), pdf, QStringLiteral("--lang"), language,
                                            QStringLiteral("--title"), title, QStringLiteral("--dpi"), QStringLiteral("72")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = test::pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext found no text");
    const LayoutTexts t(language);
    // The locale writes groups with no-break spaces; pdfText made every space one space.
    auto plain = [](QString s) { return s.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' ')); };
    const QStringList expected = {
        title,
        // legend: the layers and the candidates
        t.layerName(QStringLiteral("River basins")), t.layerName(QStringLiteral("Existing reserve")), test::kNorthRidge,
        test::kSouthPlot,
        // figures: 9 and 4.5 km², 3.5 and 1.7 sq mi, USD 42,000 and 3,000
        t.number(9.0, 1), t.number(4.5, 1), t.number(3.5, 1), t.number(1.7, 1), plain(t.usd(42000)), plain(t.usd(3000)),
        t.legend(), t.scale(), t.crs(), QStringLiteral("UTM zone 52N"), QStringLiteral("forest.tif")};
    for (const QString& want : expected)
      QVERIFY2(text.contains(test::nfkc(want)), qPrintable(QStringLiteral("'%1' is not in the %2 PDF: %3").arg(want, language, text)));
    // Graticule labels at the frame (131°E and 43°N lie in or near the fixture) and the scale bars' units.
    static const QRegularExpression east(QStringLiteral("13[01]°(\\d+′)?E")), north(QStringLiteral("43°(\\d+′)?N"));
    QVERIFY2(text.contains(east) && text.contains(north), qPrintable(text));
    QVERIFY(text.contains(test::nfkc(t.kilometres())) && text.contains(test::nfkc(t.miles())));
    // Each candidate's leopards with the min–max range, as core computed them.
    for (const CandidateFiguresRow& f : content_->figures)
      QVERIFY2(text.contains(test::nfkc(t.leopardRange(f.capacity.leopardsMin, f.capacity.leopardsMax))), qPrintable(text));
  }

  // Vectors stay vectors: the only images in the PDF are the forest raster in the frame and in the
  // locator; layers, candidates, legend, table and text are drawn, not pasted.
  void pdfKeepsVectors() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()) QSKIP("pdfimages (poppler-utils) is not installed");
    const QString pdf = dir_.filePath(QStringLiteral("vectors.pdf"));
    const test::CliResult r = test::runCli({QStringLiteral("export-map"), QStringLiteral("--project"), project_,
                                            QStringLiteral("--out"), pdf, QStringLiteral("--dpi"), QStringLiteral("72")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY(p.waitForFinished(30000));
    int images = 0;
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
      if (line.simplified().section(QLatin1Char(' '), 2, 2) == QLatin1String("image")) ++images;
    QCOMPARE(images, 2);
  }

  void pngAtDpi() {
    const QString png = dir_.filePath(QStringLiteral("map.png"));
    const test::CliResult r = test::runCli({QStringLiteral("export-map"), QStringLiteral("--project"), project_,
                                            QStringLiteral("--candidate"), test::kNorthRidge, QStringLiteral("--out"), png,
                                            QStringLiteral("--page"), QStringLiteral("Letter"), QStringLiteral("--landscape"),
                                            QStringLiteral("--dpi"), QStringLiteral("50"), QStringLiteral("--lang"),
                                            QStringLiteral("en+ko")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(550, 425));  // 11 x 8.5 in at 50 dpi
    // The same layout in-process says where the frame is.
    PageSetup page;
    page.paper = PaperSize::Letter;
    page.landscape = true;
    page.dpi = 50;
    LayoutOptions options;
    options.candidate = test::kNorthRidge;
    options.subtitle = test::kNorthRidge;
    options.language = QStringLiteral("en+ko");
    const MapLayout layout(content_, page, options);
    const QRectF mm = layout.mapFrameMm();
    const Extent e = layout.mapExtent();
    // North ridge, x 680000..686000, y 4798500..4800000, on the page in pixels (a pixel in from its edge).
    const double pxPerMm = 50 / 25.4;
    auto px = [&](double x, double y) {
      return QPointF((mm.left() + (x - e.minX) / e.width() * mm.width()) * pxPerMm,
                     (mm.top() + (e.maxY - y) / e.height() * mm.height()) * pxPerMm);
    };
    const QRect candidate = QRectF(px(680000, 4800000), px(686000, 4798500)).toRect().adjusted(1, 1, -1, -1);
    QVERIFY(candidate.width() > 100 && candidate.height() > 15);
    long ink = 0;
    for (int y = candidate.top(); y <= candidate.bottom(); ++y)
      for (int x = candidate.left(); x <= candidate.right(); ++x) ink += (image.pixel(x, y) & 0xffffff) != 0xffffff;
    QCOMPARE(ink, long(candidate.width()) * candidate.height());
    // Beyond the data (the fixture ends at y 4800000) the frame is paper.
    const QPointF above = px(683000, 4800000 + 0.4 * (e.maxY - 4800000));
    QVERIFY(e.maxY > 4800300);
    QCOMPARE(image.pixel(above.toPoint()) & 0xffffff, 0xffffffu);
    QCOMPARE(image.pixel(2, 2) & 0xffffff, 0xffffffu);  // the margin stays paper
  }

  // --corridors: a legend line "Corridor" and the table's corridor columns with core's figures; without
  // it the page says nothing of corridors.
  void corridorsOnThePage() {
    if (!test::havePdfToText()) QSKIP("pdftotext (poppler-utils) is not installed");
    const QString plain = dir_.filePath(QStringLiteral("plain.pdf"));
    QCOMPARE(test::runCli({QStringLiteral("export-map"), QStringLiteral("--project"), project_, QStringLiteral("--out"),
                           plain, QStringLiteral("--dpi"), QStringLiteral("72")}).exitCode, 0);
    QVERIFY(!test::pdfText(plain).contains(QStringLiteral("Corridor")));

    const QString pdf = dir_.filePath(QStringLiteral("corridors.pdf"));
    const test::CliResult r = test::runCli({QStringLiteral("export-map"), QStringLiteral("--project"), project_,
                                            QStringLiteral("--out"), pdf, QStringLiteral("--dpi"), QStringLiteral("72"),
                                            QStringLiteral("--corridors")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = test::pdfText(pdf);
    const LayoutTexts t(QStringLiteral("en"));
    for (const QString& want : {t.corridor(), t.headerCorridorCost(), t.headerCorridorLength(), t.headerCorridorWidth()})
      QVERIFY2(text.contains(want), qPrintable(QStringLiteral("'%1' is not in the PDF: %2").arg(want, text)));
    const project::Project p = project::loadProject(project_.toStdString()).project;
    corridor::CorridorOptions reserveOnly;
    reserveOnly.betweenCandidates = false;
    const auto links = corridor::projectCorridors(p, project::loadProjectData(p), reserveOnly);
    QCOMPARE(links.size(), std::size_t(2));
    for (const corridor::CorridorLink& l : links) {
      QVERIFY(l.reachable);
      const QString cell = l.lengthKm == 0 ? t.corridorTouches() : t.number(l.costKm, 1) + QLatin1Char(' ') + t.number(l.lengthKm, 1);
      QVERIFY2(text.contains(cell), qPrintable(QStringLiteral("'%1' is not in the PDF: %2").arg(cell, text)));
    }
  }

  void svgParses() {
    const QString svg = dir_.filePath(QStringLiteral("map.svg"));
    const test::CliResult r = test::runCli({QStringLiteral("export-map"), QStringLiteral("--project"), project_,
                                            QStringLiteral("--out"), svg, QStringLiteral("--page"), QStringLiteral("A3"),
                                            QStringLiteral("--lang"), QStringLiteral("en+ru")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(std::abs(renderer.viewBoxF().height() - 420 / 25.4 * 72) < 1);  // A3 portrait is 420 mm tall
  }

  void usageErrors_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")};
    QTest::newRow("page") << QStringList{QStringLiteral("--page"), QStringLiteral("B5")};
    QTest::newRow("dpi") << QStringList{QStringLiteral("--dpi"), QStringLiteral("lots")};
    QTest::newRow("candidate") << QStringList{QStringLiteral("--candidate"), QStringLiteral("Nowhere")};
  }
  void usageErrors() {
    QFETCH(QStringList, extra);
    const QString out = dir_.filePath(QStringLiteral("refused.pdf"));
    const test::CliResult r =
        test::runCli(QStringList{QStringLiteral("export-map"), QStringLiteral("--project"), project_, QStringLiteral("--out"), out} + extra);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("export-map")));
    QVERIFY(!QFile::exists(out));
  }

  void wrongExtensionAndMissingProject() {
    QCOMPARE(test::runCli({QStringLiteral("export-map"), QStringLiteral("--project"), project_, QStringLiteral("--out"),
                           dir_.filePath(QStringLiteral("map.docx"))}).exitCode, 2);
    const test::CliResult r = test::runCli({QStringLiteral("export-map"), QStringLiteral("--project"),
                                            dir_.filePath(QStringLiteral("none.hplan")), QStringLiteral("--out"),
                                            dir_.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("none.hplan")));
  }

 private:
  QTemporaryDir dir_;
  QString project_;
  std::shared_ptr<LayoutContent> content_;
};

QTEST_MAIN(TestExportCli)
#include "test_export_cli.moc"
