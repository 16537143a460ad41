// SPDX-License-Identifier: GPL-3.0-or-later
// A main window the tests drive without a person, and the saved fixture project it opens.
#pragma once

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <memory>

#include "gui/MainWindow.h"
#include "gui/workspace/ProjectController.h"
#include "project/ProjectFile.h"
#include "test_gui_support.h"

namespace hp::test {

// A main window whose questions answer themselves: errors are appended to `errors` as "title: message",
// no autosave is recovered, no moved layer is looked for, files outside a project are not read, unsaved
// edits are discarded.
inline std::unique_ptr<gui::MainWindow> makeUnattendedWindow(QStringList& errors) {
  auto w = std::make_unique<gui::MainWindow>();
  w->setErrorReporter([&errors](const QString& t, const QString& m) { errors << t + ": " + m; });
  w->projects()->setRecoverQuestion([](const QString&, const QString&) { return false; });
  w->projects()->setMissingFileChooser([](const QString&) { return QString(); });
  w->projects()->setExternalQuestion([](const QString&, const QStringList&) { return false; });
  w->projects()->setSaveQuestion([] { return gui::ProjectController::SaveAnswer::Discard; });
  return w;
}

// Puts the settings in test mode without recent projects, writes the fixture region into directory/data
// and fixtureProject of it to directory/plan.hplan; returns that path.
inline QString writeFixturePlan(const QString& directory) {
  QStandardPaths::setTestModeEnabled(true);
  QSettings().remove(QStringLiteral("recentProjects"));
  const QString data = QDir(directory).filePath(QStringLiteral("data"));
  QDir().mkpath(data);
  const auto paths = writeFixtureRegion(data);
  const QString path = QDir(directory).filePath(QStringLiteral("plan.hplan"));
  project::saveProject(fixtureProject(paths), path.toStdString());
  return path;
}

}  // namespace hp::test
