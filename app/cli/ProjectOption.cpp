// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ProjectOption.h"

#include <QCoreApplication>

#include "project/ForestVersions.h"

namespace hp::cli {

namespace {
const QString kAllowExternal = QStringLiteral("allow-external");
}

QCommandLineOption allowExternalOption() {
  return QCommandLineOption(kAllowExternal, QCoreApplication::translate(
                                                "habitat-cli", "Open a project even if it names files outside its folder or on the network"));
}

project::ExternalPolicy externalPolicy(const QCommandLineParser& parser) {
  return parser.isSet(kAllowExternal) ? project::allowExternal() : project::ExternalPolicy();
}

std::optional<int> forestVersionValue(const QString& text, const project::Project& project) {
  if (text == QLatin1String("latest")) return project::latestForestVersion(project);
  bool ok = false;
  const int version = text.toInt(&ok);
  if (!ok || version < 0) return std::nullopt;
  return version;
}

}  // namespace hp::cli
