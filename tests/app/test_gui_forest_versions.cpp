// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI side of satellite imports: the import dialog, the versions panel (import with progress and
// Cancel on a copy of the project, change map) and the capacity before/after table.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <gdal_priv.h>

#include "gui/imagery/CapacityChangeModel.h"
#include "gui/imagery/CapacityChangePanel.h"
#include "gui/imagery/ForestVersionsPanel.h"
#include "gui/imagery/ImportForestDialog.h"
#include "gui/tasks/TaskRunner.h"
#include "imagery/CanopyRules.h"
#include "io/RasterSource.h"
#include "project/ForestChange.h"
#include "project/ForestVersions.h"
#include "project/ProjectFile.h"
#include "test_gui_support.h"

using namespace hp;
using namespace hp::gui;

namespace {

// HP_SCREENSHOTS=DIR saves what a person would see, to look at.
void screenshot(QWidget& w, const char* name) {
  const QString dir = qEnvironmentVariable("HP_SCREENSHOTS");
  if (dir.isEmpty()) return;
  w.show();
  QCoreApplication::processEvents();
  w.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

// A canopy raster of one value over the fixture region (UTM 52N, 60 m pixels, a little larger).
void writeCanopy(const QString& path, GByte value) {
  GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(path.toUtf8().constData(), 110, 85, 1,
                                                                                   GDT_Byte, nullptr));
  double gt[6] = {679800, 60, 0, 4800300, 0, -60};
  ds->SetGeoTransform(gt);
  ds->SetSpatialRef(Crs::fromEpsg(32652).ogr());
  std::vector<GByte> v(110 * 85, value);
  QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 110, 85, v.data(), 110, 85, GDT_Byte, 0, 0, nullptr), CE_None);
}

}  // namespace

class TestGuiForestVersions : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  sample::SamplePaths paths_;
  project::Project project_;
  QString projectPath_;

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    paths_ = test::writeFixtureRegion(dir_.filePath(QStringLiteral("region")));
    project_.crs = Crs::fromEpsg(32652);
    using R = project::LayerRole;
    project_.layers = {{R::Forest, "Forest", paths_.forest, "", true, 1.0, ""},
                       {R::Basins, "Basins", paths_.basins, "", true, 1.0, ""},
                       {R::Parcels, "Parcels", paths_.parcels, "", true, 1.0, ""},
                       {R::Reserve, "Reserve", paths_.reserve, "", true, 1.0, ""}};
    project_.candidates = {{"West", "#0000ff", {"1", "5"}, {}}};
    projectPath_ = dir_.filePath(QStringLiteral("plan.hplan"));
    project::saveProject(project_, projectPath_.toStdString());
    writeCanopy(dir_.filePath(QStringLiteral("cleared.tif")), 0);
  }

  void dialogNamesWhatIsMissing() {
    ImportForestDialog dialog;
    QString problem;
    QVERIFY(!dialog.request(&problem));
    QVERIFY(problem.contains(QStringLiteral("file")));
    dialog.accept();  // stays open, says why
    QVERIFY(!dialog.problemLabel()->isHidden());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    dialog.setFiles({dir_.filePath(QStringLiteral("cleared.tif"))});
    dialog.setMethod(imagery::ImportMethod::Ndvi);
    dialog.redBandSpin()->setValue(3);
    dialog.nirBandSpin()->setValue(3);
    QVERIFY(!dialog.request(&problem));
    dialog.nirBandSpin()->setValue(5);
    auto request = dialog.request(&problem);
    QVERIFY2(request, qPrintable(problem));
    QCOMPARE(request->redBand, 3);
    QCOMPARE(request->nirBand, 5);
    QCOMPARE(request->ndviRule.breakpoints, imagery::NdviRule().breakpoints);
    // Breakpoints are editable, and checked.
    dialog.ndviTable()->item(0, 0)->setText(QStringLiteral("0.7"));
    QVERIFY(!dialog.request(&problem));
    QVERIFY2(problem.contains(QStringLiteral("ascending")) || problem.contains(QStringLiteral("NDVI")), qPrintable(problem));

    dialog.setMethod(imagery::ImportMethod::Classes);
    QVERIFY(dialog.worldCoverRadio()->isChecked());
    request = dialog.request();
    QVERIFY(request);
    QCOMPARE(request->classes, imagery::worldCoverTable());
    QFile table(dir_.filePath(QStringLiteral("classes.csv")));
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write("class,canopy\n1,90\n2,ten\n");
    table.close();
    dialog.setClassTableChooser([&](QWidget*) { return QStringList{table.fileName()}; });
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
      if (b->text() == QStringLiteral("Browse…")) b->click();
    QCOMPARE(dialog.classTableEdit()->text(), table.fileName());
    QVERIFY(!dialog.worldCoverRadio()->isChecked());
    QVERIFY(!dialog.request(&problem));
    QVERIFY2(problem.contains(table.fileName()) && problem.contains(QStringLiteral("3")), qPrintable(problem));

    dialog.setMethod(imagery::ImportMethod::Loss);
    dialog.lossFromSpin()->setValue(2019);
    dialog.dateEdit()->setDate(QDate(2024, 8, 15));
    request = dialog.request();
    QVERIFY(request);
    QCOMPARE(request->lossFromYear, 2019);
    QCOMPARE(dialog.date(), QStringLiteral("2024-08-15"));
    dialog.setMethod(imagery::ImportMethod::Ndvi);
    screenshot(dialog, "import_dialog.png");
  }

  void aCancelledImportLeavesTheProjectUnchanged() {
    ForestVersionsPanel panel;
    panel.setProject(project_, projectPath_);
    QSignalSpy changed(&panel, &ForestVersionsPanel::versionsChanged);
    QSignalSpy cancelled(panel.importRunner(), &TaskRunner::cancelled);
    imagery::ImportRequest request;
    request.files = {dir_.filePath(QStringLiteral("cleared.tif")).toStdString()};
    QVERIFY(panel.startImport(request, QStringLiteral("2026-06-01")));
    QVERIFY(!panel.progressBar()->isHidden());
    QVERIFY(!panel.importButton()->isEnabled());
    panel.cancelButton()->click();
    QVERIFY(cancelled.wait(20000) || cancelled.count() == 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(panel.progressBar()->isHidden());
    const QDir versions(dir_.filePath(QStringLiteral("forest_versions")));
    QVERIFY(!versions.exists() || versions.entryList({QStringLiteral("*.tif")}).isEmpty());
  }

  void anImportAddsAnActiveVersionAndItsChangeMap() {
    ForestVersionsPanel panel;
    panel.setProject(project_, projectPath_);
    QCOMPARE(panel.versionList()->topLevelItemCount(), 1);
    QSignalSpy changed(&panel, &ForestVersionsPanel::versionsChanged);
    imagery::ImportRequest request;
    request.files = {dir_.filePath(QStringLiteral("cleared.tif")).toStdString()};
    QVERIFY(panel.startImport(request, QStringLiteral("2026-06-01")));
    QVERIFY(changed.wait(30000));
    const auto versions = changed.front().at(0).value<std::vector<project::ForestVersion>>();
    QCOMPARE(int(versions.size()), 1);
    QCOMPARE(changed.front().at(1).toInt(), 1);
    QCOMPARE(versions[0].date, std::string("2026-06-01"));
    QVERIFY(QFile::exists(QString::fromStdString(versions[0].path)));
    // Everything was cleared: canopy 0 at any pixel of the new version.
    QCOMPARE(int(RasterSource::open(versions[0].path).read<std::uint8_t>(1, PixelWindow{40, 40, 1, 1})[0]), 0);

    // The document applies the change; the panel then lists two versions, the new one in use.
    project_.forestVersions = versions;
    project_.activeForestVersion = 1;
    panel.setProject(project_, projectPath_);
    QCOMPARE(panel.versionList()->topLevelItemCount(), 2);
    panel.selectVersion(1);
    QVERIFY(!panel.useButton()->isEnabled());  // already in use
    QSignalSpy use(&panel, &ForestVersionsPanel::activeVersionRequested);
    panel.selectVersion(0);
    panel.useButton()->click();
    QCOMPARE(use.count(), 1);
    QCOMPARE(use.front().at(0).toInt(), 0);

    panel.resize(460, 260);
    screenshot(panel, "forest_versions_panel.png");
    QSignalSpy mapReady(&panel, &ForestVersionsPanel::changeMapReady);
    panel.selectVersion(1);
    panel.changeMapButton()->click();
    QVERIFY(mapReady.wait(30000));
    const QString path = mapReady.front().at(0).toString();
    QCOMPARE(mapReady.front().at(1).toInt(), 0);
    QCOMPARE(mapReady.front().at(2).toInt(), 1);
    // The fixture's canopy at (col 50, row 20) is (7*50 + 3*20) % 100 = 10: cleared by 10 points, a loss.
    const RasterSource change = RasterSource::open(path.toStdString());
    QCOMPARE(int(change.read<std::uint8_t>(1, PixelWindow{50, 20, 1, 1})[0]), int(project::ForestChangeClass::Loss));
    // (col 0, row 1): canopy 3, less than 10 points lost: unchanged.
    QCOMPARE(int(change.read<std::uint8_t>(1, PixelWindow{0, 1, 1, 1})[0]), int(project::ForestChangeClass::Unchanged));
  }

  void capacityTableComparesVersions() {
    QVERIFY2(!project_.forestVersions.empty(), "runs after the import test");
    CapacityChangePanel panel;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setProject(project_);
    QCOMPARE(panel.toCombo()->currentData().toInt(), 1);
    QSignalSpy done(panel.runner(), &TaskRunner::succeeded);
    QVERIFY(panel.compare(0, 1));
    QVERIFY(done.wait(30000));
    const auto expected = project::compareForestVersions(project_, 0, 1);
    QCOMPARE(panel.model()->rowCount(), int(expected.size()));
    QCOMPARE(panel.model()->rowCount(), 12 + 1 + 1);  // parcels, the candidate, the reserve
    for (int r = 0; r < panel.model()->rowCount(); ++r) {
      const auto& row = panel.model()->rows()[std::size_t(r)];
      QCOMPARE(row.before.habitatKm2, expected[std::size_t(r)].before.habitatKm2);
      QCOMPARE(row.after.habitatKm2, 0.0);  // all cleared
    }
    // Candidate "West" (parcels 1 and 5) had habitat; the table says so in the UI locale.
    const QModelIndex west = panel.model()->index(12, CapacityChangeModel::HabitatBefore);
    QCOMPARE(panel.model()->index(12, CapacityChangeModel::Id).data().toString(), QStringLiteral("West"));
    QCOMPARE(west.data().toString(), QLocale().toString(expected[12].before.habitatKm2, 'f', 2));
    QVERIFY(expected[12].before.habitatKm2 > 1.0);

    panel.setFilter(CapacityChangePanel::Filter::Parcels);
    QCOMPARE(panel.proxy()->rowCount(), 12);
    panel.setFilter(CapacityChangePanel::Filter::CandidatesAndReserve);
    QCOMPARE(panel.proxy()->rowCount(), 2);
    panel.setFilter(CapacityChangePanel::Filter::All);
    panel.proxy()->sort(CapacityChangeModel::HabitatBefore, Qt::DescendingOrder);
    const double top = panel.proxy()->index(0, CapacityChangeModel::HabitatBefore).data(Qt::UserRole).toDouble();
    for (const auto& row : expected) QVERIFY(row.before.habitatKm2 <= top);

    panel.resize(900, 420);
    screenshot(panel, "capacity_change_panel.png");
    const QString csv = dir_.filePath(QStringLiteral("change.csv"));
    QVERIFY(panel.exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("kind,id,leopards_before"));
  }
};

QTEST_MAIN(TestGuiForestVersions)
#include "test_gui_forest_versions.moc"
