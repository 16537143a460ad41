// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli on a project naming files on the network and outside its folder: every command that opens
// a project refuses it (exit 1, the references and --allow-external on stderr) without a single
// connection to the listener on 127.0.0.1; with --allow-external the request goes out. Files that are
// not what they claim never have their bytes on stderr.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include "project/ProjectFile.h"
#include "support/CliRunner.h"
#include "support/ConnectionCounter.h"
#include "support/SquareForestProject.h"

using namespace hp;

namespace {
constexpr const char* kSecret = "SECRET-MARKER-7f3a";
}

class TestCliHostileProject : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString folder_;

  // proj/<name>: the square forest project plus `extra` layers.
  QString saveProject(const QString& name, const std::vector<std::string>& extra) {
    project::Project p = test::writeSquareForestProject(folder_.toStdString());
    for (const std::string& path : extra) p.layers.push_back({project::LayerRole::Other, path, path, "", true, 1, ""});
    const QString path = folder_ + QLatin1Char('/') + name;
    project::saveProject(p, path.toStdString());
    return path;
  }

  QByteArray bytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
  }

 private slots:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    folder_ = tmp_.filePath(QStringLiteral("proj"));
    std::filesystem::create_directories(folder_.toStdString());
  }

  void everyProjectCommandRefuses() {
    test::ConnectionCounter server;
    QVERIFY(server.listening());
    const QString outsideFile = tmp_.filePath(QStringLiteral("elsewhere.tif"));
    const QString hostile = saveProject(QStringLiteral("hostile.hplan"),
                                        {"/vsicurl/" + server.url("/a.tif"), outsideFile.toStdString()});
    const QByteArray before = bytes(hostile);
    const QString solution = tmp_.filePath(QStringLiteral("solution.csv"));
    std::ofstream(solution.toStdString()) << "planning_unit,solution\n1,1\n";
    const QString o = tmp_.path() + QLatin1Char('/');
    const QList<QStringList> commands = {
        {"capacity", "--project", hostile, "--out", o + "c.csv"},
        {"rank", "--project", hostile, "--budget", "1000000", "--out", o + "r.csv"},
        {"export-data", "--project", hostile, "--out", o + "d.gpkg"},
        {"forest-change", "--project", hostile, "--out", o + "f.csv"},
        {"import-layer", "--project", hostile, "--file", folder_ + "/forest.tif", "--date", "2025-06-01"},
        {"marxan-import", "--project", hostile, "--solution", solution},
        {"export-map", "--project", hostile, "--out", o + "m.png"},
    };
    for (const QStringList& args : commands) {
      const test::CliResult r = test::runCli(args);
      QVERIFY2(r.exitCode == 1, qPrintable(args.first() + ": " + r.err));
      QVERIFY2(r.err.contains(QString::fromStdString("/vsicurl/" + server.url("/a.tif") + " (network)")), qPrintable(r.err));
      QVERIFY2(r.err.contains(outsideFile + QStringLiteral(" (outside the project folder)")), qPrintable(r.err));
      QVERIFY2(r.err.contains(QLatin1String("--allow-external")), qPrintable(r.err));
      // One line (Qt's own note about XDG_RUNTIME_DIR under the offscreen platform aside).
      const QStringList lines = r.err.trimmed().split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^habitat-cli")));
      QVERIFY2(lines.size() == 1, qPrintable(r.err));
      QCOMPARE(server.connections(), 0);
      const test::CliResult help = test::runCli({args.first(), "--help"});
      QVERIFY2(help.out.contains(QLatin1String("--allow-external")), qPrintable(args.first()));
    }
    QCOMPARE(bytes(hostile), before);  // the writing commands wrote nothing

    // With the flag the project opens and the network layer is looked for.
    const test::CliResult allowed = test::runCli({"capacity", "--project", hostile, "--allow-external", "--out", o + "c.csv"});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
    QVERIFY(server.connections() > 0);

    // A project that keeps to its folder needs no flag.
    const QString plain = saveProject(QStringLiteral("plain.hplan"), {});
    const test::CliResult ok = test::runCli({"capacity", "--project", plain, "--out", o + "p.csv"});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
  }

  void secretsNeverOnStderr() {
    const QString dir = tmp_.filePath(QStringLiteral("secrets"));
    std::filesystem::create_directories(dir.toStdString());
    const std::string s = kSecret;
    const std::vector<std::pair<QString, std::string>> files = {
        {"text.tif", "password=" + s + "\n"},
        {"page.tif", "<html><body>" + s + "</body></html>"},
        {"secret.geojson", "{\"token\": \"" + s + "\", \"x\": [1,2"},
        {"secret.json", "{\"token\": \"" + s},
        {"broken.vrt", "<VRTDataset rasterXSize=\"1\"> <" + s},
        {"text.hplan", "password=" + s + "\n"},
    };
    for (const auto& [name, content] : files) {
      const QString path = dir + QLatin1Char('/') + name;
      std::ofstream(path.toStdString(), std::ios::binary) << content;
      const QString o = tmp_.filePath(QStringLiteral("out.csv"));
      const QList<QStringList> commands = {
          {"info", path},
          {"capacity", "--forest", path, "--basins", path, "--parcels", path, "--out", o},
          {"capacity", "--forest", folder_ + "/forest.tif", "--basins", path, "--parcels", path, "--out", o},
          {"capacity", "--forest", folder_ + "/forest.tif", "--basins", folder_ + "/basins.gpkg", "--parcels",
           folder_ + "/parcels.gpkg", "--model", path, "--out", o},
          {"capacity", "--project", path, "--out", o},
      };
      for (const QStringList& args : commands) {
        const test::CliResult r = test::runCli(args);
        QVERIFY2(r.exitCode == 1, qPrintable(args.join(' ') + ": " + r.err));
        QVERIFY2(!r.err.contains(QLatin1String(kSecret)) && !r.out.contains(QLatin1String(kSecret)),
                 qPrintable(args.join(' ') + ": " + r.err));
      }
    }
  }
};

QTEST_GUILESS_MAIN(TestCliHostileProject)
#include "test_cli_hostile_project.moc"
