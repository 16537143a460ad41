// SPDX-License-Identifier: GPL-3.0-or-later
// Forest, basins and parcels read straight from PostGIS tables an organisation already has: a raster
// table (GDAL's PostGISRaster driver), basins in WGS 84 with the geometry column `geom`, parcels in
// another schema with the column `shape`. The project's candidates get the same figures as from the
// GeoTIFF and GeoPackages the tables were made from.
#include <QtTest>

#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include "project/ProjectCapacity.h"
#include "support/PgCluster.h"
#include "support/SquareForestProject.h"

using namespace hp;
using namespace hp::project;

namespace {

// ogr2ogr -f PostgreSQL PG:<conninfo> <source> <args...>
bool translate(const std::string& target, const std::string& source, std::vector<std::string> args) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
  GDALDatasetH src = GDALOpenEx(source.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  GDALDatasetH dst = GDALOpenEx(target.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
  int error = 0;
  GDALDatasetH out = src && dst ? GDALVectorTranslate(nullptr, dst, 1, &src, options, &error) : nullptr;
  GDALVectorTranslateOptionsFree(options);
  if (src) GDALClose(src);
  if (dst) GDALClose(dst);
  return out && !error;
}

}  // namespace

class TestPgLayers : public QObject {
  Q_OBJECT

  test::PgCluster cluster_;
  QTemporaryDir dir_;

 private slots:
  void initTestCase() { HP_START_PG_CLUSTER(cluster_); }

  void capacityFromPostgisTables() {
    Project files = test::writeSquareForestProject(dir_.path().toStdString());
    QVERIFY(!files.layers.empty());
    Candidate west, both;
    west.name = "West";
    west.parcelIds = {"1"};
    both.name = "West and middle";
    both.parcelIds = {"1", "2"};
    files.candidates = {west, both};

    const std::string db = "PG:" + cluster_.conninfo();
    QVERIFY2(cluster_.sql(QStringLiteral("CREATE SCHEMA cadastre")), qPrintable(cluster_.error()));
    QVERIFY(translate(db, files.layers[1].path, {"-t_srs", "EPSG:4326", "-nln", "basins_wgs84", "-lco", "GEOMETRY_NAME=geom"}));
    QVERIFY(translate(db, files.layers[2].path, {"-nln", "parcels", "-lco", "SCHEMA=cadastre", "-lco", "GEOMETRY_NAME=shape"}));
    // The forest as a PostGIS raster: 200 x 200 px of 100 m, canopy 10 % with the 100 % square inside,
    // as writeSquareForestProject's GeoTIFF.
    QVERIFY2(cluster_.sql(QStringLiteral(
                 "CREATE EXTENSION postgis_raster; CREATE TABLE forest (rid serial PRIMARY KEY, rast raster);"
                 "INSERT INTO forest (rast) SELECT ST_SetValues(ST_AddBand(ST_MakeEmptyRaster(200, 200, 595000, 4815000, 100, -100, 0, 0, 32652),"
                 " '8BUI'::text, 10, NULL), 1, 51, 51, 100, 100, 100::double precision);"
                 "SELECT AddRasterConstraints('forest'::name, 'rast'::name)")),
             qPrintable(cluster_.error()));

    Project tables = files;
    tables.layers[0].path = db + " table=forest column=rast mode=2";
    tables.layers[1].path = db;
    tables.layers[1].layerName = "basins_wgs84";
    tables.layers[2].path = db;
    tables.layers[2].layerName = "cadastre.parcels";

    const ProjectData fromFiles = loadProjectData(files);
    const ProjectData fromTables = loadProjectData(tables);
    QCOMPARE(fromTables.parcelIds, fromFiles.parcelIds);
    QVERIFY(fromTables.inputs.basins && fromTables.inputs.basins->crs.isSame(files.crs));  // read in WGS 84, reprojected
    const std::vector<CandidateFigures> a = evaluateCandidates(files, fromFiles);
    const std::vector<CandidateFigures> b = evaluateCandidates(tables, fromTables);
    QCOMPARE(b.size(), a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      QVERIFY(a[i].capacity.habitatKm2 > 40);  // the square's half or all of it: real figures, not zeros
      QCOMPARE(b[i].capacity.leopards, a[i].capacity.leopards);
      QVERIFY2(std::abs(b[i].capacity.habitatKm2 - a[i].capacity.habitatKm2) < 1e-6 * a[i].capacity.habitatKm2,
               qPrintable(QStringLiteral("%1 vs %2 km2").arg(b[i].capacity.habitatKm2, 0, 'f', 9).arg(a[i].capacity.habitatKm2, 0, 'f', 9)));
      QCOMPARE(b[i].costUsd, a[i].costUsd);
    }
  }
};

QTEST_GUILESS_MAIN(TestPgLayers)
#include "test_pg_layers.moc"
