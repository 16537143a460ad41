// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis ▸ Compute Corridors in the main window: the corridors core computes, drawn as the layer
// "Corridors" (reachable links with a length only, toggled in the layer panel), the active candidate's
// corridor to the reserve in the figures panel with the same numbers, Cancel leaving the map as it was,
// and a candidate edit taking stale corridors off the map.
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "corridor/Corridors.h"
#include "gui/MainWindow.h"
#include "gui/panels/CompareCandidatesModel.h"
#include "gui/panels/CompareCandidatesPanel.h"
#include "gui/map/MapCanvas.h"
#include "gui/panels/CandidateFiguresPanel.h"
#include "gui/tasks/ModalTask.h"
#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectController.h"
#include "gui/workspace/ProjectCorridors.h"
#include "mapkit/layers/CorridorMapLayer.h"
#include "mapkit/layers/LayerModel.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectFile.h"
#include "test_gui_support.h"

using namespace hp;
using namespace hp::gui;

namespace {

// The shared fixture (West, which touches the reserve) and East, across the region from it.
project::Project twoCandidates(const sample::SamplePaths& p) {
  project::Project project = test::fixtureProject(p);
  project::Candidate east;
  east.name = "East";
  east.color = "#ff7f0e";
  east.parcelIds = {"8", "12"};
  project.candidates.push_back(east);
  return project;
}

bool drawn(const corridor::CorridorLink& l) {
  const auto* line = dynamic_cast<const OGRLineString*>(l.path.get());
  return l.reachable && line && line->getNumPoints() >= 2 && l.lengthKm > 0;
}

// Pixels within a few levels of the corridor colour.
int corridorPixels(const QImage& image) {
  const QColor c = CorridorMapLayer::style().outline;
  const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
  int n = 0;
  for (int y = 0; y < rgb.height(); ++y)
    for (int x = 0; x < rgb.width(); ++x) {
      const QColor p = rgb.pixelColor(x, y);
      if (std::abs(p.red() - c.red()) < 12 && std::abs(p.green() - c.green()) < 12 && std::abs(p.blue() - c.blue()) < 12) ++n;
    }
  return n;
}

}  // namespace

class TestGuiCorridors : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString projectPath_;
  sample::SamplePaths paths_;
  QStringList errors_;

  std::unique_ptr<MainWindow> makeWindow() {
    auto w = std::make_unique<MainWindow>();
    w->setErrorReporter([this](const QString& t, const QString& m) { errors_ << t + ": " + m; });
    w->projects()->setRecoverQuestion([](const QString&, const QString&) { return false; });
    w->projects()->setSaveQuestion([] { return ProjectController::SaveAnswer::Discard; });
    return w;
  }

 private slots:
  void initTestCase() {
    paths_ = test::writeFixtureRegion(dir_.path());
    projectPath_ = dir_.filePath("plan.hplan");
    project::saveProject(twoCandidates(paths_), projectPath_.toStdString());
  }

  void corridorsAreDrawnAndListed() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    ProjectCorridors* corridors = w->corridors();
    QVERIFY(!corridors->isCurrent());
    QCOMPARE(w->layerModel()->rowOf(corridors->layer().get()), -1);
    QCOMPARE(w->figuresPanel()->corridorLabel()->text(), QStringLiteral("not computed (Analysis ▸ Compute Corridors)"));
    // The action is in the Analysis menu.
    bool inMenu = false;
    for (QAction* menu : w->menuBar()->actions())
      if (menu->menu() && menu->text() == QStringLiteral("&Analysis"))
        inMenu = menu->menu()->actions().contains(corridors->computeAction());
    QVERIFY(inMenu);

    const project::Project p = w->document()->project();
    const std::vector<corridor::CorridorLink> expected = corridor::projectCorridors(p, project::loadProjectData(p), {});
    // The reserve to West and to East, and West to East.
    QCOMPARE(expected.size(), std::size_t(3));
    QCOMPARE(expected[0].to, std::string("West"));
    QCOMPARE(expected[0].lengthKm, 0.0);  // West is built against the reserve
    QVERIFY(drawn(expected[1]) && expected[1].to == "East" && expected[1].lengthKm > 1.0 && expected[1].widthKm > 0);

    w->show();
    corridors->computeAction()->trigger();  // returns when the job ended
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
    QVERIFY(corridors->isCurrent());
    const auto& layer = corridors->layer();
    QCOMPARE(w->layerModel()->rowOf(layer.get()), 0);  // on top of the map
    QCOMPARE(layer->name(), QStringLiteral("Corridors"));
    QCOMPARE(layer->links().size(), expected.size());
    int expectedDrawn = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const corridor::CorridorLink& got = layer->links()[i];
      QCOMPARE(got.from, expected[i].from);
      QCOMPARE(got.to, expected[i].to);
      QCOMPARE(got.reachable, expected[i].reachable);
      QCOMPARE(got.costKm, expected[i].costKm);
      QCOMPARE(got.lengthKm, expected[i].lengthKm);
      expectedDrawn += drawn(expected[i]) ? 1 : 0;
    }
    QCOMPARE(expectedDrawn, 2);  // West touches the reserve: a point, not drawn
    QCOMPARE(layer->drawnCount(), expectedDrawn);

    // The figures: West touches the reserve; East's corridor in the same numbers as core's.
    QCOMPARE(w->figuresPanel()->corridorLabel()->text(), QStringLiteral("touches the reserve"));
    w->document()->setActiveCandidate(1);
    const QLocale locale;
    const corridor::CorridorLink& east = expected[1];
    QCOMPARE(w->figuresPanel()->corridorLabel()->text(),
             QStringLiteral("cost %1 km, length %2 km, mean width %3 km")
                 .arg(locale.toString(east.costKm, 'f', 1), locale.toString(east.lengthKm, 'f', 1),
                      locale.toString(east.widthKm, 'f', 2)));

    // The compare table lists the same corridors (West touches; East's cost as core's).
    {
      using C = gui::CompareCandidatesModel;
      C* compare = w->comparePanel()->model();
      compare->setRows({QStringLiteral("West"), QStringLiteral("East")}, std::vector<project::CandidateFigures>(2));
      QCOMPARE(compare->index(0, C::CorridorLength).data().toString(), QStringLiteral("touches"));
      QCOMPARE(compare->index(1, C::CorridorCost).data(Qt::UserRole).toDouble(), east.costKm);
      QCOMPARE(compare->index(1, C::CorridorLength).data().toString(), locale.toString(east.lengthKm, 'f', 1));
    }

    // On the map in its own colour; unchecked in the layer panel, gone.
    w->canvas()->zoomToFullExtent();
    QVERIFY(test::waitForRender(w->canvas()));
    const QImage shown = w->canvas()->grab().toImage();
    if (const QString shots = qEnvironmentVariable("HP_SCREENSHOT_DIR"); !shots.isEmpty())
      QVERIFY(w->grab().save(QDir(shots).filePath(QStringLiteral("corridors.png"))));
    const int withCorridors = corridorPixels(shown);
    QVERIFY2(withCorridors > 100, qPrintable(QString::number(withCorridors)));
    QVERIFY(w->layerModel()->setData(w->layerModel()->index(0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(test::waitForRender(w->canvas()));
    QCOMPARE(corridorPixels(w->canvas()->grab().toImage()), 0);
    QVERIFY(w->layerModel()->setData(w->layerModel()->index(0), Qt::Checked, Qt::CheckStateRole));

    // An edit of a candidate: the corridors no longer describe it, so they leave the map.
    QVERIFY(edits::setParcels(w->document(), 1, {"4"}, ParcelEdit::Add));
    QVERIFY(!corridors->isCurrent());
    QCOMPARE(w->layerModel()->rowOf(layer.get()), -1);
    QCOMPARE(w->figuresPanel()->corridorLabel()->text(), QStringLiteral("not computed (Analysis ▸ Compute Corridors)"));
    QVERIFY(!w->comparePanel()->model()->index(1, gui::CompareCandidatesModel::CorridorCost).data().isValid());
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
  }

  void cancelLeavesNoCorridors() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    QTimer::singleShot(0, w->tasks(), &ModalTask::cancel);
    QCOMPARE(w->corridors()->compute(), ModalTask::Outcome::Cancelled);
    QVERIFY(!w->corridors()->isCurrent());
    QCOMPARE(w->layerModel()->rowOf(w->corridors()->layer().get()), -1);
    QVERIFY(errors_.isEmpty());
  }
};

QTEST_MAIN(TestGuiCorridors)
#include "test_gui_corridors.moc"
