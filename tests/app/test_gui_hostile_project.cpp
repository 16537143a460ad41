// SPDX-License-Identifier: GPL-3.0-or-later
// A project naming files on the network and outside its folder: File > Open asks first (the real
// QMessageBox, answered here by clicking its buttons), lists what it names, and on Cancel reads
// nothing (a listener on 127.0.0.1 counts connections) and leaves the window as it was.
#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "geo/GdalSupport.h"
#include "gui/MainWindow.h"
#include "gui/workspace/PlanDocument.h"
#include "gui/workspace/ProjectController.h"
#include "project/ProjectFile.h"
#include "support/ConnectionCounter.h"
#include "support/UnattendedWindow.h"
#include "test_gui_support.h"

using namespace hp;
using namespace hp::gui;

namespace {

// Answers the next external-references question by clicking Allow or Cancel; `shown` gets its text.
void answerExternalQuestion(bool allow, QString* shown, bool* answered) {
  auto* timer = new QTimer(qApp);
  timer->setInterval(10);
  QObject::connect(timer, &QTimer::timeout, [timer, allow, shown, answered] {
    for (QWidget* w : QApplication::topLevelWidgets()) {
      auto* box = qobject_cast<QMessageBox*>(w);
      if (!box || !box->isVisible() || box->objectName() != QLatin1String("externalReferencesQuestion")) continue;
      *shown = box->text() + QLatin1Char('\n') + box->informativeText();
      QAbstractButton* button = box->button(QMessageBox::Cancel);
      if (allow)
        for (QAbstractButton* b : box->buttons())
          if (box->buttonRole(b) == QMessageBox::AcceptRole) button = b;
      timer->stop();
      timer->deleteLater();
      *answered = true;
      button->click();
      return;
    }
  });
  timer->start();
}

}  // namespace

class TestGuiHostileProject : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString benign_;
  QStringList errors_;

  QString hostileCopy(const QString& name, const std::vector<std::string>& extra) {
    project::Project p = project::loadProject(benign_.toStdString()).project;
    for (const std::string& path : extra) p.layers.push_back({project::LayerRole::Other, path, path, "", true, 1, ""});
    const QString path = QDir(dir_.path()).filePath(name);
    project::saveProject(p, path.toStdString());
    return path;
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    benign_ = test::writeFixturePlan(dir_.path());
  }
  void init() {
    errors_.clear();
    gdal::setNetworkAccess(true);
  }

  void cancelReadsNothing() {
    test::ConnectionCounter server;
    QVERIFY(server.listening());
    QTemporaryDir elsewhere;
    const std::string outsideFile = QDir(elsewhere.path()).filePath(QStringLiteral("forest.tif")).toStdString();
    const QString hostile = hostileCopy(QStringLiteral("hostile.hplan"), {"/vsicurl/" + server.url("/a.tif"), outsideFile});

    gdal::setNetworkAccess(true);  // as a fresh start has it

    // Every other question answered by the test; the external one is the controller's own QMessageBox.
    auto w = std::make_unique<MainWindow>();
    w->setErrorReporter([this](const QString& t, const QString& m) { errors_ << t + ": " + m; });
    w->projects()->setMissingFileChooser([](const QString&) { return QString(); });
    w->projects()->setRecoverQuestion([](const QString&, const QString&) { return false; });

    QString shown;
    bool answered = false;
    answerExternalQuestion(false, &shown, &answered);
    QVERIFY(!w->openProject(hostile));
    QVERIFY(answered);
    QVERIFY2(shown.contains(QStringLiteral("hostile.hplan")), qPrintable(shown));
    QVERIFY2(shown.contains(QString::fromStdString("/vsicurl/" + server.url("/a.tif")) + QStringLiteral(" (on the network)")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QString::fromStdString(outsideFile) + QStringLiteral(" (outside the project folder)")),
             qPrintable(shown));
    QVERIFY2(errors_.isEmpty(), qPrintable(errors_.join('\n')));  // Cancel is the user's choice, not an error
    QVERIFY(w->document()->filePath().isEmpty());                 // nothing was opened
    QTest::qWait(100);
    QCOMPARE(server.connections(), 0);
    QVERIFY(gdal::networkAccessAllowed());

    // Allow: the project opens and its network layer is looked for.
    answered = false;
    answerExternalQuestion(true, &shown, &answered);
    QVERIFY(w->openProject(hostile));
    QVERIFY(answered);
    QCOMPARE(w->document()->filePath(), QFileInfo(hostile).absoluteFilePath());
    QTRY_VERIFY(server.connections() > 0);

    // A project that keeps to its folder opens without a question, and leaves GDAL offline.
    answered = false;
    answerExternalQuestion(false, &shown, &answered);  // would answer a question, were one asked
    QVERIFY(w->openProject(benign_));
    QVERIFY(!answered);
    QVERIFY(!gdal::networkAccessAllowed());
  }
};

QTEST_MAIN(TestGuiHostileProject)
#include "test_gui_hostile_project.moc"
