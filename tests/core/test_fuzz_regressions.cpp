// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs the fuzzers (fuzz/, docs/RELIABILITY.md "Fuzzing") stopped on, fed to the same readers: each
// must end, quickly, in the outcome written here. The files are in tests/data/fuzz-regressions/;
// a fuzzer's first byte (its option switch) is kept in the file and skipped here as the fuzzer does.
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

#include "geo/Error.h"
#include "io/RasterSource.h"
#include "io/VectorReader.h"

using namespace hp;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

QString dataFile(const char* name) {
  return QStringLiteral(HP_FUZZ_REGRESSIONS_DIR "/") + QLatin1String(name);
}

// The outcome of `read`: "ok", or the name of the hp::Error's code.
QString outcome(const std::function<void()>& read) {
  try {
    read();
  } catch (const Error& e) {
    return QString::fromLatin1(errorCodeName(e.code()));
  }
  return QStringLiteral("ok");
}

// The fuzzer's input minus its first byte, as a file with `suffix` in `dir`.
std::string withoutSwitchByte(const QTemporaryDir& dir, const char* name, const char* suffix) {
  QFile in(dataFile(name));
  if (!in.open(QIODevice::ReadOnly)) qFatal("cannot read %s", name);
  const QString path = dir.filePath(QStringLiteral("input") + QLatin1String(suffix));
  QFile out(path);
  if (!out.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
  out.write(in.readAll().mid(1));
  return path.toStdString();
}

}  // namespace

class TestFuzzRegressions : public QObject {
  Q_OBJECT

 private slots:
  // fuzz_forest_raster: a TIFF whose directory chain points past the end of the file (offset
  // 1330400843) and whose tags are out of order. Stopped the fuzzer as a 10 s timeout on a loaded
  // machine; alone it must be refused in well under a second.
  void rasterWithBrokenDirectory() {
    const std::string path = dataFile("raster-bad-ifd-timeout.tif").toStdString();
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(outcome([&] { (void)RasterSource::open(path); }), QStringLiteral("missing geotransform"));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed()) + " ms"));
  }

  // fuzz_vector: a GML file (first byte 3: ".gml") that GDAL's NAS driver takes, with a broken
  // envelope tag. GDAL 3.6 leaks an OGRSpatialReference opening it (fuzz/lsan-suppressions.txt); the
  // reader must list its layers and refuse the broken feature as corrupt data, without crashing.
  void gmlTakenByTheNasDriver() {
    if (kAddressSanitizer) QSKIP("GDAL's own leak on this file would fail the leak check (fuzz/lsan-suppressions.txt)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = withoutSwitchByte(dir, "vector-nas-gdal-leak.gml", ".gml");
    const std::vector<std::string> layers = listVectorLayers(path);
    QCOMPARE(layers.size(), std::size_t(2));
    QCOMPARE(layers.front(), std::string("parcels"));
    QCOMPARE(outcome([&] { (void)readVectorLayer(path); }), QStringLiteral("corrupt data"));
  }

  // fuzz_vector: a KML polygon (first byte 2: ".kml") of 10 000 vertices whose ring winds three times
  // round and zigzags, crossing itself 614 156 times. GEOS MakeValid (LINEWORK) took > 25 s on the
  // fuzzer's (10 197 vertices; this file is made to the same pattern, as the artifact was not kept) and
  // > 2 min here: the reader now counts the crossings, stops at 10 001 and refuses the feature.
  void kmlRingTooTangledToRepair() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = withoutSwitchByte(dir, "vector-tangled-ring-timeout.kml", ".kml");
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(outcome([&] { (void)readVectorLayer(path); }), QStringLiteral("invalid geometry"));
    // Under ASan most of the time is GDAL's KML driver growing the coordinates' text by realloc (ASan's
    // always moves): about 3 s.
    const qint64 limit = kAddressSanitizer ? 10000 : 2000;
    QVERIFY2(clock.elapsed() < limit, qPrintable(QString::number(clock.elapsed()) + " ms"));
  }

  // fuzz_vector: a FlatGeobuf file (first byte 5: ".fgb") of 3 multipolygons, one with a broken ring. MakeValid's
  // STRUCTURE method buffers its ring by zero; GEOS 3.11 throws there and leaks the subgraphs it built
  // (suppressed by function in tests/ and fuzz/lsan-suppressions.txt), OGR returns no geometry. The
  // reader carries on to the third feature, which FlatGeobuf's verifier refuses: corrupt data.
  void geosBufferLeakOnBrokenRing() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = withoutSwitchByte(dir, "vector-geos-buffer-leak.fgb", ".fgb");
    QCOMPARE(outcome([&] { (void)readVectorLayer(path); }), QStringLiteral("corrupt data"));
  }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
