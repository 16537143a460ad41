// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "project/Project.h"

namespace hp::cli {

// Whether `output` is the same file as one of `inputs` (the same path, or a link or another spelling
// of it). When it is, prints "habitat-cli <command>: <output>: the output is an input file; choose
// another output path" and returns true: the caller exits with UsageError before reading anything, so
// an input is never overwritten. Empty names are ignored.
bool outputIsAnInput(const char* command, const QString& output, const QStringList& inputs);

// The project file and every file its layers and forest versions name: the inputs of a project command.
QStringList projectInputs(const QString& projectPath, const project::Project& project);

}  // namespace hp::cli
