// SPDX-License-Identifier: GPL-3.0-or-later
// Capacity of 100 000 parcels read from PostGIS against the same parcels from a GeoPackage, in one run:
// `habitat-cli capacity --project` on a .hplan and on its copy published to a throwaway PostgreSQL +
// PostGIS server (parcels and basins as tables, the canopy raster a file). Target: ratio ≤ 1.5.
//
//   bench_pg_capacity CACHE_DIR [--parcels N] [--repeat N]
//
// The first run writes CACHE_DIR/{canopy.tif, parcels.gpkg, basins.gpkg, bench.hplan}; later runs reuse
// them. Both runs must write the same CSV, byte for byte.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <gdal_priv.h>

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "bench_support.h"
#include "io/VectorWriter.h"
#include "project/DatabaseProject.h"
#include "project/ProjectFile.h"
#include "support/PgCluster.h"

namespace {

constexpr double kX0 = 400000, kY0 = 4900000, kPixelM = 30;
constexpr int kParcelPx = 12;  // parcels of 12 x 12 pixels: 360 m squares, 13 ha

void writeInputs(const std::string& dir, int parcels) {
  const int cols = int(std::ceil(std::sqrt(double(parcels))));
  const int rows = (parcels + cols - 1) / cols;
  const int width = cols * kParcelPx, height = rows * kParcelPx;
  std::printf("writing %d x %d canopy and %d parcels...\n", width, height, parcels);
  std::fflush(stdout);
  GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
  const char* options[] = {"TILED=YES", "COMPRESS=DEFLATE", nullptr};
  GDALDatasetUniquePtr ds(gtiff->Create((dir + "/canopy.tif").c_str(), width, height, 1, GDT_Byte, const_cast<char**>(options)));
  double gt[6] = {kX0, kPixelM, 0, kY0, 0, -kPixelM};
  ds->SetGeoTransform(gt);
  ds->SetSpatialRef(hp::Crs::fromEpsg(32652).ogr());
  const hp::bench::ValueNoise massif(std::max(width, height), 600, 1), stands(std::max(width, height), 60, 2);
  std::vector<GByte> row(static_cast<std::size_t>(width));
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x)
      row[std::size_t(x)] = GByte(std::clamp((0.7 * massif.at(x, y) + 0.3 * stands.at(x, y) - 0.3) * 200.0, 0.0, 100.0));
    if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, y, width, 1, row.data(), width, 1, GDT_Byte, 0, 0, nullptr) != CE_None)
      std::exit(3);
  }
  ds.reset();

  auto square = [](double x0, double y0, double x1, double y1) {
    auto ring = std::make_unique<OGRLinearRing>();
    // Eight vertices a side, as surveyed parcel boundaries have more than four corners.
    const double xs[] = {x0, x1, x1, x0}, ys[] = {y0, y0, y1, y1};
    for (int side = 0; side < 4; ++side)
      for (int k = 0; k < 8; ++k) {
        const double t = k / 8.0;
        ring->addPoint(xs[side] + (xs[(side + 1) % 4] - xs[side]) * t, ys[side] + (ys[(side + 1) % 4] - ys[side]) * t);
      }
    ring->closeRings();
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRingDirectly(ring.release());
    return OGRGeometryUniquePtr(polygon.release());
  };
  hp::VectorLayer layer;
  layer.layerName = "parcels";
  layer.crs = hp::Crs::fromEpsg(32652);
  layer.fields = {{"parcel_id", hp::FieldType::Integer}, {"price_usd", hp::FieldType::Real}};
  const double side = kParcelPx * kPixelM;
  for (int i = 0; i < parcels; ++i) {
    const double x0 = kX0 + (i % cols) * side, y1 = kY0 - (i / cols) * side;
    layer.features.push_back({i + 1, {std::int64_t(i + 1), 1000.0 * (i % 97 + 1)}, square(x0, y1 - side, x0 + side, y1)});
  }
  hp::writeVectorLayer(dir + "/parcels.gpkg", layer);
  hp::VectorLayer basins;
  basins.layerName = "basins";
  basins.crs = layer.crs;
  basins.fields = {{"basin_id", hp::FieldType::Integer}};
  const double x1 = kX0 + width * kPixelM, y0 = kY0 - height * kPixelM, xm = (kX0 + x1) / 2;
  basins.features.push_back({1, {std::int64_t(1)}, square(kX0, y0, xm, kY0)});
  basins.features.push_back({2, {std::int64_t(2)}, square(xm, y0, x1, kY0)});
  hp::writeVectorLayer(dir + "/basins.gpkg", basins);

  hp::project::Project p;
  p.crs = layer.crs;
  p.layers = {{hp::project::LayerRole::Forest, "Canopy", dir + "/canopy.tif", "", true, 1, ""},
              {hp::project::LayerRole::Basins, "Basins", dir + "/basins.gpkg", "", true, 1, ""},
              {hp::project::LayerRole::Parcels, "Parcels", dir + "/parcels.gpkg", "", true, 1, ""}};
  hp::project::saveProject(p, dir + "/bench.hplan");
}

double runCapacity(const QString& project, const QString& out) {
  QProcess cli;
  QElapsedTimer clock;
  clock.start();
  cli.start(QStringLiteral(HP_CLI_PATH), {QStringLiteral("capacity"), QStringLiteral("--project"), project,
                                          QStringLiteral("--out"), out});
  if (!cli.waitForFinished(-1) || cli.exitCode() != 0) {
    std::fprintf(stderr, "capacity failed: %s\n", cli.readAllStandardError().constData());
    std::exit(1);
  }
  return double(clock.nsecsElapsed()) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_pg_capacity CACHE_DIR [--parcels N] [--repeat N]\n");
    return 2;
  }
  const std::string dir = argv[1];
  int parcels = 100000, repeat = 3;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--parcels") == 0) parcels = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--repeat") == 0) repeat = std::atoi(argv[i + 1]);
  }
  hp::gdal::ensureRegistered();
  std::filesystem::create_directories(dir);
  if (!std::filesystem::exists(dir + "/bench.hplan")) writeInputs(dir, parcels);

  if (hp::test::PgCluster::binDir().isEmpty()) {
    std::fprintf(stderr, "%s\n", hp::test::PgCluster::kMissing);
    return 2;
  }
  hp::test::PgCluster cluster;
  if (!cluster.start()) {
    std::fprintf(stderr, "%s\n", qPrintable(cluster.error()));
    return 1;
  }
  const std::string location = hp::project::databaseLocation(cluster.uri(), "bench");
  {
    QElapsedTimer clock;
    clock.start();
    hp::project::Project p = hp::project::loadProject(dir + "/bench.hplan").project;
    p.embedData = true;  // parcels and basins become tables; the raster stays a file
    hp::project::DatabaseProject(location).publish(p);
    std::printf("published to PostGIS in %.1f s\n", double(clock.nsecsElapsed()) * 1e-9);
  }
  const QString hplan = QString::fromStdString(dir + "/bench.hplan"), db = QString::fromStdString(location);
  const QString outFile = QString::fromStdString(dir + "/file.csv"), outDb = QString::fromStdString(dir + "/db.csv");
  runCapacity(hplan, outFile);  // warm the page cache and the server
  runCapacity(db, outDb);
  std::vector<double> file, pg;
  for (int r = 0; r < repeat; ++r) {
    file.push_back(runCapacity(hplan, outFile));
    pg.push_back(runCapacity(db, outDb));
  }
  QFile a(outFile), b(outDb);
  if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly) || a.readAll() != b.readAll()) {
    std::fprintf(stderr, "the two runs wrote different tables\n");
    return 1;
  }
  const double fileS = hp::bench::median(file), pgS = hp::bench::median(pg);
  std::printf("%d parcels: capacity from GeoPackage %.2f s, from PostGIS %.2f s (medians of %d); ratio %.2f (target <= 1.5); "
              "same CSV\n",
              parcels, fileS, pgS, repeat, pgS / fileS);
  return pgS / fileS <= 1.5 ? 0 : 1;
}
