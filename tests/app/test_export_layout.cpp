// SPDX-License-Identifier: GPL-3.0-or-later
// The print layout in-process: page sizes, texts and fonts per language, where the map goes and what it
// shows, true north, and the files MapExport writes.
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QSvgRenderer>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QtTest>

#include "export/LayoutContent.h"
#include "export/LayoutGraticule.h"
#include "export/LayoutTexts.h"
#include "export/MapExport.h"
#include "export/MapLayout.h"
#include "geo/Error.h"
#include "project/ProjectFile.h"
#include "test_export_support.h"

using namespace hp;
using namespace hp::exporting;

namespace {

// The share of pixels in `r` that are not white.
double inkShare(const QImage& image, const QRect& r) {
  long ink = 0, all = 0;
  for (int y = r.top(); y <= r.bottom(); ++y)
    for (int x = r.left(); x <= r.right(); ++x) {
      ++all;
      if ((image.pixel(x, y) & 0xffffff) != 0xffffff) ++ink;
    }
  return all ? double(ink) / double(all) : 0.0;
}

QStringList allTexts(const LayoutTexts& t) {
  return {t.defaultTitle(),      t.legend(),          t.candidateFigures(), t.topParcels(),
          t.scale(),             t.northLetter(),     t.kilometres(),      t.miles(),            t.crs(),
          t.dataSources(),       t.date(),            t.region(),          t.mapFrame(),         t.headerCandidate(),
          t.headerAreaKm2(),     t.headerAreaSqMi(),  t.headerCost(),      t.headerLeopards(),   t.headerRange(),
          t.headerParcels(),     t.headerParcel(),    t.headerLeopardsAdded()};
}

}  // namespace

class TestExportLayout : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    const QString path = test::writeExportProject(dir_.path());
    project_ = project::loadProject(path.toStdString()).project;
    content_ = LayoutContent::fromProject(project_);
    QVERIFY(content_->problems.isEmpty());
  }

  void pageSizes() {
    PageSetup a4;
    QCOMPARE(a4.sizeMm().toSize(), QSize(210, 297));
    a4.dpi = 100;
    QCOMPARE(a4.sizePixels(), QSize(827, 1169));  // 210 / 25.4 * 100 = 826.8
    PageSetup letter;
    letter.paper = PaperSize::Letter;
    letter.landscape = true;
    QVERIFY(std::abs(letter.sizeMm().width() - 279.4) < 0.1);
    QVERIFY(std::abs(letter.sizePoints().height() - 612) < 0.5);  // 8.5 in
    QCOMPARE(PageSetup::paperFromName(QStringLiteral("a3")), std::optional<PaperSize>(PaperSize::A3));
    QCOMPARE(PageSetup::paperFromName(QStringLiteral("B5")), std::optional<PaperSize>());
    QCOMPARE(letter.pageLayout().orientation(), QPageLayout::Landscape);
  }

  void texts_data() {
    QTest::addColumn<QString>("language");
    for (const QString& l : layoutLanguages()) QTest::newRow(qPrintable(l)) << l;
  }
  // Every fixed text exists, and every character of it (and of the test's title in that script) has a
  // glyph in one of the layout's fonts: no tofu.
  void texts() {
    QFETCH(QString, language);
    const LayoutTexts t(language);
    QCOMPARE(t.languages(), language.split(QLatin1Char('+')));
    const QStringList texts = allTexts(t) + QStringList{test::titleFor(language), test::kSouthPlot,
                                                        t.longDate(QDate(2026, 11, 25)), t.number(1234.5, 1)};
    const QFont font = t.font(100);
    std::vector<QRawFont> raws;
    for (const QString& family : font.families()) {
      QFont f(family);
      f.setPixelSize(100);
      QVERIFY2(QFontDatabase::families().contains(family), qPrintable(family + " is not installed (scripts/setup.sh)"));
      raws.push_back(QRawFont::fromFont(f));
    }
    for (const QString& text : texts) {
      QVERIFY(!text.trimmed().isEmpty());
      for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('\n')) continue;
        const bool found = std::any_of(raws.begin(), raws.end(), [c](const QRawFont& r) { return r.supportsCharacter(c); });
        QVERIFY2(found, qPrintable(QStringLiteral("no glyph for U+%1 in '%2'").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(text)));
      }
    }
    QCOMPARE(font.families().constFirst(), QStringLiteral("Noto Sans"));
    QVERIFY(font.families().indexOf(LayoutTexts::familyFor(t.languages().constLast())) <= 1);
  }

  void numbersInTheReadersLocale() {
    QCOMPARE(LayoutTexts(QStringLiteral("en")).number(1234.5, 1), QStringLiteral("1,234.5"));
    QCOMPARE(LayoutTexts(QStringLiteral("ru")).number(1234.5, 1), QString::fromUtf8("1\u00a0234,5"));
    QCOMPARE(LayoutTexts(QStringLiteral("en+ru")).usd(42000), QString::fromUtf8("42\u00a0000"));
    QCOMPARE(LayoutTexts(QStringLiteral("zh_CN")).usd(42000), QStringLiteral("42,000"));
    QCOMPARE(LayoutTexts(QStringLiteral("ko")).leopardRange(3, 7), QString::fromUtf8("3–7"));
    QCOMPARE(LayoutTexts(QStringLiteral("xx")).languages(), QStringList{QStringLiteral("en")});
    // Bilingual: both languages, each said once when the translation is the same word.
    const LayoutTexts both(QStringLiteral("en+ru"));
    QVERIFY(both.legend().startsWith(QStringLiteral("Legend")));
    QVERIFY(both.isBilingual());
  }

  void candidatesFigures() {
    QCOMPARE(int(content_->figures.size()), 2);
    const CandidateFiguresRow& north = content_->figures[0];
    QCOMPARE(north.name, test::kNorthRidge);
    QVERIFY(std::abs(north.capacity.areaKm2 - 9.0) < 0.01);  // 4 squares of 1500 m
    QCOMPARE(north.costUsd, 42000.0);                          // 9 + 10 + 11 + 12 thousand
    QCOMPARE(int(north.parcels), 4);
    QVERIFY(std::abs(content_->figures[1].capacity.areaKm2 - 4.5) < 0.01);
    QCOMPARE(content_->figures[1].costUsd, 3000.0);
  }

  // The frame shows the fitted candidate whole, at the frame's aspect ratio.
  void frameFitsTheCandidate() {
    PageSetup page;
    LayoutOptions options;
    options.candidate = test::kNorthRidge;
    const MapLayout layout(content_, page, options);
    const Extent e = layout.mapExtent();
    const QRectF frame = layout.mapFrameMm();
    QVERIFY(QRectF(QPointF(0, 0), page.sizeMm()).contains(frame));
    QVERIFY(std::abs(e.width() / e.height() - frame.width() / frame.height()) < 1e-9);
    // North ridge: x 680000..686000, y 4798500..4800000.
    QVERIFY(e.contains(Extent{680000, 4798500, 686000, 4800000}));
    QVERIFY(e.width() < 6000 * 1.5 && e.height() < 6000 * 1.5 * frame.height() / frame.width() + 1);

    // Without a candidate: everything.
    const MapLayout all(content_, page, LayoutOptions{});
    QVERIFY(all.mapExtent().contains(Extent{680000, 4795500, 686000, 4800000}));
  }

  // UTM 52N at 131.2°E, 43.3°N: true north is turned west by the meridian convergence
  // γ = atan(tan(λ - λ0) sin φ) ≈ 1.52° (λ0 = 129°E).
  void trueNorth() {
    const Extent e{680000, 4795500, 686000, 4800000};
    double lon = e.centerX(), lat = e.centerY();
    QVERIFY(CoordinateTransform(project_.crs, Crs::wgs84()).transform(lon, lat));
    const double expected = -std::atan(std::tan((lon - 129.0) * M_PI / 180) * std::sin(lat * M_PI / 180)) * 180 / M_PI;
    QVERIFY2(std::abs(trueNorthDegrees(e, project_.crs) - expected) < 0.02,
             qPrintable(QString::number(trueNorthDegrees(e, project_.crs)) + " vs " + QString::number(expected)));
    QVERIFY(expected < -1.3 && expected > -1.8);
    QCOMPARE(trueNorthDegrees(Extent{130, 43, 131, 44}, Crs::wgs84()), 0.0);
  }

  // A PNG at 60 dpi: the page in pixels, the map where the layout puts its frame, white margins.
  void pngHasTheMapInItsFrame() {
    PageSetup page;
    page.dpi = 60;
    LayoutOptions options;
    options.title = test::titleFor(QStringLiteral("ru"));
    options.language = QStringLiteral("ru");
    const MapLayout layout(content_, page, options);
    const QString path = dir_.filePath(QStringLiteral("page.png"));
    exportMap(layout, path);
    QVERIFY(layout.problems().isEmpty());
    const QImage image(path);
    QCOMPARE(image.size(), page.sizePixels());
    QCOMPARE(image.size(), QSize(496, 702));  // 210 x 297 mm at 60 dpi: 496.1 x 701.6
    // The fixture's data, x 680000..686000, y 4795500..4800000, in page pixels: all of it map.
    const QRectF mm = layout.mapFrameMm();
    const Extent e = layout.mapExtent();
    const double pxPerMm = 60 / 25.4;
    auto px = [&](double x, double y) {
      return QPointF((mm.left() + (x - e.minX) / e.width() * mm.width()) * pxPerMm,
                     (mm.top() + (e.maxY - y) / e.height() * mm.height()) * pxPerMm);
    };
    const QRect data = QRectF(px(680000, 4800000), px(686000, 4795500)).toRect().adjusted(1, 1, -1, -1);
    QVERIFY(data.width() > 300);
    QCOMPARE(inkShare(image, data), 1.0);
    QCOMPARE(inkShare(image, QRect(0, 0, image.width(), 15)), 0.0);  // the top margin
  }

  void renderMapMatchesTheFrame() {
    const MapLayout layout(content_, PageSetup{}, LayoutOptions{});
    const QImage map = layout.renderMap(QSize(300, 200));
    QCOMPARE(map.size(), QSize(300, 200));
    QVERIFY(inkShare(map, map.rect()) > 0.5);
  }

  // A preview paints in a worker: two threads painting one layout at once get the page the GUI thread gets.
  void paintsFromWorkerThreads() {
    LayoutOptions options;
    options.candidate = test::kSouthPlot;
    options.date = QDate(2026, 11, 25);
    const MapLayout layout(content_, PageSetup{}, options);
    auto page = [&layout] {
      QImage image(300, 424, QImage::Format_ARGB32_Premultiplied);
      image.fill(Qt::white);
      QPainter painter(&image);
      layout.paint(painter, QRectF(image.rect()));
      return image;
    };
    const QImage here = page();
    QFuture<QImage> a = QtConcurrent::run(page), b = QtConcurrent::run(page);
    QVERIFY(a.result() == here);
    QVERIFY(b.result() == here);
  }

  void svgAndPdfAreWritten() {
    LayoutOptions options;
    options.language = QStringLiteral("en+zh_CN");
    options.title = test::titleFor(options.language);
    PageSetup page;
    page.landscape = true;
    page.paper = PaperSize::A3;
    const MapLayout layout(content_, page, options);
    const QString svg = dir_.filePath(QStringLiteral("page.svg"));
    exportMap(layout, svg);
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(std::abs(renderer.viewBoxF().width() - page.sizePoints().width()) < 1);
    const QString pdf = dir_.filePath(QStringLiteral("page.pdf"));
    exportMap(layout, pdf);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
  }

  // The optional table of top-ranked parcels: rows as the caller ranked them, figures in the locale.
  void topParcelsTable() {
    if (!test::havePdfToText()) QSKIP("pdftotext (poppler-utils) is not installed");
    auto content = std::make_shared<LayoutContent>(*content_);
    content->topParcels = {{"11", 2.25, 11000, 1.25}, {"7", 2.25, 7000, 0.5}};
    LayoutOptions options;
    options.showTopParcels = true;
    options.language = QStringLiteral("ru");
    const MapLayout layout(content, PageSetup{}, options);
    const QString pdf = dir_.filePath(QStringLiteral("top.pdf"));
    exportMap(layout, pdf);
    const QString text = test::pdfText(pdf);
    const LayoutTexts& t = layout.texts();
    for (const QString& want : {t.topParcels(), QStringLiteral("11 2,25 0,87 11 000 1,25"), QStringLiteral("7 2,25 0,87 7 000 0,50")})
      QVERIFY2(text.contains(test::nfkc(want)), qPrintable(want + " not in: " + text));
    // Without the option the table is not there.
    const MapLayout without(content, PageSetup{}, LayoutOptions{});
    exportMap(without, pdf);
    QVERIFY(!test::pdfText(pdf).contains(QStringLiteral("Top-ranked parcels")));
  }

  // A long bilingual title is set smaller rather than cut.
  void longTitleIsWhole() {
    if (!test::havePdfToText()) QSKIP("pdftotext (poppler-utils) is not installed");
    LayoutOptions options;
    options.language = QStringLiteral("en+ru");
    options.title = QString::fromUtf8("Reserve candidates for the Amur leopard / Кандидаты в резерваты леопарда");
    const QString pdf = dir_.filePath(QStringLiteral("long.pdf"));
    exportMap(MapLayout(content_, PageSetup{}, options), pdf);
    QVERIFY2(test::pdfText(pdf).contains(options.title), qPrintable(test::pdfText(pdf).left(200)));
  }

  // An unknown extension is refused before anything is written; a failed write leaves the old file.
  void writesAreAtomic() {
    const MapLayout layout(content_, PageSetup{}, LayoutOptions{});
    const QString txt = dir_.filePath(QStringLiteral("page.txt"));
    QVERIFY_THROWS_EXCEPTION(Error, exportMap(layout, txt));
    QVERIFY(!QFile::exists(txt));
    const QString missingDir = dir_.filePath(QStringLiteral("no/such/dir/page.pdf"));
    try {
      exportMap(layout, missingDir);
      QFAIL("no error for a folder that does not exist");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::WriteFailed);
      QCOMPARE(QString::fromStdString(e.file()), missingDir);
    }
    // Replacing a file leaves no temporary file beside it.
    const QString sub = dir_.filePath(QStringLiteral("replace"));
    QVERIFY(QDir().mkpath(sub));
    const QString kept = sub + QStringLiteral("/kept.png");
    {
      QFile f(kept);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("old");
    }
    PageSetup small;
    small.dpi = 30;
    exportMap(MapLayout(content_, small, LayoutOptions{}), kept);
    QCOMPARE(QImage(kept).size(), small.sizePixels());
    QCOMPARE(QDir(sub).entryList(QDir::Files), QStringList{QStringLiteral("kept.png")});
  }

 private:
  QTemporaryDir dir_;
  project::Project project_;
  std::shared_ptr<LayoutContent> content_;
};

QTEST_MAIN(TestExportLayout)
#include "test_export_layout.moc"
