// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's capacity docks: the active candidate's figures follow every edit, undo and change
// of the active candidate, and equal the batch evaluation; the comparison table fills when shown; a
// change map from the Forest Versions panel becomes a layer.
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "gui/MainWindow.h"
#include "gui/imagery/ForestVersionsPanel.h"
#include "gui/panels/CandidateFiguresPanel.h"
#include "gui/panels/CompareCandidatesModel.h"
#include "gui/panels/CompareCandidatesPanel.h"
#include "gui/workspace/ActiveCandidateFigures.h"
#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/LiveCapacity.h"
#include "gui/workspace/MarxanCandidate.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectController.h"
#include "mapkit/layers/LayerModel.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectFile.h"
#include "test_gui_support.h"

using namespace hp;
using namespace hp::gui;

namespace {
// The shared fixture (candidate West) and a second candidate, East.
project::Project twoCandidates(const sample::SamplePaths& p) {
  project::Project project = test::fixtureProject(p);
  project::Candidate east;
  east.name = "East";
  east.parcelIds = {"4", "8", "12"};
  project.candidates.push_back(east);
  return project;
}

QString fractionalText(const project::Project& project, int index) {
  const auto figures = project::evaluateCandidates(project, project::loadProjectData(project));
  return QLocale().toString(figures[std::size_t(index)].capacity.leopardsFractional, 'f', 2);
}
}  // namespace

class TestGuiMainCapacity : public QObject {
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

  // The figures panel's fractional leopards once the newest request has been answered.
  static QString shownFractional(MainWindow* w) {
    QSignalSpy ready(w->activeFigures()->live(), &LiveCapacity::figuresReady);
    if (w->activeFigures()->live()->isBusy() && !ready.wait(20000)) return QStringLiteral("(timeout)");
    return w->figuresPanel()->fractionalLabel()->text();
  }

 private slots:
  void initTestCase() {
    paths_ = test::writeFixtureRegion(dir_.path());
    projectPath_ = dir_.filePath("plan.hplan");
    project::saveProject(twoCandidates(paths_), projectPath_.toStdString());
  }

  void figuresFollowEditsUndoAndTheActiveCandidate() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    PlanDocument* doc = w->document();
    QCOMPARE(doc->activeCandidate(), 0);
    QCOMPARE(w->figuresPanel()->nameLabel()->text(), QStringLiteral("West"));
    const QString west = fractionalText(doc->project(), 0);
    QCOMPARE(shownFractional(w.get()), west);

    QVERIFY(edits::setParcels(doc, 0, {"2", "6"}, ParcelEdit::Add));
    const QString bigger = fractionalText(doc->project(), 0);
    QVERIFY(bigger != west);
    QCOMPARE(shownFractional(w.get()), bigger);

    doc->undoStack()->undo();
    QCOMPARE(shownFractional(w.get()), west);

    doc->setActiveCandidate(1);
    QCOMPARE(w->figuresPanel()->nameLabel()->text(), QStringLiteral("East"));
    QCOMPARE(shownFractional(w.get()), fractionalText(doc->project(), 1));
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
  }

  void comparisonFillsWhenShown() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    auto* dock = w->findChild<QDockWidget*>(QStringLiteral("compareCandidatesDock"));
    QVERIFY(dock);
    QSignalSpy finished(w->comparePanel(), &CompareCandidatesPanel::finished);
    w->show();
    dock->show();
    QVERIFY(finished.wait(20000));
    QCOMPARE(w->comparePanel()->model()->rowCount(), 3);  // two candidates and the reserve alone

    // An edit while the table is in sight recomputes it, once for a burst of edits.
    QVERIFY(edits::addCandidate(w->document(), "North", QColor("#2ca02c")));
    QVERIFY(edits::setParcels(w->document(), 2, {"9", "10"}, ParcelEdit::Add));
    QVERIFY(finished.wait(20000));
    QCOMPARE(w->comparePanel()->model()->rowCount(), 4);
  }

  void marxanSolutionBecomesACandidate() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    PlanDocument* doc = w->document();
    const QString best = dir_.filePath("output_best.csv");
    {
      QFile f(best);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("PUID,SOLUTION\n");
      for (int id = 1; id <= 12; ++id) f.write(QByteArray::number(id) + (id == 3 || id == 7 ? ",1\n" : ",0\n"));
    }
    const std::vector<std::string> parcels = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
    QCOMPARE(importMarxanCandidate(doc, best, parcels), QString());
    QCOMPARE(doc->candidateCount(), 3);
    QCOMPARE(doc->activeCandidate(), 2);
    QCOMPARE(QString::fromStdString(doc->candidate(2).name), QStringLiteral("Marxan output_best"));
    QCOMPARE(doc->candidate(2).parcelIds, (std::vector<std::string>{"3", "7"}));
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("New candidate from a Marxan solution"));
    doc->undoStack()->undo();
    QCOMPARE(doc->candidateCount(), 2);

    // A solution for another parcel layer: the message names the file, the project is unchanged.
    const std::vector<std::string> other = {"1", "2", "3"};
    const QString error = importMarxanCandidate(doc, best, other);
    QVERIFY2(error.contains(QStringLiteral("output_best.csv")), qPrintable(error));
    QCOMPARE(doc->candidateCount(), 2);
  }

  void changeMapBecomesALayer() {
    auto w = makeWindow();
    QVERIFY(w->openProject(projectPath_));
    const int before = w->layerModel()->rowCount();
    auto* forest = w->findChild<ForestVersionsPanel*>();
    QVERIFY(forest);
    emit forest->changeMapReady(QString::fromStdString(paths_.forest), 1, 2);
    QCOMPARE(w->layerModel()->rowCount(), before + 1);
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
  }
};

QTEST_MAIN(TestGuiMainCapacity)
#include "test_gui_main_capacity.moc"
