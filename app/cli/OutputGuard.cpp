// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/OutputGuard.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "cli/CliCommand.h"

namespace hp::cli {

namespace {

// Compared through the canonical path when the file exists (links, "./", ".."), else the absolute
// path: an output that does not exist yet can only clash by name.
QString identity(const QString& path) {
  const QFileInfo info(path);
  const QString canonical = info.canonicalFilePath();
  return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

}  // namespace

bool outputIsAnInput(const char* command, const QString& output, const QStringList& inputs) {
  if (output.isEmpty()) return false;
  const QString out = identity(output);
  for (const QString& input : inputs) {
    if (input.isEmpty() || identity(input) != out) continue;
    printErr(QStringLiteral("habitat-cli %1: ").arg(QLatin1String(command)) +
             QCoreApplication::translate("habitat-cli", "%1: the output is an input file; choose another output path").arg(output));
    return true;
  }
  return false;
}

QStringList projectInputs(const QString& projectPath, const project::Project& project) {
  QStringList inputs{projectPath};
  for (const project::LayerRef& layer : project.layers) inputs << QString::fromStdString(layer.path);
  for (const project::ForestVersion& version : project.forestVersions) inputs << QString::fromStdString(version.path);
  return inputs;
}

}  // namespace hp::cli
