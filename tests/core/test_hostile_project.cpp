// SPDX-License-Identifier: GPL-3.0-or-later
// Projects from someone else: layers named by URL, /vsi network paths or paths outside the project's
// folder open only when allowed; without permission nothing is requested from a server (a listener on
// 127.0.0.1 counts connections) and nothing outside is read (a FIFO outside would notice a reader).
// GDAL's messages about files that are not what they claim never show their bytes.
#include <QtTest>

#include <cpl_http.h>
#include <cpl_vsi.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "geo/Crs.h"
#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/RasterSource.h"
#include "io/VectorReader.h"
#include "model/ModelConfig.h"
#include "project/ExternalReferences.h"
#include "project/ProjectFile.h"
#include "support/ConnectionCounter.h"
#include "support/SquareForestProject.h"

using namespace hp;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(std::optional<hp::project::ExternalReason>)

namespace {

constexpr const char* kSecret = "SECRET-MARKER-7f3a";

void writeText(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string rasterVrt(const std::string& source, bool relative) {
  return "<VRTDataset rasterXSize=\"200\" rasterYSize=\"200\"><VRTRasterBand dataType=\"Byte\" band=\"1\"><SimpleSource>"
         "<SourceFilename relativeToVRT=\"" + std::string(relative ? "1" : "0") + "\">" + source +
         "</SourceFilename><SourceBand>1</SourceBand></SimpleSource></VRTRasterBand></VRTDataset>";
}

// Notices when anything opens the FIFO at `path` for reading: a writer blocks in open() until then.
class FifoWatch {
 public:
  explicit FifoWatch(const std::string& path) : path_(path) {
    ok_ = ::mkfifo(path.c_str(), 0600) == 0;
    if (ok_) thread_ = std::thread([this] {
      const int fd = ::open(path_.c_str(), O_WRONLY);
      opened_ = true;
      if (fd >= 0) ::close(fd);
    });
  }
  ~FifoWatch() {
    if (!ok_) return;
    if (!opened_) {  // release the writer: this read end is ours, after the test looked
      const int fd = ::open(path_.c_str(), O_RDONLY | O_NONBLOCK);
      thread_.join();
      if (fd >= 0) ::close(fd);
    } else {
      thread_.join();
    }
  }
  FifoWatch(const FifoWatch&) = delete;
  FifoWatch& operator=(const FifoWatch&) = delete;
  bool ok() const { return ok_; }
  bool opened() const { return opened_; }

 private:
  std::string path_;
  bool ok_ = false;
  std::atomic<bool> opened_{false};
  std::thread thread_;
};

}  // namespace

class TestHostileProject : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir tmp_;
  std::string root() const { return tmp_.path().toStdString(); }
  std::string folder() const { return root() + "/proj"; }
  std::string outside() const { return root() + "/outside"; }

  // The fixture project in proj/ (forest, basins, parcels inside) plus `extra` layers, saved as
  // proj/<name>.hplan.
  std::string saveWith(const std::string& name, const std::vector<std::string>& extra) {
    project::Project p = test::writeSquareForestProject(folder());
    for (const std::string& path : extra) p.layers.push_back({project::LayerRole::Other, path, path, "", true, 1, ""});
    const std::string file = folder() + "/" + name + ".hplan";
    project::saveProject(p, file);
    return file;
  }

 private slots:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    fs::create_directories(folder() + "/data");
    fs::create_directories(outside());
    gdal::ensureRegistered();
    QVERIFY(!test::writeSquareForestProject(outside()).layers.empty());  // outside/forest.tif, a real raster
  }

  void init() {
    gdal::setNetworkAccess(true);
    VSICurlClearCache();
  }

  void referenceKind_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<std::optional<project::ExternalReason>>("kind");
    const auto net = std::optional(project::ExternalReason::Network);
    const auto out = std::optional(project::ExternalReason::OutsideFolder);
    const std::optional<project::ExternalReason> file;
    QTest::newRow("plain path") << "/data/forest.tif" << file;
    QTest::newRow("vsicurl") << "/vsicurl/http://example.org/x.tif" << net;
    QTest::newRow("vsicurl options") << "/vsicurl?url=http%3A%2F%2Fexample.org%2Fx.tif" << net;
    QTest::newRow("vsicurl_streaming") << "/vsicurl_streaming/http://example.org/x.tif" << net;
    for (const char* fsName : {"vsis3", "vsigs", "vsiaz", "vsiadls", "vsioss", "vsiswift", "vsiwebhdfs", "vsihdfs"})
      QTest::newRow(fsName) << QStringLiteral("/%1/bucket/x.tif").arg(QLatin1String(fsName)) << net;
    QTest::newRow("zip over curl") << "/vsizip//vsicurl/http://example.org/a.zip/x.shp" << net;
    QTest::newRow("zip over s3 in braces") << "/vsizip/{/vsis3/bucket/a.zip}/x.shp" << net;
    QTest::newRow("https") << "https://example.org/x.tif" << net;
    QTest::newRow("http") << "http://127.0.0.1:8080/x.geojson" << net;
    QTest::newRow("ftp") << "ftp://example.org/x.tif" << net;
    QTest::newRow("PostgreSQL") << "PG:dbname=gis host=db.example.org" << net;
    QTest::newRow("WMS") << "WMS:http://example.org/wms" << net;
    QTest::newRow("vsimem") << "/vsimem/x.tif" << out;
    QTest::newRow("vsistdin") << "/vsistdin/" << out;
    QTest::newRow("vsisubfile") << "/vsisubfile/0_100,/etc/passwd" << out;
    QTest::newRow("local zip") << "/vsizip//data/a.zip/x.shp" << file;
    QTest::newRow("embedded raster") << "GPKG:/data/p.hplan:hp_data_layer_0" << file;
  }
  void referenceKind() {
    QFETCH(QString, path);
    QFETCH(std::optional<project::ExternalReason>, kind);
    QCOMPARE(project::referenceKind(path.toStdString()), kind);
  }

  void withoutQuotedContent_data() {
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("keep");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the path opened stays") << "`/tmp/a.tif' not recognized as a supported file format." << "/tmp/a.tif"
                                           << "`/tmp/a.tif' not recognized as a supported file format.";
    QTest::newRow("anything else goes") << "`/tmp/a.tif' not recognized as a supported file format." << ""
                                        << "'…' not recognized as a supported file format.";
    QTest::newRow("backquoted") << "Failed to import LayerSRS `SECRET'." << "" << "Failed to import LayerSRS '…'.";
    QTest::newRow("apostrophes are words") << "Can't open 'SECRET x', doesn't exist" << ""
                                           << "Can't open '…', doesn't exist";
    QTest::newRow("double quotes, new line") << "value \"SECRET\nnext\" is bad" << "" << "value '…' is bad";
    QTest::newRow("unterminated") << "cannot parse 'SECRET and the rest" << "" << "cannot parse '…'";
    QTest::newRow("XML tags") << "Line 0: </SECRET> doesn't have matching <SECRET>." << ""
                              << "Line 0: <…> doesn't have matching <…>.";
    QTest::newRow("less than") << "band 3 < 4 expected" << "" << "band 3 < 4 expected";
    QTest::newRow("echoed element") << "Parse error at EOF, not all elements have been closed, starting with SECRET" << ""
                                    << "Parse error at EOF, not all elements have been closed, starting with …";
    QTest::newRow("echoed character") << "At line 1, character 3: Unexpected character (S)" << ""
                                      << "At line 1, character 3: Unexpected character …";
  }
  void withoutQuotedContent() {
    QFETCH(QString, message);
    QFETCH(QString, keep);
    QFETCH(QString, expected);
    std::vector<std::string> mayQuote;
    if (!keep.isEmpty()) mayQuote.push_back(keep.toStdString());
    QCOMPARE(QString::fromStdString(gdal::withoutQuotedContent(message.toStdString(), mayQuote)), expected);
  }

  // What the checker lists, file by file: everything reaching out, nothing that stays inside.
  void listsEveryWayOut() {
    project::Project p = test::writeSquareForestProject(folder());
    const std::string data = folder() + "/data";
    fs::copy_file(folder() + "/forest.tif", data + "/forest.tif", fs::copy_options::overwrite_existing);
    writeText(data + "/inside.vrt", rasterVrt("forest.tif", true));
    writeText(data + "/net.vrt", rasterVrt("/vsicurl/http://127.0.0.1:9/x.tif", false));
    writeText(data + "/escape.vrt", rasterVrt("../../outside/forest.tif", true));
    writeText(data + "/nested.vrt", rasterVrt("escape.vrt", true));
    writeText(data + "/wms.xml", "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>http://127.0.0.1:9/${z}</ServerUrl></Service></GDAL_WMS>");
    writeText(data + "/ogr.vrt", "<OGRVRTDataSource><OGRVRTLayer name=\"a\"><SrcDataSource>PG:host=127.0.0.1 port=9</SrcDataSource>"
                                 "</OGRVRTLayer></OGRVRTDataSource>");
    fs::create_symlink(outside() + "/forest.tif", data + "/link.tif");
    writeText(data + "/roads.shp", "");
    fs::create_symlink(outside() + "/parcels.gpkg", data + "/roads.dbf");
    writeText(data + "/clean.shp", "");
    writeText(data + "/clean.dbf", "");

    for (const char* name : {"forest.tif", "inside.vrt", "net.vrt", "escape.vrt", "nested.vrt", "wms.xml", "ogr.vrt", "link.tif",
                             "roads.shp", "clean.shp"})
      p.layers.push_back({project::LayerRole::Other, name, data + "/" + name, "", true, 1, ""});
    p.layers.push_back({project::LayerRole::Other, "up", folder() + "/../outside/forest.tif", "", true, 1, ""});
    p.layers.push_back({project::LayerRole::Other, "abs", outside() + "/basins.gpkg", "", true, 1, ""});
    p.layers.push_back({project::LayerRole::Other, "zip", "/vsizip/" + outside() + "/a.zip/x.shp", "", true, 1, ""});
    p.forestVersions.push_back({1, "2025-01-01", "/vsis3/bucket/forest.tif", "canopy", ""});

    const auto refs = project::externalReferences(p, folder() + "/p.hplan");
    using R = project::ExternalReason;
    const std::vector<project::ExternalReference> expected = {
        {"/vsicurl/http://127.0.0.1:9/x.tif", R::Network, data + "/net.vrt"},
        {data + "/../../outside/forest.tif", R::OutsideFolder, data + "/escape.vrt"},
        {data + "/wms.xml", R::Network, data + "/wms.xml"},
        {"PG:host=127.0.0.1 port=9", R::Network, data + "/ogr.vrt"},
        {data + "/link.tif", R::OutsideFolder, ""},
        {data + "/roads.dbf", R::OutsideFolder, data + "/roads.shp"},
        {folder() + "/../outside/forest.tif", R::OutsideFolder, ""},
        {outside() + "/basins.gpkg", R::OutsideFolder, ""},
        {"/vsizip/" + outside() + "/a.zip/x.shp", R::OutsideFolder, ""},
        {"/vsis3/bucket/forest.tif", R::Network, ""},
    };
    for (const auto& r : refs) qInfo() << r.reference.c_str() << project::externalReasonName(r.reason) << r.via.c_str();
    QCOMPARE(refs.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) QCOMPARE(refs[i], expected[i]);
  }

  void deniedOpenReadsNothing() {
    test::ConnectionCounter server;
    QVERIFY(server.listening());
    FifoWatch fifo(outside() + "/fifo.tif");
    QVERIFY(fifo.ok());
    writeText(folder() + "/remote.vrt", rasterVrt("/vsicurl/" + server.url("/via-vrt.tif"), false));
    const std::string file = saveWith("denied", {"/vsicurl/" + server.url("/a.tif"), server.url("/b.tif"),
                                                 "/vsizip//vsicurl/" + server.url("/c.zip") + "/c.shp",
                                                 outside() + "/fifo.tif", folder() + "/remote.vrt"});
    try {
      project::loadProject(file);
      QFAIL("a project with external references opened without permission");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidInput);
      const QString what = QString::fromUtf8(e.what());
      for (const std::string& ref : {"/vsicurl/" + server.url("/a.tif"), server.url("/b.tif"), outside() + "/fifo.tif",
                                     "/vsicurl/" + server.url("/via-vrt.tif")})
        QVERIFY2(what.contains(QString::fromStdString(ref)), qPrintable(what));
      QVERIFY2(what.contains(QLatin1String("--allow-external")), qPrintable(what));
    }
    QTest::qWait(100);  // a request in flight would have arrived by now
    QCOMPARE(server.connections(), 0);
    QVERIFY(!fifo.opened());
    QVERIFY(gdal::networkAccessAllowed());  // as it was before: a refused project changes nothing

    // A policy that says no is asked with the same list, and refuses the same way.
    std::vector<project::ExternalReference> asked;
    QVERIFY_THROWS_EXCEPTION(Error, project::loadProject(file, [&](const auto& refs) {
      asked = refs;
      return false;
    }));
    QCOMPARE(asked.size(), std::size_t(5));
    QCOMPARE(server.connections(), 0);
    QVERIFY(!fifo.opened());
  }

  void allowedOpenReachesTheServer() {
    test::ConnectionCounter server;
    QVERIFY(server.listening());
    const std::string file = saveWith("allowed", {"/vsicurl/" + server.url("/a.tif"), server.url("/b.tif")});
    const project::LoadedProject loaded = project::loadProject(file, project::allowExternal());
    QCOMPARE(loaded.externalReferences.size(), std::size_t(2));
    QVERIFY(gdal::networkAccessAllowed());
    QTRY_VERIFY(server.connections() > 0);  // the /vsicurl/ layer was looked for
    // The URL is kept as written, not turned into a path in the folder, and saved as written.
    QCOMPARE(loaded.project.layers.back().path, server.url("/b.tif"));
    project::saveProject(loaded.project, file);
    QCOMPARE(project::loadProject(file, project::allowExternal()).project.layers.back().path, server.url("/b.tif"));
  }

  // GDAL itself is fenced: after a project opened without permission, a layer file that points outward
  // (here written after the check, as a file the check cannot see into would be) reaches no server.
  void gdalStaysOffline() {
    test::ConnectionCounter server;
    QVERIFY(server.listening());
    const std::string benign = saveWith("benign", {});
    QVERIFY(project::loadProject(benign).externalReferences.empty());
    QVERIFY(!gdal::networkAccessAllowed());

    const std::string late = folder() + "/late.vrt";
    writeText(late, rasterVrt("/vsicurl/" + server.url("/late.tif"), false));
    QVERIFY_THROWS_EXCEPTION(Error, RasterSource::open(late));
    QVERIFY_THROWS_EXCEPTION(Error, gdal::openDataset("/vsicurl/" + server.url("/direct.tif"), GDAL_OF_RASTER));
    {
      gdal::ErrorCollector quiet;
      QVERIFY(!GDALDatasetUniquePtr(GDALDataset::Open(("/vsicurl/" + server.url("/raw.tif")).c_str(), GDAL_OF_RASTER)));
      QVERIFY(!GDALDatasetUniquePtr(GDALDataset::Open(("/vsizip//vsicurl/" + server.url("/z.zip")).c_str(), GDAL_OF_VECTOR)));
      QVERIFY(!GDALDatasetUniquePtr(GDALDataset::Open(server.url("/page.geojson").c_str(), GDAL_OF_VECTOR)));
      CPLHTTPResult* fetched = CPLHTTPFetch(server.url("/fetch").c_str(), nullptr);
      QVERIFY(fetched && fetched->nStatus != 0);
      CPLHTTPDestroyResult(fetched);
    }
    QVERIFY_THROWS_EXCEPTION(Error, Crs::fromUserInput(server.url("/crs.wkt")));
    QTest::qWait(100);
    QCOMPARE(server.connections(), 0);

    // Once a project is opened with permission, the same request goes out.
    project::loadProject(saveWith("allowed-later", {server.url("/x.tif")}), project::allowExternal());
    QVERIFY(gdal::networkAccessAllowed());
    CPLHTTPResult* fetched = CPLHTTPFetch(server.url("/fetch").c_str(), nullptr);
    CPLHTTPDestroyResult(fetched);
    QTRY_COMPARE(server.connections(), 1);
  }

  // Files that are not what they claim: whatever GDAL, the model reader or the project reader say
  // about them, the marker inside them is never part of the message.
  void secretsNeverShown() {
    const std::string dir = root() + "/secrets/";
    fs::create_directories(dir);
    const std::string s = kSecret;
    const std::vector<std::pair<std::string, std::string>> files = {
        {"text.tif", "password=" + s + "\nmore\n"},
        {"text.gpkg", "password=" + s + "\n"},
        {"text.hplan", "password=" + s + "\n"},
        {"page.tif", "<html><body><h1>404</h1>" + s + "</body></html>"},
        {"secret.geojson", "{\"token\": \"" + s + "\", \"x\": [1,2"},
        {"secret.tif", "{\"token\": \"" + s + "\"}"},
        {"broken.vrt", "<VRTDataset rasterXSize=\"1\"> <" + s},
        {"tag.kml", "<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><" + s + "></Document></kml>"},
        {"srs.vrt", "<OGRVRTDataSource><OGRVRTLayer name=\"a\"><SrcDataSource>" + dir +
                        "secret.geojson</SrcDataSource><LayerSRS>" + s + "</LayerSRS></OGRVRTLayer></OGRVRTDataSource>"},
    };
    QStringList accepted;  // what read without an error
    auto expectQuiet = [&](const std::string& what, const auto& read) {
      try {
        read();
        accepted << QString::fromStdString(what);
      } catch (const Error& e) {
        QVERIFY2(!QString::fromUtf8(e.what()).contains(QLatin1String(kSecret)), (what + ": " + e.what()).c_str());
      }
    };
    for (const auto& [name, content] : files) {
      writeText(dir + name, content);
      const std::string path = dir + name;
      const std::string& text = content;  // clang 14 cannot capture a structured binding in a lambda
      expectQuiet(name + " raster", [&] { gdal::openDataset(path, GDAL_OF_RASTER); });
      expectQuiet(name + " vector", [&] { gdal::openDataset(path, GDAL_OF_VECTOR); });
      expectQuiet(name + " RasterSource", [&] { RasterSource::open(path); });
      expectQuiet(name + " readVectorLayer", [&] { readVectorLayer(path); });
      expectQuiet(name + " project", [&] { project::loadProject(path); });
      expectQuiet(name + " model", [&] { model::parseModelConfig(text, path); });
    }
    // Every one refused, none read as data; an OGR VRT opens lazily, and reading its layer is refused.
    QCOMPARE(accepted, QStringList{QStringLiteral("srs.vrt vector")});
  }
};

QTEST_GUILESS_MAIN(TestHostileProject)
#include "test_hostile_project.moc"
