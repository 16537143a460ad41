// SPDX-License-Identifier: GPL-3.0-or-later
// Candidates and parcels exported to GeoPackage, Shapefile, GeoJSON, KML and CSV, read back through GDAL.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

#include "geo/Error.h"
#include "geo/GdalSupport.h"
#include "io/VectorWriter.h"
#include "project/ProjectExport.h"
#include "support/SquareForestProject.h"
#include "support/TestGeometry.h"

using namespace hp;
using namespace hp::project;

namespace {

// Northing of latitude `latDeg` on UTM's central meridian (WGS 84, k0 = 0.9996): the meridian arc,
// Snyder (1987) eq. 3-21, computed here by hand so the KML check does not trust PROJ to test PROJ.
double utmNorthingOnCentralMeridian(double latDeg) {
  const double a = 6378137.0, f = 1 / 298.257223563;
  const double e2 = f * (2 - f), e4 = e2 * e2, e6 = e4 * e2;
  const double phi = latDeg * M_PI / 180;
  const double m = a * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi -
                        (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * std::sin(2 * phi) +
                        (15 * e4 / 256 + 45 * e6 / 1024) * std::sin(4 * phi) - (35 * e6 / 3072) * std::sin(6 * phi));
  return 0.9996 * m;
}

const double kN43 = utmNorthingOnCentralMeridian(43.0);

using test::rect;

GDALDatasetUniquePtr openVector(const QString& path) {
  return GDALDatasetUniquePtr(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

// Every exterior-ring vertex of a (multi)polygon.
std::vector<OGRPoint> vertices(const OGRGeometry& g) {
  std::vector<OGRPoint> out;
  OGRGeometryUniquePtr multi(OGRGeometryFactory::forceToMultiPolygon(g.clone()));
  for (const OGRPolygon* p : *multi->toMultiPolygon())
    for (const OGRPoint& pt : *p->getExteriorRing()) out.push_back(pt);
  return out;
}

}  // namespace

class TestProjectExport : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  Project project_;
  std::optional<ProjectData> data_;

  std::string p(const char* name) { return tmp_.filePath(name).toStdString(); }
  QString q(const char* name) { return tmp_.filePath(name); }

 private slots:
  void initTestCase() {
    // UTM 52N with its central meridian (129°E) at x = 500 000 and 43°N at y = kN43: canopy 100 % on the
    // 10 km square east and north of that corner (100 m pixels), 0 % around it; one basin over all.
    // Parcels 1 and 2: the west and east halves of the forest; 3: a bare 5 km strip east of it. A long
    // field name tests the Shapefile's ten characters.
    test::SquareForestOptions options;
    options.x0 = 500000;
    options.y0 = kN43;
    options.canopyAround = 0;
    options.noData = 255;
    options.parcelOwners = {"state", "private", "lease"};
    project_ = test::writeSquareForestProject(tmp_.path().toStdString(), options);
    QCOMPARE(project_.layers.size(), std::size_t(3));
    const double x0 = options.x0, y0 = options.y0;
    // "Кедровая" checks UTF-8 names; the drawn square overlaps parcel 2 and is merged with it.
    project_.candidates = {
        {"both halves", "#ff0000", {"1", "2"}, {}},
        {"Кедровая", "#00aa00", {"2"}, {rect(x0 + 2500, y0, x0 + 7500, y0 + 10000)}},
    };
    data_ = loadProjectData(project_);
  }

  void candidatesLayerFigures() {
    const std::vector<CandidateFigures> figures = evaluateCandidates(project_, *data_);
    const VectorLayer layer = candidatesLayer(project_.candidates, figures, *data_);
    QCOMPARE(layer.features.size(), std::size_t(2));
    // Union of the two halves: one 10 x 10 km square (4 corners + closing point), not two rectangles.
    const OGRGeometry& g = *layer.features[0].geometry;
    QCOMPARE(wkbFlatten(g.getGeometryType()), wkbMultiPolygon);
    QCOMPARE(g.toMultiPolygon()->getNumGeometries(), 1);
    QVERIFY(std::abs(g.toMultiPolygon()->get_Area() - 1.0e8) < 1);
    // The second: parcel 2 (x0+5..10 km) ∪ drawn (x0+2.5..7.5 km) = 7.5 km x 10 km.
    QVERIFY(std::abs(layer.features[1].geometry->toMultiPolygon()->get_Area() - 7.5e7) < 1);
    // 100 km² of grid on the central meridian is 100 / 0.9996² km² on the ellipsoid.
    const int area = layer.fieldIndex("area_km2");
    QVERIFY(std::abs(std::get<double>(layer.features[0].attributes[area]) - 100.0 / (0.9996 * 0.9996)) < 0.01);
    QVERIFY(std::abs(std::get<double>(layer.features[0].attributes[layer.fieldIndex("area_sqmi")]) - 100.08 / 2.589988) < 0.01);
    QCOMPARE(std::get<std::string>(layer.features[0].attributes[layer.fieldIndex("parcel_ids")]), std::string("1,2"));
  }

  void geopackageRoundTrip() {
    DataExportOptions o;
    o.parcels = true;
    const std::vector<std::string> files = exportProjectData(project_, *data_, p("out.gpkg"), o);
    QCOMPARE(files, std::vector<std::string>{p("out.gpkg")});
    auto ds = openVector(q("out.gpkg"));
    QVERIFY(ds);
    QCOMPARE(ds->GetLayerCount(), 2);
    OGRLayer* cands = ds->GetLayerByName("candidates");
    QVERIFY(cands);
    QCOMPARE(cands->GetFeatureCount(), GIntBig(2));
    cands->ResetReading();
    OGRFeatureUniquePtr f(cands->GetNextFeature());
    QCOMPARE(QString::fromUtf8(f->GetFieldAsString("name")), QStringLiteral("both halves"));
    QCOMPARE(QString::fromUtf8(f->GetFieldAsString("colour")), QStringLiteral("#ff0000"));
    // 100.08 km² / 41.44 km² per leopard at q = 1: 2.415 -> 2; the range 0 (T_max) to 2 (T_min).
    QCOMPARE(f->GetFieldAsInteger64("leopards"), GIntBig(2));
    QVERIFY(std::abs(f->GetFieldAsDouble("leopards_fractional") - 100.08 / 41.4398) < 0.01);
    QCOMPARE(f->GetFieldAsInteger64("leopards_min"), GIntBig(0));
    QCOMPARE(f->GetFieldAsInteger64("leopards_max"), GIntBig(2));
    QCOMPARE(f->GetFieldAsDouble("cost_usd"), 3.5e6);
    f.reset(cands->GetNextFeature());
    QCOMPARE(QString::fromUtf8(f->GetFieldAsString("name")), QStringLiteral("Кедровая"));
    QCOMPARE(f->GetFieldAsDouble("cost_usd"), 2.5e6);  // drawn polygons have no price
    // 7.5 km x 10 km of habitat: 75.06 / 41.44 = 1.81 -> 1.
    QCOMPARE(f->GetFieldAsInteger64("leopards"), GIntBig(1));

    OGRLayer* parcels = ds->GetLayerByName("parcels");
    QVERIFY(parcels);
    QCOMPARE(parcels->GetFeatureCount(), GIntBig(3));
    parcels->ResetReading();
    f.reset(parcels->GetNextFeature());
    QCOMPARE(f->GetFieldAsInteger64("parcel_id"), GIntBig(1));
    QCOMPARE(QString::fromUtf8(f->GetFieldAsString("owner_description")), QStringLiteral("state"));
    QVERIFY(std::abs(f->GetFieldAsDouble("habitat_km2") - 50.04) < 0.01);
    QCOMPARE(f->GetFieldAsInteger64("leopards"), GIntBig(1));  // 50.04 / 41.44 = 1.21
    QCOMPARE(QString::fromUtf8(f->GetFieldAsString("candidates")), QStringLiteral("both halves"));
    f.reset(parcels->GetNextFeature());
    QCOMPARE(QString::fromUtf8(f->GetFieldAsString("candidates")), QStringLiteral("both halves; Кедровая"));
    f.reset(parcels->GetNextFeature());
    QCOMPARE(f->GetFieldAsInteger64("leopards"), GIntBig(0));
    QVERIFY(f->IsFieldNull(f->GetFieldIndex("candidates")));
    QVERIFY(parcels->GetSpatialRef()->GetAuthorityCode(nullptr) == std::string("32652"));
  }

  void shapefileFieldNames() {
    QDir(tmp_.path()).mkdir(QStringLiteral("shp"));
    DataExportOptions o;
    o.parcels = true;
    const std::vector<std::string> files = exportProjectData(project_, *data_, p("shp/out.shp"), o);
    QCOMPARE(files, (std::vector<std::string>{p("shp/out_candidates.shp"), p("shp/out_parcels.shp")}));
    // Every sidecar under the final name, nothing left under a temporary one.
    QStringList names = QDir(q("shp")).entryList(QDir::Files | QDir::Hidden);
    names.sort();
    QCOMPARE(names, (QStringList{"out_candidates.cpg", "out_candidates.dbf", "out_candidates.prj", "out_candidates.shp",
                                 "out_candidates.shx", "out_parcels.cpg", "out_parcels.dbf", "out_parcels.prj",
                                 "out_parcels.shp", "out_parcels.shx"}));
    auto ds = openVector(q("shp/out_candidates.shp"));
    QVERIFY(ds);
    OGRFeatureDefn* defn = ds->GetLayer(0)->GetLayerDefn();
    QStringList fields;
    for (int i = 0; i < defn->GetFieldCount(); ++i) fields << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    QCOMPARE(fields, (QStringList{"name", "colour", "area_km2", "area_sqmi", "cost_usd", "leopards", "leop_frac",
                                  "leop_min", "leop_max", "parcel_ids", "leop_wres", "add_leop", "add_lmin", "add_lmax",
                                  "add_musd"}));
    QCOMPARE(ds->GetLayer(0)->GetFeatureCount(), GIntBig(2));
    OGRFeatureUniquePtr f(ds->GetLayer(0)->GetFeature(1));  // shapefile fids start at 0
    QCOMPARE(QString::fromUtf8(f->GetFieldAsString("name")), QStringLiteral("Кедровая"));
    QCOMPARE(f->GetFieldAsInteger64("leop_max"), GIntBig(1));

    ds = openVector(q("shp/out_parcels.shp"));
    QVERIFY(ds);
    defn = ds->GetLayer(0)->GetLayerDefn();
    fields.clear();
    for (int i = 0; i < defn->GetFieldCount(); ++i) fields << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    QCOMPARE(fields, (QStringList{"parcel_id", "price_usd", "owner_desc", "area_km2", "habitat_km", "canopy_pct",
                                  "patches", "lpatch_km2", "leopards", "leop_frac", "leop_min", "leop_max", "candidates"}));
  }

  void shapefileNameRules() {
    QCOMPARE(shapefileFieldName("leopards_per_musd"), std::string("leop_musd"));
    QCOMPARE(shapefileFieldName("largest_patch_km2"), std::string("lpatch_km2"));
    QCOMPARE(shapefileFieldName("area_km2"), std::string("area_km2"));
    QCOMPARE(shapefileFieldName("a_very_long_name"), std::string("a_very_lon"));
    // Two long names that cut to the same ten characters stay apart.
    VectorLayer layer;
    layer.crs = project_.crs;
    layer.fields = {{"description_a", FieldType::String}, {"description_b", FieldType::String}};
    Feature f;
    f.fid = 1;
    f.attributes = {std::string("a"), std::string("b")};
    f.geometry.reset(rect(500000, kN43, 501000, kN43 + 1000)->clone());
    layer.features.push_back(std::move(f));
    ExportLayers layers;
    layers.candidates = std::move(layer);
    QDir(tmp_.path()).mkdir(QStringLiteral("shp2"));
    writeExportLayers(p("shp2/two.shp"), layers);
    auto ds = openVector(q("shp2/two.shp"));
    OGRFeatureDefn* defn = ds->GetLayer(0)->GetLayerDefn();
    QCOMPARE(QString::fromUtf8(defn->GetFieldDefn(0)->GetNameRef()), QStringLiteral("descriptio"));
    QCOMPARE(QString::fromUtf8(defn->GetFieldDefn(1)->GetNameRef()), QStringLiteral("descript_1"));
  }

  void geojsonCandidates() {
    DataExportOptions o;
    o.candidate = "Кедровая";
    const std::vector<std::string> files = exportProjectData(project_, *data_, p("one.geojson"), o);
    QCOMPARE(files.size(), std::size_t(1));
    auto ds = openVector(q("one.geojson"));
    QVERIFY(ds);
    QCOMPARE(ds->GetLayerCount(), 1);
    OGRLayer* layer = ds->GetLayer(0);
    QCOMPARE(layer->GetFeatureCount(), GIntBig(1));
    OGRFeatureUniquePtr f(layer->GetNextFeature());
    QCOMPARE(QString::fromUtf8(f->GetFieldAsString("name")), QStringLiteral("Кедровая"));
    QCOMPARE(f->GetFieldAsDouble("cost_usd"), 2.5e6);
    QCOMPARE(QString::fromUtf8(f->GetFieldAsString("parcel_ids")), QStringLiteral("2"));
    // Kept in the project CRS: x is UTM easting.
    OGREnvelope env;
    f->GetGeometryRef()->getEnvelope(&env);
    QVERIFY(std::abs(env.MinX - 502500) < 1e-6);
    QVERIFY(std::abs(env.MaxX - 510000) < 1e-6);
  }

  void kmlInWgs84() {
    DataExportOptions o;
    o.parcels = true;
    exportProjectData(project_, *data_, p("out.kml"), o);
    auto ds = openVector(q("out.kml"));
    QVERIFY(ds);
    OGRLayer* cands = ds->GetLayerByName("candidates");
    QVERIFY(cands);
    QCOMPARE(cands->GetFeatureCount(), GIntBig(2));
    QVERIFY(ds->GetLayerByName("parcels"));
    QCOMPARE(ds->GetLayerByName("parcels")->GetFeatureCount(), GIntBig(3));
    cands->ResetReading();
    OGRFeatureUniquePtr f(cands->GetNextFeature());
    QCOMPARE(QString::fromUtf8(f->GetFieldAsString("Name")), QStringLiteral("both halves"));
    // The corner (500 000, N(43°)) is 129°E 43°N by the hand-computed meridian arc, in lon/lat order.
    bool corner = false;
    for (const OGRPoint& pt : vertices(*f->GetGeometryRef())) {
      QVERIFY2(pt.getX() > 128.9 && pt.getX() < 129.2 && pt.getY() > 42.9 && pt.getY() < 43.1,
               qPrintable(QStringLiteral("%1 %2").arg(pt.getX()).arg(pt.getY())));
      if (std::abs(pt.getX() - 129.0) < 1e-6 && std::abs(pt.getY() - 43.0) < 1e-6) corner = true;
    }
    QVERIFY(corner);
    // The candidate's colour travels as a KML style.
    QFile file(q("out.kml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray kml = file.readAll();
    QVERIFY(kml.contains("<color>ff0000ff</color>"));  // #ff0000 as KML's aabbggrr
    // Filled so Google Earth shows the area: a PolyStyle in the colour at alpha 0x55 (#ff0000 and
    // #00aa00), never the outline-only <fill>0</fill>.
    const QString text = QString::fromUtf8(kml);
    auto polyStyle = [](const char* aabbggrr) {
      return QRegularExpression(QStringLiteral("<PolyStyle>\\s*<color>%1</color>").arg(QLatin1String(aabbggrr)));
    };
    QVERIFY2(text.contains(polyStyle("550000ff")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(polyStyle("5500aa00")));
    QVERIFY(!kml.contains("<fill>0</fill>"));
  }

  void csvWithoutGeometry() {
    DataExportOptions o;
    exportProjectData(project_, *data_, p("out.csv"), o);
    QFile file(q("out.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QByteArray("name,colour,area_km2,area_sqmi,cost_usd,leopards,leopards_fractional,leopards_min,leopards_max,parcel_ids,"
                                  "leopards_with_reserve,added_leopards,added_leopards_min,added_leopards_max,added_per_musd"));
    const QList<QByteArray> row = lines[1].split(',');
    QCOMPARE(row[0], QByteArray("both halves"));
    QVERIFY(std::abs(row[2].toDouble() - 100.08) < 0.01);  // '.' as the decimal point
    QCOMPARE(row[4].toDouble(), 3.5e6);
    QCOMPARE(row[5], QByteArray("2"));
    QVERIFY(lines[1].endsWith("\"1,2\",,,,,"));  // no reserve layer: the reserve side is empty
    QVERIFY(!lines[0].contains("WKT") && !lines[0].contains("geom"));
  }

  void rankingColumns() {
    const std::vector<model::RegionCapacity> capacity(3);
    const std::vector<ParcelRank> ranks = {{"2", 1, 1, 1.2, 0.4, 3, 1, 0, 2, 0.4}};
    const VectorLayer layer = parcelsLayer(*data_, capacity, project_.candidates, nullptr, &ranks);
    const int rank = layer.fieldIndex("rank");
    QVERIFY(rank >= 0);
    QVERIFY(std::holds_alternative<std::monostate>(layer.features[0].attributes[rank]));
    QCOMPARE(std::get<std::int64_t>(layer.features[1].attributes[rank]), std::int64_t(1));
    QCOMPARE(std::get<double>(layer.features[1].attributes[layer.fieldIndex("leopards_per_musd")]), 0.4);
    QCOMPARE(std::get<std::int64_t>(layer.features[1].attributes[layer.fieldIndex("leopards_with_reserve")]), std::int64_t(3));
    QCOMPARE(std::get<std::int64_t>(layer.features[1].attributes[layer.fieldIndex("added_leopards_max")]), std::int64_t(2));
    QCOMPARE(std::get<double>(layer.features[1].attributes[layer.fieldIndex("added_per_musd")]), 0.4);
    QVERIFY(std::holds_alternative<std::monostate>(layer.features[0].attributes[layer.fieldIndex("added_per_musd")]));
  }

  void errorsNameTheFile() {
    DataExportOptions o;
    try {
      exportProjectData(project_, *data_, p("missing/out.gpkg"), o);
      QFAIL("no error");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::WriteFailed);
      QCOMPARE(e.file(), p("missing/out.gpkg"));
    }
    try {
      exportProjectData(project_, *data_, p("out.dxf"), o);
      QFAIL("no error");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidInput);
    }
    o.candidate = "nobody";
    QVERIFY_THROWS_EXCEPTION(Error, exportProjectData(project_, *data_, p("x.gpkg"), o));
  }
};

QTEST_GUILESS_MAIN(TestProjectExport)
#include "test_project_export.moc"
