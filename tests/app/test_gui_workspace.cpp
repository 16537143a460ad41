// SPDX-License-Identifier: GPL-3.0-or-later
// The planning document: every candidate edit is one undo step, undo/redo restore the candidates and
// the active one exactly, saving marks the history clean, and the candidates panel drives it all.
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <ogr_geometry.h>

#include "gui/panels/CandidatesPanel.h"
#include "project/ProjectFile.h"
#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/PlanDocument.h"

using namespace hp;
using namespace hp::gui;

namespace {
std::shared_ptr<const OGRGeometry> square(double x0, double y0, double size) {
  auto ring = std::make_unique<OGRLinearRing>();
  ring->addPoint(x0, y0);
  ring->addPoint(x0 + size, y0);
  ring->addPoint(x0 + size, y0 + size);
  ring->addPoint(x0, y0 + size);
  ring->closeRings();
  auto polygon = std::make_shared<OGRPolygon>();
  polygon->addRingDirectly(ring.release());
  return polygon;
}

project::Project twoCandidates() {
  project::Project p;
  p.crs = Crs::fromEpsg(32652);
  project::Candidate a;
  a.name = "North";
  a.color = "#1f77b4";
  a.parcelIds = {"1", "2", "3"};
  project::Candidate b;
  b.name = "South";
  b.parcelIds = {"7"};
  p.candidates = {a, b};
  return p;
}

std::vector<std::string> names(const PlanDocument& doc) {
  std::vector<std::string> out;
  for (const auto& c : doc.project().candidates) out.push_back(c.name);
  return out;
}
}  // namespace

class TestGuiWorkspace : public QObject {
  Q_OBJECT
 private slots:
  void parcelEditsAreSetOperations() {
    using edits::applyParcelEdit;
    const std::vector<std::string> cur{"3", "1", "2"};
    QCOMPARE(applyParcelEdit(cur, {"5", "2"}, ParcelEdit::Replace), (std::vector<std::string>{"2", "5"}));
    QCOMPARE(applyParcelEdit(cur, {"5", "2"}, ParcelEdit::Add), (std::vector<std::string>{"1", "2", "3", "5"}));
    QCOMPARE(applyParcelEdit(cur, {"5", "2"}, ParcelEdit::Remove), (std::vector<std::string>{"1", "3"}));
    QCOMPARE(applyParcelEdit(cur, {"5", "2"}, ParcelEdit::Toggle), (std::vector<std::string>{"1", "3", "5"}));
  }

  void everyEditUndoesAndRedoesExactly() {
    PlanDocument doc;
    doc.replaceProject(twoCandidates(), {});
    QCOMPARE(doc.activeCandidate(), 0);
    QVERIFY(!doc.isModified());

    QVERIFY(edits::setParcels(&doc, 1, {"8", "9"}, ParcelEdit::Add));
    QVERIFY(!edits::setParcels(&doc, 1, {"8"}, ParcelEdit::Add));  // no change, no step
    QCOMPARE(doc.activeCandidate(), 1);
    QVERIFY(edits::addDrawnPolygon(&doc, 1, square(0, 0, 10)));
    QVERIFY(edits::editDrawnPolygon(&doc, 1, 0, square(0, 0, 20)));
    QVERIFY(edits::renameCandidate(&doc, 1, "  East "));
    QVERIFY(!edits::renameCandidate(&doc, 1, " "));
    QVERIFY(edits::recolourCandidate(&doc, 1, QColor("#00ff00")));
    QVERIFY(edits::duplicateCandidate(&doc, 0));
    QVERIFY(edits::addCandidate(&doc, "North", QColor("#123456")));
    QVERIFY(edits::deleteCandidate(&doc, 1));
    QVERIFY(edits::deleteDrawnPolygon(&doc, 1, 0));
    QVERIFY(doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 9);
    QCOMPARE(names(doc), (std::vector<std::string>{"North", "East", "North 2"}));
    QVERIFY(doc.candidate(1).drawn.empty());
    QCOMPARE(doc.candidate(2).color, std::string("#123456"));

    // Back one step at a time, checking the states that matter.
    doc.undoStack()->undo();  // delete polygon
    QCOMPARE(doc.candidate(1).drawn.size(), std::size_t{1});
    doc.undoStack()->undo();  // delete "North copy"
    QCOMPARE(names(doc), (std::vector<std::string>{"North", "North copy", "East", "North 2"}));
    QCOMPARE(doc.activeCandidate(), 3);  // as it was before the delete
    doc.undoStack()->undo();  // add
    doc.undoStack()->undo();  // duplicate
    QCOMPARE(names(doc), (std::vector<std::string>{"North", "East"}));
    QCOMPARE(doc.activeCandidate(), 1);
    doc.undoStack()->undo();  // recolour
    doc.undoStack()->undo();  // rename
    doc.undoStack()->undo();  // edit polygon
    QCOMPARE(doc.candidate(1).drawn.at(0)->toPolygon()->get_Area(), 100.0);
    doc.undoStack()->undo();  // draw
    doc.undoStack()->undo();  // parcels
    QCOMPARE(doc.candidate(1).parcelIds, (std::vector<std::string>{"7"}));
    QCOMPARE(doc.candidate(1).name, std::string("South"));
    QCOMPARE(doc.candidate(1).color, std::string("#d62728"));
    QCOMPARE(doc.activeCandidate(), 0);
    QVERIFY(!doc.isModified());

    for (int i = 0; i < 9; ++i) doc.undoStack()->redo();
    QCOMPARE(names(doc), (std::vector<std::string>{"North", "East", "North 2"}));
    QCOMPARE(doc.candidate(1).parcelIds, (std::vector<std::string>{"7", "8", "9"}));
    QCOMPARE(doc.candidate(1).color, std::string("#00ff00"));
    QVERIFY(doc.candidate(1).drawn.empty());
  }

  void savingMarksCleanAndReopensTheSame() {
    QTemporaryDir dir;
    PlanDocument doc;
    QSignalSpy modified(&doc, &PlanDocument::modifiedChanged);
    doc.replaceProject(twoCandidates(), {});
    QVERIFY(edits::addDrawnPolygon(&doc, 0, square(681000, 4796000, 1000)));
    QVERIFY(doc.isModified());
    const QString path = dir.filePath("plan.hplan");
    doc.saveAs(path);
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.filePath(), path);
    QCOMPARE(modified.last().at(0).toBool(), false);
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());  // the saved state is no longer shown
    doc.undoStack()->redo();
    QVERIFY(!doc.isModified());

    const auto loaded = project::loadProject(path.toStdString());
    QCOMPARE(loaded.project.candidates.size(), std::size_t{2});
    QCOMPARE(loaded.project.candidates[0].parcelIds, (std::vector<std::string>{"1", "2", "3"}));
    QCOMPARE(loaded.project.candidates[0].drawn.size(), std::size_t{1});
    QCOMPARE(loaded.project.candidates[0].drawn[0]->toPolygon()->get_Area(), 1e6);
  }

  void panelDrivesTheDocument() {
    PlanDocument doc;
    doc.replaceProject(twoCandidates(), {});
    CandidatesPanel panel(&doc);
    panel.setColorChooser([](const QColor&, QWidget*) { return QColor("#abcdef"); });
    panel.show();
    QCOMPARE(panel.list()->count(), 2);
    QCOMPARE(panel.list()->currentRow(), 0);

    panel.list()->setCurrentRow(1);
    QCOMPARE(doc.activeCandidate(), 1);
    QTest::mouseClick(panel.colorButton(), Qt::LeftButton);
    QCOMPARE(doc.candidate(1).color, std::string("#abcdef"));
    QTest::mouseClick(panel.duplicateButton(), Qt::LeftButton);
    QCOMPARE(panel.list()->count(), 3);
    QCOMPARE(panel.list()->item(2)->text(), QStringLiteral("South copy"));
    QCOMPARE(panel.list()->currentRow(), 2);
    QTest::mouseClick(panel.newButton(), Qt::LeftButton);
    QCOMPARE(panel.list()->item(3)->text(), QStringLiteral("Candidate"));
    QCOMPARE(doc.activeCandidate(), 3);

    // Rename in place: F2 opens the editor, typing and Enter commits one undo step.
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.list()->setFocus();
    QTest::keyClick(panel.list(), Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, "Ridge");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(doc.candidate(3).name, std::string("Ridge"));  // the delegate commits on the next turn

    QTest::mouseClick(panel.deleteButton(), Qt::LeftButton);
    QCOMPARE(panel.list()->count(), 3);
    doc.undoStack()->undo();  // delete
    doc.undoStack()->undo();  // rename
    QCOMPARE(panel.list()->item(3)->text(), QStringLiteral("Candidate"));
    QCOMPARE(panel.list()->currentRow(), 3);
  }
};

QTEST_MAIN(TestGuiWorkspace)
#include "test_gui_workspace.moc"
