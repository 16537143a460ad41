// SPDX-License-Identifier: GPL-3.0-or-later
// No frozen window (issue 14, point 6): adding a region-sized vector layer, saving a project that embeds
// a large raster and opening that project run on a worker. While each runs, the window's event loop keeps
// turning (a timer on the GUI thread ticks), the window takes no other job, and Cancel ends it leaving
// everything as it was: no layer half added, the project file on disk byte for byte the one before, the
// edits still unsaved.
//
// The check is "the event loop ran during the job", counted in timer ticks, not a time limit: these
// machines are noisy, and a job on the GUI thread gives zero ticks however fast the machine is.
#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <functional>
#include <memory>

#include "gui/MainWindow.h"
#include "gui/tasks/ModalTask.h"
#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectController.h"
#include "mapkit/layers/LayerModel.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "project/ProjectFile.h"
#include "support/UnattendedWindow.h"
#include "test_gui_support.h"

using namespace hp;
using namespace hp::gui;

namespace {

// Region-sized for a test: 300 x 300 = 90,000 square parcels of 100 m in UTM 52N, each with a text id.
constexpr int kSide = 300;
constexpr int kParcels = kSide * kSide;

void writeManyParcels(const QString& path) {
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  std::unique_ptr<GDALDataset> ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
  QVERIFY(ds);
  OGRSpatialReference utm;
  utm.importFromEPSG(32652);
  OGRLayer* layer = ds->CreateLayer("parcels", &utm, wkbPolygon, nullptr);
  QVERIFY(layer);
  OGRFieldDefn id("parcel_id", OFTString);
  QCOMPARE(layer->CreateField(&id), OGRERR_NONE);
  QCOMPARE(ds->StartTransaction(), OGRERR_NONE);
  for (int j = 0; j < kSide; ++j)
    for (int i = 0; i < kSide; ++i) {
      const double x = 680000 + 100.0 * i, y = 4795500 + 100.0 * j;
      OGRLinearRing ring;
      ring.addPoint(x, y);
      ring.addPoint(x + 100, y);
      ring.addPoint(x + 100, y + 100);
      ring.addPoint(x, y + 100);
      ring.closeRings();
      OGRPolygon polygon;
      polygon.addRing(&ring);
      OGRFeature feature(layer->GetLayerDefn());
      feature.SetField("parcel_id", QStringLiteral("25:34:%1:%2").arg(j).arg(i).toUtf8().constData());
      feature.SetGeometry(&polygon);
      QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
    }
  QCOMPARE(ds->CommitTransaction(), OGRERR_NONE);
}

// A 4000 x 4000 canopy raster (1.5 m pixels) over the fixture's extent, not compressible to nothing, so
// that embedding it into a project is a job of a second or more.
void writeLargeRaster(const QString& path) {
  constexpr int n = 4000;
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  const char* options[] = {"TILED=YES", nullptr};
  std::unique_ptr<GDALDataset> ds(
      driver->Create(path.toUtf8().constData(), n, n, 1, GDT_Byte, const_cast<char**>(options)));
  QVERIFY(ds);
  OGRSpatialReference utm;
  utm.importFromEPSG(32652);
  ds->SetSpatialRef(&utm);
  double transform[6] = {680000, 1.5, 0, 4801500, 0, -1.5};
  ds->SetGeoTransform(transform);
  std::vector<GByte> row(n);
  for (int r = 0; r < n; ++r) {
    for (int c = 0; c < n; ++c) row[std::size_t(c)] = GByte((c * 7 + r * 13 + (c * r) % 17) % 100);
    QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, r, n, 1, row.data(), n, 1, GDT_Byte, 0, 0), CE_None);
  }
}

QByteArray sha256Of(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  QCryptographicHash hash(QCryptographicHash::Sha256);
  hash.addData(&file);
  return hash.result();
}

// Counts the GUI thread's timer ticks while the window's job runs, and optionally presses Cancel on the
// job's progress dialog once it shows: what a person sees and does.
class JobWatcher : public QObject {
 public:
  JobWatcher(MainWindow* window, bool pressCancel) : window_(window), pressCancel_(pressCancel) {
    connect(&timer_, &QTimer::timeout, this, [this] {
      if (!window_->tasks()->isRunning()) return;
      ++ticksWhileRunning;
      if (!pressCancel_ || pressed) return;
      QProgressDialog* dialog = window_->tasks()->dialog();
      if (!dialog || !dialog->isVisible()) return;
      sawDialog = true;
      // The dialog's own Cancel button, as a person presses it.
      for (auto* button : dialog->findChildren<QPushButton*>()) {
        QTest::mouseClick(button, Qt::LeftButton);
        pressed = true;
      }
    });
    connect(window_->tasks(), &ModalTask::runningChanged, this, [this](bool running) {
      if (running) ++jobs;
    });
    timer_.start(10);
  }
  int ticksWhileRunning = 0;
  int jobs = 0;
  bool sawDialog = false;
  bool pressed = false;

 private:
  MainWindow* window_;
  bool pressCancel_;
  QTimer timer_;
};

int vectorLayersWithFeatures(LayerModel* model, std::size_t count) {
  int found = 0;
  for (int row = 0; row < model->rowCount(); ++row)
    if (const auto* vector = dynamic_cast<const VectorMapLayer*>(model->layer(row).get()); vector && vector->data().features.size() == count)
      ++found;
  return found;
}

}  // namespace

class TestGuiBackgroundJobs : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString projectPath_, manyParcels_, largeRaster_;
  QStringList errors_;

  std::unique_ptr<MainWindow> makeWindow() { return test::makeUnattendedWindow(errors_); }

 private slots:
  void initTestCase() {
    projectPath_ = test::writeFixturePlan(dir_.path());
    manyParcels_ = dir_.filePath("many_parcels.gpkg");
    largeRaster_ = dir_.filePath("large_canopy.tif");
    QElapsedTimer clock;
    clock.start();
    writeManyParcels(manyParcels_);
    writeLargeRaster(largeRaster_);
    qInfo("fixtures written in %lld ms", qint64(clock.elapsed()));
  }
  void init() { errors_.clear(); }

  void addingABigVectorLayerKeepsTheWindowTurning() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    const int before = w->layerModel()->rowCount();
    JobWatcher watch(w.get(), false);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(w->openFiles({manyParcels_}), 1);
    qInfo("90,000 parcels added in %lld ms, %d GUI ticks meanwhile", qint64(clock.elapsed()), watch.ticksWhileRunning);
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
    QCOMPARE(watch.jobs, 1);
    QVERIFY2(watch.ticksWhileRunning >= 3, qPrintable(QString::number(watch.ticksWhileRunning)));
    QCOMPARE(w->layerModel()->rowCount(), before + 1);
    QCOMPARE(vectorLayersWithFeatures(w->layerModel(), kParcels), 1);
  }

  void cancellingTheLoadAddsNothing() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    const int before = w->layerModel()->rowCount();
    JobWatcher watch(w.get(), true);
    QCOMPARE(w->openFiles({manyParcels_}), 0);
    QVERIFY(watch.sawDialog);
    QVERIFY(watch.pressed);
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));  // a cancel is not an error
    QCOMPARE(w->layerModel()->rowCount(), before);
    QCOMPARE(vectorLayersWithFeatures(w->layerModel(), kParcels), 0);
    QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("Adding many_parcels.gpkg cancelled."));
    QVERIFY(!w->tasks()->isRunning());
  }

  // Saving a project that embeds a 16 Mpx raster, then cancelling a second save of it after an edit.
  void savingEmbeddedDataTurnsAndCancelLosesNothing() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    QCOMPARE(w->openFiles({largeRaster_}), 1);
    // The raster joins the project as an extra layer; embedding puts it inside the .hplan.
    project::Project project = w->document()->project();
    project::LayerRef extra;
    extra.role = project::LayerRole::Other;
    extra.name = "large canopy";
    extra.path = largeRaster_.toStdString();
    project.layers.push_back(extra);
    project.embedData = true;
    const QString embedded = dir_.filePath("embedded.hplan");
    project::saveProject(project, embedded.toStdString());
    QVERIFY(w->openProject(embedded));
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));

    QVERIFY(edits::setParcels(w->document(), 0, {"3"}, ParcelEdit::Add));
    {
      JobWatcher watch(w.get(), false);
      QElapsedTimer clock;
      clock.start();
      QVERIFY(w->projects()->save());
      qInfo("embedded save in %lld ms, %d GUI ticks meanwhile", qint64(clock.elapsed()), watch.ticksWhileRunning);
      QVERIFY2(watch.ticksWhileRunning >= 3, qPrintable(QString::number(watch.ticksWhileRunning)));
    }
    QVERIFY(!w->isWindowModified());
    const QByteArray saved = sha256Of(embedded);
    QVERIFY(!saved.isEmpty());

    QVERIFY(edits::setParcels(w->document(), 0, {"7"}, ParcelEdit::Add));
    {
      JobWatcher watch(w.get(), true);
      QVERIFY(!w->projects()->save());
      QVERIFY(watch.sawDialog);
    }
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
    QVERIFY(w->isWindowModified());  // the edit is still there to save
    QCOMPARE(sha256Of(embedded), saved);
    QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("Saving cancelled; embedded.hplan is unchanged."));

    // And the file still opens, with the first save's parcels.
    const project::Project reread = project::loadProject(embedded.toStdString()).project;
    const auto& ids = reread.candidates.at(0).parcelIds;
    QVERIFY(std::find(ids.begin(), ids.end(), "3") != ids.end());
    QVERIFY(std::find(ids.begin(), ids.end(), "7") == ids.end());
  }
};

QTEST_MAIN(TestGuiBackgroundJobs)
#include "test_gui_background_jobs.moc"
