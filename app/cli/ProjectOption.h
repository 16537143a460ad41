// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include "project/ExternalReferences.h"

namespace hp::cli {

// --allow-external, taken by every command that opens a project: open it even though it names
// files outside its folder or on the network (project::externalReferences). Refused by default.
QCommandLineOption allowExternalOption();
project::ExternalPolicy externalPolicy(const QCommandLineParser& parser);

}  // namespace hp::cli
