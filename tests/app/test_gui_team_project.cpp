// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's team projects against a throwaway PostgreSQL server: File ▸ Publish to Database and
// Open from Database through the real connection dialog, Save a Copy as File, the conflict dialog's
// Keep Both and Reload, a read-only role's refused save, others' saves appearing while the project is
// open, and a duplicate saved as a new candidate.
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

#include "gui/MainWindow.h"
#include "gui/team/DatabaseConnectionDialog.h"
#include "gui/team/EditConflictDialog.h"
#include "gui/team/TeamProjectController.h"
#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectController.h"
#include "project/DatabaseProject.h"
#include "project/ProjectFile.h"
#include "project/ProjectLocation.h"
#include "support/PgCluster.h"
#include "support/UnattendedWindow.h"

using namespace hp;

namespace {

// Runs `answer` on the first modal dialog of type T that opens (checked every 20 ms, for 10 s).
template <typename T>
void whenDialogOpens(std::function<void(T*)> answer) {
  auto* timer = new QTimer;
  auto started = std::make_shared<QElapsedTimer>();
  started->start();
  QObject::connect(timer, &QTimer::timeout, [timer, answer, started] {
    if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
      timer->stop();
      timer->deleteLater();
      answer(dialog);
    } else if (started->elapsed() > 10000) {
      timer->stop();
      timer->deleteLater();
    }
  });
  timer->start(20);
}

const project::Candidate* byName(const project::Project& p, const std::string& name) {
  for (const auto& c : p.candidates)
    if (c.name == name) return &c;
  return nullptr;
}

int indexOf(gui::PlanDocument* doc, const std::string& name) {
  for (int i = 0; i < doc->candidateCount(); ++i)
    if (doc->candidate(i).name == name) return i;
  return -1;
}

}  // namespace

class TestGuiTeamProject : public QObject {
  Q_OBJECT

  test::PgCluster cluster_;
  QTemporaryDir dir_;
  QString plan_;
  QStringList errors_;

  std::string location(const std::string& project, const std::string& user = "postgres") const {
    return project::databaseLocation(cluster_.conninfo("hp", user), project);
  }

  // A window with project `name` open from the database as `user`.
  std::unique_ptr<gui::MainWindow> openWindow(const std::string& name, const std::string& user = "postgres") {
    auto w = test::makeUnattendedWindow(errors_);
    if (!w->team()->openLocation(QString::fromStdString(location(name, user)))) return nullptr;
    return w;
  }

  void fillConnection(gui::DatabaseConnectionDialog* d, const QString& user = QStringLiteral("postgres")) {
    d->serviceEdit()->clear();
    d->hostEdit()->setText(cluster_.socketDir());
    d->portEdit()->setValue(0);
    d->databaseEdit()->setText(QStringLiteral("hp"));
    d->userEdit()->setText(user);
  }

  // Publishes the fixture plan as `name` through the core (the GUI's publish has its own test).
  void publish(const std::string& name) {
    project::Project p = project::loadProject(plan_.toStdString()).project;
    project::DatabaseProject(location(name)).publish(p);
  }

 private slots:
  void initTestCase() {
    HP_START_PG_CLUSTER(cluster_);
    QVERIFY(dir_.isValid());
    plan_ = test::writeFixturePlan(dir_.path());
    // Two candidates: West {1, 5} (the fixture's) and East {2}.
    project::Project p = project::loadProject(plan_.toStdString()).project;
    project::Candidate east;
    east.name = "East";
    east.color = "#1f77b4";
    east.parcelIds = {"2"};
    p.candidates.push_back(east);
    project::saveProject(p, plan_.toStdString());
    qunsetenv("PGSERVICE");  // an empty PGSERVICE is a service named "" to libpq
  }

  void cleanup() { errors_.clear(); }

  // File ▸ Publish to Database…: the dialog lists no project yet; the name typed is the new project,
  // which the window then shows (title, candidates) and which the database holds.
  void publishFromTheDialog() {
    auto w = test::makeUnattendedWindow(errors_);
    QVERIFY(w->openProject(plan_));
    QStringList listed;
    bool ran = false;
    whenDialogOpens<gui::DatabaseConnectionDialog>([&](gui::DatabaseConnectionDialog* d) {
      ran = true;
      fillConnection(d);
      QTest::mouseClick(d->connectButton(), Qt::LeftButton);
      for (int i = 0; i < d->projectList()->count(); ++i) listed << d->projectList()->item(i)->text();
      d->projectEdit()->setText(QStringLiteral("Lazovsky"));
      QVERIFY(d->okButton()->isEnabled());
      QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    w->team()->publishAction()->trigger();
    QVERIFY(ran);
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
    QVERIFY(listed.isEmpty());  // the database held no project before
    QVERIFY(w->team()->isOpen());
    QVERIFY(w->windowTitle().contains(QStringLiteral("Lazovsky")));
    const project::Project stored = project::DatabaseProject(location("Lazovsky")).load().project;
    QCOMPARE(stored.candidates.size(), std::size_t(2));
    QCOMPARE(byName(stored, "West")->parcelIds, (std::vector<ParcelId>{"1", "5"}));
    QCOMPARE(byName(stored, "East")->parcelIds, (std::vector<ParcelId>{"2"}));
    QVERIFY(!w->document()->isModified());
    QCOMPARE(w->document()->candidateCount(), 2);
    QVERIFY(w->document()->candidate(0).revision.id > 0);
  }

  // File ▸ Open from Database…: the fields, Connect lists the projects, pick one.
  void openFromTheDialog() {
    publish("Second");
    auto w = test::makeUnattendedWindow(errors_);
    QStringList listed;
    QString conninfo;
    whenDialogOpens<gui::DatabaseConnectionDialog>([&](gui::DatabaseConnectionDialog* d) {
      fillConnection(d);
      QVERIFY(!d->findChild<QLineEdit*>(QStringLiteral("password")));
      QTest::mouseClick(d->connectButton(), Qt::LeftButton);
      for (int i = 0; i < d->projectList()->count(); ++i) listed << d->projectList()->item(i)->text();
      const auto found = d->projectList()->findItems(QStringLiteral("Second"), Qt::MatchExactly);
      if (!found.isEmpty()) d->projectList()->setCurrentItem(found.first());
      conninfo = d->conninfo();
      d->grab().save(QStringLiteral("/tmp/hp-database-connection-dialog.png"));
      QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    w->team()->openAction()->trigger();
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
    QCOMPARE(listed, (QStringList{QStringLiteral("Lazovsky"), QStringLiteral("Second")}));
    QVERIFY(!conninfo.contains(QStringLiteral("password")));
    QVERIFY(w->team()->isOpen());
    QCOMPARE(w->team()->location(),
             QString::fromStdString(project::databaseLocation(conninfo.toStdString(), "Second")));
    QCOMPARE(w->document()->candidateCount(), 2);
    QVERIFY(w->windowTitle().contains(QStringLiteral("Second")));
  }

  // A database project that names a layer on the network asks first, as a .hplan does; a "no" opens
  // nothing and is no error. A "yes" opens it.
  void networkLayerAsksFirst() {
    project::Project p = project::loadProject(plan_.toStdString()).project;
    p.layers.push_back({project::LayerRole::Other, "Remote", "/vsicurl/http://example.invalid/remote.tif", "", true, 1, ""});
    project::DatabaseProject(location("Remote")).publish(p);
    auto w = test::makeUnattendedWindow(errors_);
    QString askedFor;
    QStringList listed;
    bool answer = false;
    w->projects()->setExternalQuestion([&](const QString& name, const QStringList& references) {
      askedFor = name;
      listed = references;
      return answer;
    });
    QVERIFY(!w->team()->openLocation(QString::fromStdString(location("Remote"))));
    QCOMPARE(askedFor, QStringLiteral("Remote (database)"));
    QCOMPARE(listed, QStringList{QStringLiteral("/vsicurl/http://example.invalid/remote.tif (on the network)")});
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
    QVERIFY(!w->team()->isOpen());
    answer = true;
    QVERIFY(w->team()->openLocation(QString::fromStdString(location("Remote"))));
    QVERIFY(w->team()->isOpen());
    QCOMPARE(w->document()->candidateCount(), 2);
  }

  // Save a Copy as File… writes the database project to a .hplan with the same candidates; the window
  // keeps the database project.
  void saveACopyAsFile() {
    auto w = openWindow("Lazovsky");
    QVERIFY(w);
    const QString copy = dir_.filePath(QStringLiteral("copy.hplan"));
    QVERIFY(w->team()->saveCopyAs(copy));
    const project::Project back = project::loadProject(copy.toStdString()).project;
    const project::Project& shown = w->document()->project();
    QCOMPARE(back.candidates.size(), shown.candidates.size());
    for (std::size_t i = 0; i < back.candidates.size(); ++i) {
      QCOMPARE(back.candidates[i].name, shown.candidates[i].name);
      QCOMPARE(back.candidates[i].color, shown.candidates[i].color);
      QCOMPARE(back.candidates[i].parcelIds, shown.candidates[i].parcelIds);
    }
    QVERIFY(w->team()->isOpen());
    // Reopened, the copy is an ordinary file project.
    auto file = test::makeUnattendedWindow(errors_);
    QVERIFY(file->openProject(copy));
    QVERIFY(!file->team()->isOpen());
    QCOMPARE(file->document()->candidateCount(), 2);
  }

  // Someone saves West while we edit it: the dialog names the candidate, who and when; Keep Both leaves
  // theirs and saves ours beside it.
  void conflictKeepBoth() {
    publish("Conflict");
    auto w = openWindow("Conflict");
    QVERIFY(w);
    project::DatabaseProject writer(location("Conflict"));
    project::Project base = writer.load().project;
    project::Project theirs = base;
    theirs.candidates[0].parcelIds = {"1", "3"};
    writer.save(theirs, &base);

    const int west = indexOf(w->document(), "West");
    QVERIFY(gui::edits::setParcels(w->document(), west, {"4"}, gui::ParcelEdit::Replace));
    QStringList lines;
    whenDialogOpens<gui::EditConflictDialog>([&](gui::EditConflictDialog* d) {
      for (auto* list : d->findChildren<QListWidget*>())
        for (int i = 0; i < list->count(); ++i) lines << list->item(i)->text();
      d->grab().save(QStringLiteral("/tmp/hp-edit-conflict-dialog.png"));
      QTest::mouseClick(d->keepBothButton(), Qt::LeftButton);
    });
    QVERIFY(w->projects()->save());
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].contains(QStringLiteral("West")) && lines[0].contains(QStringLiteral("postgres")), qPrintable(lines[0]));
    const project::Project stored = writer.load().project;
    QCOMPARE(byName(stored, "West")->parcelIds, (std::vector<ParcelId>{"1", "3"}));
    QVERIFY(byName(stored, "West (mine)"));
    QCOMPARE(byName(stored, "West (mine)")->parcelIds, (std::vector<ParcelId>{"4"}));
    QCOMPARE(stored.candidates.size(), std::size_t(3));
    QVERIFY(!w->document()->isModified());
    QCOMPARE(w->document()->candidateCount(), 3);
  }

  // Reload takes theirs and drops ours.
  void conflictReload() {
    publish("Reload");
    auto w = openWindow("Reload");
    QVERIFY(w);
    project::DatabaseProject writer(location("Reload"));
    project::Project base = writer.load().project;
    project::Project theirs = base;
    theirs.candidates[1].parcelIds = {"6"};
    writer.save(theirs, &base);
    const int east = indexOf(w->document(), "East");
    QVERIFY(gui::edits::setParcels(w->document(), east, {"7"}, gui::ParcelEdit::Replace));
    bool asked = false;
    whenDialogOpens<gui::EditConflictDialog>([&](gui::EditConflictDialog* d) {
      asked = true;
      QTest::mouseClick(d->reloadButton(), Qt::LeftButton);
    });
    QVERIFY(w->projects()->save());
    QVERIFY(asked);
    QCOMPARE(w->document()->candidate(indexOf(w->document(), "East")).parcelIds, (std::vector<ParcelId>{"6"}));
    QCOMPARE(w->document()->candidateCount(), 2);
    QVERIFY(!w->document()->isModified());
    QCOMPARE(byName(writer.load().project, "East")->parcelIds, (std::vector<ParcelId>{"6"}));
  }

  // A role that may only read: the save is refused with a message that says so, the edit stays.
  void readOnlyRoleKeepsTheEdit() {
    QVERIFY2(cluster_.sql(QStringLiteral(
                 "CREATE ROLE viewer LOGIN; GRANT USAGE ON SCHEMA habitat, habitat_data TO viewer;"
                 "GRANT SELECT ON ALL TABLES IN SCHEMA habitat, habitat_data TO viewer;")),
             qPrintable(cluster_.error()));
    auto w = openWindow("Lazovsky", "viewer");
    QVERIFY2(w, qPrintable(errors_.join('\n')));
    QVERIFY(gui::edits::setParcels(w->document(), 0, {"9"}, gui::ParcelEdit::Replace));
    QVERIFY(!w->projects()->save());
    QCOMPARE(errors_.size(), 1);
    QVERIFY2(errors_[0].contains(QStringLiteral("read-only")) && errors_[0].contains(QStringLiteral("viewer")),
             qPrintable(errors_[0]));
    QVERIFY(w->document()->isModified());
    QCOMPARE(w->document()->candidate(0).parcelIds, (std::vector<ParcelId>{"9"}));
    QVERIFY(byName(project::DatabaseProject(location("Lazovsky")).load().project, "West")->parcelIds !=
            (std::vector<ParcelId>{"9"}));
  }

  // Another planner saves East: it appears in the open window within a few seconds, with a status line.
  void othersSavesAppear() {
    publish("Live");
    auto w = openWindow("Live");
    QVERIFY(w);
    QVERIFY(w->team()->pollTimer()->isActive());
    project::DatabaseProject writer(location("Live"));
    project::Project base = writer.load().project;
    project::Project theirs = base;
    QVERIFY2(byName(theirs, "East"), "no East");
    for (auto& c : theirs.candidates)
      if (c.name == "East") c.parcelIds = {"2", "8"};
    project::Candidate north;
    north.name = "North";
    north.parcelIds = {"3"};
    theirs.candidates.push_back(north);
    writer.save(theirs, &base);
    const auto east = [&] {
      const int i = indexOf(w->document(), "East");
      return i < 0 ? std::vector<ParcelId>{} : w->document()->candidate(i).parcelIds;
    };
    QTRY_COMPARE_WITH_TIMEOUT(east(), (std::vector<ParcelId>{"2", "8"}), 6000);
    QTRY_VERIFY_WITH_TIMEOUT(indexOf(w->document(), "North") >= 0, 3000);
    QVERIFY(!w->document()->isModified());
    QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("2 change(s) by postgres")),
             qPrintable(w->statusBar()->currentMessage()));
    // What arrived is the new base: saving now conflicts with nothing.
    QVERIFY(gui::edits::setParcels(w->document(), indexOf(w->document(), "North"), {"3", "4"}, gui::ParcelEdit::Replace));
    QVERIFY(w->projects()->save());
    QCOMPARE(byName(writer.load().project, "North")->parcelIds, (std::vector<ParcelId>{"3", "4"}));
  }

  // A duplicate is a new candidate: no revision, and saving it inserts a row beside the original.
  void duplicateIsSavedAsNew() {
    publish("Dup");
    auto w = openWindow("Dup");
    QVERIFY(w);
    const int west = indexOf(w->document(), "West");
    QVERIFY(w->document()->candidate(west).revision.id > 0);
    QVERIFY(gui::edits::duplicateCandidate(w->document(), west));
    const int copy = indexOf(w->document(), "West copy");
    QVERIFY(copy >= 0);
    QCOMPARE(w->document()->candidate(copy).revision.id, std::int64_t(0));
    QCOMPARE(w->document()->candidate(copy).revision.version, 0);
    QVERIFY(w->projects()->save());
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));
    const project::Project stored = project::DatabaseProject(location("Dup")).load().project;
    QCOMPARE(stored.candidates.size(), std::size_t(3));
    QCOMPARE(byName(stored, "West copy")->parcelIds, byName(stored, "West")->parcelIds);
    QVERIFY(byName(stored, "West copy")->revision.id != byName(stored, "West")->revision.id);
  }
};

QTEST_MAIN(TestGuiTeamProject)
#include "test_gui_team_project.moc"
