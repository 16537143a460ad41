// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

#include "project/ExternalReferences.h"
#include "project/Project.h"

namespace hp::cli {

// --allow-external, taken by every command that opens a project: open it even though it names
// files outside its folder or on the network (project::externalReferences). Refused by default.
QCommandLineOption allowExternalOption();
project::ExternalPolicy externalPolicy(const QCommandLineParser& parser);

// --forest-version's value: a version number from 0, or "latest" (the project's newest); nullopt for
// anything else. Whether the version exists is loadProjectData's to say.
std::optional<int> forestVersionValue(const QString& text, const project::Project& project);

}  // namespace hp::cli
